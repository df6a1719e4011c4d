package org.alignsim.calibration;

import org.alignsim.model.Camp;

/**
 * A state's observed or simulated stance class. Simulated classes use the model's blocs (MODEL.md
 * §7.14): US-aligned above the hedging band, China-aligned below minus the band, hedger between
 * (the band itself included).
 */
public enum StanceClass {
    US_ALIGNED("us_aligned"), HEDGER("hedger"), CHINA_ALIGNED("china_aligned");

    public final String key;

    StanceClass(String key) { this.key = key; }

    public static StanceClass parse(String s) {
        for (StanceClass c : values()) if (c.key.equals(s)) return c;
        return null;
    }

    public static StanceClass of(double alignment, double band) {
        return switch (Camp.of(alignment, band)) {
            case Camp.US -> US_ALIGNED;
            case Camp.CHINA -> CHINA_ALIGNED;
            default -> HEDGER;
        };
    }

    public static String allowed() {
        return "us_aligned, hedger or china_aligned";
    }
}
