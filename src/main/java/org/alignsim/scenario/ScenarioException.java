package org.alignsim.scenario;

import org.alignsim.base.UserError;

/**
 * A problem with an input file, told in one line: the file, the line in it, the key path and
 * what is wrong: a {@link UserError}, so the CLI prints {@link #getMessage()} and exits with code 2.
 */
public class ScenarioException extends UserError {
    private final String file;
    private final int line;
    private final String path;
    private final String problem;

    public ScenarioException(String file, int line, String path, String problem) {
        super(format(file, line, path, problem));
        this.file = file;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    public ScenarioException(YamlNode.Origin at, String path, String problem) {
        this(at.file(), at.line(), path, problem);
    }

    private static String format(String file, int line, String path, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (path != null && !path.isEmpty()) b.append(path.replace('\n', ' ').replace('\r', ' ')).append(": ");
        b.append(problem.replace('\n', ' ').replace('\r', ' '));
        return b.toString();
    }

    public String file() { return file; }
    public int line() { return line; }
    public String path() { return path; }
    public String problem() { return problem; }
}
