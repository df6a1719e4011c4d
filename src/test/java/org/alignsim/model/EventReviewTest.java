package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.alignsim.model.MechanismDirectionTest.idx;
import static org.alignsim.model.MechanismDirectionTest.started;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Dated events as the mini world has them (a crisis, China against Japan, from 2026): the states an
 * event names reconsider in the step it begins, and an event of negative size offsets hostile
 * intentions without ever turning them into protection.
 */
class EventReviewTest {

    /** Each step's (year, stance of each of the four deciding states) until the year passes {@code until}. */
    private static List<double[]> path(AlignmentModel m, double until) {
        List<double[]> out = new ArrayList<>();
        String[] codes = {"JPN", "IND", "PAK", "DEU"};
        while (m.year() < until && m.schedule.step(m)) {
            double[] row = new double[codes.length + 1];
            row[0] = m.year();
            for (int k = 0; k < codes.length; k++) row[k + 1] = m.alignment(idx(m, codes[k]));
            out.add(row);
        }
        return out;
    }

    /** A world where ordinary revisions practically never come: what moves a stance is the event alone. */
    private static AlignmentModel quiet(double review, double crisis) {
        return started("decision.revision_rate", 1e-9, "decision.shock_sd", 0.0, "decision.event_review", review,
                "events.crisis.size", crisis);
    }

    @Test
    void theStateAnEventNamesReconsidersInTheStepItBegins() {
        AlignmentModel m = quiet(1.0, 1.0);
        double[] start = {m.alignment(idx(m, "JPN")), m.alignment(idx(m, "IND")), m.alignment(idx(m, "PAK")), m.alignment(idx(m, "DEU"))};
        List<double[]> p = path(m, 2028);
        int moved = -1;
        for (int s = 0; s < p.size(); s++) {
            double[] r = p.get(s);
            for (int k = 1; k <= 3; k++) assertEquals(start[k], r[k + 1], 0.0, "a state no event names keeps its stance, year " + r[0]);
            if (moved < 0 && r[1] != start[0]) moved = s;
        }
        assertTrue(moved >= 0, "Japan, the crisis's target, reconsidered");
        // The step whose environment is brought to a time at or after 2026: its decisions see the crisis.
        double year = p.get(moved)[0];
        assertTrue(year > 2025.99 && year <= 2026.26, "Japan moved in the step the crisis began, not at " + year);
        for (int s = moved; s < p.size(); s++) assertEquals(p.get(moved)[1], p.get(s)[1], 0.0, "one review, not a new habit");
    }

    @Test
    void withoutReviewsTheSameCrisisLeavesAQuietWorldAlone() {
        AlignmentModel m = quiet(0.0, 1.0);
        double jpn = m.alignment(idx(m, "JPN"));
        for (double[] r : path(m, 2028)) assertEquals(jpn, r[1], 0.0, "year " + r[0]);
    }

    @Test
    void aGraverCrisisMovesItsTargetFurtherFromTheAggressor() {
        // Walt: more hostile intentions from China, more reason for Japan to stand with the US.
        double mild = last(path(quiet(1.0, 0.5), 2028))[1];
        double grave = last(path(quiet(1.0, 4.0), 2028))[1];
        assertTrue(grave > mild, "grave " + grave + " against mild " + mild);
    }

    private static double[] last(List<double[]> p) { return p.get(p.size() - 1); }

    @Test
    void anEventIsInForceExactlyWhenItsProfileIsAboveZero() {
        Parameters.Event[] events = {
                new Parameters.Event("a", Parameters.EventType.HOSTILITY, "CHN", List.of("JPN"), 2026, 1, Double.NaN, Double.NaN, false, ""),
                new Parameters.Event("b", Parameters.EventType.HOSTILITY, "CHN", List.of("JPN"), 2026, 1, 2, Double.NaN, false, ""),
                new Parameters.Event("c", Parameters.EventType.HOSTILITY, "CHN", List.of("JPN"), 2026, 1, 2, 2030, false, ""),
                // decays below the smallest double within two years: 1,000 half-lives at 2026.1
                new Parameters.Event("d", Parameters.EventType.HOSTILITY, "CHN", List.of("JPN"), 2026, -1, 1e-4, Double.NaN, false, "")};
        for (Parameters.Event e : events) {
            for (double t = 2025; t < 2032; t += 0.0625) {
                assertEquals(e.profile(t) > 0, e.inForce(t), e.id() + " at " + t);
            }
        }
        assertFalse(events[3].inForce(2027), "a profile that has underflowed to 0 is not in force");
        assertTrue(events[3].inForce(2026.05));
    }

    @Test
    void cooperationOffsetsHostilityButNeverBeyondNone() {
        // The mini world's crisis turned into a rapprochement in force from the start.
        AlignmentModel plain = started("events.crisis.size", 0.0);
        AlignmentModel detente = started("events.crisis.size", -5.0, "events.crisis.start_year", 2024.0);
        int jpn = idx(plain, "JPN"), chn = idx(plain, "CHN");
        assertTrue(plain.threatFrom(jpn, chn) > 0, "Japan fears China over their maritime dispute");
        assertEquals(0.0, detente.threatFrom(jpn, chn), 0.0, "offset to none, not below");
        assertTrue(MechanismDirectionTest.pull(detente, Mechanism.THREAT, "JPN") < MechanismDirectionTest.pull(plain, Mechanism.THREAT, "JPN"),
                "less to fear from China, less reason to lean on the US");
        // The event is China's toward Japan: Japan's view of the US is untouched.
        int usa = idx(plain, "USA");
        assertEquals(plain.threatFrom(jpn, usa), detente.threatFrom(jpn, usa), 0.0);
    }
}
