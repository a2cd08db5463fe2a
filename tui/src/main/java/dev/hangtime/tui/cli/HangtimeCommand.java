package dev.hangtime.tui.cli;

import dev.hangtime.tui.screen.FullScreenApp;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hangtime}: the root command, which holds the others. */
@Command(name = "hangtime", mixinStandardHelpOptions = true, versionProvider = HangtimeCommand.Version.class,
        description = "A session timer for back care at home: inversion holds, core work, walking, heat and ice.",
        subcommands = {ListCommand.class, ShowCommand.class, ValidateCommand.class, RunCommand.class,
                HistoryCommand.class, StatsCommand.class, ResumeCommand.class, PainCommand.class,
                CommandLine.HelpCommand.class})
final class HangtimeCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    HangtimeCommand(Console console) {
        this.console = console;
    }

    /** In a terminal, the full-screen app on the library; elsewhere, a note and the help. */
    @Override
    public Integer call() {
        if (console.interactive() && FullScreenApp.terminalAvailable()) {
            try {
                return LibraryLaunch.open(console);
            } catch (IOException e) {
                console.err().println("hangtime: cannot take over the terminal (" + e.getMessage()
                        + "); the commands below work without it");
            }
        } else {
            console.err().println("hangtime: no terminal here, so no full-screen app; the commands below work"
                    + " anywhere");
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return Exit.OK;
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HangtimeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hangtime " + (version == null ? "(development build)" : version)};
        }
    }
}
