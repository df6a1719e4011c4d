package org.alignsim.archfixture.model;

/** LayersTest's fixture: a model class that reaches up into the CLI, which the layers forbid. */
public final class Upward {
    public static final int VALUE = 1;

    public static int up() {
        return org.alignsim.archfixture.cli.Top.down();
    }
}
