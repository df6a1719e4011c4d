package org.alignsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** A state that decides its alignment each step. Its bean getters are what an inspector shows. */
public class StateAgent implements Steppable {
    private final AlignmentModel model;
    public final int index;

    StateAgent(AlignmentModel model, int index) {
        this.model = model;
        this.index = index;
    }

    void contributions() { model.contributions(index); }

    @Override
    public void step(SimState state) { model.decide(index); }

    public String getCode() { return model.world.codes[index]; }
    public double getAlignment() { return model.alignment[index]; }
    public String getCommitment() { return Ladder.of(model.commitment[index]).key; }
    public double getThreatPull() { return model.contribution(Mechanism.THREAT, index); }
    public double getTradePull() { return model.contribution(Mechanism.TRADE, index); }
    public double getArmsPull() { return model.contribution(Mechanism.ARMS, index); }
    public double getTraditionPull() { return model.contribution(Mechanism.TRADITION, index); }
    public double getHierarchyPull() { return model.contribution(Mechanism.HIERARCHY, index); }
    public double getPowerPull() { return model.contribution(Mechanism.POWER, index); }
    public double getInstitutionsPull() { return model.contribution(Mechanism.INSTITUTIONS, index); }
    public double getPolesPull() { return model.contribution(Mechanism.POLES, index); }
    public double getIdeologyPull() { return model.contribution(Mechanism.IDEOLOGY, index); }

    @Override
    public String toString() { return getCode(); }
}
