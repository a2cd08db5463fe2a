package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.safety.RedFlags;
import dev.hangtime.core.text.Wrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dose limits and red flags, line by line and from the command line. */
class DoseAndRedFlagCommandsTest {

    @TempDir
    Path home;

    private At now() {
        return At.moment(home, "2026-03-02T08:00:00Z");
    }

    private String ice(String duration) throws IOException {
        return Files.writeString(home.resolve("ice.json"), "{\"hangtime\": 1, \"id\": \"ice\", \"name\": \"Ice\","
                + " \"cues\": {\"countdown\": 0}, \"steps\": [{\"type\": \"ice\", \"duration\": \"" + duration
                + "\"}]}").toString();
    }

    @Test
    void plus_pastTwentyMinutesOfIce_asksFirst_andASecondPlusAddsIt() throws IOException {
        CliRun run = now().run(false, "+\n+\n", "run", ice("20m"), "--plain", "--mute", "--speed", "1000");

        assertEquals(0, run.status(), run.err());
        String why = String.join("\n          ", Wrap.lines("This takes the ice past 20 minutes. Ice is kept to 20"
                + " minutes at most, with a cloth between pack and skin, then at least an hour off. Press + again to"
                + " add 30 seconds anyway.", 70, 10));
        assertTrue(run.out().contains("] Ice — 20:00\n          " + why + "\n["), run.out());
        assertTrue(run.out().contains("] +0:30: Ice now lasts 20:30.\n"), run.out());
        assertTrue(run.out().endsWith("] Done. 20:30 in total.\n"), run.out());
    }

    @Test
    void aRoutinePlannedPastALimit_runsWithItsWarningFirst() throws IOException {
        CliRun run = now().run("run", ice("25m"), "--plain", "--mute", "--speed", "1000");

        assertEquals(List.of(0, "hangtime: steps[0]: ice for 25 minutes, longer than 20 minutes (keep ice to 20"
                + " minutes at most, with a cloth between pack and skin, then at least an hour off)\n"),
                List.of(run.status(), run.err()));
    }

    @Test
    void pain_8OrMore_saysWhatItMayMeanAndWhenToSeeADoctor() {
        CliRun run = now().run("pain", "8");

        assertEquals(0, run.status());
        assertEquals("Pain 8 kept for Monday 2 March 2026.\n" + String.join("\n", Wrap.lines(RedFlags.SEVERE_PAIN, 80,
                20)) + "\n", run.out());
    }

    @Test
    void pain_below8_saysNoMore() {
        assertEquals("Pain 7 kept for Monday 2 March 2026.\n", now().run("pain", "7").out());
    }

    @Test
    void run_withPain9_saysTheRedFlagBeforeTheSession() throws IOException {
        CliRun run = now().run("run", ice("1s"), "--plain", "--mute", "--pain", "9");

        assertEquals(List.of(0, "hangtime: " + RedFlags.SEVERE_PAIN + "\n"), List.of(run.status(), run.err()));
    }
}
