package org.alignsim.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, as Maven filtered it into alignsim.properties; manifests and reports record it. */
public final class Version {
    private Version() {}

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/alignsim.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
