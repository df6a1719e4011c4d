package org.alignsim.model;

import java.util.List;
import java.util.Map;

/**
 * A fully resolved, validated scenario: what one run needs. Immutable; one instance serves any
 * number of runs, in any number of threads.
 *
 * @param hostility hostile intentions FROM -> (TO -> value), as TO perceives them
 * @param yearly    state attributes that change year by year from data, or null
 */
public record Scenario(
        String name,
        String description,
        Parameters.Time time,
        Parameters.Poles poles,
        Parameters.Decision decision,
        double hedgingBand,
        Parameters.Weights weights,
        Parameters.Threat threat,
        Parameters.Trade trade,
        Parameters.Hierarchy hierarchy,
        Parameters.Power power,
        Parameters.Commitment commitment,
        Parameters.China china,
        Parameters.Us us,
        Parameters.AsianNato asianNato,
        Parameters.Voting voting,
        List<Parameters.Institution> institutions,
        List<Parameters.State> states,
        Map<String, Map<String, Double>> hostility,
        List<Parameters.Event> events,
        Parameters.Yearly yearly) {

    /** A scenario whose state attributes do not change year by year from data. */
    public Scenario(String name, String description, Parameters.Time time, Parameters.Poles poles, Parameters.Decision decision,
                    double hedgingBand, Parameters.Weights weights, Parameters.Threat threat, Parameters.Trade trade,
                    Parameters.Hierarchy hierarchy, Parameters.Power power, Parameters.Commitment commitment, Parameters.China china,
                    Parameters.Us us, Parameters.AsianNato asianNato, Parameters.Voting voting, List<Parameters.Institution> institutions,
                    List<Parameters.State> states, Map<String, Map<String, Double>> hostility, List<Parameters.Event> events) {
        this(name, description, time, poles, decision, hedgingBand, weights, threat, trade, hierarchy, power, commitment, china, us,
                asianNato, voting, institutions, states, hostility, events, null);
    }
}
