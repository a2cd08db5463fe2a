package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.safety.ShortCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hangtime run} line by line, meeting the safety screen before a session with inversion. */
class SafetyRunTest {

    private static final String CHECK = "Before you invert: not with glaucoma.";

    /** 0 a safety check that waits, 1 an inversion of 1 s, 2 come up for 1 s, 3 a walk of 1 s. */
    private static final String MINI = "{\"hangtime\": 1, \"id\": \"mini\", \"name\": \"Mini\", \"cues\": {\"countdown\":"
            + " 0}, \"steps\": [{\"type\": \"prompt\", \"label\": \"Safety check\", \"text\": \"" + CHECK + "\","
            + " \"note\": \"Sources.\"}, {\"type\": \"inversion\", \"angle\": 20, \"hold\": 1}, {\"type\": \"prompt\","
            + " \"label\": \"Come up slowly\", \"text\": \"Come up slowly.\", \"duration\": 1}, {\"type\": \"walk\","
            + " \"duration\": 1}]}";

    @TempDir
    Path home;

    private At now() {
        return At.moment(home, "2026-03-02T08:00:00Z");
    }

    private String routine(String json) throws IOException {
        return Files.writeString(home.resolve("mini.json"), json).toString();
    }

    @Test
    void unanswered_withNobodyAtATerminal_isRefusedWithWhatToDo() throws IOException {
        CliRun run = now().run("run", routine(MINI), "--plain", "--mute");

        assertEquals(List.of(1, "", "hangtime: Mini turns you upside down, and the inversion safety questions are not"
                + " answered yet, with nobody at a terminal to answer them. Read them with hangtime safety, then answer"
                + " with hangtime safety --confirm if none applies to you and a doctor has approved inversion, or"
                + " hangtime safety --applies if something does.\n"), List.of(run.status(), run.out(), run.err()));
        assertFalse(Files.exists(home.resolve("journal")));
    }

    @Test
    void unanswered_atATerminal_asks_keepsTheAnswer_andRunsWithTheShortCheck() throws IOException {
        CliRun run = now().run(true, "maybe\ny\n\n", "run", routine(MINI), "--plain", "--mute");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("  y  None of these applies to me, and a doctor has approved inversion for"
                + " me.\n  n  Something on this list applies to me, or I am not sure.\nType y or n and Enter: Type y"
                + " or n and Enter: "), run.err());
        assertTrue(run.out().contains("Safety check: tether set"), run.out());
        assertFalse(run.out().contains(CHECK), run.out());
        CliRun safety = now().run("safety");
        assertTrue(safety.out().contains("Your answer: On 2 March 2026 you said that none of these applies"),
                safety.out());
    }

    @Test
    void confirmed_runsWithTheShortCheck_andIPrintsTheFullText() throws IOException {
        now().run("safety", "--confirm");

        CliRun run = now().run(false, "i\n\n", "run", routine(MINI), "--plain", "--mute");

        assertEquals(List.of(0, ""), List.of(run.status(), run.err()));
        String shortLines = String.join("\n", dev.hangtime.core.text.Wrap.lines(ShortCheck.TEXT, 70, 10));
        assertTrue(run.out().contains("] Safety check — press Enter when done\n          "
                + shortLines.replace("\n", "\n          ") + "\n"), run.out());
        assertTrue(run.out().contains("          " + CHECK + "\n\n          Sources.\n"), run.out());
    }

    @Test
    void somethingApplies_runsWithoutTheInversion_andSaysWhy() throws IOException {
        now().run("safety", "--applies");

        CliRun run = now().run("run", routine(MINI), "--plain", "--mute");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().startsWith("hangtime: Inversion steps left out: you said that something on the"
                + " inversion safety list applies to you. Walking, core work, heat and ice help without inversion:"),
                run.err());
        assertTrue(run.out().startsWith("[0:00:00] Starting Mini: 1 step, 0:01.\n[0:00:00] Walk — 0:01\n"),
                run.out());
    }

    @Test
    void somethingApplies_toARoutineThatIsAllInversion_runsNothing_andOffersTheAlternatives() throws IOException {
        now().run("safety", "--applies");
        String allInversion = MINI.replace(", {\"type\": \"walk\", \"duration\": 1}", "");

        CliRun run = now().run("run", routine(allInversion), "--plain", "--mute");

        assertEquals(List.of(1, ""), List.of(run.status(), run.out()));
        assertTrue(run.err().startsWith("hangtime: Mini is all inversion, and you said that something on the inversion"
                + " safety list applies to you, so it does not run. Walking, core work, heat and ice help without"
                + " inversion: the routines core-basics, core-stability-holds,"), run.err());
        assertTrue(run.err().endsWith(" (hangtime safety --reset changes your answer.)\n"), run.err());
    }

    @Test
    void aPreview_meetsNoSafetyScreen() throws IOException {
        CliRun run = now().run(false, "\n", "run", routine(MINI), "--plain", "--mute", "--speed", "100");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(CHECK), run.out());
    }
}
