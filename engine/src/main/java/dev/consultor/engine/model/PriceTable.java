package dev.consultor.engine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Prices per model, kept as configuration. The default table lives in {@code prices.properties} beside this
 * class, one line per model: {@code model = input, output, cache write, cache read} (USD per million tokens).
 * Unknown models cost nothing here and are reported as unpriced by callers that care.
 */
public final class PriceTable {
    private final Map<String, ModelPrice> prices;

    public PriceTable(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    public static PriceTable defaults() {
        try (InputStream in = PriceTable.class.getResourceAsStream("prices.properties")) {
            if (in == null) throw new IllegalStateException("prices.properties is missing from the engine");
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PriceTable parse(InputStream in) throws IOException {
        var properties = new Properties();
        properties.load(in);
        var table = new HashMap<String, ModelPrice>();
        for (String model : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(model).split(",");
            if (parts.length != 4) {
                throw new IllegalArgumentException(
                        "price of " + model + " needs 4 numbers: input, output," + " cache write, cache read");
            }
            try {
                table.put(
                        model,
                        new ModelPrice(
                                Double.parseDouble(parts[0].strip()),
                                Double.parseDouble(parts[1].strip()),
                                Double.parseDouble(parts[2].strip()),
                                Double.parseDouble(parts[3].strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("price of " + model + ": " + e.getMessage(), e);
            }
        }
        return new PriceTable(table);
    }

    public boolean knows(String model) {
        return prices.containsKey(model);
    }

    public ModelPrice priceOf(String model) {
        return prices.getOrDefault(model, ModelPrice.FREE);
    }

    public double costUsd(String model, TokenUsage usage) {
        return priceOf(model).costUsd(usage);
    }

    /** This table with another's prices added or replacing these. */
    public PriceTable with(PriceTable overrides) {
        return with(overrides.prices);
    }

    /** This table with some prices added or replaced. */
    public PriceTable with(Map<String, ModelPrice> overrides) {
        var merged = new HashMap<>(prices);
        merged.putAll(overrides);
        return new PriceTable(merged);
    }
}
