package dev.hangtime.routines.journal;

import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.PlanStarted;
import dev.hangtime.routines.journal.JournalLine.PlanStopped;
import dev.hangtime.routines.journal.JournalLine.Repaired;
import dev.hangtime.routines.journal.JournalLine.Safety;
import dev.hangtime.routines.journal.JournalLine.Started;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sessions and pain scores a journal folder holds, merged across every device's file, newest first.
 *
 * <p>A session's lines are all in the file of the device that started it. Lines of that session in any
 * other file are left out and reported, since they can only come from a copy of the file (a sync tool's
 * "conflicted copy", say): counting them would count the session twice.
 */
public final class History {

    private final List<SessionRecord> sessions;
    private final List<PainRecord> painDays;
    private final List<JournalProblem> problems;
    private final List<SafetyRecord> safetyAnswers;
    private final List<PlanEvent> planEvents;

    private History(List<SessionRecord> sessions, List<PainRecord> painDays, List<JournalProblem> problems,
            List<SafetyRecord> safetyAnswers, List<PlanEvent> planEvents) {
        this.sessions = List.copyOf(sessions);
        this.painDays = List.copyOf(painDays);
        this.problems = List.copyOf(problems);
        this.safetyAnswers = List.copyOf(safetyAnswers);
        this.planEvents = List.copyOf(planEvents);
    }

    /**
     * Reads every journal file in {@code folder}, folding each line into its session as it is read: what it holds
     * is a record per session, however many lines the journal has.
     */
    public static History read(Path folder) {
        Folding folding = new Folding();
        JournalReader.read(folder, folding);
        return folding.history();
    }

    /** The history {@code contents} tell. */
    public static History of(JournalContents contents) {
        Folding folding = new Folding();
        contents.problems().forEach(folding::problem);
        for (JournalEntry entry : contents.entries()) {
            folding.line(entry.device(), entry.file(), entry.line(), entry.content());
        }
        return folding.history();
    }

    /**
     * Lines into sessions, as they come, file after file. A session belongs to the first file, in reading order,
     * that has its first line. Lines of a session whose first line has not been read yet are only counted, file by
     * file, until it is known where it belongs: they are then left out, as copies (another file has it), or as
     * lines of a session whose first line is missing (none has it, or it comes after them in their own file).
     */
    private static final class Folding implements JournalReader.Sink {
        private final Map<UUID, SessionFold> folds = new LinkedHashMap<>();
        private final Map<UUID, Map<Path, Integer>> waiting = new HashMap<>();
        private final List<PainRecord> painDays = new ArrayList<>();
        /** By id: a copy of a file (a sync tool's conflicted copy) must not count a line twice. */
        private final Map<UUID, SafetyRecord> safetyAnswers = new LinkedHashMap<>();
        private final Map<UUID, PlanEvent> planEvents = new LinkedHashMap<>();
        private final List<JournalProblem> problems = new ArrayList<>();
        /** Lines left out, by file, in reading order. */
        private final Map<Path, int[]> leftOut = new LinkedHashMap<>();
        private static final int ORPHANS = 0;
        private static final int COPIED = 1;
        private UUID lastSession;
        private SessionFold lastFold;

        @Override
        public void problem(JournalProblem problem) {
            problems.add(problem);
        }

        @Override
        public void line(String device, Path file, int number, JournalLine line) {
            if (line instanceof Repaired) {
                return;
            }
            if (line instanceof Safety) {
                Safety safety = (Safety) line;
                safetyAnswers.putIfAbsent(safety.session(), new SafetyRecord(safety.session(), device,
                        safety.wall().atZoneSameInstant(safety.zone()), safety.list(), safety.answer()));
                return;
            }
            if (line instanceof PlanStarted || line instanceof PlanStopped) {
                planEvents.putIfAbsent(line.session(), PlanEvent.of(device, line));
                return;
            }
            if (line instanceof Pain && !((Pain) line).afterSession()) {
                Pain pain = (Pain) line;
                painDays.add(new PainRecord(pain.session(), device, pain.wall().atZoneSameInstant(pain.zone()),
                        pain.score(), pain.note()));
                return;
            }
            // A session's lines mostly come one after another, with the one id the reader gave the line before.
            SessionFold fold = line.session() == lastSession ? lastFold : folds.get(line.session());
            if (fold == null) {
                if (line instanceof Started) {
                    started((Started) line, device, file);
                } else {
                    waiting.computeIfAbsent(line.session(), s -> new LinkedHashMap<>()).merge(file, 1, Integer::sum);
                    leftOut(file);
                }
            } else if (fold.file() != file && !fold.file().equals(file)) {
                leftOut(file)[COPIED]++;
            } else if (!(line instanceof Started)) {
                fold.add(line);
                lastSession = line.session();
                lastFold = fold;
            }
        }

        private void started(Started start, String device, Path file) {
            folds.put(start.session(), new SessionFold(start, device, file));
            Map<Path, Integer> before = waiting.remove(start.session());
            if (before != null) {
                before.forEach((where, n) -> leftOut(where)[where.equals(file) ? ORPHANS : COPIED] += n);
            }
        }

        private int[] leftOut(Path file) {
            return leftOut.computeIfAbsent(file, f -> new int[2]);
        }

        History history() {
            waiting.values().forEach(before -> before.forEach((file, n) -> leftOut(file)[ORPHANS] += n));
            leftOut.forEach((file, n) -> {
                if (n[ORPHANS] > 0) {
                    problems.add(new JournalProblem(file, 0, lines(n[ORPHANS])
                            + " of sessions whose first line is missing; skipped"));
                }
            });
            leftOut.forEach((file, n) -> {
                if (n[COPIED] > 0) {
                    problems.add(new JournalProblem(file, 0, lines(n[COPIED])
                            + " of sessions kept in another journal file (is this file a copy?); skipped"));
                }
            });
            List<SessionRecord> sessions = new ArrayList<>(folds.size());
            folds.values().forEach(fold -> sessions.add(fold.record()));
            folds.clear();
            sessions.sort(Comparator.comparing((SessionRecord s) -> s.start().toInstant()).reversed());
            painDays.sort(Comparator.comparing((PainRecord p) -> p.when().toInstant()).reversed());
            // Sorted by time, and lines of the same moment in the order they were read, which is the order a
            // device wrote them: the last one written is the one in force.
            List<SafetyRecord> answers = new ArrayList<>(safetyAnswers.values());
            answers.sort(Comparator.comparing((SafetyRecord a) -> a.when().toInstant()));
            Collections.reverse(answers);
            List<PlanEvent> events = new ArrayList<>(planEvents.values());
            events.sort(Comparator.comparing((PlanEvent e) -> e.when().toInstant()));
            return new History(sessions, painDays, problems, answers, events);
        }
    }

    private static String lines(int n) {
        return n == 1 ? "1 line" : n + " lines";
    }

    /** Every session, the one that started last first. */
    public List<SessionRecord> sessions() {
        return sessions;
    }

    /** Pain scores given outside a session, the latest first. */
    public List<PainRecord> painDays() {
        return painDays;
    }

    /** The answers given on the safety screen, and their resets, on every device: the latest first. */
    public List<SafetyRecord> safetyAnswers() {
        return safetyAnswers;
    }

    /**
     * Every plan started and stopped, on every device, in the order they happened, the earliest first (two at the
     * same moment in the order they were read).
     */
    public List<PlanEvent> planEvents() {
        return planEvents;
    }

    /** What could not be read, file by file. */
    public List<JournalProblem> problems() {
        return problems;
    }
}
