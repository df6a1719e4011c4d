package org.alignsim.model;

/** A state's place in the hierarchy of the US-led alliance system (core = Anglo-Saxon core). */
public enum Tier {
    CORE("core"), INNER("inner"), ALLY("ally"), PARTNER("partner"), NONE("none");

    public final String key;

    Tier(String key) { this.key = key; }

    public static Tier parse(String s) {
        for (Tier t : values()) if (t.key.equals(s)) return t;
        return null;
    }
}
