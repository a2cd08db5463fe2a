package dev.hangtime.routines.journal;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import dev.hangtime.routines.journal.JournalLine.Ended;
import dev.hangtime.routines.journal.JournalLine.Mark;
import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.Paused;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.Resumed;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalLine.SegmentBegan;
import dev.hangtime.routines.journal.JournalLine.SegmentEnded;
import dev.hangtime.routines.journal.JournalLine.Started;
import dev.hangtime.routines.journal.JournalLine.TimeAdded;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's events as journal lines, read back from the file they were forced to. */
class SessionJournalTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Routine ROUTINE = new Routine("inv-ice", "Hang then ice", Optional.empty(), List.of(),
            new Cues(OptionalInt.of(0), Optional.of(false)), List.of(
                    new Inversion(20, ofSeconds(60), Optional.empty(), StepStyle.NONE),
                    new Ice(ofSeconds(600), Optional.empty(), StepStyle.NONE)));
    static final Timeline TIMELINE = Expansion.expand(ROUTINE);
    private static final Place INVERSION = new Place(0, SegmentKind.INVERSION, "Inversion 20°");
    private static final Place ICE = new Place(1, SegmentKind.ICE, "Ice");
    private static final RoutineRef REF = new RoutineRef("inv-ice", "Hang then ice", RoutineHash.of(ROUTINE),
            Optional.empty());

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock("2026-03-02T06:30:00Z", "Europe/Paris");
    private final FakeTicker ticker = new FakeTicker();
    private JournalWriter writer;

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    private SessionJournal journal(OptionalInt painBefore) {
        writer = JournalWriter.open(folder, "laptop", clock, trouble -> { throw new AssertionError(trouble); });
        return SessionJournal.of(writer, clock, ticker, REF, painBefore);
    }

    private void pass(Session session, int seconds) {
        ticker.advance(ofSeconds(seconds));
        clock.advance(ofSeconds(seconds));
        session.update();
    }

    private List<JournalLine> lines() {
        writer.flush(ofSeconds(5));
        JournalContents contents = JournalReader.read(folder);
        assertEquals(List.of(), contents.problems());
        return contents.entries().stream().map(JournalEntry::content).collect(Collectors.toList());
    }

    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse("2026-03-02T" + time + "+01:00");
    }

    @Test
    void aCompletedSession_keepsItsStartEverySegmentAndItsEnd() {
        SessionJournal journal = journal(OptionalInt.of(6));
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        UUID id = journal.sessionId();

        session.start();
        pass(session, 60);
        pass(session, 600);

        assertEquals(List.of(
                new Started(id, at("07:30:00"), PARIS, REF, 2, 2, ofSeconds(660), OptionalInt.of(6), ProcessRef.current()),
                new SegmentBegan(id, at("07:30:00"), Duration.ZERO, INVERSION, Optional.of(ofSeconds(60))),
                new SegmentEnded(id, at("07:31:00"), ofSeconds(60), INVERSION, true, ofSeconds(60), false),
                new SegmentBegan(id, at("07:31:00"), ofSeconds(60), ICE, Optional.of(ofSeconds(600))),
                new SegmentEnded(id, at("07:41:00"), ofSeconds(660), ICE, true, ofSeconds(600), false),
                new Ended(id, at("07:41:00"), PARIS, ofSeconds(660), Ending.COMPLETED, ofSeconds(660))), lines());
    }

    @Test
    void pausesAndAddedTime_keepTheTimeSpentInTheSegment() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        UUID id = journal.sessionId();
        session.start();
        pass(session, 60);
        pass(session, 10);

        session.pause();
        pass(session, 300);
        session.resume();
        pass(session, 5);
        session.addTime(ofSeconds(30));

        assertEquals(List.of(
                new Paused(id, at("07:31:10"), ofSeconds(70), 1, ofSeconds(10)),
                new Resumed(id, at("07:36:10"), ofSeconds(370), 1, ofSeconds(10)),
                new TimeAdded(id, at("07:36:15"), ofSeconds(375), 1, ofSeconds(30), ofSeconds(630))),
                lines().subList(4, 7));
    }

    /** The loop wakes when the session asks, through {@code span}, clocks and ticker together. */
    private void run(Session session, int seconds) {
        long until = ticker.read() + ofSeconds(seconds).toNanos();
        while (session.nextDue().isPresent() && session.nextDue().getAsLong() <= until) {
            long step = session.nextDue().getAsLong() - ticker.read();
            ticker.advance(Duration.ofNanos(step));
            clock.advance(Duration.ofNanos(step));
            session.update();
        }
        long rest = until - ticker.read();
        ticker.advance(Duration.ofNanos(rest));
        clock.advance(Duration.ofNanos(rest));
        session.update();
    }

    @Test
    void aSleepInTheIce_isKept_withThePackTimeInTheIcesEnd() {
        // given a watched session, 5 min into its ice
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker, clock);
        session.addListener(journal);
        UUID id = journal.sessionId();
        session.start();
        run(session, 360);

        // when the laptop sleeps 20 min, then wakes
        clock.advance(Duration.ofMinutes(20));
        run(session, 5);

        // then the time away is kept, and the ice's 25 min 5 s on the skin
        assertEquals(List.of(
                new JournalLine.TimeAway(id, at("07:56:05"), ofSeconds(365), 1, Duration.ofMinutes(20), ofSeconds(1505)),
                new SegmentEnded(id, at("07:56:05"), ofSeconds(365), ICE, true, ofSeconds(1505), false),
                new Ended(id, at("07:56:05"), PARIS, ofSeconds(365), Ending.COMPLETED, ofSeconds(1565))),
                lines().subList(4, 7));
    }

    @Test
    void aSleepInAHold_isKept_andTheHoldsTimeLeavesItOut() {
        // given a watched session, 30 s into its inversion
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker, clock);
        session.addListener(journal);
        UUID id = journal.sessionId();
        session.start();
        run(session, 30);

        // when the laptop sleeps 10 min and wakes, and the user goes on 20 s later for the hold's last 25 s
        clock.advance(Duration.ofMinutes(10));
        run(session, 25);
        session.resume();
        run(session, 25);

        // then the hold paused at 35 s, its pause and time away left out of its time
        assertEquals(List.of(
                new JournalLine.TimeAway(id, at("07:40:35"), ofSeconds(35), 0, Duration.ofMinutes(10), ofSeconds(35)),
                new Paused(id, at("07:40:35"), ofSeconds(35), 0, ofSeconds(35)),
                new Resumed(id, at("07:40:55"), ofSeconds(55), 0, ofSeconds(35)),
                new SegmentEnded(id, at("07:41:20"), ofSeconds(80), INVERSION, true, ofSeconds(60), false)),
                lines().subList(2, 6));
    }

    @Test
    void mark_whileASegmentRuns_saysHowFarIntoItTheSessionIs() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        session.start();
        pass(session, 60);
        ticker.advance(ofSeconds(40));
        clock.advance(ofSeconds(40));

        Optional<JournalLine> mark = journal.mark();

        assertEquals(Optional.of(new Mark(journal.sessionId(), at("07:31:40"), ofSeconds(100), 1, ofSeconds(40))), mark);
    }

    @Test
    void mark_beforeTheStartAndAfterTheEnd_isNone() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        Optional<JournalLine> before = journal.mark();
        session.start();
        session.stop();

        assertEquals(Optional.empty(), before);
        assertEquals(Optional.empty(), journal.mark());
    }

    @Test
    void stop_keepsTheSegmentWhereTheUserStoppedAndEndsAsStopped() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        UUID id = journal.sessionId();
        session.start();
        pass(session, 60);
        pass(session, 30);

        session.stop();

        assertEquals(List.of(
                new SegmentEnded(id, at("07:31:30"), ofSeconds(90), ICE, false, ofSeconds(30), false),
                new Ended(id, at("07:31:30"), PARIS, ofSeconds(90), Ending.STOPPED, ofSeconds(90))),
                lines().subList(4, 6));
    }

    @Test
    void interrupted_thenStopped_marksTheSegmentCutAndEndsAsInterrupted() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        UUID id = journal.sessionId();
        session.start();
        pass(session, 60);
        pass(session, 30);

        journal.interrupted();
        session.stop();

        assertEquals(List.of(
                new SegmentEnded(id, at("07:31:30"), ofSeconds(90), ICE, false, ofSeconds(30), true),
                new Ended(id, at("07:31:30"), PARIS, ofSeconds(90), Ending.INTERRUPTED, ofSeconds(90))),
                lines().subList(4, 6));
    }

    @Test
    void painAfter_isKeptUnderTheSessionsId() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        session.start();
        session.stop();

        boolean written = journal.painAfter(OptionalInt.of(2), Optional.of("looser"));

        assertTrue(written);
        List<JournalLine> lines = lines();
        assertEquals(new Pain(journal.sessionId(), at("07:30:00"), PARIS, true, OptionalInt.of(2), Optional.of("looser")),
                lines.get(lines.size() - 1));
    }

    @Test
    void painBefore_givenAfterAttachingButBeforeTheStart_isInTheStartLine() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);

        journal.painBefore(OptionalInt.of(7));
        session.start();

        assertEquals(new Started(journal.sessionId(), at("07:30:00"), PARIS, REF, 2, 2, ofSeconds(660), OptionalInt.of(7),
                ProcessRef.current()), lines().get(0));
    }

    @Test
    void painBefore_givenAgain_replacesTheScoreOfTheCommandLine() {
        SessionJournal journal = journal(OptionalInt.of(3));
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);

        journal.painBefore(OptionalInt.empty());
        session.start();

        assertEquals(OptionalInt.empty(), ((Started) lines().get(0)).painBefore());
    }

    @Test
    void painBefore_beforeTheStart_writesNothing() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);

        journal.painBefore(OptionalInt.of(4));

        assertEquals(List.of(), lines());
    }

    @Test
    void painBefore_onceTheSessionHasStarted_isRefused() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        session.start();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> journal.painBefore(OptionalInt.of(5)));

        assertEquals("the session has started: its start line is written", e.getMessage());
    }

    @Test
    void painBefore_outsideZeroToTen_isRefused() {
        SessionJournal journal = journal(OptionalInt.empty());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> journal.painBefore(OptionalInt.of(11)));

        assertEquals("a pain score is 0–10, not 11", e.getMessage());
    }

    @Test
    void painBeforeAndAfter_readBackAsTheSessionsScores() {
        SessionJournal journal = journal(OptionalInt.empty());
        Session session = new Session(TIMELINE, ticker);
        session.addListener(journal);
        journal.painBefore(OptionalInt.of(6));
        session.start();
        pass(session, 20);
        session.stop();

        journal.painAfter(OptionalInt.of(3), Optional.empty());

        SessionRecord record = History.read(folder).sessions().get(0);
        assertEquals(List.of(OptionalInt.of(6), OptionalInt.of(3), Optional.empty()),
                List.of(record.painBefore(), record.painAfter(), record.note()));
    }
}
