package org.alignsim.model;

/**
 * The blocs after a step (docs/MODEL.md 7.14): the states present sorted into US-aligned,
 * hedging and China-aligned by the hedging band, their shares by count, GDP and population, the
 * mean stance and polarisation, and how near the Asian NATO candidates are to the condition.
 */
final class Blocs {
    private Blocs() {}

    static Aggregates tally(AlignmentModel model, AsianNatoCondition asianNato) {
        World w = model.world;
        Scenario s = w.scenario;
        double band = model.hedgingBand;
        double[] alignment = model.alignment, gdp = model.gdp, population = model.population;
        boolean[] active = model.active;
        int[] commitment = model.commitment;
        double[] count = new double[3], byGdp = new double[3], byPop = new double[3];
        double sum = 0, totalGdp = 0, totalPop = 0;
        int m = 0;
        for (int i : w.actors) {
            if (!active[i]) continue;
            int bloc = 1 - Camp.of(alignment[i], band);   // 0 US-aligned, 1 hedging, 2 China-aligned
            count[bloc]++;
            byGdp[bloc] += gdp[i];
            byPop[bloc] += population[i];
            totalGdp += gdp[i];
            totalPop += population[i];
            sum += alignment[i];
            m++;
        }
        int level = s.asianNato().level().ordinal();
        int members = 0;
        for (int i : w.asianNatoMembers) if (active[i] && commitment[i] >= level) members++;
        double readiness = AsianNatoReadiness.of(commitment, w.asianNatoMembers, level, s.asianNato().minMembers(), model.sortScratch);
        boolean standing = asianNato.standing(members >= s.asianNato().minMembers(), model.year, s.asianNato().sustainYears());
        double mm = Math.max(m, 1);
        return new Aggregates(count[0] / mm, count[1] / mm, count[2] / mm,
                share(byGdp[0], totalGdp), share(byGdp[1], totalGdp), share(byGdp[2], totalGdp),
                share(byPop[0], totalPop), share(byPop[1], totalPop), share(byPop[2], totalPop),
                sum / mm, Aggregates.polarisation(alignment, model.stanceOrder, active, model.sortScratch, model.grid, model.atPosition),
                model.powerRatio, model.encirclement, model.coercing, members, readiness, standing, asianNato.formed());
    }

    private static double share(double x, double total) { return total > 0 ? x / total : 0; }
}
