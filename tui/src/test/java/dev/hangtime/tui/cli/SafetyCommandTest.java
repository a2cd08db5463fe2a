package dev.hangtime.tui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hangtime safety}: the list, the answer kept and its date, and changing it. */
class SafetyCommandTest {

    private static final String LIST = String.join("\n",
            "Before you invert (list version 1)",
            "",
            "Inversion is not for everyone. Do not use an inversion table if you have or are",
            "any of these:",
            "  - glaucoma or another eye disease",
            "  - high blood pressure (over 140/90)",
            "  - heart or circulatory disease",
            "  - a risk of stroke",
            "  - taking blood thinners",
            "  - osteoporosis",
            "  - a fracture, or an implant (such as a joint or spinal implant)",
            "  - a hernia",
            "  - a middle-ear infection",
            "  - pregnant",
            "The makers of inversion tables ask for a doctor's approval before you start. In",
            "a published study, inverting fully for 3 minutes roughly doubled the pressure",
            "inside the eye.",
            "");

    @TempDir
    Path home;

    @Test
    void safety_unanswered_showsTheListAndSaysItWillAsk() {
        CliRun run = At.moment(home, "2026-03-02T08:00:00Z").run("safety");

        assertEquals(0, run.status());
        assertEquals(LIST + "\nYour answer: Not answered yet: Hangtime asks before your first session with\n"
                + "inversion.\n\nhangtime safety --confirm or --applies answers here; --reset forgets the answer.\n",
                run.out());
    }

    @Test
    void confirm_isKeptWithItsDate_andShownAfter() {
        CliRun confirm = At.moment(home, "2026-03-02T08:00:00Z").run("safety", "--confirm");
        CliRun show = At.moment(home, "2026-04-01T08:00:00Z").run("safety");

        assertEquals(List.of(0, "Kept. On 2 March 2026 you said that none of these applies to you and that a\n"
                + "doctor has approved inversion for you. Hangtime asks again from 2 September\n2026.\n"),
                List.of(confirm.status(), confirm.out()));
        assertTrue(show.out().contains("\nYour answer: On 2 March 2026 you said that none of these applies to you"
                + " and that\na doctor has approved inversion for you. Hangtime asks again from 2 September\n2026.\n"),
                show.out());
    }

    @Test
    void applies_isKept_andOffersWhatHelpsWithoutInversion() {
        CliRun run = At.moment(home, "2026-03-02T08:00:00Z").run("safety", "--applies");

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("Kept. On 2 March 2026 you said that something on this list applies to"
                + " you:\nroutines run without their inversion steps."), run.out());
        assertTrue(run.out().endsWith("Walking, core work, heat and ice help without inversion: the routines\n"
                + "core-basics, core-stability-holds, core-big-three, heat-ice-alternating, heat,\nice, walking-easy,"
                + " walking-build-up and the plans after-a-spasm, core-6-weeks,\nwalking-12-weeks.\n"), run.out());
    }

    @Test
    void reset_forgetsTheAnswer_soTheListSaysItWillAskAgain() {
        At.moment(home, "2026-03-02T08:00:00Z").run("safety", "--confirm");

        CliRun reset = At.moment(home, "2026-03-03T08:00:00Z").run("safety", "--reset");
        CliRun show = At.moment(home, "2026-03-03T09:00:00Z").run("safety");

        assertEquals(List.of(0, "Your answer is forgotten: Hangtime asks again before your next session with\n"
                + "inversion.\n"), List.of(reset.status(), reset.out()));
        assertTrue(show.out().contains("Your answer: Not answered yet"), show.out());
    }

    @Test
    void reset_withNothingKept_saysSoAndWritesNothing() {
        CliRun run = At.moment(home, "2026-03-02T08:00:00Z").run("safety", "--reset");

        assertEquals(List.of(0, "There is no answer to forget: Hangtime asks before your first session with\n"
                + "inversion.\n", false), List.of(run.status(), run.out(),
                        java.nio.file.Files.exists(home.resolve("journal"))));
    }

    @Test
    void sixMonthsLater_theListSaysItAsksAgain() {
        At.moment(home, "2026-03-02T08:00:00Z").run("safety", "--confirm");

        CliRun show = At.moment(home, "2026-09-02T08:00:00Z").run("safety");

        assertTrue(show.out().contains("Your answer: Answered on 2 March 2026, more than 6 months ago: Hangtime"
                + " asks\nagain before your next session with inversion."), show.out());
    }

    @Test
    void twoAnswersAtOnce_isAUsageError() {
        CliRun run = At.moment(home, "2026-03-02T08:00:00Z").run("safety", "--confirm", "--reset");

        assertEquals(List.of(2, "hangtime safety: give one of --reset, --confirm and --applies (see hangtime safety"
                + " --help)\n"), List.of(run.status(), run.err()));
    }
}
