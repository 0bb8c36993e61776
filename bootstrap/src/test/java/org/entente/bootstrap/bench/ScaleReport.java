package org.entente.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What one run of the scale benchmark found, written out: the tables on the console, the same tables as markdown
 * ({@code scale.md}, to paste into docs/performance.md when the figures are run again), a CSV of every row and the
 * chart ({@link ScaleChart}).
 */
final class ScaleReport {
    private final String started;
    private final String command;
    private final List<String> stores;
    private final List<ScaleBenchmark.Row> rows;
    private final EngineOverhead.Figures overhead;
    private final int overheadSize;
    private final List<ScaleBenchmark.Crowd> crowds;
    private final List<String> targets;
    private final List<String> notes;

    ScaleReport(String started, String command, List<String> stores, List<ScaleBenchmark.Row> rows,
                EngineOverhead.Figures overhead, int overheadSize, List<ScaleBenchmark.Crowd> crowds,
                List<Integer> sizes, List<String> notes) {
        this.started = started;
        this.command = command;
        this.stores = stores;
        this.rows = rows.stream().sorted(Comparator.comparing(ScaleBenchmark.Row::store,
                Comparator.comparingInt(this::storeOrder)).thenComparingInt(ScaleBenchmark.Row::meetings)).toList();
        this.overhead = overhead;
        this.overheadSize = overheadSize;
        this.crowds = crowds;
        this.targets = new ScaleTargets(rows, overhead, crowds, sizes).lines();
        this.notes = notes;
    }

    void print() {
        System.out.printf("%n=== scale benchmark: %s%n=== %s%n%n", started, command);
        System.out.println(ScaleBenchmark.header());
        rows.forEach(r -> System.out.println(ScaleBenchmark.line(r)));
        System.out.printf(Locale.ROOT, "%n%-10s %9s %12s %10s%n", "store", "meetings", "start+import", "heap held");
        nestedRows().forEach(r -> System.out.printf(Locale.ROOT, "%-10s %,9d %10.1f s %,7.0f MB%n", r.store(),
                r.meetings(), r.startSeconds(), r.heapMb()));
        if (overhead != null) {
            EngineOverhead.print(overhead, overheadSize);
        }
        for (ScaleBenchmark.Crowd c : crowds) {
            System.out.println();
            System.out.println(crowdLine(c));
        }
        System.out.println("\ntargets (issue 12):");
        targets.forEach(t -> System.out.println("  " + t));
        if (!notes.isEmpty()) {
            System.out.println();
            notes.forEach(n -> System.out.println("note: " + n));
        }
    }

    /** The tables as markdown, headed by when and how they were measured. */
    void markdown(Path file) throws IOException {
        List<String> md = new ArrayList<>();
        md.add("Measured " + started + ", by `" + command + "` (its output, written to " + file.getFileName() + ").");
        md.add("");
        md.add("| store | meetings | query | items | p50 ms | p99 ms | max ms | requests | records per request "
                + "| port calls |");
        md.add("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|");
        for (ScaleBenchmark.Row r : rows) {
            md.add(String.format(Locale.ROOT, "| %s | %,d | %s | %d | %.2f | %.2f | %.2f | %d%s | %.1f%s | %.0f |",
                    r.store(), r.meetings(), r.query(), r.items(), r.latencies().p50(), r.latencies().p99(),
                    r.latencies().max(), r.latencies().count(), r.latencies().cut() ? " (cut)" : "", r.records(),
                    r.recordsSteady() ? "" : " (varies)", r.calls()));
        }
        md.add("");
        md.add("| store | meetings | start and import | heap held after a GC |");
        md.add("|---|--:|--:|--:|");
        nestedRows().forEach(r -> md.add(String.format(Locale.ROOT, "| %s | %,d | %.1f s | %,.0f MB |", r.store(),
                r.meetings(), r.startSeconds(), r.heapMb())));
        if (overhead != null) {
            md.add("");
            md.add(String.format(Locale.ROOT, "Engine overhead: the nested page at first: %d, in-memory store, %,d "
                    + "meetings, the four paths interleaved, %d requests each.", overhead.first(), overheadSize,
                    overhead.alone().count()));
            md.add("");
            md.add("| path | p50 ms | p99 ms | max ms |");
            md.add("|---|--:|--:|--:|");
            md.add(pathRow("the service over HTTP", overhead.http()));
            md.add(pathRow("the service in process (ExecutionGraphQlService)", overhead.inProcess()));
            md.add(pathRow("graphql-java alone over maps (storage-free limit)", overhead.alone()));
            md.add(pathRow("graphql-java alone, every field through a data loader", overhead.aloneBatched()));
        }
        if (!crowds.isEmpty()) {
            md.add("");
            md.add("The nested page (first: 20) on the shipped data set, over HTTP:");
            md.add("");
            md.add("| store | meetings | clients | requests | p50 ms | p90 ms | p99 ms | max ms | requests/s |");
            md.add("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
            for (ScaleBenchmark.Crowd c : crowds) {
                md.add(String.format(Locale.ROOT, "| %s | %d | 1 | %,d | %.2f | %.2f | %.2f | %.2f | |", c.store(),
                        c.meetings(), c.one().count(), c.one().p50(), c.one().ms(90), c.one().p99(), c.one().max()));
                md.add(String.format(Locale.ROOT, "| %s | %d | %d | %,d | %.2f | %.2f | %.2f | %.2f | %.1f |",
                        c.store(), c.meetings(), c.clients(), c.latencies().count(), c.latencies().p50(),
                        c.latencies().ms(90), c.latencies().p99(), c.latencies().max(), c.perSecond()));
            }
        }
        md.add("");
        md.add("Targets, as the benchmark printed them:");
        md.add("");
        md.add("```");
        md.addAll(targets);
        md.add("```");
        // the rows the budget cut short say so in their column; the other notes follow
        List<String> more = notes.stream().filter(n -> !n.contains("budget cut it")).toList();
        if (!more.isEmpty()) {
            md.add("");
            more.forEach(n -> md.add("- " + n));
        }
        Files.write(file, md);
    }

    void csv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("store,meetings,query,items,p50_ms,p99_ms,max_ms,requests,cut_by_budget,records_per_request,"
                + "records_steady,calls_per_request,start_and_import_s,heap_held_mb");
        for (ScaleBenchmark.Row r : rows) {
            lines.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%.3f,%.3f,%.3f,%d,%b,%.1f,%b,%.0f,%.1f,%.0f",
                    r.store(), r.meetings(), r.query(), r.items(), r.latencies().p50(), r.latencies().p99(),
                    r.latencies().max(), r.latencies().count(), r.latencies().cut(), r.records(), r.recordsSteady(),
                    r.calls(), r.startSeconds(), r.heapMb()));
        }
        Files.write(file, lines);
    }

    void chart(Path file) throws IOException {
        ScaleChart.draw(rows, stores, rows.stream().map(ScaleBenchmark.Row::query).distinct().toList(),
                "Entente scale benchmark (bench/scale.sh): latency over HTTP, one client, against data size",
                started, file);
    }

    static String crowdLine(ScaleBenchmark.Crowd c) {
        return String.format(Locale.ROOT, "%s, shipped data set (%d meetings), nested page first: %d: one client "
                        + "p50 %.2f ms, p99 %.2f ms; %d clients at once: %,d requests, p50 %.2f ms, p90 %.2f ms, p99 "
                        + "%.2f ms, max %.2f ms, %.1f requests/s", c.store(), c.meetings(), ScaleQueries.PAGE,
                c.one().p50(), c.one().p99(), c.clients(), c.latencies().count(), c.latencies().p50(),
                c.latencies().ms(90), c.latencies().p99(), c.latencies().max(), c.perSecond());
    }

    private List<ScaleBenchmark.Row> nestedRows() {
        return rows.stream().filter(r -> r.query().equals(ScaleQueries.NESTED)).toList();
    }

    private static String pathRow(String name, Latencies l) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", name, l.p50(), l.p99(), l.max());
    }

    private int storeOrder(String name) {
        int at = stores.indexOf(name);
        return at < 0 ? stores.size() : at;
    }
}
