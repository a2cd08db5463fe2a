package dev.hangtime.tui.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/** Runs the {@code hangtime} command line against a console and returns its exit status. */
public final class Cli {

    private Cli() {
    }

    public static int execute(Console console, String... args) {
        CommandLine commandLine = new CommandLine(new HangtimeCommand(console), new Factory(console));
        commandLine.setOut(new PrintWriter(console.out(), true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
        return commandLine.execute(args);
    }

    private static int usageError(ParameterException e, String[] args) {
        return usage(e.getCommandLine(), e.getMessage());
    }

    private static int failure(Exception e, CommandLine cmd) throws Exception {
        if (e instanceof UsageException) {
            String hint = ((UsageException) e).hint();
            if (hint == null) {
                return usage(cmd, e.getMessage());
            }
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage() + " (" + hint + ")");
            return Exit.USAGE;
        }
        if (e instanceof RoutineResolver.InvalidRoutineException) {
            return Exit.INVALID;
        }
        throw e;
    }

    /** One line: what was wrong, and where to read how it is done. */
    private static int usage(CommandLine cmd, String reason) {
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(name + ": " + reason + " (see " + name + " --help)");
        return Exit.USAGE;
    }

    /** Gives every command the console. */
    private static final class Factory implements IFactory {
        private final Console console;

        Factory(Console console) {
            this.console = console;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Console.class).newInstance(console);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
