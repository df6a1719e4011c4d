package org.alignsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionCommandTest {

    @TempDir
    Path tmp;

    /** Sources the script in a real bash and asks it to complete the words typed so far. */
    private List<String> complete(String script, String... words) throws Exception {
        Path file = Files.writeString(tmp.resolve("alignsim.bash"), script, StandardCharsets.UTF_8);
        String line = String.join(" ", words);
        String cmd = "source '" + file + "'; COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line
                + "'; COMP_POINT=" + line.length() + "; _complete_alignsim; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        Cli.Result r = Cli.run("completion", "bash");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("sweep"), complete(r.out(), "alignsim", "sw"));
        assertEquals(List.of("calibrate", "chart", "compare", "completion"), complete(r.out(), "alignsim", "c"));
        List<String> sweepOptions = complete(r.out(), "alignsim", "sweep", "--re");
        assertTrue(sweepOptions.contains("--resume"), sweepOptions.toString());
    }

    @Test
    void zshGetsTheScriptThatLoadsItsBashEmulation() {
        Cli.Result zsh = Cli.run("completion", "zsh");
        assertEquals(0, zsh.code(), zsh.err());
        assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit"), "zsh runs the bash script through bashcompinit");
        assertEquals(Cli.run("completion", "bash").out(), zsh.out());
    }

    @Test
    void anotherShellIsRefused() {
        Cli.Result r = Cli.run("completion", "fish");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bash, zsh"), r.err());
        assertTrue(Arrays.stream(r.err().split("\n")).findFirst().orElse("").contains("fish"), r.err());
    }
}
