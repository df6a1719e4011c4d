package org.alignsim.model;

/**
 * A state's position in UN General Assembly voting, beside its security stance. A vote costs
 * little and commits to nothing, so it says more than security: whether the state shares the
 * liberal order's values, and whether it resists a preponderant west pole (Voeten 2000, 2004;
 * Bailey, Strezhnev and Voeten 2017). The position is the security stance, plus regime affinity
 * (the same pull as {@link RegimeAffinity}'s), less soft balancing ({@link SoftBalancing}). It is on
 * the ideal points' open scale, not bounded to [-1, 1]; only its ranks and its direction of
 * change are compared with the UN's. It feeds nothing back into the decisions.
 */
public final class VotingAlignment {
    private VotingAlignment() {}

    static double position(Parameters.Voting v, double stance, double regimeAffinity, double resistance) {
        return stance + v.regime() * regimeAffinity - v.softBalancing() * resistance;
    }
}
