package org.alignsim.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a script that completes alignsim's commands and options in bash or zsh.",
                "bash: source <(alignsim completion bash)   (or save it in ~/.local/share/bash-completion/completions/alignsim)",
                "zsh:  source <(alignsim completion zsh)    (in ~/.zshrc)"})
public final class CompletionCommand implements Callable<Integer> {

    /** The shells picocli's script serves: one bash script, which under zsh loads zsh's bash emulation (bashcompinit) itself. */
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("alignsim", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
