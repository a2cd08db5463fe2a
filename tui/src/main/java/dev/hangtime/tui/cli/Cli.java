package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.text.SafeText;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Runs the {@code hangtime} command line against a console and returns its exit status: finds the command
 * named first, reads the rest against its {@link CommandForm}, and reports a usage error in one line with a
 * pointer to {@code --help}.
 */
public final class Cli {

    private static final String NAME = "hangtime";
    private static final String DESCRIPTION =
            "A session timer for back care at home: inversion holds, core work, walking, heat and ice.";

    private static final List<Known> COMMANDS = List.of(
            new Known(ListCommand.FORM, (console, clock, args) -> new ListCommand(console, args)),
            new Known(ShowCommand.FORM, (console, clock, args) -> new ShowCommand(console, args)),
            new Known(ValidateCommand.FORM, (console, clock, args) -> new ValidateCommand(console, args)),
            new Known(RunCommand.FORM, (console, clock, args) -> new RunCommand(console, clock, args)),
            new Known(HistoryCommand.FORM, (console, clock, args) -> new HistoryCommand(console, clock.get(), args)),
            new Known(StatsCommand.FORM, (console, clock, args) -> new StatsCommand(console, clock.get())),
            new Known(ResumeCommand.FORM, (console, clock, args) -> new ResumeCommand(console, clock.get(), args)),
            new Known(PainCommand.FORM, (console, clock, args) -> new PainCommand(console, clock.get(), args)),
            new Known(SafetyCommand.FORM, (console, clock, args) -> new SafetyCommand(console, clock, args)),
            new Known(PlanCommand.FORM, (console, clock, args) -> new PlanCommand(console, clock, args)),
            new Known(TodayCommand.FORM, (console, clock, args) -> new TodayCommand(console, clock)));

    private static final CommandForm HELP = CommandForm.of("help", "Show the help of hangtime, or of one command.")
            .optionalOperand("COMMAND", "The command to show the help of.");

    private Cli() {
    }

    public static int execute(Console console, String... args) {
        // The zone is looked up only by the commands that date something: it costs milliseconds at start-up.
        return execute(console, Clock::systemDefaultZone, args);
    }

    /** As {@link #execute(Console, String...)}, with the wall clock that dates what the journal keeps. */
    static int execute(Console console, Supplier<Clock> clock, String... args) {
        if (args.length == 0) {
            return run(console, NAME, () -> new HangtimeCommand(console, clock).call());
        }
        String first = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (first) {
            case "-h":
            case "--help":
                printHelp(console.out());
                return ExitStatus.OK;
            case "-V":
            case "--version":
                console.out().println(version());
                return ExitStatus.OK;
            case "help":
                return help(console, rest);
            default:
                break;
        }
        Optional<Known> known = find(first);
        if (known.isEmpty()) {
            return usage(console, NAME, first.startsWith("-") ? "unknown option " + first
                    : "unknown command '" + first + "'");
        }
        CommandForm form = known.get().form();
        return run(console, NAME + " " + form.name(), () -> {
            Arguments parsed = form.parse(rest);
            if (parsed.wantsHelp()) {
                form.printHelp(console.out());
                return ExitStatus.OK;
            }
            return known.get().maker().make(console, clock, parsed).call();
        });
    }

    /** Runs {@code command}, called {@code name} in what it reports, and turns what it throws into a status. */
    private static int run(Console console, String name, Callable<Integer> command) {
        try {
            return command.call();
        } catch (UsageException e) {
            if (e.hint() == null) {
                return usage(console, name, e.getMessage());
            }
            console.err().println(name + ": " + SafeText.line(e.getMessage()) + " (" + e.hint() + ")");
            return ExitStatus.USAGE;
        } catch (RoutineResolver.InvalidRoutineException e) {
            // The resolver has said what is wrong with the routine.
            return ExitStatus.INVALID;
        } catch (Exception e) {
            console.err().println(name + ": failed: " + SafeText.line(String.valueOf(e)));
            e.printStackTrace(console.err());
            return ExitStatus.INVALID;
        }
    }

    /** The help of {@code hangtime} itself: its commands, each in a line. */
    static void printHelp(PrintStream out) {
        out.println("Usage: " + NAME + " [COMMAND] [--help] [--version]");
        HelpTable.paragraph(DESCRIPTION + " With no command, in a terminal: the full-screen app, to pick a routine,"
                + " run it and see history.", out);
        out.println();
        out.println("Commands:");
        List<String[]> rows = new ArrayList<>();
        for (Known known : COMMANDS) {
            rows.add(new String[] {known.form().name(), known.form().description()});
        }
        rows.add(new String[] {HELP.name(), HELP.description()});
        HelpTable.print(rows, out);
        out.println();
        out.println("Options:");
        HelpTable.print(List.of(new String[] {"-h, --help", "Show this help."},
                new String[] {"-V, --version", "Show the version."}), out);
        out.println();
        out.println("See " + NAME + " COMMAND --help for what a command takes.");
    }

    /** The version, from the jar's manifest. */
    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return NAME + " " + (version == null ? "(development build)" : version);
    }

    private static int help(Console console, String... args) {
        Arguments parsed;
        try {
            parsed = HELP.parse(args);
        } catch (UsageException e) {
            return usage(console, NAME + " help", e.getMessage());
        }
        if (parsed.wantsHelp() || parsed.operands().isEmpty()) {
            printHelp(console.out());
            return ExitStatus.OK;
        }
        String name = parsed.operand();
        Optional<Known> known = find(name);
        if (known.isEmpty()) {
            return usage(console, NAME + " help", "unknown command '" + name + "'");
        }
        known.get().form().printHelp(console.out());
        return ExitStatus.OK;
    }

    private static Optional<Known> find(String name) {
        return COMMANDS.stream().filter(known -> known.form().name().equals(name)).findFirst();
    }

    /** One line: what was wrong, and where to read how it is done. */
    private static int usage(Console console, String command, String reason) {
        console.err().println(command + ": " + SafeText.line(reason) + " (see " + command + " --help)");
        return ExitStatus.USAGE;
    }

    /** Makes a command from what was typed after its name. */
    @FunctionalInterface
    private interface Maker {
        Callable<Integer> make(Console console, Supplier<Clock> clock, Arguments args);
    }

    /** A command of {@code hangtime}: its form, and how to make it. */
    private record Known(CommandForm form, Maker maker) {
    }
}
