package dev.hangtime.core.cue;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionCuesTest {

    private static final Duration LEAD = ofMillis(50);

    private final FakeTicker ticker = new FakeTicker();
    private final RecordingPlayer player = new RecordingPlayer(ticker, LEAD);
    private final List<String> reported = new ArrayList<>();

    private static Timeline timeline(Step... steps) {
        Cues cues = new Cues(OptionalInt.of(3), Optional.of(true));
        return Expansion.expand(new Routine("test", "Test", Optional.empty(), List.of(), cues, List.of(steps)));
    }

    private static Rest rest(int seconds) {
        return new Rest(ofSeconds(seconds), StepStyle.NONE);
    }

    private Session session(Timeline timeline) {
        return new Session(timeline, ticker);
    }

    private SessionCues cues(Session session) {
        SessionCues cues = SessionCues.attach(session, ticker, 1, player);
        cues.addCueListener((cue, at) -> reported.add(cue.word() + "@" + at.toMillis()));
        return cues;
    }

    @Test
    void start_handsTheFirstCueBeforeTheOtherListenersHearOfTheStart() {
        Session session = session(timeline(rest(10)));
        cues(session);
        List<String> whenStartWasTold = new ArrayList<>();
        session.addListener(event -> {
            if (event instanceof dev.hangtime.core.session.SessionEvent.SessionStarted) {
                whenStartWasTold.add(player.played().size() + " played, " + reported.size() + " reported");
            }
        });

        session.start();

        assertEquals(List.of("1 played, 0 reported"), whenStartWasTold);
        assertEquals(List.of("start-rest@0"), player.heard());
        assertEquals(List.of("start-rest@0"), reported);
    }

    @Test
    void startAt_handsTheCueOfTheSegmentItStartsAt() {
        Session session = session(timeline(rest(10), new Inversion(20, ofSeconds(30), Optional.empty(), StepStyle.NONE)));
        cues(session);

        session.startAt(1, ofSeconds(5));

        assertEquals(List.of("start-inversion@0"), player.heard());
    }

    /**
     * A manual prompt, an inversion rocking every 5 s, a two-sided exercise and heat with skin checks, with
     * pips in the last 3 s and halfway on. The user says done 2 s in.
     */
    @Test
    void fullRoutine_eachCueIsHeardOnceAtItsMoment() {
        Session session = session(timeline(
                new Prompt("Lie down on the table", Optional.empty(), StepStyle.NONE),
                new Inversion(30, ofSeconds(20), Optional.of(ofSeconds(5)), StepStyle.NONE),
                Exercise.timed("Side bridge", ofSeconds(5), 1, Duration.ZERO, Sides.BOTH, StepStyle.NONE),
                new Heat(ofSeconds(8), Optional.of(ofSeconds(3)), StepStyle.NONE)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);

        session.start();
        loop.run(ofSeconds(2));
        session.done();
        loop.run(ofSeconds(60));

        assertEquals(List.of(
                "waiting@0",
                "start-inversion@2000",
                "oscillate@7000",
                "halfway@12000", // the rock at 10 s into the hold gives way to halfway
                "oscillate@17000",
                "countdown@19000", "countdown@20000", "countdown@21000",
                "start-exercise@22000",
                "countdown@24000", "halfway@24500", "countdown@25000", "countdown@26000",
                "switch-sides@27000",
                "countdown@29000", "halfway@29500", "countdown@30000", "countdown@31000",
                "start-heat@32000",
                "check-skin@35000",
                "halfway@36000",
                "countdown@37000", "countdown@38000", "countdown@39000", // the skin check at 38 s gives way to the pip
                "complete@40000"), player.heard());
    }

    @Test
    void knownAhead_isHandedOverTheLeadEarly_andTheUnforeseenAtOnce() {
        Session session = session(timeline(
                new Prompt("Lie down", Optional.empty(), StepStyle.NONE), rest(2)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);

        session.start();
        loop.run(ofSeconds(1));
        session.done();
        loop.run(ofSeconds(5));

        assertEquals(List.of(
                new RecordingPlayer.Played("waiting", at(0), at(0)),
                new RecordingPlayer.Played("start-rest", at(1000), at(1000)),
                new RecordingPlayer.Played("countdown", at(2000), at(2000) - LEAD.toNanos()),
                new RecordingPlayer.Played("complete", at(3000), at(3000) - LEAD.toNanos())), player.played());
    }

    private static long at(long millis) {
        return FakeTicker.ORIGIN + millis * 1_000_000;
    }

    @Test
    void listener_isToldEachCueWithItsMomentInTheSession() {
        Session session = session(timeline(rest(2)));
        SessionCues cues = cues(session);

        session.start();
        new FrontEndLoop(session, cues, ticker).run(ofSeconds(5));

        assertEquals(List.of("start-rest@0", "countdown@1000", "complete@2000"), reported);
    }

    @Test
    void loopWakingLate_stillSoundsEachCueOnce() {
        Session session = session(timeline(rest(2), rest(2)));
        SessionCues cues = cues(session);
        session.start();

        ticker.advance(ofMillis(1_010));
        cues.update();
        session.update();
        ticker.advance(ofSeconds(1));
        cues.update();
        session.update();

        assertEquals(List.of("start-rest@0", "countdown@1010", "start-rest@2010"), player.heard());
    }

    @Test
    void pauseWithinTheLead_dropsTheCueAndSoundsItAfterResuming() {
        Session session = session(timeline(rest(10)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);
        session.start();
        loop.run(ofMillis(6_970));

        session.pause();
        ticker.advance(ofSeconds(60));
        session.resume();
        loop.run(ofSeconds(1));

        assertEquals(List.of("start-rest@0", "halfway@5000", "countdown@67000", "countdown@68000"), player.heard());
        assertEquals(1, player.cancels());
    }

    @Test
    void addTime_afterACountdownPipWasHanded_movesThePipsToTheNewEnd() {
        Session session = session(timeline(rest(10)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);
        session.start();
        loop.run(ofMillis(6_980));

        session.addTime(ofSeconds(30));
        loop.run(ofSeconds(40));

        assertEquals(List.of("start-rest@0", "halfway@5000", "halfway@20000",
                "countdown@37000", "countdown@38000", "countdown@39000", "complete@40000"), player.heard());
    }

    @Test
    void skip_soundsTheNextStartAtOnce_andDropsItsPipsHandedAhead() {
        Session session = session(timeline(rest(10), new Inversion(20, ofSeconds(30), Optional.empty(), StepStyle.NONE)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);
        session.start();
        loop.run(ofMillis(8_960));

        session.skip();

        assertEquals(List.of("start-rest@0", "halfway@5000", "countdown@7000", "countdown@8000", "start-inversion@8960"),
                player.heard());
    }

    @Test
    void back_toTheStartOfTheSameStep_soundsItsStartAgain() {
        Session session = session(timeline(rest(10)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);
        session.start();
        loop.run(ofSeconds(4));

        session.back();

        assertEquals(List.of("start-rest@0", "start-rest@4000"), player.heard());
    }

    @Test
    void stop_soundsNoCompletion() {
        Session session = session(timeline(rest(10)));
        SessionCues cues = cues(session);
        session.start();
        ticker.advance(ofSeconds(4));

        session.stop();

        assertEquals(List.of("start-rest@0"), player.heard());
    }

    @Test
    void muted_soundsAndReportsNothing_untilSoundIsOnAgain() {
        Session session = session(timeline(rest(5), rest(5)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);
        cues.setMuted(true);
        session.start();
        loop.run(ofSeconds(6));

        cues.setMuted(false);
        loop.run(ofSeconds(6));

        List<String> expected = List.of("countdown@7000", "halfway@7500", "countdown@8000", "countdown@9000",
                "complete@10000");
        assertEquals(expected, player.heard());
        assertEquals(expected, reported);
    }

    @Test
    void muting_dropsWhatWasHandedAhead() {
        Session session = session(timeline(rest(5)));
        SessionCues cues = cues(session);
        FrontEndLoop loop = new FrontEndLoop(session, cues, ticker);
        session.start();
        loop.run(ofMillis(1_980));

        cues.setMuted(true);
        loop.run(ofSeconds(5));

        assertEquals(List.of("start-rest@0"), player.heard());
    }

    @Test
    void preview_tellsThePlayerRealDelays() {
        FakeTicker fast = ticker;
        Session session = new Session(timeline(rest(10)), fast);
        SessionCues cues = SessionCues.attach(session, fast, 10, player);
        session.start();
        fast.advance(ofMillis(6_600));

        cues.update();

        // 400 ms of session time ahead at ten times real time is 40 ms of real time.
        assertEquals(List.of(new RecordingPlayer.Played("countdown", at(6_640), at(6_600))), player.played().subList(1, 2));
    }

    @Test
    void manualStepOnTheSecondSide_soundsTheSwitch() {
        Exercise dog = Exercise.reps("Bird-dog", List.of(5), Optional.empty(), Duration.ZERO, Duration.ZERO,
                Sides.BOTH, StepStyle.NONE);
        Session session = session(timeline(dog));
        SessionCues cues = cues(session);
        session.start();

        session.done();

        assertEquals(List.of("waiting@0", "switch-sides@0"), player.heard());
    }

    /** A voice that "says" anything in 10 ms of silence named after the words, at once. */
    private static Optional<Sound> say(String text) {
        return Optional.of(new Sound("say: " + text, new float[441]));
    }

    @Test
    void voice_announcesEachStepAfterItsTone() {
        Session session = new Session(Expansion.expand(new Routine("test", "Test", Optional.empty(), List.of(),
                new Cues(OptionalInt.of(0), Optional.of(false)),
                List.of(new Inversion(30, ofSeconds(3), Optional.empty(), StepStyle.NONE), rest(2)))), ticker);
        SessionCues cues = cues(session);
        cues.speak(SessionCuesTest::say, Runnable::run, ticker);

        session.start();
        new FrontEndLoop(session, cues, ticker).run(ofSeconds(10));

        // Each announcement follows its tone's end by 100 ms: the inversion's tone lasts 600 ms, rest's 700.
        assertEquals(List.of(
                "start-inversion@0", "say: Inversion 30 degrees, 3 seconds@700",
                "start-rest@3000", "say: Come up slowly. Rest, 2 seconds@3800",
                "complete@5000", "say: Session complete@6050"), player.heard());
        assertEquals(List.of("start-inversion@0", "start-rest@3000", "complete@5000"), reported);
    }

    @Test
    void voice_thatCannotSpeak_leavesTheTones() {
        Session session = session(timeline(rest(2)));
        SessionCues cues = cues(session);
        cues.speak(text -> Optional.empty(), Runnable::run, ticker);

        session.start();
        new FrontEndLoop(session, cues, ticker).run(ofSeconds(5));

        assertEquals(List.of("start-rest@0", "countdown@1000", "complete@2000"), player.heard());
    }
}
