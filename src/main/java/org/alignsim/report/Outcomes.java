package org.alignsim.report;

import org.alignsim.base.UserError;
import org.alignsim.model.Aggregates;

import java.util.List;
import java.util.Map;

/**
 * Names, labels and units of the aggregate outcomes (the columns of Aggregates.COLUMNS), and the
 * handful a report leads with.
 */
public final class Outcomes {
    private Outcomes() {}

    /** The outcomes of the summary tables, in order. */
    public static final List<String> MAIN = List.of("share_us_gdp", "share_hedge_gdp", "share_china_gdp",
            "share_us_count", "mean_alignment", "polarisation", "power_ratio", "asian_nato_members");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("share_us_count", "US-aligned share of states"),
            Map.entry("share_hedge_count", "hedging share of states"),
            Map.entry("share_china_count", "China-aligned share of states"),
            Map.entry("share_us_gdp", "US-aligned share of GDP"),
            Map.entry("share_hedge_gdp", "hedging share of GDP"),
            Map.entry("share_china_gdp", "China-aligned share of GDP"),
            Map.entry("share_us_pop", "US-aligned share of population"),
            Map.entry("share_hedge_pop", "hedging share of population"),
            Map.entry("share_china_pop", "China-aligned share of population"),
            Map.entry("mean_alignment", "mean alignment"),
            Map.entry("polarisation", "polarisation"),
            Map.entry("power_ratio", "power ratio, China bloc / coalition"),
            Map.entry("encirclement", "encirclement of China"),
            Map.entry("china_coercing", "China coercing"),
            Map.entry("asian_nato_members", "Asian NATO members at the rung"),
            Map.entry("asian_nato", "Asian NATO stands"),
            Map.entry("asian_nato_formed", "Asian NATO formed"));

    /** Column index in Aggregates.COLUMNS, or a one-line error listing the valid names. */
    public static int index(String name) {
        for (int i = 0; i < Aggregates.COLUMNS.length; i++) if (Aggregates.COLUMNS[i].equals(name)) return i;
        throw new UserError("unknown outcome '" + name + "'; valid outcomes: " + String.join(", ", Aggregates.COLUMNS));
    }

    public static String check(String name) {
        index(name);
        return name;
    }

    public static String label(String name) {
        return LABELS.getOrDefault(name, name);
    }

    /** The unit shown on an axis. */
    public static String unit(String name) {
        if (name.startsWith("share_")) return "share, 0–1";
        return switch (name) {
            case "mean_alignment" -> "−1 China … +1 US";
            case "polarisation" -> "index, 0–1";
            case "power_ratio" -> "ratio";
            case "encirclement" -> "share of China's neighbours' power, 0–1";
            case "asian_nato_members" -> "states";
            case "china_coercing", "asian_nato", "asian_nato_formed" -> "share of runs, 0–1";
            default -> "";
        };
    }

    /** "US-aligned share of GDP (share, 0–1)" */
    public static String axisLabel(String name) {
        String u = unit(name);
        return u.isEmpty() ? label(name) : label(name) + " (" + u + ")";
    }

    /** Outcomes whose values are 0/1 per run: their mean is a share of runs, their band says little. */
    public static boolean isIndicator(String name) {
        return name.equals("china_coercing") || name.equals("asian_nato") || name.equals("asian_nato_formed");
    }
}
