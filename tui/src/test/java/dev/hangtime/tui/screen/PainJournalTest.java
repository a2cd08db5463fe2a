package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.control.Routines;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import dev.hangtime.routines.journal.JournalWriter;
import dev.hangtime.routines.journal.RoutineHash;
import dev.hangtime.routines.journal.SessionJournal;
import dev.hangtime.routines.journal.SessionRecord;
import dev.hangtime.routines.session.JournalPainScores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The scores given on the session screen and its end page, read back from a real journal. */
class PainJournalTest {

    @TempDir
    Path folder;

    private JournalWriter writer;

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    /** The facet routine kept in a journal in the temporary folder, its scores asked for on screen. */
    private Driver kept() {
        Clock clock = Clock.systemDefaultZone();
        writer = JournalWriter.open(folder, "test-device", clock, trouble -> { throw new AssertionError(trouble); });
        return new Driver(Routines.facet(), Optional.empty(), false, Afterwards.EXIT, (session, ticker) -> {
            RoutineRef ref = new RoutineRef("test", "Facet joint relief", RoutineHash.of(Routines.facet().routine()),
                    Optional.empty());
            SessionJournal journal = SessionJournal.of(writer, clock, ticker, ref, OptionalInt.empty());
            session.addListener(journal);
            return Optional.of(new JournalPainScores(journal, true));
        });
    }

    private SessionRecord theSession() {
        writer.close();
        History history = History.read(folder);
        assertEquals(List.of(), history.problems());
        return history.sessions().get(0);
    }

    @Test
    void scoresBeforeAndAfter_areTheSessionsInTheJournal() {
        Driver driver = kept();

        driver.press(Keys.ch('6'), Keys.ENTER).startAndPassThePrompt().after(140).press(Keys.ch('2'), Keys.ENTER);

        SessionRecord session = theSession();
        assertEquals(List.of(OptionalInt.of(6), OptionalInt.of(2), Optional.empty()),
                List.of(session.painBefore(), session.painAfter(), session.note()));
    }

    @Test
    void bothSkipped_leaveTheSessionWithoutScores() {
        Driver driver = kept();

        driver.press(Keys.ESC).startAndPassThePrompt().after(140).press(Keys.ENTER, Keys.ENTER);

        SessionRecord session = theSession();
        assertEquals(List.of(OptionalInt.empty(), OptionalInt.empty()), List.of(session.painBefore(), session.painAfter()));
    }

    @Test
    void spaceWithAScoreTyped_startsTheSessionAndKeepsTheScoreBefore() {
        Driver driver = kept();

        driver.press(Keys.ch('4'), Keys.SPACE, Keys.ENTER).after(140).press(Keys.ch('3'), Keys.ENTER);

        SessionRecord session = theSession();
        assertEquals(List.of(OptionalInt.of(4), OptionalInt.of(3)), List.of(session.painBefore(), session.painAfter()));
    }

    @Test
    void spaceBeforeAnswering_startsTheSessionWithNoScoreBefore() {
        Driver driver = kept();

        driver.press(Keys.SPACE, Keys.ENTER).after(140).press(Keys.ch('3'), Keys.ENTER);

        SessionRecord session = theSession();
        assertEquals(List.of(OptionalInt.empty(), OptionalInt.of(3)), List.of(session.painBefore(), session.painAfter()));
    }
}
