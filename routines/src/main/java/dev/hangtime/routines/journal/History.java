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
 * <p>A session's lines are all in the file of the device that started it, but a file-sync tool may leave
 * copies of that file beside it (a "conflicted copy"), each holding a version of it: the lines it had when it was
 * copied. Copies are merged by content, never by which name sorts first. Each copy of a file is an earlier or
 * later version of the same appended lines, so a session found in several files is taken from the file that
 * holds most of its lines, which holds the others' too, and counted once; a pain score given on its own counts
 * once by its id, in however many files it is. A copy a sync tool names as such ({@link DeviceName#isSyncCopy})
 * belongs to the device whose file it copies, and is merged without a word; lines of a session kept in another
 * device's file are reported, since two devices never write one session.
 */
public final class History {

    /**
     * The most sessions and pain scores given on their own that one file may hold: two sessions a day for 27
     * years. What a file holds beyond is left out, so that a file made to look like a journal cannot fill memory
     * with records; each one kept costs some hundred bytes.
     */
    static final int MAX_RECORDS_PER_FILE = 20_000;

    /** The most sessions whose lines are counted while their first line is awaited; beyond, they are orphans. */
    static final int MAX_WAITING = 20_000;

    private final List<SessionRecord> sessions;
    private final List<PainRecord> painDays;
    private final List<JournalProblem> problems;
    /** The line each session starts at in the file it is taken from. */
    private final Map<UUID, Integer> startLines;
    private final List<SafetyRecord> safetyAnswers;
    private final List<PlanEvent> planEvents;

    private History(List<SessionRecord> sessions, List<PainRecord> painDays, List<JournalProblem> problems,
            Map<UUID, Integer> startLines, List<SafetyRecord> safetyAnswers, List<PlanEvent> planEvents) {
        this.sessions = List.copyOf(sessions);
        this.painDays = List.copyOf(painDays);
        this.problems = List.copyOf(problems);
        this.startLines = startLines;
        this.safetyAnswers = List.copyOf(safetyAnswers);
        this.planEvents = List.copyOf(planEvents);
    }

    /**
     * Reads every journal file in {@code folder}, folding each line into its session as it is read: what it holds
     * is a record per session and per copy of it, however many lines the journal has.
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
     * Lines into sessions, as they come, file after file. Each file that has a session's first line gets a fold of
     * its own for it, a version; the version with the most lines is the session. Lines of a session in a file
     * before its first line there are only counted, file by file, until it is known what they are: lines of a
     * session whose first line is missing (no file has it, or it comes after them in their own file), or lines of
     * a copy that lacks it.
     */
    private static final class Folding implements JournalReader.Sink {
        /** The first version of each session found; usually the only one. */
        private final Map<UUID, SessionFold> folds = new LinkedHashMap<>();
        /** Further versions, in copies of the file. */
        private final Map<UUID, List<SessionFold>> copies = new HashMap<>();
        private final Map<UUID, Map<Path, Integer>> waiting = new HashMap<>();
        private final Map<UUID, PainRecord> painDays = new LinkedHashMap<>();
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
        /** Sessions and pain scores each file gave, and the line of the first one past the limit. */
        private final Map<Path, int[]> records = new HashMap<>();
        private static final int COUNT = 0;
        private static final int FULL_AT = 1;
        private Path lastFile;
        private int[] lastRecords;

        @Override
        public void problem(JournalProblem problem) {
            problems.add(problem);
        }

        @Override
        public void line(String device, Path file, int number, JournalLine line) {
            if (line instanceof Repaired) {
                return;
            }
            if (file != lastFile) {
                // Lines come file after file: the tally is looked up once a file, not once a line.
                lastFile = file;
                lastRecords = records.computeIfAbsent(file, f -> new int[2]);
            }
            int[] kept = lastRecords;
            if (kept[FULL_AT] > 0) {
                return;
            }
            boolean record = line instanceof Started || line instanceof Pain && !((Pain) line).afterSession();
            if (record && ++kept[COUNT] > MAX_RECORDS_PER_FILE) {
                kept[FULL_AT] = number;
                problems.add(new JournalProblem(file, number, "the file holds more than "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_RECORDS_PER_FILE) + " sessions and pain"
                        + " scores, more than a journal gathers in a lifetime; from here on it is left out"));
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
                // The same score in a copy of the file is the same score: its id says so.
                painDays.putIfAbsent(pain.session(), new PainRecord(pain.session(), device,
                        pain.wall().atZoneSameInstant(pain.zone()), pain.score(), pain.note()));
                return;
            }
            // A session's lines mostly come one after another, with the one id the reader gave the line before.
            SessionFold fold = line.session() == lastSession && lastFold.file() == file ? lastFold
                    : version(line.session(), file);
            if (fold == null) {
                if (line instanceof Started) {
                    started((Started) line, device, file, number);
                } else if (waiting.size() < MAX_WAITING || waiting.containsKey(line.session())) {
                    waiting.computeIfAbsent(line.session(), s -> new LinkedHashMap<>()).merge(file, 1, Integer::sum);
                    leftOut(file);
                } else {
                    leftOut(file)[ORPHANS]++;
                }
            } else if (!(line instanceof Started)) {
                fold.add(line);
                lastSession = line.session();
                lastFold = fold;
            }
        }

        /** The version of {@code session} that {@code file} holds, or null. */
        private SessionFold version(UUID session, Path file) {
            SessionFold first = folds.get(session);
            if (first == null || first.file().equals(file)) {
                return first;
            }
            for (SessionFold other : copies.getOrDefault(session, List.of())) {
                if (other.file().equals(file)) {
                    return other;
                }
            }
            return null;
        }

        private void started(Started start, String device, Path file, int number) {
            SessionFold fold = new SessionFold(start, device, file, number);
            if (folds.putIfAbsent(start.session(), fold) != null) {
                copies.computeIfAbsent(start.session(), s -> new ArrayList<>(1)).add(fold);
            }
            Map<Path, Integer> before = waiting.get(start.session());
            if (before != null) {
                Integer here = before.remove(file);
                if (here != null) {
                    leftOut(file)[ORPHANS] += here;
                }
                if (before.isEmpty()) {
                    waiting.remove(start.session());
                }
            }
        }

        private int[] leftOut(Path file) {
            return leftOut.computeIfAbsent(file, f -> new int[2]);
        }

        History history() {
            List<SessionRecord> sessions = new ArrayList<>(folds.size());
            Map<UUID, Integer> startLines = new HashMap<>();
            for (Map.Entry<UUID, SessionFold> entry : folds.entrySet()) {
                SessionFold kept = chosen(entry.getValue(), copies.getOrDefault(entry.getKey(), List.of()));
                sessions.add(kept.record());
                startLines.put(entry.getKey(), kept.startLine());
                Map<Path, Integer> stray = waiting.remove(entry.getKey());
                if (stray != null) {
                    // In files that lack the session's first line: lines of a copy made after it was left out.
                    stray.forEach((file, n) -> copied(kept, file, DeviceName.ofFile(file), n));
                }
            }
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
            folds.clear();
            copies.clear();
            sessions.sort(Comparator.comparing((SessionRecord s) -> s.start().toInstant()).reversed());
            List<PainRecord> pains = new ArrayList<>(painDays.values());
            pains.sort(Comparator.comparing((PainRecord p) -> p.when().toInstant()).reversed());
            // Sorted by time, and lines of the same moment in the order they were read, which is the order a
            // device wrote them: the last one written is the one in force.
            List<SafetyRecord> answers = new ArrayList<>(safetyAnswers.values());
            answers.sort(Comparator.comparing((SafetyRecord a) -> a.when().toInstant()));
            Collections.reverse(answers);
            List<PlanEvent> events = new ArrayList<>(planEvents.values());
            events.sort(Comparator.comparing((PlanEvent e) -> e.when().toInstant()));
            return new History(sessions, pains, problems, startLines, answers, events);
        }

        /**
         * The version of a session that holds most of its lines, the first read among equals; the others are
         * left out, and said to be when they are in another device's file.
         */
        private SessionFold chosen(SessionFold first, List<SessionFold> others) {
            SessionFold kept = first;
            for (SessionFold other : others) {
                if (other.lines() > kept.lines()) {
                    kept = other;
                }
            }
            for (SessionFold version : others.isEmpty() ? List.<SessionFold>of() : allOf(first, others)) {
                if (version != kept) {
                    copied(kept, version.file(), version.device(), version.lines());
                }
            }
            return kept;
        }

        private static List<SessionFold> allOf(SessionFold first, List<SessionFold> others) {
            List<SessionFold> all = new ArrayList<>(others.size() + 1);
            all.add(first);
            all.addAll(others);
            return all;
        }

        /** {@code n} lines of {@code kept}'s session in {@code file}, left out as a copy. */
        private void copied(SessionFold kept, Path file, String device, int n) {
            if (!device.equals(kept.device())) {
                leftOut(file)[COPIED] += n;
            }
        }
    }

    private static String lines(int n) {
        return n == 1 ? "1 line" : n + " lines";
    }

    /** Every session, the one that started last first. */
    public List<SessionRecord> sessions() {
        return sessions;
    }

    /**
     * The sessions of {@code device} (as {@link SessionRecord#device()} names it), the one started last first, as
     * its file tells: by where each starts in the file, which a device only ever appends to, and only between
     * sessions starting at the same line of two copies of the file, by their start. The wall clock alone could
     * be wrong: a session stamped years ahead by a clock set wrong would otherwise stay the latest for good.
     */
    public List<SessionRecord> sessionsOf(String device) {
        List<SessionRecord> mine = new ArrayList<>();
        for (SessionRecord session : sessions) {
            if (session.device().equals(device)) {
                mine.add(session);
            }
        }
        mine.sort(Comparator.comparing((SessionRecord s) -> startLines.get(s.id()))
                .thenComparing(s -> s.start().toInstant()).reversed());
        return mine;
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
