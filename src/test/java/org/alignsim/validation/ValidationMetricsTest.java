package org.alignsim.validation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every metric on a world with known answers (ValidationFixture): frozen stances in the UN order,
 * made-up data whose rank correlations are worked out by hand.
 */
class ValidationMetricsTest {
    @TempDir
    static Path tmp;
    static ValidationFixture fx;
    static Map<String, Scorecard.Row> card;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        fx = new ValidationFixture(tmp);
        out = tmp.resolve("out");
        Validation.Options o = new Validation.Options(List.of(fx.scenario), fx.validation, fx.data, 4, 2, out, false, "test");
        Validation.Outcome r = Validation.run(o, Validation.load(o), n -> { });
        card = r.card().rows().stream().collect(Collectors.toMap(Scorecard.Row::metric, x -> x));
    }

    private static double value(String metric) {
        return card.get(metric).value();
    }

    @Test
    void oneStateInTheWrongClassOfFiveMisclassifiesAFifth() {
        assertEquals(0.2, value("classes.misclassification"), 1e-12);
        assertEquals("fail", card.get("classes.misclassification").status(), "0.2 misses the fixture's target of at most 0.1");
        assertEquals(1, value("classes.states_wrong_majority"));
        assertTrue(card.get("classes.states_wrong_majority").detail().startsWith("GBR"));
        assertTrue(card.get("classes.misclassification").detail().endsWith("; seed standard error 0.000, 95 % interval 0.200-0.200"),
                "the fixture's seeds are alike, so another set of seeds could not move the score: "
                        + card.get("classes.misclassification").detail());
    }

    /** With the wrong GBR and the right JPN contestable, the other three are all right and JPN makes one of four wrong. */
    @Test
    void theMisclassificationOverTheUncontestedStatesLeavesTheContestableOut(@TempDir Path dir) throws IOException {
        assertEquals(null, card.get("classes.misclassification_uncontested"), "no state is contestable in the fixture: no row");
        assertEquals(0.0, uncontested(dir.resolve("gbr"), "[GBR]").value(), 1e-12);
        Scorecard.Row jpn = uncontested(dir.resolve("jpn"), "[JPN]");
        assertEquals(0.25, jpn.value(), 1e-12, "GBR wrong among GBR, IND, RUS, IRN");
        assertEquals("info", jpn.status());
    }

    private static Scorecard.Row uncontested(Path dir, String contestable) throws IOException {
        ValidationFixture f = new ValidationFixture(dir);
        Files.writeString(f.classes, Files.readString(f.classes).replace("  classes:\n", "  contestable: " + contestable + "\n  classes:\n"));
        Validation.Options o = new Validation.Options(List.of(f.scenario), f.validation, f.data, 2, 1, dir.resolve("out"), false, "test");
        Validation.Outcome r = Validation.run(o, Validation.load(o), n -> { });
        Map<String, Scorecard.Row> rows = r.card().rows().stream().collect(Collectors.toMap(Scorecard.Row::metric, x -> x));
        assertEquals(0.2, rows.get("classes.misclassification").value(), 1e-12, "the contestable still count in the misclassification itself");
        return rows.get("classes.misclassification_uncontested");
    }

    @Test
    void frozenStancesAreAsStickyAsConstantUnVotes() {
        assertEquals(1.0, value("stickiness.rank_lag1"), 1e-12, "a model with no noise keeps every state's rank");
        assertEquals(1.0, value("stickiness.rank_lag5"), 1e-12);
        assertEquals(1.0, card.get("stickiness.rank_lag1").reference(), 1e-12, "constant ideal points keep every rank");
        assertEquals("pass", card.get("stickiness.rank_lag1").status());
        assertEquals(0.0, value("stickiness.switches_per_decade_median"));
        assertEquals(0.0, value("stickiness.switches_per_decade_worst"));
    }

    @Test
    void stancesInTheUnOrderCorrelatePerfectlyAndBeatTheNaivePredictors() {
        assertEquals(1.0, value("un.rho"), 1e-12);
        // Democracy swaps RUS and IRN against the UN order: rho = 1 - 6 * (1 + 1) / (5 * (25 - 1)) = 0.9.
        assertEquals(0.9, value("un.rho_democracy"), 1e-12);
        // Pacts (GBR, JPN) + democracy keep the same swap at the bottom: 0.9 again.
        assertEquals(0.9, value("un.rho_pact_democracy"), 1e-12);
        assertEquals(0.9, card.get("un.rho").reference(), 1e-12, "the reference is the better naive predictor");
        assertEquals("pass", card.get("un.rho").status());
    }

    @Test
    void aHedgerWhoseStanceNeverMovesHoldsBackWhateverIsSwitchedOff() {
        assertEquals(1.0, value("paper.G.holds_back"), 1e-12);
        assertEquals(0.0, value("paper.G.trade_share"), 1e-12);
    }

    @Test
    void theOnlyInputThatDecidesFormationRanksFirst() throws IOException {
        // IND is the only candidate and needs the dialogue rung (alignment 0.1): at 0 it never
        // gets there, at +0.3 it does at the first step, at -0.3 never. Hedging moves nothing in a
        // world where no state revises.
        assertEquals(0.0, value("headline.formation_share"));
        assertEquals(1.0, value("headline.driver_1"), 1e-12);
        assertTrue(card.get("headline.driver_1").detail().startsWith("states.IND.alignment -0.3..0.3"), card.get("headline.driver_1").detail());
        assertEquals(0.0, value("headline.driver_2"));
        List<String> rows = Files.readAllLines(out.resolve("headline.csv"));
        assertEquals(1 + 1 + 5, rows.size(), "header, IND's alignment and the five actors' hedging");
    }

    @Test
    void aPresentDayRunHasNoChinaPhases() {
        assertTrue(card.keySet().stream().noneMatch(k -> k.startsWith("china.")));
    }
}
