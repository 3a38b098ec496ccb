package dev.consultor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Property-style checks with plain JUnit: a property is run against many cases, each generated from its own
 * {@link Random} seeded from one base seed and the case's index, so every run checks the same cases and a failure
 * names the case that broke it. The base seed can be changed with {@code -Dcases.seed=<long>} to explore other
 * cases; a failure message gives the base seed and index to reproduce it.
 */
public final class Cases {
    /** The base seed; fixed unless overridden, so the build is deterministic. */
    public static final long SEED = Long.getLong("cases.seed", 20_261_129L);

    private Cases() {}

    /** Checks {@code property} on {@code count} generated cases; the first failure names its case. */
    public static <T> void forAll(String property, int count, Function<Random, T> generate, Consumer<T> check) {
        for (int i = 0; i < count; i++) {
            T value = generate.apply(random(i));
            try {
                check.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        property + " fails on case " + i + " of " + count + " (-Dcases.seed=" + SEED + ", case index "
                                + i + "): " + value + "\n" + e.getMessage(),
                        e);
            }
        }
    }

    /** The generator of case {@code index}: what {@link #forAll} uses, for replaying one case by hand. */
    public static Random random(int index) {
        return new Random(SEED * 1_000_003L + index);
    }

    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public static <E extends Enum<E>> E oneOf(Random random, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    /** An int in [min, max], both included. */
    public static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A double in [min, max). */
    public static double between(Random random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** Null with probability {@code nullChance}, else a value. */
    public static <T> T orNull(Random random, double nullChance, Supplier<T> value) {
        return random.nextDouble() < nullChance ? null : value.get();
    }

    /** A list of {@code min} to {@code max} generated elements. */
    public static <T> List<T> listOf(Random random, int min, int max, Function<Random, T> element) {
        int size = between(random, min, max);
        var list = new ArrayList<T>(size);
        for (int i = 0; i < size; i++) list.add(element.apply(random));
        return list;
    }

    /** Up to {@code max} distinct constants of {@code type}, in declaration order. */
    public static <E extends Enum<E>> List<E> subsetOf(Random random, Class<E> type, int max) {
        var chosen = new ArrayList<E>();
        int size = between(random, 0, max);
        var shuffled = new ArrayList<>(List.of(type.getEnumConstants()));
        java.util.Collections.shuffle(shuffled, random);
        for (E e : shuffled.subList(0, Math.min(size, shuffled.size()))) chosen.add(e);
        chosen.sort(null);
        return chosen;
    }
}
