package org.alignsim.model;

/** The rungs of a state's commitment to the US-led coalition, lowest first. */
public enum Ladder {
    NONE("none"), DIALOGUE("dialogue"), FUNCTIONAL("functional"),
    MINILATERAL("minilateral"), COLLECTIVE_DEFENCE("collective_defence");

    public final String key;

    Ladder(String key) { this.key = key; }

    public static final int TOP = 4;

    public static Ladder of(int level) { return values()[level]; }

    public static Ladder parse(String s) {
        for (Ladder l : values()) if (l.key.equals(s)) return l;
        return null;
    }

    public static String keys() { return "none, dialogue, functional, minilateral, collective_defence"; }
}
