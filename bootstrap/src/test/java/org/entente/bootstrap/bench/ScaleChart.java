package org.entente.bootstrap.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the scale benchmark's latencies as a PNG: one panel per query, the p50 latency against the number of
 * meetings on log axes, one line per store (p99 as a thin dashed line of the same colour).
 */
final class ScaleChart {
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e)};
    private static final int PANEL_WIDTH = 420;
    private static final int PANEL_HEIGHT = 300;
    private static final int COLUMNS = 3;

    private ScaleChart() {
    }

    static void draw(List<ScaleBenchmark.Row> rows, List<String> stores, List<String> queries, String title,
                     String subtitle, Path png) throws IOException {
        int panelRows = (queries.size() + COLUMNS - 1) / COLUMNS;
        int width = COLUMNS * PANEL_WIDTH;
        int height = 90 + panelRows * PANEL_HEIGHT;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 16, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(subtitle, 16, 44);
        int x = 16;
        for (int s = 0; s < stores.size(); s++) {
            g.setColor(COLOURS[s % COLOURS.length]);
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine(x, 65, x + 24, 65);
            g.setColor(Color.BLACK);
            g.drawString(stores.get(s), x + 30, 69);
            x += 40 + g.getFontMetrics().stringWidth(stores.get(s)) + 20;
        }
        g.drawString("solid: p50, dashed: p99; x: meetings in the store, y: ms (both log scale)", x + 10, 69);
        for (int q = 0; q < queries.size(); q++) {
            panel(g, rows, stores, queries.get(q), (q % COLUMNS) * PANEL_WIDTH, 90 + (q / COLUMNS) * PANEL_HEIGHT);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(Graphics2D g, List<ScaleBenchmark.Row> all, List<String> stores, String query, int left,
                              int top) {
        List<ScaleBenchmark.Row> rows = all.stream().filter(r -> r.query().equals(query)).toList();
        if (rows.isEmpty()) {
            return;
        }
        double minX = Math.log10(rows.stream().mapToInt(ScaleBenchmark.Row::meetings).min().orElse(1));
        double maxX = Math.log10(rows.stream().mapToInt(ScaleBenchmark.Row::meetings).max().orElse(10));
        if (maxX - minX < 1) {
            minX -= 0.5;
            maxX += 0.5;
        }
        double minY = Math.floor(Math.log10(rows.stream().mapToDouble(r -> r.latencies().p50()).min().orElse(1)));
        double maxY = Math.ceil(Math.log10(rows.stream().mapToDouble(r -> r.latencies().p99()).max().orElse(10)));
        if (maxY - minY < 1) {
            maxY = minY + 1;
        }
        int plotLeft = left + 60;
        int plotTop = top + 30;
        int plotWidth = PANEL_WIDTH - 80;
        int plotHeight = PANEL_HEIGHT - 75;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(query, plotLeft, top + 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(plotLeft, plotTop, plotWidth, plotHeight);
        for (double e = minY; e <= maxY + 1e-9; e++) {
            int y = (int) (plotTop + plotHeight - (e - minY) / (maxY - minY) * plotHeight);
            g.setColor(new Color(0xdddddd));
            g.drawLine(plotLeft + 1, y, plotLeft + plotWidth - 1, y);
            g.setColor(Color.BLACK);
            String label = e >= 0 ? String.format(Locale.ROOT, "%,.0f", Math.pow(10, e))
                    : String.format(Locale.ROOT, "%s", Math.pow(10, e));
            g.drawString(label, plotLeft - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (int meetings : rows.stream().mapToInt(ScaleBenchmark.Row::meetings).distinct().sorted().toArray()) {
            int px = (int) (plotLeft + (Math.log10(meetings) - minX) / (maxX - minX) * plotWidth);
            g.setColor(new Color(0xdddddd));
            g.drawLine(px, plotTop + 1, px, plotTop + plotHeight - 1);
            g.setColor(Color.BLACK);
            String label = String.format(Locale.ROOT, "%,d", meetings);
            g.drawString(label, px - g.getFontMetrics().stringWidth(label) / 2, plotTop + plotHeight + 15);
        }
        for (int s = 0; s < stores.size(); s++) {
            String store = stores.get(s);
            List<ScaleBenchmark.Row> line = rows.stream().filter(r -> r.store().equals(store))
                    .sorted(java.util.Comparator.comparingInt(ScaleBenchmark.Row::meetings)).toList();
            g.setColor(COLOURS[s % COLOURS.length]);
            for (boolean p99 : new boolean[] {false, true}) {
                g.setStroke(p99 ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {4f, 4f}, 0f) : new BasicStroke(2.5f));
                int[] xs = new int[line.size()];
                int[] ys = new int[line.size()];
                for (int i = 0; i < line.size(); i++) {
                    ScaleBenchmark.Row row = line.get(i);
                    double ms = p99 ? row.latencies().p99() : row.latencies().p50();
                    xs[i] = (int) (plotLeft + (Math.log10(row.meetings()) - minX) / (maxX - minX) * plotWidth);
                    ys[i] = (int) (plotTop + plotHeight - (Math.log10(ms) - minY) / (maxY - minY) * plotHeight);
                    if (!p99) {
                        g.fillOval(xs[i] - 4, ys[i] - 4, 8, 8);
                    }
                }
                g.drawPolyline(xs, ys, line.size());
            }
        }
    }
}
