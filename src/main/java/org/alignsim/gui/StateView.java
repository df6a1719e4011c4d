package org.alignsim.gui;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Camp;
import org.alignsim.model.Ladder;
import org.alignsim.model.Mechanism;
import org.alignsim.model.World;

/**
 * One state as the map portrays it and as its inspector shows it: a read-only bean over the live
 * model, so a double-click shows the values of the current step and MASON's inspector can chart
 * any of them. It reads the model's public accessors, so the model keeps no object per state.
 *
 * Pulls are each mechanism's contribution to the state's last decision (positive toward the US,
 * negative toward China); the threats are ThreatPerception's perceived threat from that power.
 */
public final class StateView {
    private final AlignmentModel model;
    public final int index;
    private final int china, russia, us;

    public StateView(AlignmentModel model, int index) {
        this.model = model;
        this.index = index;
        World w = model.world;
        china = w.index.getOrDefault("CHN", -1);
        russia = w.index.getOrDefault("RUS", -1);
        us = w.index.getOrDefault("USA", -1);
    }

    public String getCode() { return model.world.codes[index]; }

    public String getName() {
        String name = model.world.scenario.states().get(index).name();
        return name == null ? getCode() : name;  // names are optional in a scenario
    }

    /** Poles stand fixed at the ends of the scale; only the other states decide. */
    public String getRole() { return model.world.isPole(index) ? "pole (fixed)" : "decides"; }

    public double getAlignment() { return started() ? model.alignment(index) : model.world.alignment0[index]; }

    /** Its UN General Assembly voting position (docs/MODEL.md 7.16), on the ideal points' open scale; NaN before the run starts. */
    public double getUnVoting() { return started() ? model.voting(index) : Double.NaN; }

    public String getBloc() {
        double a = getAlignment(), band = model.world.scenario.hedgingBand();
        return switch (Camp.of(a, band)) {
            case Camp.US -> "US-aligned";
            case Camp.CHINA -> "China-aligned";
            default -> "hedging";
        };
    }

    public String getCommitment() { return Ladder.of(getCommitmentRung()).key; }

    public int getCommitmentRung() { return started() ? model.commitment(index) : model.world.commitment0[index]; }

    public double getGdp() { return started() ? model.gdp(index) : model.world.gdp0[index]; }

    public double getThreatPull() { return pull(Mechanism.THREAT); }
    public double getTradePull() { return pull(Mechanism.TRADE); }
    public double getArmsPull() { return pull(Mechanism.ARMS); }
    public double getTraditionPull() { return pull(Mechanism.TRADITION); }
    public double getHierarchyPull() { return pull(Mechanism.HIERARCHY); }
    public double getPowerPull() { return pull(Mechanism.POWER); }
    public double getInstitutionsPull() { return pull(Mechanism.INSTITUTIONS); }
    public double getPolesPull() { return pull(Mechanism.POLES); }
    public double getIdeologyPull() { return pull(Mechanism.IDEOLOGY); }

    public double getThreatFromChina() { return threat(china); }
    public double getThreatFromRussia() { return threat(russia); }
    public double getThreatFromUS() { return threat(us); }

    // MASON hides a property whose hideFoo() is true: no row for a power the scenario lacks, or for oneself.
    public boolean hideThreatFromChina() { return china < 0 || china == index; }
    public boolean hideThreatFromRussia() { return russia < 0 || russia == index; }
    public boolean hideThreatFromUS() { return us < 0 || us == index; }

    public String desAlignment() { return "-1 China-aligned ... 0 hedging ... +1 US-aligned"; }
    public String desCommitment() { return "Rung on the commitment ladder toward the US-led coalition"; }
    public String desThreatPull() { return "Pull of perceived threats on the last decision (+ toward the US)"; }

    /**
     * Before the first start the model's arrays are still empty, so the map shows the scenario's
     * starting values instead of every state at 0 (the model has aggregates from its first tally on).
     */
    private boolean started() { return model.aggregates() != null; }

    private double pull(Mechanism m) { return model.contribution(m, index); }

    private double threat(int j) { return j < 0 || j == index ? 0 : model.threatFrom(index, j); }

    @Override
    public String toString() { return getCode(); }
}
