package org.alignsim.model;

/**
 * The named terms of a state's decision. Each term is a pull along the alignment axis: positive
 * toward the US-led pole, negative toward China (the east pole). The order is the order of the
 * contribution columns in the outputs.
 */
public enum Mechanism {
    THREAT("threat"), TRADE("trade"), ARMS("arms"), TRADITION("tradition"), HIERARCHY("hierarchy"), POWER("power"),
    INSTITUTIONS("institutions"), POLES("poles"), IDEOLOGY("ideology");

    public final String key;

    Mechanism(String key) { this.key = key; }

    public static final Mechanism[] ALL = values();
}
