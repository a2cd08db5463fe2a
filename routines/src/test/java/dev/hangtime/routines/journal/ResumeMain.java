package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Picks up the session cut off on device {@code laptop}, as {@code hangtime resume} does, for the test that starts
 * two of these at once: {@code ResumeMain FOLDER NAME}. Each finds the session and plans, then waits until the
 * other has too (a file named after each in the folder's {@code ready} folder says so), then goes on; it prints
 * {@code continued} or {@code refused: } and why, and stays a while, as a session that goes on would.
 */
public final class ResumeMain {

    private ResumeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path ready = Files.createDirectories(folder.resolve("ready"));
        Clock clock = Clock.systemUTC();
        CutOff cutOff = CutOff.find(History.read(folder), "laptop", clock.instant(), ProcessRef::isAlive).found()
                .orElseThrow();
        Timeline timeline = Expansion.expand(new Routine("ice", "Routine ice", Optional.empty(), List.of(),
                dev.hangtime.core.routine.Cues.INHERIT, List.of(new Inversion(20, Duration.ofSeconds(60),
                        Optional.empty(), StepStyle.NONE), new Ice(Duration.ofSeconds(900), Optional.empty(),
                        StepStyle.NONE))));
        ResumePlan plan = ResumePlan.of(cutOff, timeline, Optional.of(false));
        Files.createFile(ready.resolve(args[1]));
        while (true) {
            try (var names = Files.list(ready)) {
                if (names.count() >= 2) {
                    break;
                }
            }
            Thread.sleep(5);
        }
        JournalWriter writer = JournalWriter.open(folder, "laptop", clock, trouble -> System.out.println(trouble));
        try {
            SessionJournal journal = SessionJournal.continuing(writer, clock, Ticker.system(), plan);
            Session session = new Session(timeline, Ticker.system());
            session.addListener(journal);
            session.startAt(plan.index(), plan.already());
            System.out.println("continued");
            System.out.flush();
            Thread.sleep(3000);
            journal.interrupted();
            session.stop();
        } catch (RuntimeException e) {
            System.out.println("refused: " + e.getMessage());
        } finally {
            writer.close();
        }
    }
}
