package org.alignsim.model;

/**
 * The hierarchy of the US-led system (the source paper's fourth argument): an Anglo-Saxon core
 * gets technology and protection that the periphery does not. A state's status sigma (by tier,
 * shifted by status events such as retrenchment) above the neutral status draws it toward the
 * US; below it, being "merely helpers" discounts its commitment. Overlapping minilaterals do not
 * add up: a state's status is that of its single tier. A state outside the US-led system (tier
 * none) has no place in its hierarchy, so the hierarchy does not act on it.
 *
 * <p>The east pole has a hierarchy too (Lake 2009: the Soviet bloc; a patron's arms clients), read
 * from the same kind of data the west pole's partner tier is: the states it arms.
 */
public final class AllianceHierarchy {
    private AllianceHierarchy() {}

    static double pull(boolean inSystem, double status, double neutralStatus) {
        return inSystem ? status - neutralStatus : 0;
    }

    /**
     * Whether a state is an arms client of the east pole, and so in its hierarchy: outside the west
     * pole's system, it buys at least {@code partnerShare} of its major arms from the east pole (the
     * share at which the model already counts a supplier a security partner), and it supplies arms
     * to no one itself, for a patron is nobody's client (China bought most of its arms from Russia
     * for decades without standing under it).
     */
    static boolean eastClient(boolean inWestSystem, boolean supplier, double shareFromEast, double partnerShare) {
        return !inWestSystem && !supplier && shareFromEast > 0 && shareFromEast >= partnerShare;
    }

    /**
     * Pull of both poles' hierarchies, toward the west pole positive. The east pole has no tiers of
     * treaty allies; its clients get one status, drawing them toward it as a partner's draws a state
     * toward the west pole. The neutral status is the west hierarchy's ("merely helpers") only.
     */
    static double pull(boolean inWestSystem, double status, double neutralStatus, boolean eastClient, double clientStatus) {
        return pull(inWestSystem, status, neutralStatus) - (eastClient ? clientStatus : 0);
    }
}
