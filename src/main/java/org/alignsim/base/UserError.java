package org.alignsim.base;

/**
 * A mistake in the command line or in an input the user must fix. Thrown anywhere; the CLI's
 * top-level handler alone turns it into the one line {@code alignsim: error: MESSAGE} and exit
 * code 2, so the message names where the problem is and what is wrong, in one line.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
