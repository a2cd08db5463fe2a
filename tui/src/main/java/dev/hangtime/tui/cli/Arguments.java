package dev.hangtime.tui.cli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.cli.CommandLine;

/** What was typed after a command's name, read against its {@link CommandForm}. */
final class Arguments {

    private final CommandLine line;
    private final boolean help;

    private Arguments(CommandLine line, boolean help) {
        this.line = line;
        this.help = help;
    }

    static Arguments of(CommandLine line) {
        return new Arguments(line, false);
    }

    static Arguments help(CommandLine line) {
        return new Arguments(line, true);
    }

    /** Whether {@code -h} or {@code --help} was given: then nothing else counts. */
    boolean wantsHelp() {
        return help;
    }

    /** Whether the option {@code --name} was given. */
    boolean flag(String name) {
        return line.hasOption(name);
    }

    /** The value of {@code --name}, if given. */
    Optional<String> value(String name) {
        return Optional.ofNullable(line.getOptionValue(name));
    }

    /**
     * The whole number given to {@code --name}, if given.
     *
     * @throws UsageException if it is not a whole number
     */
    OptionalInt number(String name) {
        return value(name).map(text -> OptionalInt.of(wholeNumber("--" + name, text))).orElse(OptionalInt.empty());
    }

    /** The operands, in order: as many as the command's form allows, at least as many as it needs. */
    List<String> operands() {
        return line.getArgList();
    }

    /** The first operand. */
    String operand() {
        return operands().get(0);
    }

    /**
     * {@code text} as a whole number; {@code what} names it in the message if it is not one.
     *
     * @throws UsageException if it is not a whole number
     */
    static int wholeNumber(String what, String text) {
        String digits = text.strip();
        // ASCII digits only: Integer.parseInt also takes "١٠" or "３", which nobody means to type here.
        if (!digits.matches("-?[0-9]{1,9}")) {
            throw new UsageException(what + " must be a whole number, not '" + text + "'");
        }
        return Integer.parseInt(digits);
    }
}
