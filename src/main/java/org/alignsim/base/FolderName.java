package org.alignsim.base;

import java.util.regex.Pattern;

/**
 * The rule for every name that becomes a folder under results/ (a scenario's, a sweep's, a
 * calibration's): letters, digits, '.', '-' and '_', beginning with a letter or digit, so that
 * it cannot climb out of results/ ("..", "a/../../b"), hide itself (".x") or be read as an option.
 */
public final class FolderName {
    private FolderName() {}

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /** What is wrong with name as a folder name, or null if nothing is. */
    public static String problem(String name) {
        if (NAME.matcher(name).matches()) return null;
        return "use letters, digits, '.', '-' and '_' only, beginning with a letter or digit";
    }
}
