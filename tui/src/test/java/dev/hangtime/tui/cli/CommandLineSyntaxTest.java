package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the command line reads what was typed: help, version, and every kind of usage error, in one line. */
class CommandLineSyntaxTest {

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "validate                 | hangtime validate: missing FILE (see hangtime validate --help)",
        "show a b                 | hangtime show: unexpected argument 'b' (see hangtime show --help)",
        "run ice --speed abc      | hangtime run: --speed must be a whole number, not 'abc' (see hangtime run --help)",
        "run ice --sp 3           | hangtime run: unknown option --sp (see hangtime run --help)",
        "run ice --speed          | hangtime run: --speed needs a value (N) (see hangtime run --help)",
        "list --tag               | hangtime list: --tag needs a value (T) (see hangtime list --help)",
        "pain -1                  | hangtime pain: no negative numbers here: -1 (see hangtime pain --help)",
        "pain 11                  | hangtime pain: the pain score must be from 0 to 10, not 11 (see hangtime pain --help)",
        "pain four                | hangtime pain: the pain score must be a whole number, not 'four' (see hangtime pain --help)",
        "stats now                | hangtime stats: unexpected argument 'now' (see hangtime stats --help)",
        "nosuch                   | hangtime: unknown command 'nosuch' (see hangtime --help)",
        "-x                       | hangtime: unknown option -x (see hangtime --help)",
        "help nosuch              | hangtime help: unknown command 'nosuch' (see hangtime help --help)",
        "run ice --speed 10 --speed 1 | hangtime run: --speed is given more than once (see hangtime run --help)",
    })
    void usageErrors_areOneLineWithAPointerToHelp_andExit2(String args, String message) {
        CliRun run = CliRun.of(home, args.split(" "));

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(message + "\n", run.err());
    }

    @Test
    void whatWasTyped_reachesTheTerminalWithoutItsEscapeSequences() {
        CliRun run = CliRun.of(home, "list", "--colour\u001b[2J");

        assertEquals("hangtime list: unknown option --colour\ufffd[2J (see hangtime list --help)\n", run.err());
    }

    @Test
    void commandHelp_listsOperandsAndOptions() {
        String expected = String.join("\n",
                "Usage: hangtime run ROUTINE [--plain] [--events] [--mute] [--speed N] [--pain N] [--plan PLAN]",
                "Run a session.",
                "",
                "  ROUTINE      A routine id or name (see hangtime list), or a .json file.",
                "  --plain      Line by line, reading commands from standard input.",
                "  --events     One JSON object per event, for scripts.",
                "  --mute       Play no sound.",
                "  --speed N    Run the clock N times faster (1–1000), to preview a routine.",
                "  --pain N     Your pain now, 0–10, kept with the session.",
                "  --plan PLAN  Run it as a session of PLAN, which you follow: with the values of",
                "               the plan's week, and counted towards it.",
                "  -h, --help   Show this help.",
                "");

        for (List<String> args : List.of(List.of("run", "--help"), List.of("run", "ice", "-h"), List.of("help", "run"))) {
            CliRun run = CliRun.of(home, args.toArray(String[]::new));
            assertEquals(0, run.status(), args.toString());
            assertEquals(expected, run.out(), args.toString());
            assertEquals("", run.err(), args.toString());
        }
    }

    @Test
    void help_listsEveryCommand_wrappedToEightyColumns() {
        CliRun run = CliRun.of(home, "--help");

        assertEquals(0, run.status());
        List<String> lines = List.of(run.out().split("\n"));
        for (String command : List.of("list", "show", "validate", "run", "history", "stats", "resume", "pain", "help")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("  " + command + " ")), command);
        }
        assertTrue(lines.stream().allMatch(l -> l.length() <= 80), run.out());
        assertEquals("See hangtime COMMAND --help for what a command takes.", lines.get(lines.size() - 1));
        assertEquals(run.out(), CliRun.of(home, "help").out());
    }

    @Test
    void version_comesFromTheJar_orSaysItIsADevelopmentBuild() {
        CliRun run = CliRun.of(home, "--version");

        assertEquals(0, run.status());
        assertEquals("hangtime (development build)\n", run.out());
        assertEquals(run.out(), CliRun.of(home, "-V").out());
    }

    @Test
    void anOperandMayLookLikeAnOptionAfterTwoDashes() {
        CliRun run = CliRun.of(home, "validate", "--", "-missing.json");

        assertEquals(1, run.status());
        assertTrue(run.out().startsWith("-missing.json:"), run.out());
    }
}
