package org.alignsim.model;

/**
 * The North-South cleavage in UN voting (Kim and Russett 1996; Voeten 2000): besides the East-West
 * conflict and after it, the General Assembly divides the rich from the developing states, which
 * vote as a caucus (the Group of 77) on trade, aid, sovereignty and decolonisation against the
 * rich West. The gap is how much poorer per head a state is than the west pole, on a log scale:
 * ln(its income per head / the west pole's) where that is below 1, else 0 (a state as rich as the
 * pole or richer is of the North).
 */
public final class NorthSouthCleavage {
    private NorthSouthCleavage() {}

    /** The development gap (at least 0; 0 where either population is unknown). */
    static double gap(double gdp, double population, double westGdp, double westPopulation) {
        if (!(population > 0) || !(westPopulation > 0) || !(gdp > 0) || !(westGdp > 0)) return 0;
        return Math.max(0, -Math.log((gdp / population) / (westGdp / westPopulation)));
    }
}
