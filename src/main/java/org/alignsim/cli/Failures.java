package org.alignsim.cli;

import org.alignsim.base.FileError;
import org.alignsim.base.UserError;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides how a failure is told: one line on stderr, {@code alignsim: error:
 * WHERE: WHAT}, and the exit code. Everything below the CLI only throws {@link UserError} (bad
 * input) or {@link FileError} (a file the system would not write or read); picocli's own errors
 * about the command line come here too. See README.md, "Bad input and failures".
 */
final class Failures {
    private Failures() {}

    /** Exit codes besides 0 (README.md lists them). */
    static final int FAILED = 1, BAD_INPUT = 2;

    /** The system's reasons that mean "this place cannot be used": the user chooses another, so it is bad input. */
    private static final Set<String> UNUSABLE_PLACE = Set.of("Read-only file system", "Operation not permitted", "Permission denied",
            "Not a directory", "Is a directory", "File name too long");

    /** What is told: the exit code, the line after "alignsim: ", and whether it is a bug (which may print its stack trace). */
    record Told(int code, String line, boolean bug) {
        Told(int code, String what) {
            this(code, "error: " + what, false);
        }
    }

    /** For picocli's parameter-exception handler: a wrong option or argument, with where to read how it goes. */
    static int parameter(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String what = whereFirst(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> close = u.getSuggestions();
            if (!close.isEmpty()) what += " (did you mean " + String.join(" or ", close.subList(0, Math.min(3, close.size()))) + "?)";
        }
        return print(cmd.getErr(), new Told(BAD_INPUT, what + " (see " + cmd.getCommandSpec().qualifiedName(" ") + " --help)"));
    }

    /** Picocli's sentences, reordered to WHERE: WHAT like every other error. */
    static String whereFirst(String message) {
        return message.replaceAll("\\s+", " ").trim()
                .replaceAll("positional parameter at index \\S+ \\(([^)]+)\\)", "$1")
                .replaceAll("^Invalid value for option '([^']+)': ", "$1: ")
                .replaceAll("^Invalid value for ([A-Z.]+): ", "$1: ")
                .replaceAll("^Unknown option: '([^']+)'$", "$1: unknown option")
                .replaceAll("^Unknown options: ", "unknown options: ")
                .replaceAll("^Missing required parameter for option '([^']+)' \\(([^)]+)\\)$", "$1: needs a value ($2)")
                .replaceAll("^Missing required parameter: '([^']+)'$", "$1: missing")
                .replaceAll("^Missing required option: '([^'=]+)(=[^']*)?'$", "$1: required, but missing")
                .replaceAll("^Unmatched arguments? from index \\d+: ", "unexpected arguments: ")
                .replaceAll("^Unmatched argument at index \\d+: '([^']*)'$", "'$1': unexpected argument")
                .replaceAll("^([A-Z.]+) requires ", "$1: requires ")
                .replace("' is not an int", "' is not a whole number").replace("' is not a long", "' is not a whole number")
                .replace("' is not a double", "' is not a number");
    }

    /** For picocli's execution-exception handler: whatever a command threw. */
    static int execution(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        return report(ex, cmd.getErr());
    }

    /** Tells any failure, Errors that escape picocli too. */
    static int report(Throwable ex, PrintWriter err) {
        Told t = tell(ex);
        int code = print(err, t);
        if (t.bug() && System.getenv("ALIGNSIM_DEBUG") != null) ex.printStackTrace(err);
        err.flush();
        return code;
    }

    static Told tell(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof UserError u) return new Told(BAD_INPUT, u.getMessage());
            if (c instanceof FileError f) return new Told(badInput(f.getCause()) ? BAD_INPUT : FAILED, f.getMessage());
            if (c instanceof IOException io) return new Told(badInput(io) ? BAD_INPUT : FAILED, unnamed(io));
            if (c instanceof OutOfMemoryError) {
                return new Told(FAILED, "out of memory: give Java more with ALIGNSIM_JAVA_OPTS=-Xmx8g (or use fewer --threads)");
            }
        }
        return new Told(FAILED, "internal error: " + ex + " (a bug: please report it with the command; ALIGNSIM_DEBUG=1 prints where it happened)", true);
    }

    /** A file error no layer below named for us: say what Java knows about it. */
    private static String unnamed(IOException io) {
        if (io instanceof FileSystemException f && f.getFile() != null) {
            return FileError.writing(Path.of(f.getFile()), io).getMessage().replace(": cannot write: ", ": ");
        }
        return "a file could not be read or written: " + FileError.reason(io);
    }

    /** An I/O failure the user fixes by giving another place or file: bad input, not the machine stopping the work. */
    private static boolean badInput(IOException io) {
        if (io instanceof AccessDeniedException || io instanceof NoSuchFileException || io instanceof NotDirectoryException
                || io instanceof FileAlreadyExistsException || io instanceof CharacterCodingException) return true;
        String reason = io instanceof FileSystemException f ? f.getReason() : io.getMessage();
        return reason != null && UNUSABLE_PLACE.contains(reason.trim());
    }

    private static int print(PrintWriter err, Told t) {
        err.println("alignsim: " + oneLine(t.line()));
        err.flush();
        return t.code();
    }

    /** Control characters from the user's own input (a newline in an option) are shown, not obeyed. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append(' ');
            else if (Character.isISOControl(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
