package dev.hangtime.tui.run;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.control.PainScores;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notices;
import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.EventRecorder;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.time.Ticker;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The loop on the real clock, sped up a thousandfold so that a minute runs in 60 ms. */
class SessionLoopTest {

    private static final int SPEED = 1000;

    private static Timeline timeline(Step... steps) {
        return Expansion.expand(new Routine("t", "Test", Optional.empty(), List.of(), Cues.INHERIT, List.of(steps)));
    }

    /**
     * The kinds of events other than cues: at a thousandfold speed a loop that wakes a millisecond late is a
     * second late in session time, and a cue that late is dropped by design.
     */
    private static String kinds(EventRecorder recorder) {
        return recorder.events().stream().filter(e -> !(e instanceof SessionEvent.Countdown))
                .map(e -> e.getClass().getSimpleName()).collect(Collectors.joining(" "));
    }

    private static SessionLoop loop(Timeline timeline, Session session, Ticker ticker, Runnable onWaitWithoutInput) {
        return new SessionLoop(new SessionController(timeline, session, ticker, SessionSetup.NONE, StandIn.NONE,
                Notices.NONE), ticker, SPEED, onWaitWithoutInput);
    }

    @Test
    void run_timedRoutine_completesOnItsOwn() throws InterruptedException {
        Ticker ticker = Ticker.scaled(Ticker.system(), SPEED);
        Timeline timeline = timeline(new Rest(ofSeconds(30), StepStyle.NONE),
                new Rest(ofSeconds(30), StepStyle.NONE));
        Session session = new Session(timeline, ticker);
        EventRecorder recorder = new EventRecorder();
        session.addListener(recorder);

        Outcome outcome = loop(timeline, session, ticker, () -> { }).run();

        assertEquals(Outcome.COMPLETED, outcome);
        assertEquals("SessionStarted SegmentStarted SegmentEnded SegmentStarted SegmentEnded SessionEnded",
                kinds(recorder));
        SessionEvent.SessionEnded end = (SessionEvent.SessionEnded) recorder.events().get(recorder.events().size() - 1);
        assertEquals(ofSeconds(60), end.active());
    }

    @Test
    void run_commandsFromStandardInput_reachTheSession() throws InterruptedException {
        Ticker ticker = Ticker.scaled(Ticker.system(), SPEED);
        Timeline timeline = timeline(new Prompt("Lock your ankles", Optional.empty(), StepStyle.NONE),
                new Prompt("Lie back", Optional.empty(), StepStyle.NONE),
                new Rest(ofSeconds(3600), StepStyle.NONE));
        Session session = new Session(timeline, ticker);
        EventRecorder recorder = new EventRecorder();
        session.addListener(recorder);
        SessionLoop loop = loop(timeline, session, ticker, () -> { });
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        InputReader.start(new ByteArrayInputStream("\nwat\n\nq\n".getBytes(StandardCharsets.UTF_8)), loop,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Outcome outcome = loop.run();

        assertEquals(Outcome.STOPPED, outcome);
        assertEquals("SessionStarted SegmentStarted SegmentEnded SegmentStarted SegmentEnded SegmentStarted"
                + " SegmentEnded SessionEnded", kinds(recorder));
        assertEquals("hangtime: \"wat\" is not a command (empty line: done, p: pause or resume, n: skip, N: skip the"
                + " step, b: back, +: add 30 s, i: the step's full text, q: stop)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_atATerminal_asksForThePainAfter_refusesOneOffTheScale_andKeepsTheNext() throws Exception {
        Ticker ticker = Ticker.scaled(Ticker.system(), SPEED);
        Timeline timeline = timeline(new Prompt("Stretch", Optional.empty(), StepStyle.NONE));
        Session session = new Session(timeline, ticker);
        List<Integer> kept = new java.util.concurrent.CopyOnWriteArrayList<>();
        PainScores pain = new PainScores() {
            @Override
            public boolean asksBefore() {
                return false;
            }

            @Override
            public void before(int score) {
            }

            @Override
            public boolean after(int score) {
                kept.add(score);
                return true;
            }
        };
        SessionServices services = new SessionServices() {
            @Override
            public Optional<dev.hangtime.core.cue.SessionCues> cues() {
                return Optional.empty();
            }

            @Override
            public Optional<dev.hangtime.core.cue.SoundStatus> sound() {
                return Optional.empty();
            }

            @Override
            public void setMuted(boolean muted) {
            }

            @Override
            public Optional<PainScores> pain() {
                return Optional.of(pain);
            }

            @Override
            public void interrupted() {
            }

            @Override
            public void close() {
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        SessionLoop loop = new SessionLoop(new SessionController(timeline, session, ticker,
                (t, s, k, standIn, notices) -> services, StandIn.NONE, Notices.NONE), ticker, SPEED, () -> { })
                .askingPainAfter(printed);
        java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
        InputReader.start(new java.io.PipedInputStream(typing), loop, System.err);
        java.util.concurrent.CompletableFuture<Outcome> outcome = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return loop.run();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });

        typing.write("\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        awaitPrinted(out, "How is your pain now, 0–10?");
        typing.write("12\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        awaitPrinted(out, "not on the scale");
        typing.write("3\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();

        assertEquals(Outcome.COMPLETED, outcome.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(List.of(3), kept);
        assertEquals(List.of("How is your pain now, 0–10? Type it and Enter, or Enter alone to pass.",
                "12 is not on the scale: type a score from 0 to 10",
                "How is your pain now, 0–10? Type it and Enter, or Enter alone to pass.",
                "Pain 3 kept"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** Waits, up to a few seconds, until {@code out} holds {@code text}. */
    private static void awaitPrinted(ByteArrayOutputStream out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never printed: " + text + "; printed: " + out);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void run_waitingAfterInputEnded_stopsAndSaysWhy() throws InterruptedException {
        Ticker ticker = Ticker.scaled(Ticker.system(), SPEED);
        Timeline timeline = timeline(new Rest(ofSeconds(5), StepStyle.NONE),
                new Prompt("Lock your ankles", Optional.empty(), StepStyle.NONE));
        Session session = new Session(timeline, ticker);
        AtomicInteger told = new AtomicInteger();
        SessionLoop loop = loop(timeline, session, ticker, told::incrementAndGet);

        InputReader.start(new ByteArrayInputStream(new byte[0]), loop, System.err);
        Outcome outcome = loop.run();

        assertEquals(Outcome.STOPPED, outcome);
        assertEquals(1, told.get());
    }

    @Test
    void run_interrupt_stopsWithTheInterruptedOutcome() throws InterruptedException {
        Ticker ticker = Ticker.scaled(Ticker.system(), SPEED);
        Timeline timeline = timeline(new Rest(ofSeconds(3600), StepStyle.NONE));
        Session session = new Session(timeline, ticker);
        SessionLoop loop = loop(timeline, session, ticker, () -> { });

        loop.post(Command.INTERRUPT);
        Outcome outcome = loop.run();

        assertEquals(Outcome.INTERRUPTED, outcome);
        assertEquals(130, outcome.exitStatus());
    }
}
