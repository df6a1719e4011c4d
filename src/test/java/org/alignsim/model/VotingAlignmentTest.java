package org.alignsim.model;

import org.alignsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The UN voting position (docs/MODEL.md 7.16): its terms' directions, and what it reads from a run. */
class VotingAlignmentTest {
    private static final Parameters.Voting V = new Parameters.Voting(1.5, 20, 0.6, 0.15, 15, 0.2, null);

    @Test
    void aMoreLikeRegimeVotesCloserToTheWestAndResistanceAndPovertyFurtherAway() {
        assertTrue(VotingAlignment.parts(V, 0.2, 0.5, 0, 1, 0).total() > VotingAlignment.parts(V, 0.2, 0.1, 0, 1, 0).total());
        assertTrue(VotingAlignment.parts(V, 0.2, 0.1, 0.05, 1, 0).total() < VotingAlignment.parts(V, 0.2, 0.1, 0, 1, 0).total());
        assertTrue(VotingAlignment.parts(V, 0.2, 0.1, 0, 2, 0).total() < VotingAlignment.parts(V, 0.2, 0.1, 0, 1, 0).total());
        assertTrue(VotingAlignment.parts(V, 0.6, 0.1, 0.05, 1, 0).total() > VotingAlignment.parts(V, 0.2, 0.1, 0.05, 1, 0).total());
        assertTrue(VotingAlignment.parts(V, 0.2, 0.1, 0, 1, 0.05).total() > VotingAlignment.parts(V, 0.2, 0.1, 0, 1, 0).total(), "deference to a dominant pole");
        assertTrue(VotingAlignment.parts(V, 0.2, 0.1, 0, 1, -0.05).total() < VotingAlignment.parts(V, 0.2, 0.1, 0, 1, 0).total(), "drift from a declining one");
        // The terms' sizes as the equation states: 0.2 + 1.5 x 0.1 - 20 x 0.05 - 0.15 x 2 + 15 x 0.04.
        assertEquals(0.2 + 0.15 - 1.0 - 0.3 + 0.6, VotingAlignment.parts(V, 0.2, 0.1, 0.05, 2, 0.04).total(), 1e-12);
        assertEquals(-0.7, VotingAlignment.parts(new Parameters.Voting(0, 0, 0.6, 0, 0, 0.2, null), -0.7, 0.4, 0.1, 3, 0.1).total(), 0.0);
    }

    @Test
    void theDevelopmentGapIsTheLogOfHowMuchPoorerPerHeadAStateIsThanTheWestPole() {
        // 10 per head against the pole's 40: ln 4.
        assertEquals(Math.log(4), NorthSouthCleavage.gap(100, 10, 4000, 100), 1e-12);
        assertEquals(0.0, NorthSouthCleavage.gap(400, 10, 4000, 100), 0.0, "as rich per head as the pole");
        assertEquals(0.0, NorthSouthCleavage.gap(800, 10, 4000, 100), 0.0, "richer: of the North too");
        assertTrue(NorthSouthCleavage.gap(50, 10, 4000, 100) > NorthSouthCleavage.gap(100, 10, 4000, 100), "poorer, wider");
        assertEquals(0.0, NorthSouthCleavage.gap(100, 0, 4000, 100), 0.0, "no population known");
    }

    @Test
    void onlyAPreponderantPoleIsResistedAndOnlyByALessDemocraticState() {
        assertEquals(0.0, SoftBalancing.resistance(0.6, 0.6, 0.1, 0.8), 0.0, "at the threshold");
        assertEquals(0.0, SoftBalancing.resistance(0.9, 0.6, 0.8, 0.8), 0.0, "as democratic as the pole");
        assertEquals(0.0, SoftBalancing.resistance(0.9, 0.6, 0.9, 0.8), 0.0, "more democratic than the pole");
        assertEquals(0.0, SoftBalancing.resistance(0.9, 0.6, 0.1, 0.0), 0.0, "no democracy known for the pole");
        assertEquals(0.3 * 0.7 / 0.8, SoftBalancing.resistance(0.9, 0.6, 0.1, 0.8), 1e-12);
        assertTrue(SoftBalancing.resistance(0.8, 0.6, 0.1, 0.8) < SoftBalancing.resistance(0.9, 0.6, 0.1, 0.8), "more preponderance, more resistance");
        assertTrue(SoftBalancing.resistance(0.9, 0.6, 0.4, 0.8) < SoftBalancing.resistance(0.9, 0.6, 0.1, 0.8), "more democracy, less resistance");
    }

    @Test
    void preponderanceIsTheWestPolesShareOfItsAndTheNextStrongestPresentStatesPower() {
        double[] agg = {3, 1, 2, 0.5};
        assertEquals(0.6, SoftBalancing.preponderance(agg, new boolean[]{true, true, true, true}, 0), 1e-12);
        assertEquals(0.75, SoftBalancing.preponderance(agg, new boolean[]{true, true, false, true}, 0), 1e-12, "an absent state does not count");
        assertEquals(0.25, SoftBalancing.preponderance(agg, new boolean[]{true, true, true, true}, 1), 1e-12, "a weaker west pole: 1 against 3");
    }

    @Test
    void anAllyDefersByTheWestPolesGdpShareAboveTheReferenceAndAnOutsiderNot() {
        // The pole's 40 of 160 present: a share of 0.25; the absent state's 1000 does not count.
        double[] gdp = {40, 60, 1000, 60};
        boolean[] present = {true, true, false, true};
        assertEquals(0.25, HegemonicDeference.share(gdp, present, 0), 1e-12);
        assertEquals(0.05, HegemonicDeference.deference(0.25, 0.2, true), 1e-12);
        assertEquals(-0.05, HegemonicDeference.deference(0.15, 0.2, true), 1e-12, "a declining pole: its allies drift away");
        assertEquals(0.0, HegemonicDeference.deference(0.25, 0.2, false), 0.0, "outside the hierarchy");
        assertTrue(HegemonicDeference.deference(0.3, 0.2, true) > HegemonicDeference.deference(0.25, 0.2, true), "the larger the lead, the more deference");
    }

    /**
     * In the history the US's share of the states' GDP at parity falls from about 0.38 in 1950 to
     * 0.20 in 2018 (Maddison), so its allies' votes carry less deference in the 2010s than in the
     * 1950s, and a state outside its hierarchy carries none in either.
     */
    @Test
    void inTheHistoryTheAlliesDeferLessAsTheUsShareOfTheWorldEconomyFalls() {
        AlignmentModel m = new AlignmentModel(new World(ScenarioLoader.load(Path.of("scenarios", "history-1946-2020.yaml")).scenario()), 4);
        int gbr = m.world.index.get("GBR"), ind = m.world.index.get("IND");
        double[] gbrDefers = new double[2], share = new double[2];
        int[] count = new int[2];
        m.addObserver(mm -> {
            double y = mm.year();
            int k = y >= 1950 && y < 1960 ? 0 : y >= 2010 && y < 2020 ? 1 : -1;
            if (k < 0) return;
            gbrDefers[k] += mm.votingParts(gbr).deference();
            share[k] += mm.hegemonyShare();
            count[k]++;
            assertEquals(0.0, mm.votingParts(ind).deference(), 0.0, "India, outside the US hierarchy, in " + y);
        });
        m.runToEnd();
        assertTrue(share[0] / count[0] > 0.3 && share[1] / count[1] < 0.23, "US share " + share[0] / count[0] + " -> " + share[1] / count[1]);
        assertTrue(gbrDefers[0] / count[0] > 0, "Britain defers in the 1950s: " + gbrDefers[0] / count[0]);
        assertTrue(gbrDefers[1] / count[1] < gbrDefers[0] / count[0] - 1, "and much less in the 2010s: " + gbrDefers[1] / count[1]);
    }

    /** A scenario at market rates gives the measured share at parity: its allies' deference reads that, held. */
    @Test
    void aMeasuredShareAtParityIsWhatTheDeferenceReads() {
        AlignmentModel m = new AlignmentModel(new World(TestScenarios.mini(Map.of("voting.hegemony_share", 0.3, "voting.deference", 10.0,
                "voting.hegemony_reference", 0.2))), 6);
        int[] checked = {0};
        m.addObserver(mm -> {
            assertEquals(0.3, mm.hegemonyShare(), 0.0);
            for (int i = 0; i < mm.world.n; i++) {
                if (!mm.active(i) || mm.world.isPole(i)) continue;
                double expected = mm.world.inUsSystem[i] ? 10 * (0.3 - 0.2) : 0;
                assertEquals(expected, mm.votingParts(i).deference(), 1e-12, mm.world.codes[i] + " at " + mm.year());
                checked[0]++;
            }
        });
        m.runToEnd();
        assertTrue(checked[0] > 100);
    }

    @Test
    void withTheWeightsAtZeroTheVoteIsTheStance() {
        AlignmentModel m = new AlignmentModel(new World(TestScenarios.mini(Map.of("voting.regime", 0.0, "voting.soft_balancing", 0.0,
                "voting.development", 0.0, "voting.deference", 0.0))), 5);
        int[] checked = {0};
        m.addObserver(mm -> {
            for (int i = 0; i < mm.world.n; i++) {
                assertEquals(Double.doubleToRawLongBits(mm.alignment(i)), Double.doubleToRawLongBits(mm.voting(i)), mm.world.codes[i] + " at " + mm.year());
                checked[0]++;
            }
        });
        m.runToEnd();
        assertTrue(checked[0] > 100);
    }

    /**
     * In the history the USSR's collapse makes the US preponderant (COW and Maddison data, not a
     * setting): from 1992 an autocracy outside the US hierarchy votes further from the US than
     * its stance and regime alone put it, and so does an ally as unlike the US in regime
     * (Pakistan, in the US hierarchy, V-Dem about 0.37 against 0.87), while a democracy about as
     * liberal as the US (Japan) carries only the little its V-Dem score falls short of the US's.
     */
    @Test
    void inTheHistoryTheUnipolarMomentIsResistedByTheLessDemocraticAlliesOrNot() {
        AlignmentModel m = new AlignmentModel(new World(ScenarioLoader.load(Path.of("scenarios", "history-1946-2020.yaml")).scenario()), 3);
        int irn = m.world.index.get("IRN"), jpn = m.world.index.get("JPN"), pak = m.world.index.get("PAK");
        Parameters.Voting v = m.world.scenario.voting();
        double rv = v.regime(), dv = v.development();
        int us = m.world.west;
        double[] pre = new double[2];
        int[] count = new int[2];
        double[] iranGap = new double[2], pakistanGap = new double[2];
        m.addObserver(mm -> {
            double y = mm.year();
            int k = y >= 1980 && y < 1989 ? 0 : y >= 1992 && y < 2000 ? 1 : -1;
            if (k < 0) return;
            pre[k] += mm.preponderance();
            count[k]++;
            // The US's share of the present states' GDP (the history's is at PPP): what an ally's deference reads.
            double total = 0;
            for (int j = 0; j < mm.world.n; j++) if (mm.active(j)) total += mm.gdp[j];
            double defers = v.deference() * (mm.gdp[us] / total - v.hegemonyReference());
            double irnPoorer = NorthSouthCleavage.gap(mm.gdp[irn], mm.population[irn], mm.gdp[us], mm.population[us]);
            iranGap[k] += mm.alignment(irn) + rv * mm.regime[irn] - dv * irnPoorer - mm.voting(irn);
            if (k == 1) {
                assertTrue(mm.yearInputs.inSystem[pak], "Pakistan in the US hierarchy in " + y);
                double pakPoorer = NorthSouthCleavage.gap(mm.gdp[pak], mm.population[pak], mm.gdp[us], mm.population[us]);
                pakistanGap[1] += mm.alignment(pak) + rv * mm.regime[pak] - dv * pakPoorer + defers - mm.voting(pak);
                double jpnPoorer = NorthSouthCleavage.gap(mm.gdp[jpn], mm.population[jpn], mm.gdp[us], mm.population[us]);
                double jpnResists = v.softBalancing() * Math.max(0, mm.preponderance() - v.preponderanceThreshold())
                        * Math.max(0, mm.democracy[us] - mm.democracy[jpn]) / mm.democracy[us];
                assertTrue(jpnResists < 0.15, "Japan's resistance in " + y + ": " + jpnResists);
                assertEquals(mm.alignment(jpn) + rv * mm.regime[jpn] - dv * jpnPoorer + defers - jpnResists, mm.voting(jpn), 1e-12, "Japan, in the US hierarchy, in " + y);
            }
        });
        m.runToEnd();
        double before = pre[0] / count[0], after = pre[1] / count[1];
        assertTrue(after > before + 0.05, "preponderance " + before + " in the 1980s, " + after + " in the 1990s");
        assertTrue(iranGap[1] / count[1] > 0.5, "Iran's resistance in the 1990s: " + iranGap[1] / count[1]);
        assertTrue(iranGap[1] / count[1] > iranGap[0] / count[0] + 0.5, "more than in the 1980s: " + iranGap[0] / count[0]);
        assertTrue(pakistanGap[1] / count[1] > 0.5, "Pakistan's resistance in the 1990s, an ally: " + pakistanGap[1] / count[1]);
    }
}
