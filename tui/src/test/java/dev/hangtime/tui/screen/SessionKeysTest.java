package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionState;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The keys of the session screen, driving the real engine on a fake clock. */
class SessionKeysTest {

    @Test
    void space_beforeTheStart_startsTheSession() {
        Driver driver = Driver.facet();

        driver.press(Keys.SPACE);

        assertEquals(SessionState.WAITING, driver.session.state());
    }

    @Test
    void space_whileRunning_pausesAndTheTimeShownStandsStill() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);

        driver.press(Keys.SPACE).after(40);

        assertEquals(List.of(SessionState.PAUSED, "0:45"), List.of(driver.session.state(), driver.timeLeft()));
    }

    @Test
    void space_whilePaused_resumesFromWhereItStood() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5).press(Keys.SPACE).after(40);

        driver.press(Keys.SPACE).after(5);

        assertEquals(List.of(SessionState.RUNNING, "0:40"), List.of(driver.session.state(), driver.timeLeft()));
    }

    @Test
    void enter_onAStepThatWaits_saysDone() {
        Driver driver = Driver.facet().press(Keys.SPACE);

        driver.press(Keys.ENTER);

        assertEquals(List.of(SessionState.RUNNING, 1), List.of(driver.session.state(),
                driver.session.snapshot().segment().get().index()));
    }

    @Test
    void enter_onATimedStep_doesNothing() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ENTER);

        assertEquals(List.of(1, "0:55"), List.of(driver.session.snapshot().segment().get().index(), driver.timeLeft()));
    }

    @Test
    void n_skipsToTheNextStep() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('n'));

        assertEquals(2, driver.session.snapshot().segment().get().index());
    }

    @Test
    void rightArrow_skipsToTheNextStep() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.RIGHT);

        assertEquals(2, driver.session.snapshot().segment().get().index());
    }

    @Test
    void b_afterThreeSeconds_goesBackToTheStartOfTheStep() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('b'));

        assertEquals(List.of(1, "1:00"), List.of(driver.session.snapshot().segment().get().index(), driver.timeLeft()));
    }

    @Test
    void leftArrow_withinThreeSeconds_goesBackToThePreviousStep() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(2);

        driver.press(Keys.LEFT);

        assertEquals(List.of(0, SessionState.WAITING), List.of(driver.session.snapshot().segment().get().index(),
                driver.session.state()));
    }

    @Test
    void plus_addsThirtySecondsToTheStep() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(15.5);

        driver.press(Keys.ch('+'));

        assertEquals("1:15", driver.timeLeft());
    }

    @Test
    void m_mutesTheCues() {
        Driver driver = Driver.facetWithCues(new RecordingPlayer(Duration.ZERO), false).startAndPassThePrompt();

        driver.press(Keys.ch('m'));

        assertEquals(true, driver.cues.isMuted());
    }

    @Test
    void m_again_soundsThemAgain() {
        Driver driver = Driver.facetWithCues(new RecordingPlayer(Duration.ZERO), false).startAndPassThePrompt();

        driver.press(Keys.ch('m'), Keys.ch('m'));

        assertEquals(false, driver.cues.isMuted());
    }

    @Test
    void m_withoutSound_doesNothing() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('m'));

        assertEquals(List.of(SessionState.RUNNING, "0:55"), List.of(driver.session.state(), driver.timeLeft()));
    }

    @Test
    void q_asksAndChangesNothingYet() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('q')).after(5);

        assertEquals(List.of(SessionState.RUNNING, "0:50"), List.of(driver.session.state(), driver.timeLeft()));
    }

    @Test
    void q_thenY_stopsTheSessionAndShowsTheEnd() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('q'), Keys.ch('y'));

        assertEquals(List.of(SessionState.STOPPED, false), List.of(driver.session.state(),
                ((EndPage) driver.current()).summary().completed()));
    }

    @Test
    void q_thenQ_stopsTheSession() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('q'), Keys.ch('q'));

        assertEquals(SessionState.STOPPED, driver.session.state());
    }

    @Test
    void esc_asksToo() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);
        VirtualScreen screen = VirtualScreen.standard();

        driver.press(Keys.ESC);

        screen.show(driver.current());
        assertEquals("                   │  Stop the session?                     │", screen.lines().get(11));
    }

    @Test
    void esc_whileAsking_carriesOn() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5).press(Keys.ESC);
        VirtualScreen screen = VirtualScreen.standard();

        driver.press(Keys.ESC);

        screen.show(driver.current());
        assertEquals(List.of(SessionState.RUNNING, false),
                List.of(driver.session.state(), screen.text().contains("Stop the session?")));
    }

    @Test
    void q_thenAnyOtherKey_carriesOnWithoutActingOnIt() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('q'), Keys.SPACE);

        assertEquals(SessionState.RUNNING, driver.session.state());
    }

    @Test
    void stoppedSession_enterOnTheEndScreen_leavesWithStatus3() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5).press(Keys.ch('q'), Keys.ch('y'));

        driver.press(Keys.ENTER);

        assertEquals(OptionalInt.of(3), driver.lastTurn().exitStatus());
    }

    @Test
    void completedSession_enterOnTheEndScreen_leavesWithStatus0() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);

        driver.press(Keys.ENTER);

        assertEquals(OptionalInt.of(0), driver.lastTurn().exitStatus());
    }

    @Test
    void completedSession_movesToTheEndScreenByItself() {
        Driver driver = Driver.facet().startAndPassThePrompt();

        driver.after(140);

        assertInstanceOf(EndPage.class, driver.current());
    }

    @Test
    void endScreen_otherKeys_stayOnIt() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);
        Page end = driver.current();

        driver.press(Keys.ch('x'), Keys.RIGHT);

        assertSame(end, driver.current());
    }

    @Test
    void q_beforeTheStart_leavesAtOnceWithStatus3AndNothingRecorded() {
        Driver driver = Driver.facet();

        driver.press(Keys.ch('q'));

        assertEquals(List.of(OptionalInt.of(3), List.of()), List.of(driver.lastTurn().exitStatus(), driver.events));
    }

    @Test
    void ctrlC_stopsTheSessionSoItIsRecorded_andLeavesWith130() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.CTRL_C);

        SessionEvent last = driver.events.get(driver.events.size() - 1);
        assertEquals(List.of(OptionalInt.of(130), SessionState.STOPPED, false), List.of(
                driver.lastTurn().exitStatus(), driver.session.state(), ((SessionEnded) last).completed()));
    }

    @Test
    void ctrlC_whileAskingToStop_stopsAtOnce() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5).press(Keys.ch('q'));

        driver.press(Keys.CTRL_C);

        assertEquals(List.of(OptionalInt.of(130), SessionState.STOPPED), List.of(driver.lastTurn().exitStatus(),
                driver.session.state()));
    }

    @Test
    void ctrlC_onTheEndScreen_leavesWithTheSessionsStatus() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);

        driver.press(Keys.CTRL_C);

        assertEquals(OptionalInt.of(0), driver.lastTurn().exitStatus());
    }

    @Test
    void questionMark_showsHelp_andTheNextKeyOnlyClosesIt() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.press(Keys.ch('?'), Keys.SPACE);

        assertEquals(SessionState.RUNNING, driver.session.state());
    }

    @Test
    void help_doesNotStopTheClock() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5).press(Keys.ch('?'));

        driver.after(10);

        assertEquals("0:45", driver.timeLeft());
    }

    @Test
    void keysAfterTheEnd_doNotReachTheEngine() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);
        int recorded = driver.events.size();

        driver.press(Keys.ch('n'), Keys.ch('+'), Keys.ch('b'));

        assertEquals(recorded, driver.events.size());
    }
}
