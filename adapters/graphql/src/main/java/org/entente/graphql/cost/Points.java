package org.entente.graphql.cost;

/** Figures that a hostile document may make astronomically large, kept as doubles and reported as whole numbers. */
final class Points {
    /** Past this a figure is reported as this: far above every limit, and exact in a double and in JSON. */
    static final long CEILING = 1L << 53;

    private Points() {
    }

    static long saturated(double value) {
        if (Double.isNaN(value) || value <= 0) {
            return 0;
        }
        return value >= CEILING ? CEILING : (long) Math.ceil(value);
    }
}
