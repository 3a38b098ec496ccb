package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.PastConsultation;
import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import dev.consultor.server.shared.TenantContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** What grounds an execution besides its problem: attached CSV files and the tenant's earlier consultations. */
public interface ExecutionInputsBehaviour extends Stack {
    String SALES = "vendas_ultimos_6_meses.csv";

    /** One part of a multipart/form-data body; a null file name makes it a plain field. */
    record Part(String name, String fileName, String contentType, byte[] content) {
        static Part request(String json) {
            // As curl -F 'request=...' sends it: no content type, the text as UTF-8.
            return new Part("request", null, null, json.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String fileName, byte[] content) {
            return new Part("files", fileName, "text/csv", content);
        }
    }

    static String requestJson(String depth) {
        return """
                {"problem_description": "%s", "business_type": "SaaS", "analysis_depth": "%s"}""".formatted(ExecutionBehaviour.PROBLEM, depth);
    }

    static Response post(Api api, Account account, List<Part> parts) {
        String boundary = "----consultor-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(
                "POST",
                "/api/v1/executions",
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                account.accessToken(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    static byte[] sample(String name) {
        try (InputStream in = ExecutionInputsBehaviour.class.getResourceAsStream("/data/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits the sample problem with the sales sample attached. */
    static String submitWithSales(Api api, Account account, String depth) {
        Response created =
                post(api, account, List.of(Part.request(requestJson(depth)), Part.file(SALES, sample(SALES))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("execution_id").asString();
    }

    @Test
    default void theFactsOfAnAttachedCsvGroundTheConsultationAndAreListed() {
        Api api = api();
        Account owner = api.register();
        String id = submitWithSales(api, owner, "quick");

        JsonNode detail = ExecutionBehaviour.awaitFinished(api, owner, id);

        assertThat(detail.get("status").asString()).isEqualTo("completed");
        assertThat(detail.get("problem_description").asString()).isEqualTo(ExecutionBehaviour.PROBLEM);
        assertThat(detail.get("attachments")).hasSize(1);
        JsonNode attachment = detail.get("attachments").get(0);
        assertThat(attachment.get("file_name").asString()).isEqualTo(SALES);
        assertThat(attachment.get("rows").asInt()).isEqualTo(6);
        assertThat(attachment.get("columns").asInt()).isEqualTo(8);
        JsonNode data = detail.get("result").get("brief").get("data");
        assertThat(data).hasSize(1);
        assertThat(data.get(0).get("name").asString()).isEqualTo(SALES);
        assertThat(data.get(0).get("row_count").asInt()).isEqualTo(6);
        // The figures of the file, not of the problem (which says only "20%"), are in the advisors' reports.
        String reports = detail.get("result").get("outcomes").toString();
        assertThat(reports).contains("vendas_total", "850.000", "680.000");

        String plain = ExecutionBehaviour.submit(api, owner, "quick");
        JsonNode without = ExecutionBehaviour.awaitFinished(api, owner, plain);
        assertThat(without.get("attachments")).isEmpty();
        assertThat(without.get("result").get("outcomes").toString()).doesNotContain("680.000");
    }

    @Test
    default void badAttachmentsAreRefusedNamingTheFileAndNothingIsStored() {
        Api api = api();
        Account owner = api.register();
        Part request = Part.request(requestJson("quick"));
        byte[] sales = sample(SALES);

        List<Part> six = new ArrayList<>(List.of(request));
        for (int i = 0; i < 6; i++) {
            six.add(Part.file("sales-" + i + ".csv", sales));
        }
        assertFilesProblem(post(api, owner, six), 422, "at most 5 files can be attached (6 were sent)");

        assertFilesProblem(
                post(api, owner, List.of(request, Part.file("ragged.csv", "a,b\n1,2\n3\n".getBytes()))),
                422,
                "ragged.csv: row 3 has 1 fields, the header has 2");
        assertFilesProblem(
                post(api, owner, List.of(request, Part.file("empty.csv", new byte[0]))),
                422,
                "empty.csv: the file is empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertFilesProblem(
                post(api, owner, List.of(request, Part.file("chart.png", png))), 422, "chart.png: not a text file");
        assertFilesProblem(
                post(api, owner, List.of(request, Part.file("notes.txt", "just a sentence\n".getBytes()))),
                422,
                "notes.txt: the file has a header but no rows");

        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) '1');
        Response tooLarge = post(api, owner, List.of(request, Part.file("big.csv", big)));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.problemType()).endsWith("/payload-too-large");
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("files");
        assertThat(tooLarge.json().get("errors").get(0).get("message").asString())
                .startsWith("a file is over the limit: each file is limited to 1 MB");

        // Every broken field of the request part and every bad file, in one problem.
        Response both = post(
                api,
                owner,
                List.of(
                        Part.request("{\"problem_description\": \"short\", \"business_type\": \"SaaS\","
                                + " \"analysis_depth\": \"quick\"}"),
                        Part.file("ok.csv", sales),
                        Part.file("ragged.csv", "a,b\n1\n".getBytes())));
        assertThat(both.status()).as(both.toString()).isEqualTo(422);
        assertThat(fields(both)).containsExactlyInAnyOrder("problem_description", "files");
        assertThat(both.body()).contains("ragged.csv: row 2 has 1 fields").doesNotContain("ok.csv");

        Response noRequest = post(api, owner, List.of(Part.file("ok.csv", sales)));
        assertThat(noRequest.status()).as(noRequest.toString()).isEqualTo(422);
        assertThat(fields(noRequest)).containsExactly("request");
        Response unknownField = post(
                api,
                owner,
                List.of(Part.request("{\"problem_description\": \"" + ExecutionBehaviour.PROBLEM
                        + "\", \"business_type\": \"SaaS\"," + " \"analysis_depth\": \"quick\", \"budget\": 10}")));
        assertThat(unknownField.status()).as(unknownField.toString()).isEqualTo(422);
        assertThat(unknownField.body()).contains("budget");
        Response misnamed = post(api, owner, List.of(request, new Part("file", SALES, "text/csv", sales)));
        assertThat(misnamed.status()).as(misnamed.toString()).isEqualTo(422);
        assertThat(fields(misnamed)).containsExactly("files");

        assertThat(api.get("/api/v1/executions", owner.accessToken()).json().get("items"))
                .isEmpty();

        // Five files are accepted, with the request part typed as JSON (as curl's ";type=application/json").
        List<Part> five = new ArrayList<>(List.of(new Part(
                "request", null, "application/json", requestJson("quick").getBytes(StandardCharsets.UTF_8))));
        for (int i = 0; i < 5; i++) {
            five.add(Part.file("sales-" + i + ".csv", sales));
        }
        Response accepted = post(api, owner, five);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        String id = accepted.json().get("execution_id").asString();
        JsonNode detail =
                api.get("/api/v1/executions/" + id, owner.accessToken()).json();
        assertThat(detail.get("attachments")).hasSize(5);
        assertThat(detail.get("problem_description").asString()).isEqualTo(ExecutionBehaviour.PROBLEM);
        api.post("/api/v1/executions/" + id + "/cancel", null, owner.accessToken());
    }

    private static void assertFilesProblem(Response response, int status, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("files");
        assertThat(errors.get(0).get("message").asString()).isEqualTo(message);
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    default void theTenantsEarlierConsultationsArePrecedentsAndAnotherTenantsAreNot() {
        Api api = api();
        Account a = api.register();
        Account b = api.register();
        String first = ExecutionBehaviour.submit(api, a, "quick");
        assertThat(ExecutionBehaviour.awaitFinished(api, a, first).get("status").asString())
                .isEqualTo("completed");
        // Another organization with the same problem, after A's consultation finished.
        String foreign = ExecutionBehaviour.submit(api, b, "quick");
        JsonNode foreignDetail = ExecutionBehaviour.awaitFinished(api, b, foreign);
        assertThat(foreignDetail.get("result").get("brief").get("history")).isEmpty();
        assertThat(foreignDetail.get("result").get("deliberation").get("precedents"))
                .isEmpty();

        String second = ExecutionBehaviour.submit(api, a, "quick");
        JsonNode result = ExecutionBehaviour.awaitFinished(api, a, second).get("result");

        assertThat(ids(result.get("brief").get("history"))).containsExactly(first);
        JsonNode precedents = result.get("deliberation").get("precedents");
        assertThat(ids(precedents)).containsExactly(first);
        assertThat(precedents.get(0).get("shared_themes")).isNotEmpty();
        assertThat(precedents.get(0).get("decision").asString()).isNotBlank();
        assertThat(result.toString()).doesNotContain(foreign);

        JsonNode foreignLater =
                api.get("/api/v1/executions/" + foreign, b.accessToken()).json().get("result");
        assertThat(foreignLater.toString()).doesNotContain(first).doesNotContain(second);
    }

    @Test
    default void aResumedRunBuildsTheBriefFromWhatWasStoredAtSubmission() {
        Api api = api();
        Account owner = api.register();
        String first = ExecutionBehaviour.submit(api, owner, "quick");
        ExecutionBehaviour.awaitFinished(api, owner, first);
        String second = submitWithSales(api, owner, "quick");
        ExecutionBehaviour.awaitFinished(api, owner, second);

        var repository = context().getBean(ExecutionRepository.class);
        var tx = context().getBean(TransactionTemplate.class);
        String tenant = owner.tenantId();
        Execution original = TenantContext.callAs(tenant, () -> tx.execute(s -> repository.find(tenant, second)))
                .orElseThrow();
        // As if the node had died before any advisor answered, with what was stored at its submission:
        // by now the tenant has a later consultation too, which a rebuilt history would include.
        Execution crashed = ExecutionBehaviour.runningCopyOf(original);
        TenantContext.runAs(
                tenant,
                () -> tx.executeWithoutResult(s -> {
                    repository.insert(crashed);
                    var attachments = repository.attachments(tenant, second);
                    for (int i = 0; i < attachments.size(); i++) {
                        repository.insertAttachment(tenant, crashed.id(), i, attachments.get(i));
                    }
                    var history = repository.history(tenant, second);
                    for (int i = 0; i < history.size(); i++) {
                        PastConsultation past = ExecutionInputs.pastOf(history.get(i));
                        repository.insertHistory(tenant, crashed.id(), i, past.id(), history.get(i));
                    }
                }));

        context().getBean(ExecutionRunner.class).run(tenant, crashed.id());

        JsonNode detail = api.get("/api/v1/executions/" + crashed.id(), owner.accessToken())
                .json();
        assertThat(detail.get("status").asString()).isEqualTo("completed");
        JsonNode brief = detail.get("result").get("brief");
        assertThat(ids(brief.get("history"))).containsExactly(first);
        assertThat(brief.get("data").get(0).get("name").asString()).isEqualTo(SALES);
        JsonNode submitted = api.get("/api/v1/executions/" + second, owner.accessToken())
                .json()
                .get("result")
                .get("brief");
        assertThat(brief.get("data")).isEqualTo(submitted.get("data"));
        assertThat(brief.get("history")).isEqualTo(submitted.get("history"));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
