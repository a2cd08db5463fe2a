package dev.hangtime.tui.cli;

import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one command of {@code hangtime} accepts, and how its {@code --help} describes it: a name, a line of
 * description, operands (such as ROUTINE) and long options. Every command also takes {@code -h}/{@code --help}.
 */
final class CommandForm {

    private static final Option HELP = Option.builder("h").longOpt("help").desc("Show this help.").get();

    private final String name;
    private final String description;
    private final Options options = new Options().addOption(HELP);
    private final List<Operand> operands = new ArrayList<>();

    private CommandForm(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** A command called {@code name} (as typed after {@code hangtime}), described in one sentence. */
    static CommandForm of(String name, String description) {
        return new CommandForm(name, description);
    }

    /** An option that takes no value, such as {@code --json}. */
    CommandForm flag(String longName, String help) {
        options.addOption(Option.builder().longOpt(longName).desc(help).get());
        return this;
    }

    /** An option with a value, such as {@code --speed N}; {@code label} is how the help names the value. */
    CommandForm option(String longName, String label, String help) {
        options.addOption(Option.builder().longOpt(longName).hasArg().argName(label).desc(help).get());
        return this;
    }

    /** One operand that must be there, such as ROUTINE. */
    CommandForm operand(String label, String help) {
        return add(new Operand(label, help, Count.ONE));
    }

    /** The last operand, which may be left out. */
    CommandForm optionalOperand(String label, String help) {
        return add(new Operand(label, help, Count.OPTIONAL));
    }

    /** The last operand: one or more of them, such as FILE…. */
    CommandForm operands(String label, String help) {
        return add(new Operand(label, help, Count.MANY));
    }

    /** The last operands: none or several, such as {@code start PLAN}; the command reads them itself. */
    CommandForm optionalOperands(String label, String help) {
        return add(new Operand(label, help, Count.ANY));
    }

    private CommandForm add(Operand operand) {
        if (!operands.isEmpty() && operands.get(operands.size() - 1).count() != Count.ONE) {
            throw new IllegalStateException("only the last operand may be optional or repeated: " + operand.label());
        }
        operands.add(operand);
        return this;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    /**
     * Reads what was typed after the command's name.
     *
     * @throws UsageException for an unknown option, a missing value or operand, or an operand too many
     */
    Arguments parse(String... args) {
        org.apache.commons.cli.CommandLine line;
        try {
            // Abbreviations are refused: "--s" must not quietly mean --speed today and something else tomorrow.
            // Quotes are kept: a note may quote someone.
            line = DefaultParser.builder().setAllowPartialMatching(false).setStripLeadingAndTrailingQuotes(false)
                    .get().parse(options, args);
        } catch (UnrecognizedOptionException e) {
            if (e.getOption().matches("-[0-9]+")) {
                throw new UsageException("no negative numbers here: " + e.getOption());
            }
            throw new UsageException("unknown option " + e.getOption());
        } catch (MissingArgumentException e) {
            Option option = e.getOption();
            throw new UsageException("--" + option.getLongOpt() + " needs a value (" + option.getArgName() + ")");
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
        if (line.hasOption(HELP)) {
            return Arguments.help(line);
        }
        Set<String> seen = new HashSet<>();
        for (Option option : line.getOptions()) {
            if (!seen.add(option.getLongOpt())) {
                throw new UsageException("--" + option.getLongOpt() + " is given more than once");
            }
        }
        List<String> given = line.getArgList();
        Count last = operands.isEmpty() ? Count.ONE : operands.get(operands.size() - 1).count();
        int needed = last == Count.OPTIONAL || last == Count.ANY ? operands.size() - 1 : operands.size();
        if (given.size() < needed) {
            throw new UsageException("missing " + operands.get(given.size()).label());
        }
        if (given.size() > operands.size() && last != Count.MANY && last != Count.ANY) {
            throw new UsageException("unexpected argument '" + given.get(operands.size()) + "'");
        }
        return Arguments.of(line);
    }

    /** The command's help: usage line, description, operands and options, each described. */
    void printHelp(PrintStream out) {
        out.println("Usage: " + synopsis());
        HelpTable.paragraph(description, out);
        List<String[]> rows = new ArrayList<>();
        for (Operand operand : operands) {
            rows.add(new String[] {operand.label(), operand.help()});
        }
        for (Option option : options.getOptions()) {
            if (option != HELP) {
                rows.add(new String[] {"--" + option.getLongOpt() + (option.hasArg() ? " " + option.getArgName() : ""),
                        option.getDescription()});
            }
        }
        rows.add(new String[] {"-h, --help", HELP.getDescription()});
        out.println();
        HelpTable.print(rows, out);
    }

    /** {@code hangtime run ROUTINE [--plain] [--speed N]…}. */
    String synopsis() {
        StringBuilder line = new StringBuilder("hangtime ").append(name);
        for (Operand operand : operands) {
            line.append(' ').append(operand.count() == Count.OPTIONAL || operand.count() == Count.ANY
                    ? "[" + operand.label() + "]"
                    : operand.count() == Count.MANY ? operand.label() + "…" : operand.label());
        }
        for (Option option : options.getOptions()) {
            if (option != HELP) {
                line.append(" [--").append(option.getLongOpt()).append(option.hasArg() ? " " + option.getArgName() : "")
                        .append(']');
            }
        }
        return line.toString();
    }

    /** How many of an operand there may be. */
    private enum Count { ONE, OPTIONAL, MANY, ANY }

    /** An operand: its label in the help, what it is, and how many there may be. */
    private record Operand(String label, String help, Count count) {
    }
}
