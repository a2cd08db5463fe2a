package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.control.RecordingPain;
import dev.hangtime.core.control.Routines;
import dev.hangtime.core.session.SessionState;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The pain score asked on the session screen before a kept session starts, and on its end page. */
class PainScreenTest {

    private static final String QUESTION = "         │  How is your pain now, 0–10? _                             │";

    private final VirtualScreen screen = VirtualScreen.standard();
    private final RecordingPain pain = new RecordingPain();

    @Test
    void ready_keptSession_asksOverTheScreenAndSaysWhichKeysAnswer() {
        Driver driver = Driver.facetKept(pain);

        screen.show(driver.current());

        assertEquals(List.of(
                "         ┌─ Pain ─────────────────────────────────────────────────────┐",
                "         │                                                            │",
                QUESTION,
                "         │                                                            │",
                "         │  0–10 and Enter keep it   Enter or Esc skip   Space start  │",
                "         └────────────────────────────────────────────────────────────┘"),
                screen.lines().subList(9, 15));
    }

    @Test
    void ready_digitsTyped_showInTheQuestion() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('1'), Keys.ch('0'));

        screen.show(driver.current());
        assertEquals("         │  How is your pain now, 0–10? 10_                           │", screen.lines().get(11));
    }

    @Test
    void ready_digitsThenEnter_keepTheScoreAndSaySoUntilTheStart() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('3'), Keys.ENTER);

        screen.show(driver.current());
        assertEquals(List.of(List.of("before 3"), SessionState.READY,
                        "  PROMPT   First: Lock your ankles and check the tether.",
                        "                                                                    Pain 3 kept",
                        "                     Lock your ankles and check the tether."),
                List.of(pain.told, driver.session.state(), screen.lines().get(2), screen.lines().get(3),
                        screen.lines().get(10)));
    }

    @Test
    void ready_backspace_takesADigitBack() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('5'), Keys.BACKSPACE, Keys.ch('2'), Keys.ENTER);

        assertEquals(List.of("before 2"), pain.told);
    }

    @Test
    void ready_enterWithNothingTyped_skipsTheQuestionAndWaitsForSpace() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ENTER);

        screen.show(driver.current());
        assertEquals(List.of(List.of(), SessionState.READY, "", "                     Lock your ankles and check the tether."),
                List.of(pain.told, driver.session.state(), screen.lines().get(3), screen.lines().get(10)));
    }

    @Test
    void ready_esc_skipsTheQuestionWithoutLeaving() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('7'), Keys.ESC);

        screen.show(driver.current());
        assertEquals(List.of(List.of(), SessionState.READY, true, "                     Lock your ankles and check the tether."),
                List.of(pain.told, driver.session.state(), driver.lastTurn().isStay(), screen.lines().get(10)));
    }

    @Test
    void ready_escTwice_skipsThenLeaves() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ESC, Keys.ESC);

        assertEquals(OptionalInt.of(ExitStatus.STOPPED), driver.lastTurn().exitStatus());
    }

    @Test
    void ready_space_startsTheSessionWithoutAnAnswer() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.SPACE);

        screen.show(driver.current());
        assertEquals(List.of(List.of(), SessionState.WAITING, "                       YOUR TURN — press Enter when done"),
                List.of(pain.told, driver.session.state(), screen.lines().get(4)));
    }

    @Test
    void ready_spaceWithAScoreTyped_keepsItAndStarts() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('4'), Keys.SPACE, Keys.ENTER);

        assertEquals(List.of(List.of("before 4"), 1),
                List.of(pain.told, driver.session.snapshot().segment().get().index()));
    }

    @Test
    void ready_spaceWithAScoreOffTheScaleTyped_startsWithoutAScore() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('4'), Keys.ch('2'), Keys.SPACE, Keys.ENTER);

        assertEquals(List.of(List.of(), 1), List.of(pain.told, driver.session.snapshot().segment().get().index()));
    }

    @Test
    void ready_eleven_isRefusedWithAMessageAndTheQuestionStays() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('1'), Keys.ch('1'), Keys.ENTER);

        screen.show(driver.current());
        assertEquals(List.of(
                "         ┌─ Pain ─────────────────────────────────────────────────────┐",
                "         │                                                            │",
                QUESTION,
                "         │                                                            │",
                "         │  11 is not on the scale: type a score from 0 to 10         │",
                "         │                                                            │",
                "         │  0–10 and Enter keep it   Enter or Esc skip   Space start  │",
                "         └────────────────────────────────────────────────────────────┘"),
                screen.lines().subList(8, 16));
        assertEquals(List.of(), pain.told);
    }

    @Test
    void ready_afterARefusal_aScoreIsKept() {
        Driver driver = Driver.facetKept(pain);

        driver.press(Keys.ch('1'), Keys.ch('1'), Keys.ENTER, Keys.ch('1'), Keys.ch('0'), Keys.ENTER);

        assertEquals(List.of("before 10"), pain.told);
    }

    @Test
    void ready_scoreGivenOnTheCommandLine_isNotAskedAgain() {
        Driver driver = Driver.facetKept(new RecordingPain(false, true));

        screen.show(driver.current());

        assertEquals("                     Lock your ankles and check the tether.", screen.lines().get(10));
    }

    @Test
    void ready_sessionNotKept_asksNothing() {
        Driver driver = Driver.facet();

        driver.press(Keys.ch('3'), Keys.ENTER);

        screen.show(driver.current());
        assertEquals(List.of(SessionState.READY, "                     Lock your ankles and check the tether."),
                List.of(driver.session.state(), screen.lines().get(10)));
    }

    @Test
    void end_keptSession_asksForThePainAfter() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(140);

        screen.show(driver.current());

        assertEquals(List.of(
                "                ┌─ Pain ───────────────────────────────────────┐",
                "                │                                              │",
                "                │  How is your pain now, 0–10? _               │",
                "                │                                              │",
                "                │  0–10 and Enter keep it   Enter or Esc skip  │",
                "                └──────────────────────────────────────────────┘",
                " Space close"),
                List.of(screen.lines().get(9), screen.lines().get(10), screen.lines().get(11), screen.lines().get(12),
                        screen.lines().get(13), screen.lines().get(14), screen.lines().get(23)));
    }

    @Test
    void end_digitsThenEnter_keepTheScoreAfterAndSaySo() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(140);

        driver.press(Keys.ch('2'), Keys.ENTER);

        screen.show(driver.current());
        assertEquals(List.of(List.of("after 2"), "                                Time spent: 2:20",
                        "                                  Pain 2 kept", " Enter close"),
                List.of(pain.told, screen.lines().get(16), screen.lines().get(19), screen.lines().get(23)));
    }

    @Test
    void end_afterAnswering_enterClosesAsBefore() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(140);
        EndPage end = assertInstanceOf(EndPage.class, driver.current());

        driver.press(Keys.ch('2'), Keys.ENTER);
        assertSame(end, driver.current());
        driver.press(Keys.ENTER);

        assertEquals(List.of(OptionalInt.of(ExitStatus.OK), List.of("closed")),
                List.of(driver.lastTurn().exitStatus(), driver.extrasTold));
    }

    @Test
    void end_eleven_isRefusedAndNothingIsKept() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(140);

        driver.press(Keys.ch('1'), Keys.ch('1'), Keys.ENTER);

        screen.show(driver.current());
        assertEquals(List.of(List.of(), "            │  11 is not on the scale: type a score from 0 to 10  │"),
                List.of(pain.told, screen.lines().get(12)));
    }

    @Test
    void end_escSkips_thenEnterCloses() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(140);

        driver.press(Keys.ESC);
        screen.show(driver.current());
        String foot = screen.lines().get(23);
        driver.press(Keys.ENTER);

        assertEquals(List.of(List.of(), " Enter close", OptionalInt.of(ExitStatus.OK)),
                List.of(pain.told, foot, driver.lastTurn().exitStatus()));
    }

    @Test
    void end_emptyEnterSkips_thenEnterCloses() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(140);

        driver.press(Keys.ENTER);
        Turn skipped = driver.lastTurn();
        driver.press(Keys.ENTER);

        assertEquals(List.of(true, List.of(), OptionalInt.of(ExitStatus.OK)),
                List.of(skipped.isStay(), pain.told, driver.lastTurn().exitStatus()));
    }

    @Test
    void end_spaceWhileAsking_closesWithoutAnAnswer() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(140);

        driver.press(Keys.SPACE);

        assertEquals(List.of(List.of(), OptionalInt.of(ExitStatus.OK)),
                List.of(pain.told, driver.lastTurn().exitStatus()));
    }

    @Test
    void end_qWhileAsking_closesWithTheStoppedStatus() {
        Driver driver = Driver.facetKept(pain).press(Keys.ESC).startAndPassThePrompt().after(20)
                .press(Keys.ch('q'), Keys.ch('y'));

        driver.press(Keys.ch('q'));

        assertEquals(List.of(List.of(), OptionalInt.of(ExitStatus.STOPPED)),
                List.of(pain.told, driver.lastTurn().exitStatus()));
    }

    @Test
    void end_scoreThatCannotBeWritten_saysSo() {
        RecordingPain failing = new RecordingPain(true, false);
        Driver driver = Driver.facetKept(failing).press(Keys.ESC).startAndPassThePrompt().after(140);

        driver.press(Keys.ch('5'), Keys.ENTER);

        screen.show(driver.current());
        assertEquals("            Pain 5 could not be kept: the journal cannot be written", screen.lines().get(19));
    }

    @Test
    void end_sessionNotKept_asksNothing() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);

        driver.press(Keys.ENTER);

        assertEquals(OptionalInt.of(ExitStatus.OK), driver.lastTurn().exitStatus());
    }

    @Test
    void end_fromTheLibrary_theKeyThatLeavesWhileAskingSaysWhereItGoes() {
        Driver driver = new Driver(Routines.facet(), Optional.empty(), false,
                new Afterwards("back to the library", Turn::exit), (s, t) -> Optional.of(pain))
                .press(Keys.ESC).startAndPassThePrompt().after(140);

        screen.show(driver.current());

        assertEquals(" Space back to the library", screen.lines().get(23));
    }
}
