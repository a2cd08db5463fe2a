package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.control.Routines;
import org.junit.jupiter.api.Test;
import java.util.List;

/** The end of a session: time done, steps completed and skipped, and where it stopped. */
class EndScreenTest {

    private final VirtualScreen screen = VirtualScreen.standard();

    @Test
    void completed_showsTimeDoneAndEveryStep() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);

        String expected = """
             Facet joint relief
            ────────────────────────────────────────────────────────────────────────────────

                                      Session complete. Well done.

                          ████████████            ████████████    ████████████
                          ████████████            ████████████    ████████████
                                  ████    ████            ████    ████    ████
                                  ████    ████            ████    ████    ████
                          ████████████            ████████████    ████    ████
                          ████████████            ████████████    ████    ████
                          ████            ████    ████            ████    ████
                          ████            ████    ████            ████    ████
                          ████████████            ████████████    ████████████
                          ████████████            ████████████    ████████████

                                            Time spent: 2:20
                                        Plan done: 2:20 of 2:20
                                        Steps: 4 of 4 completed



            ────────────────────────────────────────────────────────────────────────────────
             Enter close
            """;

        assertEquals(expected, screen.show(driver.current()) + "\n");
    }

    @Test
    void stopped_showsSkippedStepsPausesAndWhereItStopped() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(20).press(Keys.ch('n'), Keys.SPACE).after(30)
                .press(Keys.SPACE).after(2).press(Keys.ch('q'), Keys.ch('y'));

        screen.show(driver.current());

        assertEquals(List.of(
                "                                Session stopped.",
                "                      Time spent: 0:22 (0:52 with pauses)",
                "                            Plan done: 0:22 of 2:20",
                "                       Steps: 1 of 4 completed, 1 skipped",
                "                Stopped at step 3 of 4: Bird-dog — left, rep 1/2"),
                List.of(screen.lines().get(3), screen.lines().get(16), screen.lines().get(17),
                        screen.lines().get(18), screen.lines().get(19)));
    }

    @Test
    void timeSpent_andPlanDone_areTwoThings_whenAPromptWasWaitedAtAndAPartSkipped() {
        // 15 s at the prompt that waits, then the inversion skipped after 10 s; the rest runs through.
        Driver driver = Driver.facet().press(Keys.SPACE).after(15).press(Keys.ENTER).after(10)
                .press(Keys.ch('n')).after(80);

        screen.show(driver.current());

        assertEquals(List.of(
                "                                Time spent: 1:45",
                "                            Plan done: 1:30 of 2:20",
                "                       Steps: 3 of 4 completed, 1 skipped"),
                List.of(screen.lines().get(16), screen.lines().get(17), screen.lines().get(18)));
    }

    @Test
    void fromTheLibrary_enterGoesBackToIt() {
        Driver driver = new Driver(Routines.facet(), java.util.Optional.empty(), false, new Afterwards("back to the library", Turn::exit))
                .startAndPassThePrompt().after(140);

        screen.show(driver.current());

        assertEquals(" Enter back to the library", screen.lines().get(23));
    }
}
