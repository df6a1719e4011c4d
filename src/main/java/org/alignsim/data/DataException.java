package org.alignsim.data;

/**
 * A reference data file that is missing or malformed, told in one line: the file, the line in it
 * and what is wrong. The CLI prints the message and exits with code 2, as for any other input.
 */
public final class DataException extends org.alignsim.base.UserError {
    public DataException(String file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem.replace('\n', ' ').replace('\r', ' '));
    }
}
