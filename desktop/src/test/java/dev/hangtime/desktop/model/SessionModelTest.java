package dev.hangtime.desktop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Key;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * One session in the window, on the real engine and a fake clock: what each screen shows, every command, the
 * pain before and after, and the close button. The facet routine: 0 a prompt that waits, 1 a 1:00 inversion
 * at 20°, 2 a 0:10 side bridge left, 3 right, 4 a 0:30 rest; four steps as the user counts them, the side bridge
 * being one.
 */
class SessionModelTest {

    private static final Key SPACE = Key.character(' ');
    private static final Key ENTER = Key.of(Key.Name.ENTER);

    private final FakeTicker ticker = new FakeTicker();
    private final RecordingSetup setup = new RecordingSetup();
    private final SessionModel model = new SessionModel(Fixtures.facet(), ticker, setup, () -> { }, n -> { },
            "Back to the library");

    private SessionScreen session() {
        return (SessionScreen) model.screen();
    }

    private EndScreen end() {
        return (EndScreen) model.screen();
    }

    /** Past the pain question and the prompt: the inversion runs from its first moment. */
    private void startInversion() {
        model.prepare();
        model.key(Key.of(Key.Name.ESCAPE));
        model.key(SPACE);
        model.key(ENTER);
    }

    private void advance(int seconds) {
        ticker.advance(Duration.ofSeconds(seconds));
        model.update();
    }

    @Test
    void ready_showsTheFirstStepTheBannerAndThePainQuestion() {
        model.prepare();
        SessionScreen s = session();
        assertEquals(SessionState.READY, s.state());
        assertEquals(Banner.READY, s.banner());
        assertEquals("READY — press Space to start", s.banner().text());
        assertEquals("First: Lock your ankles and check the tether.", s.label());
        assertEquals("PROMPT", s.badge());
        assertEquals("sound on · 4 steps", s.header());
        assertEquals(SessionScreen.Overlay.PAIN_BEFORE, s.overlay());
        assertEquals(Optional.of(new PainPrompt("How is your pain now, 0–10?", "", Optional.empty(),
                "0–10 and Enter keep it   Enter or Esc skip   Space start")), s.pain());
        assertEquals("Next: ", s.nextLead());
        assertEquals("Inversion 20° — 1:00", s.next());
        assertEquals(Optional.of(SegmentKind.INVERSION), s.nextKind());
        assertTrue(s.warning().orElseThrow().contains("upside down"), s.warning().toString());
        assertEquals(List.of("Start", "Done", "Skip", "Skip step", "Back", "+30 s", "Mute", "Leave", "Keys", "Details"),
                s.buttons().stream().map(CommandButton::label).toList());
        assertEquals(List.of(true, false, false, false, false, false, true, true, true, true),
                s.buttons().stream().map(CommandButton::enabled).toList());
        assertEquals(List.of("prepared"), setup.told);
    }

    @Test
    void painBefore_digitsAndEnterKeepIt() {
        model.prepare();
        model.key(Key.character('3'));
        assertEquals("3", session().pain().orElseThrow().typed());
        model.key(ENTER);
        assertEquals(SessionScreen.Overlay.NONE, session().overlay());
        assertEquals(Optional.of("Pain 3 kept"), session().painKept());
        assertEquals(List.of("prepared", "before 3"), setup.told);
    }

    @Test
    void painBefore_aScoreOffTheScaleIsRefusedWithWhy() {
        model.prepare();
        model.key(Key.character('1'));
        model.key(Key.character('2'));
        model.key(ENTER);
        assertEquals(Optional.of("12 is not on the scale: type a score from 0 to 10"),
                session().pain().orElseThrow().problem());
    }

    @Test
    void space_startsAtOnceEvenWhileThePainQuestionIsOpen() {
        model.prepare();
        model.key(SPACE);
        SessionScreen s = session();
        assertEquals(SessionState.WAITING, s.state());
        assertEquals(Banner.WAITING, s.banner());
        assertEquals("YOUR TURN — press Enter when done", s.banner().text());
        assertTrue(s.manual());
        assertEquals("", s.remaining());
        assertEquals("Lock your ankles and check the tether.", s.instruction());
        assertEquals(SessionScreen.Overlay.NONE, s.overlay());
        assertTrue(s.button(Command.DONE).orElseThrow().enabled());
    }

    @Test
    void timedStep_showsTimeLeftRingAngleAndBars() {
        startInversion();
        SessionScreen s = session();
        assertEquals(SessionState.RUNNING, s.state());
        assertEquals(Banner.NONE, s.banner());
        assertEquals("INVERSION", s.badge());
        assertEquals("Inversion 20°", s.label());
        assertEquals("Table at 20°", s.details());
        assertEquals(OptionalInt.of(20), s.angle());
        assertEquals("1:00", s.remaining());
        assertEquals(1.0, s.remainingFraction(), 1e-9);
        assertEquals(Optional.of("Let your arms hang."), s.note());
        assertEquals("sound on · step 2 of 4", s.header());

        advance(15);
        s = session();
        assertEquals("0:45", s.remaining());
        assertEquals(0.75, s.remainingFraction(), 1e-9);
        assertEquals(0.25, s.stepProgress(), 1e-9);
        assertEquals("0:15 of 1:00", s.stepTime());
        assertEquals("0:15 of 1:50", s.sessionTime());
        assertFalse(s.finalSeconds());
    }

    @Test
    void lastSeconds_areCountedOutAndSayWhatComesNext() {
        startInversion();
        advance(57);
        SessionScreen s = session();
        assertEquals("0:03", s.remaining());
        assertTrue(s.finalSeconds());
        assertEquals("Next in 3 s: ", s.nextLead());
        assertEquals("Side bridge — left — 0:10", s.next());
    }

    @Test
    void pause_freezesTheTimeAndSaysSo() {
        startInversion();
        advance(10);
        model.command(Command.TOGGLE);
        advance(30);
        SessionScreen s = session();
        assertEquals(Banner.PAUSED, s.banner());
        assertEquals("PAUSED — press Space to resume", s.banner().text());
        assertEquals("0:50", s.remaining());
        assertEquals("Resume", s.button(Command.TOGGLE).orElseThrow().label());
        assertFalse(s.button(Command.ADD_TIME).orElseThrow().enabled());
        model.key(SPACE);
        assertEquals("Pause", session().button(Command.TOGGLE).orElseThrow().label());
    }

    @Test
    void skipBackAndAddTime_moveTheSession() {
        startInversion();
        model.command(Command.SKIP);
        assertEquals("Side bridge", session().label());
        assertEquals("Left side", session().details());
        model.key(Key.character('n'));
        assertEquals("Switch sides! · Right side", session().details());
        model.command(Command.BACK);
        assertEquals("Left side", session().details());
        model.command(Command.ADD_TIME);
        assertEquals("0:40", session().remaining());
        model.key(Key.of(Key.Name.PAGE_DOWN));
        assertEquals("Right side", session().details().replace("Switch sides! · ", ""));
        model.key(Key.of(Key.Name.PAGE_UP));
        assertEquals("Left side", session().details());
    }

    @Test
    void soundAndHelp_switchAndShow() {
        startInversion();
        model.command(Command.SOUND);
        assertEquals("sound off · step 2 of 4", session().header());
        assertEquals("Sound on", session().button(Command.SOUND).orElseThrow().label());
        model.key(Key.character('m'));
        assertEquals("sound on · step 2 of 4", session().header());
        model.command(Command.HELP);
        assertEquals(SessionScreen.Overlay.HELP, session().overlay());
        model.key(Key.character('x'));
        assertEquals(SessionScreen.Overlay.NONE, session().overlay());
    }

    @Test
    void stop_asksFirstThenShowsTheEndPageWordedAsTheTerminalApp() {
        startInversion();
        advance(20);
        model.command(Command.STOP);
        assertEquals(SessionScreen.Overlay.CONFIRM_STOP, session().overlay());
        assertEquals("Stop the session?", session().overlay().title());
        model.key(Key.character('x'));
        assertEquals(SessionScreen.Overlay.NONE, session().overlay());
        assertEquals(SessionState.RUNNING, session().state());
        model.key(Key.character('q'));
        assertEquals(Optional.empty(), model.answerStop(true));
        EndScreen end = end();
        assertFalse(end.completed());
        assertEquals("Session stopped.", end.headline());
        assertEquals("0:20", end.time());
        assertEquals(List.of("Time spent: 0:20", "Plan done: 0:20 of 1:50", "Steps: 1 of 4 completed",
                "Stopped at step 2 of 4: Inversion 20°"), end.lines());
        assertEquals("Back to the library", end.leave());
    }

    @Test
    void end_asksForThePainAfterThenLeavesWithTheOutcome() {
        startInversion();
        advance(60);
        advance(10);
        advance(10);
        advance(30);
        EndScreen end = end();
        assertTrue(end.completed());
        assertEquals("Session complete. Well done.", end.headline());
        assertEquals(List.of("Time spent: 1:50", "Plan done: 1:50 of 1:50", "Steps: 4 of 4 completed"), end.lines());
        assertTrue(end.pain().isPresent());
        model.key(Key.character('4'));
        assertEquals(Optional.empty(), model.key(ENTER));
        assertEquals(Optional.of("Pain 4 kept"), end().painKept());
        assertEquals(Optional.empty(), end().pain());
        assertEquals(Optional.of(Outcome.COMPLETED), model.key(SPACE));
        assertTrue(model.left());
        assertEquals(List.of("prepared", "after 4", "closed"), setup.told);
    }

    @Test
    void nextWake_isTheNextChangeOfTheSecondShownAndNothingWhilePaused() {
        startInversion();
        ticker.advance(Duration.ofMillis(400));
        model.update();
        assertEquals(OptionalLong.of(FakeTicker.ORIGIN + 1_000_000_000L), model.nextWake());
        model.key(SPACE);
        assertEquals(OptionalLong.empty(), model.nextWake());
    }

    @Test
    void closeButton_beforeTheStart_leavesAtOnce() {
        model.prepare();
        assertEquals(Optional.of(Outcome.INTERRUPTED), model.requestClose());
        assertTrue(model.left());
        assertEquals(List.of("prepared", "closed"), setup.told);
    }

    @Test
    void closeButton_duringTheSession_asksAndCarriesOnWhenTheAnswerIsNo() {
        startInversion();
        assertEquals(Optional.empty(), model.requestClose());
        assertEquals(SessionScreen.Overlay.CONFIRM_CLOSE, session().overlay());
        assertEquals("Stop the session and close the window?", session().overlay().title());
        assertEquals(Optional.empty(), model.answerStop(false));
        assertEquals(SessionScreen.Overlay.NONE, session().overlay());
        model.command(Command.STOP);
        assertEquals(SessionScreen.Overlay.CONFIRM_STOP, session().overlay(), "the stop question is the plain one again");
    }

    @Test
    void closeButton_duringTheSession_stopsItAndLeavesWhenTheAnswerIsYes() {
        startInversion();
        advance(5);
        model.requestClose();
        assertEquals(Optional.of(Outcome.STOPPED), model.answerStop(true));
        assertTrue(model.left());
        assertEquals(List.of("prepared", "closed"), setup.told);
    }

    @Test
    void interrupt_tellsTheJournalFirstThenLetsEverythingGo() {
        startInversion();
        assertEquals(Outcome.INTERRUPTED, model.interrupt());
        assertEquals(List.of("prepared", "interrupted", "closed"), setup.told);
    }

    @Test
    void ctrlC_isNotASessionKeyInAWindow() {
        startInversion();
        assertEquals(Optional.empty(), model.key(Key.ctrl('c')));
        assertEquals(SessionState.RUNNING, session().state());
    }

    @Test
    void notice_isShownUntilTheEnd() {
        startInversion();
        model.notice(new Notice(Notice.Topic.SOUND, "Sound: stopped; the window will flash at each cue from now on."));
        assertEquals(Optional.of("Sound: stopped; the window will flash at each cue from now on."), session().notice());
    }

    @Test
    void details_showTheStepsWholeNote_andAnyKeyGoesBack() {
        startInversion();
        model.command(Command.DETAILS);
        SessionScreen open = session();
        model.key(Key.character('x'));

        assertEquals(SessionScreen.Overlay.DETAILS, open.overlay());
        assertEquals(Optional.of("Let your arms hang."), open.overlayText());
        assertEquals(SessionScreen.Overlay.NONE, session().overlay());
        assertEquals(SessionState.RUNNING, session().state());
    }

    @Test
    void aSeverePainScoreBeforeTheStart_isARedFlag_saidBeforeAnythingElse() {
        model.prepare();
        model.key(Key.character('9'));
        model.key(ENTER);
        SessionScreen flagged = session();
        model.key(Key.character('x'));

        assertEquals(SessionScreen.Overlay.RED_FLAG, flagged.overlay());
        assertEquals("Pain: a red flag", flagged.overlay().title());
        assertEquals(Optional.of(dev.hangtime.core.safety.RedFlags.SEVERE_PAIN), flagged.overlayText());
        assertEquals(SessionScreen.Overlay.NONE, session().overlay());
        assertEquals(SessionState.READY, session().state());
    }

    @Test
    void aLaptopThatSleepsInAHold_pausesIt_andTheWindowSaysForHowLong() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T20:00:00Z"));
        SessionModel watched = new SessionModel(Fixtures.facet(), ticker, now::get, setup, () -> { }, n -> { },
                "Back to the library");
        watched.prepare();
        watched.key(Key.of(Key.Name.ESCAPE));
        watched.key(SPACE);
        watched.key(ENTER);
        ticker.advance(Duration.ofSeconds(10));
        now.set(now.get().plusSeconds(10));
        watched.update();

        // Asleep for 5 minutes: the wall clock goes on, the monotonic clock stands still.
        now.set(now.get().plus(Duration.ofMinutes(5)));
        ticker.advance(Duration.ofMillis(100));
        now.set(now.get().plusMillis(100));
        watched.update();
        SessionScreen woke = (SessionScreen) watched.screen();

        assertEquals(SessionState.PAUSED, woke.state());
        assertEquals("Inversion 20°", woke.label());
        assertEquals(Optional.of("Hangtime did not run for 5:00 (the computer slept, or it was stopped)."),
                woke.notice());
    }
}
