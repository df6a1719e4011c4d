package org.alignsim.archfixture.cli;

/** The top of LayersTest's fixture: calling down is allowed. */
public final class Top {
    public static int down() {
        return new org.alignsim.archfixture.model.Upward().hashCode();
    }
}
