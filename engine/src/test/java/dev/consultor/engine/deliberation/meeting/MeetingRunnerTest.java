package dev.consultor.engine.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.Usage;
import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Board5;
import dev.consultor.engine.deliberation.CallBounds;
import dev.consultor.engine.deliberation.Deliberation;
import dev.consultor.engine.deliberation.FakeModel;
import dev.consultor.engine.deliberation.Harness;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.ConflictDetector;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.debate.DebateRunner;
import dev.consultor.engine.deliberation.debate.StopReason;
import dev.consultor.engine.model.Intent;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.VoteIntent;
import dev.consultor.engine.render.DeliberationMarkdown;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MeetingRunnerTest {
    static final Roster ROSTER = Roster.defaults();
    static final Brief BRIEF = Harness.brief(Language.PT_BR, Depth.DEEP);

    record Held(
            BoardMeeting meeting, List<Proposal> proposals, List<Conflict> conflicts, Map<String, Debate> debates) {}

    static Held hold(Function<VoteIntent, Map<String, String>> ballots) throws InterruptedException {
        Function<Intent, String> answers = intent -> {
            if (!(intent instanceof VoteIntent v)) return Board5.answer(intent);
            var votes = new ArrayList<String>();
            ballots.apply(v)
                    .forEach((id, choice) -> votes.add("{\"proposal_id\":\"" + id + "\",\"choice\":\"" + choice
                            + "\",\"rationale\":\"" + v.member() + " says " + choice + "\"}"));
            return "{\"votes\":[" + String.join(",", votes) + "]}";
        };
        var reports = Board5.reports();
        try (var harness = new Harness(new FakeModel(answers), 100)) {
            var conflicts =
                    new ConflictDetector(BRIEF.language(), BRIEF.currency(), Set.of("reviewer")).detect(reports);
            var settle = new DebateRunner(
                    harness.caller,
                    BRIEF,
                    reports.getLast(),
                    dev.consultor.engine.advisor.Roster.defaults(),
                    2,
                    256,
                    e -> {},
                    () -> 0L);
            var debates = new LinkedHashMap<String, Debate>();
            for (Conflict c : conflicts) debates.put(c.id(), settle.settle(c, StopReason.NOT_AT_THIS_DEPTH));
            var proposals = new ProposalBuilder(BRIEF, ROSTER).build(reports, conflicts, debates, null, 4);
            var meeting = new MeetingRunner(harness.caller, BRIEF, ROSTER, 256, 3, e -> {}, () -> 0L)
                    .run(reports, conflicts, debates, proposals, null)
                    .orElseThrow();
            return new Held(meeting, proposals, conflicts, debates);
        }
    }

    @Test
    void everyMemberVotesOnEveryProposalEvenWhenItsAnswerLeavesOneOut() throws InterruptedException {
        Held held = hold(v -> {
            var ballot = new LinkedHashMap<String, String>();
            for (VoteIntent.Motion m : v.proposals()) {
                if (!(v.member().equals("analyst") && m.id().equals("P2"))) ballot.put(m.id(), "approve");
            }
            return ballot;
        });
        BoardMeeting m = held.meeting();
        assertThat(m.proposals()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(m.votes()).hasSize(m.present().size() * m.proposals().size());
        for (Member member : m.present()) {
            for (Proposal p : m.proposals()) {
                assertThat(m.votes())
                        .filteredOn(v -> v.member().equals(member.advisor())
                                && v.proposalId().equals(p.id()))
                        .hasSize(1);
            }
        }
        assertThat(m.votes())
                .filteredOn(v -> v.member().equals("analyst") && v.proposalId().equals("P2"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.choice()).isEqualTo(VoteChoice.ABSTAIN);
                    assertThat(v.rationale()).contains("voto não registrado");
                });
    }

    @Test
    void outcomesFollowTheVotesAndTheChairsCastingRule() throws InterruptedException {
        // P1: 3-2 for; P2: 1-4 against; P3: 2-2 with the chair for; P4: 2-2 with the chair abstaining.
        Map<String, Map<String, String>> script = Map.of(
                "reviewer", Map.of("P1", "approve", "P2", "reject", "P3", "approve", "P4", "abstain"),
                "analyst", Map.of("P1", "approve", "P2", "reject", "P3", "approve", "P4", "approve"),
                "commercial", Map.of("P1", "approve", "P2", "approve", "P3", "reject", "P4", "approve"),
                "market", Map.of("P1", "reject", "P2", "reject", "P3", "reject", "P4", "reject"),
                "financial", Map.of("P1", "reject", "P2", "reject", "P3", "abstain", "P4", "reject"));
        Held held = hold(v -> script.get(v.member()));
        BoardMeeting m = held.meeting();
        assertThat(m.proposals()).hasSize(4);
        assertThat(m.tallies()).extracting(Tally::approved).containsExactly(true, false, true, false);
        assertThat(m.tallies()).extracting(Tally::castingVote).containsExactly(false, false, true, true);
        assertThat(m.decisions()).extracting(Decision::proposalId).containsExactly("P1", "P3");
        // Quoted after a colon in Portuguese, the title starts in lower case.
        assertThat(m.unresolved())
                .anyMatch(u -> u.toLowerCase(java.util.Locale.ROOT)
                        .contains(m.proposals().get(1).title().toLowerCase(java.util.Locale.ROOT)));
        assertThat(m.actionItems()).extracting(ActionItem::decisionId).containsExactly("D1", "D2");
    }

    @Test
    void followsTheAgendaWithTheChairOpeningAndClosing() throws InterruptedException {
        BoardMeeting m = hold(v -> Map.of()).meeting();
        assertThat(m.agenda())
                .extracting(AgendaItem::phase)
                .startsWith(Phase.OPENING, Phase.PRESENTATIONS)
                .endsWith(Phase.PROPOSALS, Phase.VOTE, Phase.DELIBERATION, Phase.CLOSING);
        assertThat(m.agenda())
                .filteredOn(a -> a.phase() == Phase.DISCUSSION)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.conflictId()).isNotEmpty());
        assertThat(m.attendance().getFirst().role()).isEqualTo(BoardRole.CHAIR);
        assertThat(m.attendance())
                .extracting(Member::role)
                .contains(BoardRole.CFO, BoardRole.CRO, BoardRole.CMO, BoardRole.ANALYST);
        assertThat(m.statements().getFirst().role()).isEqualTo(BoardRole.CHAIR);
        assertThat(m.statements().getLast().phase()).isEqualTo(Phase.CLOSING);
        // With no votes cast everyone abstains, every tie goes to the abstaining chair, and nothing is approved.
        assertThat(m.decisions()).isEmpty();
    }

    @Test
    void theMinutesContainEveryDecisionWithItsOwnerAndDueDate() throws InterruptedException {
        Held held = hold(v -> {
            var all = new LinkedHashMap<String, String>();
            v.proposals().forEach(p -> all.put(p.id(), "approve"));
            return all;
        });
        BoardMeeting m = held.meeting();
        var deliberation = new Deliberation(
                List.of(),
                held.conflicts(),
                List.copyOf(held.debates().values()),
                null,
                m,
                held.proposals(),
                m.decisions(),
                List.of(),
                new CallBounds(24, 10, 60_000, 1000));
        var consultation = new Consultation(
                "c1",
                BRIEF,
                new ModelInfo("fake", "fake", "Fake", true),
                List.of(),
                Usage.NONE,
                ConsultationStatus.COMPLETED,
                List.of(),
                Instant.EPOCH,
                0,
                deliberation,
                null,
                List.of());
        String minutes = DeliberationMarkdown.minutes(consultation);
        assertThat(minutes).startsWith("## Ata executiva");
        assertThat(m.decisions()).hasSameSizeAs(m.proposals());
        for (Decision d : m.decisions()) {
            String row = minutes.lines()
                    .filter(l -> l.startsWith("| " + d.id() + " |"))
                    .findFirst()
                    .orElseThrow();
            assertThat(row)
                    .contains(
                            d.owner().label(Language.PT_BR),
                            dev.consultor.engine.deliberation.Format.date(d.due(), Language.PT_BR));
            assertThat(d.due()).isAfter(BRIEF.asOf());
        }
        assertThat(minutes)
                .contains(
                        "Presença",
                        "Pauta",
                        "Manifestações",
                        "Votos",
                        "Decisões",
                        "Encaminhamentos",
                        "Pontos em aberto");
    }
}
