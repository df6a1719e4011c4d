package org.alignsim.model;

/**
 * The hierarchy of the US-led system (the source paper's fourth argument): an Anglo-Saxon core
 * gets technology and protection that the periphery does not. A state's status sigma (by tier,
 * shifted by status events such as retrenchment) above the neutral status draws it toward the
 * US; below it, being "merely helpers" discounts its commitment. Overlapping minilaterals do not
 * add up: a state's status is that of its single tier. A state outside the US-led system (tier
 * none) has no place in its hierarchy, so the hierarchy does not act on it.
 */
public final class AllianceHierarchy {
    private AllianceHierarchy() {}

    static double pull(boolean inSystem, double status, double neutralStatus) {
        return inSystem ? status - neutralStatus : 0;
    }
}
