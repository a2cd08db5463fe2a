package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.control.Routines;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.OptionalLong;

/** When the session screen asks to be woken: only when what it shows changes, or the engine has work due. */
class RedrawScheduleTest {

    private static final long MS = 1_000_000L;

    @Test
    void running_wakesWhenTheShownSecondChanges() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.25);

        OptionalLong at = driver.page.redrawAt();

        assertEquals(OptionalLong.of(driver.ticker.read() + 750 * MS), at);
    }

    @Test
    void running_onTheSecond_wakesAWholeSecondLater() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(15);

        OptionalLong at = driver.page.redrawAt();

        assertEquals(OptionalLong.of(driver.ticker.read() + 1000 * MS), at);
    }

    @Test
    void running_aCueDueBeforeTheNextSecond_wakesForTheCue() {
        // 57.5 s into the 60 s hold the countdown pip for 2 s left is due at 58 s, with the second change.
        Driver driver = Driver.facet().startAndPassThePrompt().after(57.5);

        OptionalLong at = driver.page.redrawAt();

        assertEquals(OptionalLong.of(driver.ticker.read() + 500 * MS), at);
    }

    @Test
    void beforeTheStart_sleepsUntilAKey() {
        Driver driver = Driver.facet();

        assertEquals(OptionalLong.empty(), driver.page.redrawAt());
    }

    @Test
    void waitingForTheUser_sleepsUntilAKey() {
        Driver driver = Driver.facet().press(Keys.SPACE);

        assertEquals(OptionalLong.empty(), driver.page.redrawAt());
    }

    @Test
    void paused_sleepsUntilAKey() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(3).press(Keys.SPACE);

        assertEquals(OptionalLong.empty(), driver.page.redrawAt());
    }

    @Test
    void endScreen_sleepsUntilAKey() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);

        assertEquals(OptionalLong.empty(), driver.current().redrawAt());
    }

    @Test
    void longHold_wakesOncePerSecond() {
        Driver driver = new Driver(Routines.hold(3600), java.util.Optional.empty(), false, Afterwards.EXIT).press(Keys.SPACE);
        int wakes = 0;
        long end = driver.ticker.read() + Duration.ofSeconds(60).toNanos();

        while (driver.ticker.read() < end) {
            long at = driver.page.redrawAt().getAsLong();
            driver.after((at - driver.ticker.read()) / 1e9);
            wakes++;
        }

        assertEquals(60, wakes);
    }
}
