package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * The curated playbook, read once from the resource files beside this class: the situations (listed in
 * {@code situations/index.json}, whose order breaks ties), the vocabulary of each business type, the shared
 * phrases and the words the figure reader recognises.
 *
 * @param general the fallback situation; it also fills an advisor's quota when the recognised ones run out
 */
record KnowledgeBase(
        List<Situation> situations,
        Situation general,
        Map<String, TypeProfile> types,
        Map<String, List<Text>> phrases,
        Words words) {

    static final String GENERAL = "general";

    /** How a business type words things (its revenue metric, its funnel) and what a customer typically pays. */
    record TypeProfile(Double monthlyTicket, Map<String, Text> terms) {
        TypeProfile {
            terms = terms == null ? Map.of() : Map.copyOf(terms);
        }
    }

    /** Nouns counted in problems ("50 clientes") and regions named in them ("Europa"). */
    record Words(List<Word> nouns, List<Word> regions) {
        Words {
            nouns = List.copyOf(nouns);
            regions = List.copyOf(regions);
        }
    }

    /**
     * @param customers true when the noun counts the company's customers
     * @param in how a region is written after "in" ("na Europa", "em Portugal"); likewise {@code to} and {@code the}
     */
    record Word(List<String> match, String pt, String en, boolean customers, Text in, Text to, Text the) {
        Word {
            match = List.copyOf(match);
        }
    }

    static KnowledgeBase get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final KnowledgeBase INSTANCE = load();
    }

    static KnowledgeBase load() {
        List<String> ids = read("situations/index.json", new TypeReference<List<String>>() {});
        var situations = new ArrayList<Situation>();
        Situation general = null;
        for (String id : ids) {
            Situation s = read("situations/" + id + ".json", new TypeReference<Situation>() {});
            if (!s.id().equals(id)) throw new IllegalStateException("situations/" + id + ".json declares id " + s.id());
            if (id.equals(GENERAL)) general = s;
            else situations.add(s);
        }
        Objects.requireNonNull(general, "the knowledge base has no general situation");
        return new KnowledgeBase(
                List.copyOf(situations),
                general,
                read("business-types.json", new TypeReference<LinkedHashMap<String, TypeProfile>>() {}),
                read("phrases.json", new TypeReference<LinkedHashMap<String, List<Text>>>() {}),
                read("words.json", new TypeReference<Words>() {}));
    }

    /** The business type's terms over the default ones. */
    Map<String, Text> terms(BusinessType type) {
        var terms = new LinkedHashMap<>(types.get("default").terms());
        TypeProfile own = types.get(type.name().toLowerCase(Locale.ROOT));
        if (own != null) terms.putAll(own.terms());
        return terms;
    }

    double monthlyTicket(BusinessType type) {
        TypeProfile own = types.get(type.name().toLowerCase(Locale.ROOT));
        if (own != null && own.monthlyTicket() != null) return own.monthlyTicket();
        return types.get("default").monthlyTicket();
    }

    List<Text> phrase(String key) {
        List<Text> phrase = phrases.get(key);
        if (phrase == null) throw new IllegalStateException("phrase '" + key + "' is missing from phrases.json");
        return phrase;
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        // Lists of variants may be written as a single object when there is only one.
        ObjectReader reader = Json.mapper().readerFor(type).with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("playbook resource " + resource + " is missing");
            return reader.readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("playbook resource " + resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
