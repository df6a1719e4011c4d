package org.alignsim.report;

import org.jfree.chart.JFreeChart;

/** A chart ready to write: file name without extension, nominal size, and the caption a report shows under it. */
record Figure(String file, JFreeChart chart, int width, int height, String caption) {}
