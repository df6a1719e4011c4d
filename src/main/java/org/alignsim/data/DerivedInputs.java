package org.alignsim.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that turn the reference data into scenario inputs, written once so that a test can
 * check the baseline scenario against them (scenarios/README.md, "Derived from data", states the
 * same rules in words). {@code root} is the project's data folder: the present-day files at its
 * top, the 1946–2024 panels in {@code history/}.
 */
public final class DerivedInputs {
    /** The great powers whose alliances count against a hedging tradition. */
    public static final List<String> GREAT_POWERS = List.of("USA", "RUS", "CHN");
    /** The arms suppliers the panel names, each with its column ({@link #armsColumn}). */
    public static final List<String> SUPPLIERS = List.of("USA", "RUS", "CHN");

    /** The arms panel's column of the imports from a supplier. */
    public static String armsColumn(String supplier) {
        return "tiv_from_" + supplier.toLowerCase(java.util.Locale.ROOT);
    }

    /** The arms panel's columns a reader needs: the state, the year, its total imports and each supplier's. */
    public static String[] armsColumns() {
        List<String> columns = new ArrayList<>(List.of("iso3", "year", "tiv_total"));
        for (String s : SUPPLIERS) columns.add(armsColumn(s));
        return columns.toArray(String[]::new);
    }

    private final Path root;
    private DataTable alliances, capabilities, arms, democracy, troops, bases, present, gdp;

    public DerivedInputs(Path root) {
        this.root = root;
    }

    private DataTable history(DataTable cached, String file, String... columns) {
        return cached != null ? cached : DataTable.read(root.resolve("history").resolve(file), columns);
    }

    /**
     * The hedging tradition: 1 - the share of the years 1946-2016 in which the state, while a
     * member of the state system (it has COW capabilities that year), had an ATOP defence pact
     * with a great power other than itself. Two decimals.
     */
    public double hedging(String iso3) {
        alliances = history(alliances, History.ALLIANCES, "iso3_1", "iso3_2", "year", "atop_defense_any");
        capabilities = history(capabilities, "capabilities.csv", "iso3", "year");
        Set<Integer> years = new HashSet<>();
        for (int r = 0; r < capabilities.size(); r++) {
            int y = capabilities.integer(r, "year");
            if (capabilities.text(r, "iso3").equals(iso3) && y >= 1946 && y <= 2016) years.add(y);
        }
        Set<Integer> allied = new HashSet<>();
        for (int r = 0; r < alliances.size(); r++) {
            String a = alliances.text(r, "iso3_1"), b = alliances.text(r, "iso3_2");
            String other = a.equals(iso3) ? b : b.equals(iso3) ? a : null;
            if (other == null || !GREAT_POWERS.contains(other)) continue;
            if (alliances.number(r, "atop_defense_any") == 1) allied.add(alliances.integer(r, "year"));
        }
        if (years.isEmpty()) return Double.NaN;
        long n = years.stream().filter(allied::contains).count();
        return round2(1 - n / (double) years.size());
    }

    /** Shares of the state's arms imports (TIV) from each supplier over [from, to], two decimals, zeros left out. */
    public Map<String, Double> arms(String iso3, int from, int to) {
        arms = history(arms, "arms_imports.csv", armsColumns());
        double total = 0;
        double[] by = new double[SUPPLIERS.size()];
        for (int r = 0; r < arms.size(); r++) {
            int y = arms.integer(r, "year");
            if (!arms.text(r, "iso3").equals(iso3) || y < from || y > to) continue;
            total += zero(arms.number(r, "tiv_total"));
            for (int k = 0; k < by.length; k++) by[k] += zero(arms.number(r, armsColumn(SUPPLIERS.get(k))));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < by.length; k++) {
            double share = total > 0 ? round2(by[k] / total) : 0;
            if (share > 0 && !SUPPLIERS.get(k).equals(iso3)) out.put(SUPPLIERS.get(k), share);
        }
        return out;
    }

    /** V-Dem's electoral democracy index in a year, or NaN where V-Dem has none. */
    public double democracy(String iso3, int year) {
        democracy = history(democracy, History.DEMOCRACY, "iso3", "year", "v2x_polyarchy");
        for (int r = 0; r < democracy.size(); r++) {
            if (democracy.text(r, "iso3").equals(iso3) && democracy.integer(r, "year") == year) return democracy.number(r, "v2x_polyarchy");
        }
        return Double.NaN;
    }

    /** floor + (1 - floor) x the share of member pairs with an ATOP defence pact in the year, two decimals. */
    public double cohesion(List<String> members, int year, double floor) {
        alliances = history(alliances, History.ALLIANCES, "iso3_1", "iso3_2", "year", "atop_defense_any");
        Set<String> pacts = new HashSet<>();
        for (int r = 0; r < alliances.size(); r++) {
            if (alliances.integer(r, "year") == year && alliances.number(r, "atop_defense_any") == 1) {
                pacts.add(pair(alliances.text(r, "iso3_1"), alliances.text(r, "iso3_2")));
            }
        }
        int pairs = 0, bound = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                pairs++;
                if (pacts.contains(pair(members.get(a), members.get(b)))) bound++;
            }
        }
        return pairs == 0 ? Double.NaN : round2(floor + (1 - floor) * bound / pairs);
    }

    /**
     * The tier in the US-led hierarchy: core = Five Eyes and AUKUS, inner = Five Eyes, ally = US
     * treaty ally (the present-day membership columns), partner = hosts at least 100 US troops in
     * {@code troopYear} or buys at least a quarter of its arms from the US over [armsFrom, armsTo],
     * none otherwise. The US itself is core.
     */
    public String tier(String iso3, int troopYear, int armsFrom, int armsTo) {
        if (iso3.equals("USA")) return "core";
        present = present != null ? present : DataTable.read(root.resolve("states.csv"), "iso3", "us_treaty_ally", "aukus", "five_eyes");
        troops = history(troops, "us_troops.csv", "iso3", "year", "troops_ad");
        Map<String, String> row = new HashMap<>();
        for (int r = 0; r < present.size(); r++) {
            if (!present.text(r, "iso3").equals(iso3)) continue;
            for (String c : List.of("us_treaty_ally", "aukus", "five_eyes")) row.put(c, present.text(r, c).trim());
        }
        if ("1".equals(row.get("five_eyes")) && "1".equals(row.get("aukus"))) return "core";
        if ("1".equals(row.get("five_eyes"))) return "inner";
        if ("1".equals(row.get("us_treaty_ally"))) return "ally";
        double hosted = 0;
        for (int r = 0; r < troops.size(); r++) {
            if (troops.text(r, "iso3").equals(iso3) && troops.integer(r, "year") == troopYear) hosted = zero(troops.number(r, "troops_ad"));
        }
        if (hosted >= 100 || arms(iso3, armsFrom, armsTo).getOrDefault("USA", 0.0) >= 0.25) return "partner";
        return "none";
    }

    /** One major US base per place abroad (countryname), the first listed, east of 30° W or west of 170° W: name, lat, lon. */
    public List<String[]> usForwardBases() {
        bases = history(bases, "us_bases.csv", "countryname", "basename", "lat", "lon", "base");
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < bases.size(); r++) {
            if (bases.number(r, "base") != 1 || Double.isNaN(bases.number(r, "lat"))) continue;
            double lon = bases.number(r, "lon");
            if (lon > -170 && lon < -30) continue;
            String place = bases.text(r, "countryname");
            if (!seen.add(place)) continue;
            out.add(new String[]{place.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""), bases.text(r, "lat"), bases.text(r, "lon")});
        }
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    private static double zero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /**
     * A pole's share of the states' GDP at purchasing power parity in a year (Maddison, 2011
     * international dollars): its GDP over the sum over the states named that the file has that
     * year (a state it lacks is left out). Three decimals.
     */
    public double gdpShareAtParity(String pole, List<String> states, int year) {
        gdp = history(gdp, "gdp.csv", "iso3", "year", "gdp_bn_2011usd");
        Map<String, Double> at = new HashMap<>();
        for (int r = 0; r < gdp.size(); r++) {
            if (gdp.integer(r, "year") != year || !states.contains(gdp.text(r, "iso3"))) continue;
            double v = gdp.number(r, "gdp_bn_2011usd");
            if (!Double.isNaN(v)) at.put(gdp.text(r, "iso3"), v);
        }
        double total = at.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!at.containsKey(pole) || total <= 0) return Double.NaN;
        return Math.round(at.get(pole) / total * 1000) / 1000.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
