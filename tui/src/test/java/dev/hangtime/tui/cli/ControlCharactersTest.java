package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command and output mode over routines and a synced journal full of control characters: escape
 * sequences that would clear the screen, set the title or write the clipboard (OSC 52), the C1 control CSI, a
 * bell, and the right-to-left override. None of them may reach standard output or standard error.
 */
class ControlCharactersTest {

    /** JSON escapes for what an attacker would plant: CSI clear, OSC 52 clipboard, C1 CSI, bell, RLO. */
    private static final String HOSTILE = "\\u001b[2J\\u001b]52;c;aGk=\\u0007\\u009b31m\\u202eevil\\u0007";
    private static final String ID = "00000000-0000-4000-8000-0000000000e1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private void plant() throws IOException {
        Path routines = Files.createDirectories(home.resolve("routines"));
        Files.writeString(routines.resolve("hold.json"), "{\"hangtime\": 1, \"name\": \"Hold\", \"steps\": ["
                + "{\"type\": \"rest\", \"duration\": \"2s\"}]}");
        Files.writeString(routines.resolve("hostile.json"), "{\"hangtime\": 1, \"name\": \"" + HOSTILE + "\","
                + " \"tags\": [\"" + HOSTILE + "\"], \"steps\": [{\"type\": \"rest\", \"duration\": \"2s\","
                + " \"note\": \"" + HOSTILE + "\"}]}");
        Files.writeString(routines.resolve("\u001b[2J\u009b.json"), "{\"hangtime\": 1, \"name\": \"x\", \"steps\": []}");
        Path journal = Files.createDirectories(home.resolve("journal"));
        String session = String.join("\n",
                "{\"v\":1,\"type\":\"session-start\",\"session\":\"" + ID + "\",\"wall\":\"2026-03-16T08:00:00Z\","
                        + "\"zone\":\"UTC\",\"routine\":{\"id\":\"hold\",\"name\":\"" + HOSTILE + "\",\"hash\":\"h1\"},"
                        + "\"segments\":1,\"planned\":600,\"painBefore\":6,\"pid\":1}",
                "{\"v\":1,\"type\":\"segment-start\",\"session\":\"" + ID + "\",\"wall\":\"2026-03-16T08:00:00Z\","
                        + "\"t\":0,\"index\":0,\"kind\":\"ice\",\"title\":\"" + HOSTILE + "\",\"length\":600}",
                "{\"v\":1,\"type\":\"mark\",\"session\":\"" + ID + "\",\"wall\":\"2026-03-18T11:58:00Z\","
                        + "\"t\":300,\"index\":0,\"spent\":300}",
                "{\"v\":1,\"type\":\"pain\",\"session\":\"00000000-0000-4000-9000-0000000000e2\","
                        + "\"wall\":\"2026-03-17T20:00:00Z\",\"zone\":\"UTC\",\"afterSession\":false,\"score\":4,"
                        + "\"note\":\"" + HOSTILE + "\"}",
                "{not json " + HOSTILE.replace("\\u", "\u0000u") + "\u001b[2J",
                "");
        Files.writeString(journal.resolve("laptop.jsonl"), session);
        Files.writeString(journal.resolve("tablet\u001b]0;pwned\u0007.jsonl"), "\u001b[2J\u009b\n");
    }

    private CliRun command(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("HANGTIME_HOME", home.toString(), "HOSTNAME", "laptop"), home, false);
        int status = Cli.execute(console, () -> CLOCK, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The characters that act on a terminal; line feeds, and CSV's carriage return before one, are text. */
    private static List<String> controls(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean control = c < 0x20 && !lineBreak || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                    || c >= 0x2066 && c <= 0x2069;
            if (control) {
                found.add(String.format("U+%04X at %d", (int) c, i));
            }
        }
        return found;
    }

    @Test
    void noCommandLetsAControlCharacterThrough() throws IOException {
        plant();
        Path hostileFile = home.resolve("routines").resolve("hostile.json");
        List<String[]> commands = List.of(
                new String[] {"list"},
                new String[] {"list", "--tag", "\u001b[2J"},
                new String[] {"show", "hold"},
                new String[] {"show", "hold", "--json"},
                new String[] {"show", hostileFile.toString()},
                new String[] {"show", hostileFile.toString(), "--json"},
                new String[] {"show", "\u001b]0;title\u0007"},
                new String[] {"validate", hostileFile.toString(),
                        home.resolve("routines").resolve("\u001b[2J\u009b.json").toString()},
                new String[] {"run", "hold", "--plain", "--mute"},
                new String[] {"run", "hold", "--events", "--mute"},
                new String[] {"run", hostileFile.toString(), "--plain", "--mute", "--speed", "100"},
                new String[] {"run", hostileFile.toString(), "--events", "--mute", "--speed", "100"},
                new String[] {"history"},
                new String[] {"history", "--csv"},
                new String[] {"stats"},
                new String[] {"resume", "--plain"},
                new String[] {"pain", "3", "--note", "\u001b[31mred\u0007\u202e"},
                new String[] {"\u001b[2J"},
                new String[] {"run", "hold", "--speed", "\u001b[2J"});
        List<String> leaks = new ArrayList<>();

        for (String[] args : commands) {
            CliRun run = command("\u001b[2J\n", args);
            for (String leak : controls(run.out())) {
                leaks.add(String.join(" ", args) + ": stdout " + leak);
            }
            for (String leak : controls(run.err())) {
                leaks.add(String.join(" ", args) + ": stderr " + leak);
            }
        }

        assertEquals(List.of(), leaks);
    }
}
