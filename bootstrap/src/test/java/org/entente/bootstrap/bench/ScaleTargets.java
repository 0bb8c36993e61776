package org.entente.bootstrap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of one run of the scale benchmark against the targets of issue 12, each said met or missed. */
final class ScaleTargets {
    static final double GROWTH = 1.5;
    static final double NESTED_MS = 20;
    static final double ENGINE_RATIO = 2;
    static final double TAIL_RATIO = 3;
    /** The nested page's time up to which docs/storage-adapters.md says a store (the embedded one) is quick. */
    static final double WITHIN_MS = 100;

    private final List<ScaleBenchmark.Row> rows;
    private final EngineOverhead.Figures overhead;
    private final List<ScaleBenchmark.Crowd> crowds;
    private final List<Integer> sizes;

    ScaleTargets(List<ScaleBenchmark.Row> rows, EngineOverhead.Figures overhead, List<ScaleBenchmark.Crowd> crowds,
                 List<Integer> sizes) {
        this.rows = rows;
        this.overhead = overhead;
        this.crowds = crowds;
        this.sizes = sizes;
    }

    /** One line per target and store: the figure, the target, and whether it was met (missed in capitals). */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String store : rows.stream().map(ScaleBenchmark.Row::store).distinct().toList()) {
            List<ScaleBenchmark.Row> nested = of(store, ScaleQueries.NESTED);
            String records = nested.stream().map(r -> String.format(Locale.ROOT, "%.0f%s", r.records(),
                    r.recordsSteady() ? "" : "~")).collect(Collectors.joining(", "));
            boolean same = nested.stream().map(r -> Math.round(r.records())).distinct().count() == 1
                    && nested.stream().allMatch(ScaleBenchmark.Row::recordsSteady);
            lines.add(String.format(Locale.ROOT, "%-8s records returned by the store per nested page at %s: %s: %s",
                    store, sizesOf(nested), records, verdict(same, "the same at every size", "not the same")));
        }
        List<ScaleBenchmark.Row> memory = rows.stream().filter(r -> r.store().equals("memory")).toList();
        if (!memory.isEmpty() && sizes.size() > 1) {
            int small = sizes.get(0);
            int large = sizes.get(sizes.size() - 1);
            for (String query : memory.stream().map(ScaleBenchmark.Row::query).distinct().toList()) {
                ScaleBenchmark.Row at = find("memory", query, small);
                ScaleBenchmark.Row to = find("memory", query, large);
                if (at != null && to != null) {
                    double ratio = to.latencies().p50() / at.latencies().p50();
                    lines.add(String.format(Locale.ROOT, "memory   %-19s p50 at %,d / p50 at %,d: %.2f / %.2f ms = "
                                    + "%.2f (<= %.1f): %s", query, large, small, to.latencies().p50(),
                            at.latencies().p50(), ratio, GROWTH, verdict(ratio <= GROWTH, "met", "missed")));
                }
            }
        }
        if (!memory.isEmpty()) {
            List<ScaleBenchmark.Row> nested = of("memory", ScaleQueries.NESTED);
            double worst = nested.stream().mapToDouble(r -> r.latencies().p50()).max().orElse(0);
            double worstTail = nested.stream().mapToDouble(r -> r.latencies().p99()).max().orElse(0);
            lines.add(String.format(Locale.ROOT, "memory   nested page first: %d, largest p50 at any size: %.2f ms "
                            + "(<= %.0f ms): %s (largest p99 %.2f ms)", ScaleQueries.PAGE, worst, NESTED_MS,
                    verdict(worst <= NESTED_MS, "met", "missed"), worstTail));
        }
        for (String store : rows.stream().map(ScaleBenchmark.Row::store).filter(s -> !s.equals("memory")).distinct()
                .toList()) {
            lines.add(within(store));
        }
        if (overhead != null) {
            lines.add(String.format(Locale.ROOT, "engine overhead, nested page first: %d, service in process / "
                            + "graphql-java alone: %.2f / %.2f ms = %.2f (<= %.0f): %s; over HTTP / alone: %.2f",
                    overhead.first(), overhead.inProcess().p50(), overhead.alone().p50(), overhead.ratio(),
                    ENGINE_RATIO, verdict(overhead.ratio() <= ENGINE_RATIO, "met", "missed"), overhead.httpRatio()));
            lines.add(String.format(Locale.ROOT, "  (not a target) graphql-java alone with every field through a data "
                            + "loader / alone: %.2f; the service in process / that: %.2f", overhead.batchingRatio(),
                    overhead.inProcess().p50() / overhead.aloneBatched().p50()));
        }
        for (ScaleBenchmark.Crowd crowd : crowds) {
            double ratio = crowd.latencies().p99() / crowd.latencies().p50();
            lines.add(String.format(Locale.ROOT, "%-8s HTTP on the shipped data, %d clients: p99 / p50 = %.2f / %.2f "
                            + "ms = %.2f (<= %.0f): %s", crowd.store(), crowd.clients(), crowd.latencies().p99(),
                    crowd.latencies().p50(), ratio, TAIL_RATIO, verdict(ratio <= TAIL_RATIO, "met", "missed")));
        }
        return lines;
    }

    /**
     * Up to how many meetings a store answers the nested page within {@link #WITHIN_MS} (p50), of the sizes
     * measured and the shipped data set: what docs/storage-adapters.md says of the embedded server.
     */
    private String within(String store) {
        List<String> figures = new ArrayList<>();
        long largest = -1;
        boolean beyond = false;
        for (ScaleBenchmark.Crowd crowd : crowds) {
            if (crowd.store().equals(store)) {
                figures.add(String.format(Locale.ROOT, "%,d (shipped): %.0f ms", crowd.meetings(), crowd.one().p50()));
                if (crowd.one().p50() <= WITHIN_MS) {
                    largest = Math.max(largest, crowd.meetings());
                } else {
                    beyond = true;
                }
            }
        }
        for (ScaleBenchmark.Row r : of(store, ScaleQueries.NESTED)) {
            figures.add(String.format(Locale.ROOT, "%,d: %.0f ms", r.meetings(), r.latencies().p50()));
            if (r.latencies().p50() <= WITHIN_MS && !beyond) {
                largest = Math.max(largest, r.meetings());
            } else {
                beyond = true;
            }
        }
        String upTo = largest < 0 ? "at none of the sizes measured" : String.format(Locale.ROOT, "up to %,d meetings"
                + " of the sizes measured", largest);
        return String.format(Locale.ROOT, "%-8s nested page first: %d, p50 within %.0f ms %s (%s)", store,
                ScaleQueries.PAGE, WITHIN_MS, upTo, String.join(", ", figures));
    }

    private List<ScaleBenchmark.Row> of(String store, String query) {
        return rows.stream().filter(r -> r.store().equals(store) && r.query().equals(query))
                .sorted(java.util.Comparator.comparingInt(ScaleBenchmark.Row::meetings)).toList();
    }

    private ScaleBenchmark.Row find(String store, String query, int meetings) {
        return rows.stream().filter(r -> r.store().equals(store) && r.query().equals(query)
                && r.meetings() == meetings).findFirst().orElse(null);
    }

    private static String sizesOf(List<ScaleBenchmark.Row> rows) {
        return rows.stream().map(r -> String.format(Locale.ROOT, "%,d", r.meetings()))
                .collect(Collectors.joining(", "));
    }

    private static String verdict(boolean met, String yes, String no) {
        return met ? yes : no.toUpperCase(Locale.ROOT);
    }
}
