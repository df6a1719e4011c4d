package org.alignsim.model;

/**
 * A state's position in UN General Assembly voting, beside its security stance. A vote costs
 * little and commits to nothing, so it says more than security: whether the state shares the
 * liberal order's values, whether it resists a preponderant west pole, and whether it votes with
 * the poorer South (Voeten 2000, 2004; Kim and Russett 1996; Bailey, Strezhnev and Voeten 2017).
 * The position is the security stance, plus regime affinity (the same pull as
 * {@link RegimeAffinity}'s), less soft balancing ({@link SoftBalancing}), less the development gap
 * ({@link NorthSouthCleavage}), plus an ally's deference to a dominant west pole
 * ({@link HegemonicDeference}). It is on the ideal points' open scale, not bounded to [-1, 1];
 * only its ranks and its direction of change are compared with the UN's. It feeds nothing back
 * into the decisions.
 */
public final class VotingAlignment {
    private VotingAlignment() {}

    static Parts parts(Parameters.Voting v, double stance, double regimeAffinity, double resistance, double developmentGap, double deference) {
        return new Parts(stance, v.regime() * regimeAffinity, -v.softBalancing() * resistance, -v.development() * developmentGap,
                v.deference() * deference);
    }

    /** The voting position's terms, each signed as it moves the vote (negative: away from the west pole). */
    public record Parts(double stance, double regime, double softBalancing, double development, double deference) {
        /** The terms' names in the outputs, in {@link #term}'s order. */
        public static final java.util.List<String> TERMS = java.util.List.of("stance", "regime", "soft_balancing", "development", "deference");

        public double total() { return stance + regime + softBalancing + development + deference; }

        /** Term k, in {@link #TERMS}' order. */
        public double term(int k) {
            return switch (k) {
                case 0 -> stance;
                case 1 -> regime;
                case 2 -> softBalancing;
                case 3 -> development;
                case 4 -> deference;
                default -> throw new IndexOutOfBoundsException(k);
            };
        }
    }
}
