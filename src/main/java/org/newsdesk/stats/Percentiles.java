package org.newsdesk.stats;

import java.util.Arrays;

/** Percentiles of some measurements by nearest rank: each is one of the measurements, none interpolated. */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** Over a copy of {@code values}, which must not be empty. */
    public static Percentiles of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /** The smallest value at or below which the given share (0 to 1) of the values fall. */
    public long at(double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }
}
