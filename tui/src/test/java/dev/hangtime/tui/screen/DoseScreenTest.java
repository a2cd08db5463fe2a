package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.RecordingPain;
import dev.hangtime.core.control.Routines;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.StepStyle;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.Optional;

/** The dose question and the red flags, as the session and end screens draw them. */
class DoseScreenTest {

    private final VirtualScreen screen = VirtualScreen.standard();

    @Test
    void plus_pastTwentyMinutesOfIce_asksInABox_sayingWhy() {
        Driver driver = new Driver(Routines.expand("Ice", new Ice(Duration.ofMinutes(20), Optional.empty(),
                StepStyle.NONE)), Optional.empty(), false, Afterwards.EXIT);

        String shown = screen.show(driver.press(Keys.SPACE, Keys.ch('+')).current());

        assertTrue(shown.contains("Add 30 seconds?") && shown.contains("This takes the ice past 20 minutes.")
                && shown.contains("+ or y add it anyway   any other key: no"), shown);
    }

    @Test
    void painBefore8_showsTheRedFlagOverTheReadyScreen() {
        Driver driver = Driver.facetKept(new RecordingPain());

        String shown = screen.show(driver.press(Keys.ch('8'), Keys.ENTER).current());

        assertTrue(shown.contains("Pain: a red flag") && shown.contains("Pain of 8 or more is a red flag.")
                && shown.contains("Any key closes this."), shown);
    }

    @Test
    void painAfter9_showsTheRedFlagOnTheEndPage_untilTheNextKey() {
        Driver driver = Driver.facetKept(new RecordingPain()).press(Keys.ENTER, Keys.SPACE, Keys.ch('q'),
                Keys.ch('y'));
        assertInstanceOf(EndPage.class, driver.current());

        String flagged = screen.show(driver.press(Keys.ch('9'), Keys.ENTER).current());
        String after = screen.show(driver.press(Keys.ch('x')).current());

        assertTrue(flagged.contains("Pain: a red flag") && flagged.contains("See a doctor"), flagged);
        assertTrue(!after.contains("Pain: a red flag") && after.contains("Pain 9 kept"), after);
    }
}
