package org.alignsim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels of a scatter so that they do not overlap each other or other points:
 * greedy, most important point first, trying right-above, right-below, left-above, left-below and
 * then ever larger vertical shifts. Text extents are estimated from the nominal chart size
 * (JFreeChart lays out only when drawing), which is close enough for a dozen labels.
 */
final class LabelLayout {
    /** Where a label goes: its lower-left corner in data coordinates, and whether it left its point. */
    record Placed(double x, double y, boolean moved) {}

    private final double xMin, yMin, xRange, yRange, plotW, plotH;
    private final List<double[]> taken = new ArrayList<>();
    static final double CHAR_W = 7.2, TEXT_H = 15, GAP = 6;

    /** The axes' data ranges [xMin, xMin + xRange] and [yMin, yMin + yRange]; plotW, plotH: the plot area in nominal pixels. */
    LabelLayout(double xMin, double xRange, double yMin, double yRange, double plotW, double plotH, double[] xs, double[] ys) {
        this.xMin = xMin;
        this.yMin = yMin;
        this.xRange = xRange;
        this.yRange = yRange;
        this.plotW = plotW;
        this.plotH = plotH;
        for (int i = 0; i < xs.length; i++) {
            double px = px(xs[i]), py = py(ys[i]);
            taken.add(new double[]{px - 5, py - 5, px + 5, py + 5});
        }
    }

    private double px(double x) { return (x - xMin) / xRange * plotW; }

    private double py(double y) { return (y - yMin) / yRange * plotH; }

    private double dataX(double px) { return xMin + px / plotW * xRange; }

    private double dataY(double py) { return yMin + py / plotH * yRange; }

    Placed place(double x, double y, String text) {
        double px = px(x), py = py(y), w = text.length() * CHAR_W;
        List<double[]> candidates = new ArrayList<>();
        candidates.add(new double[]{px + GAP, py + 2});
        candidates.add(new double[]{px + GAP, py - 2 - TEXT_H});
        candidates.add(new double[]{px - GAP - w, py + 2});
        candidates.add(new double[]{px - GAP - w, py - 2 - TEXT_H});
        for (int s = 1; s <= 8; s++) {
            candidates.add(new double[]{px + GAP, py + 2 + s * TEXT_H});
            candidates.add(new double[]{px + GAP, py - 2 - (s + 1) * TEXT_H});
        }
        for (int c = 0; c < candidates.size(); c++) {
            double[] r = {candidates.get(c)[0], candidates.get(c)[1], candidates.get(c)[0] + w, candidates.get(c)[1] + TEXT_H};
            if (r[0] < 0 || r[2] > plotW || r[1] < 0 || r[3] > plotH || overlaps(r)) continue;
            taken.add(r);
            return new Placed(dataX(r[0]), dataY(r[1]), c >= 4);
        }
        double[] r = {px + GAP, py + 2, px + GAP + w, py + 2 + TEXT_H};
        taken.add(r);
        return new Placed(dataX(r[0]), dataY(r[1]), false);
    }

    private boolean overlaps(double[] r) {
        for (double[] t : taken) {
            if (r[0] < t[2] && t[0] < r[2] && r[1] < t[3] && t[1] < r[3]) return true;
        }
        return false;
    }
}
