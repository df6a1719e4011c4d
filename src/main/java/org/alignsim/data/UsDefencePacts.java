package org.alignsim.data;

import java.util.HashSet;
import java.util.Set;

/**
 * US defence obligations from ATOP 5.1 (Leeds et al. 2002): a state has a pact in a year when the
 * US is obliged to defend it. The alliances file lists only dyad-years with some alliance, so a
 * year that is absent is a year without one; ATOP ends in 2018, and later years carry 2018's
 * obligations forward (the treaties then in force were all still in force in 2024).
 */
public final class UsDefencePacts {
    private final Set<String> pacts;
    private final int last;

    private UsDefencePacts(Set<String> pacts, int last) {
        this.pacts = pacts;
        this.last = last;
    }

    static UsDefencePacts of(DataTable t) {
        Set<String> p = new HashSet<>();
        int last = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            int y = t.integer(r, "year");
            last = Math.max(last, y);
            String a = t.text(r, "iso3_1"), b = t.text(r, "iso3_2");
            if (a.equals("USA") && flag(t, r, "atop_defense_12")) p.add(b + y);
            if (b.equals("USA") && flag(t, r, "atop_defense_21")) p.add(a + y);
        }
        return new UsDefencePacts(p, last);
    }

    private static boolean flag(DataTable t, int r, String column) {
        double v = t.number(r, column);
        if (Double.isNaN(v)) return false;
        if (v != 0 && v != 1) throw t.error(r, column, "'" + t.text(r, column) + "' is neither 0 nor 1");
        return v == 1;
    }

    public int lastYear() { return last; }

    public boolean obliged(String iso3, int year) {
        return pacts.contains(iso3 + Math.min(year, last));
    }

    /** Share of the years in [from, to] in which the US was obliged to defend the state. */
    public double share(String iso3, int from, int to) {
        int n = 0;
        for (int y = from; y <= to; y++) if (obliged(iso3, y)) n++;
        return n / (double) (to - from + 1);
    }
}
