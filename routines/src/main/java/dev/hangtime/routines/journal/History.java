package dev.hangtime.routines.journal;

import dev.hangtime.routines.journal.JournalLine.Pain;
import dev.hangtime.routines.journal.JournalLine.Repaired;
import dev.hangtime.routines.journal.JournalLine.Started;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private History(List<SessionRecord> sessions, List<PainRecord> painDays, List<JournalProblem> problems) {
        this.sessions = List.copyOf(sessions);
        this.painDays = List.copyOf(painDays);
        this.problems = List.copyOf(problems);
    }

    /** Reads every journal file in {@code folder}. */
    public static History read(Path folder) {
        return of(JournalReader.read(folder));
    }

    /** The history {@code contents} tell. */
    public static History of(JournalContents contents) {
        Map<UUID, Path> owner = new HashMap<>();
        for (JournalEntry entry : contents.entries()) {
            if (entry.content() instanceof Started) {
                owner.putIfAbsent(entry.content().session(), entry.file());
            }
        }
        Map<UUID, SessionFold> folds = new LinkedHashMap<>();
        List<PainRecord> painDays = new ArrayList<>();
        Map<Path, Integer> copied = new LinkedHashMap<>();
        Map<Path, Integer> orphans = new LinkedHashMap<>();
        for (JournalEntry entry : contents.entries()) {
            JournalLine line = entry.content();
            if (line instanceof Repaired) {
                continue;
            }
            if (line instanceof Pain && !((Pain) line).afterSession()) {
                Pain pain = (Pain) line;
                painDays.add(new PainRecord(pain.session(), entry.device(), pain.wall().atZoneSameInstant(pain.zone()),
                        pain.score(), pain.note()));
                continue;
            }
            Path file = owner.get(line.session());
            if (file == null) {
                orphans.merge(entry.file(), 1, Integer::sum);
            } else if (!file.equals(entry.file())) {
                copied.merge(entry.file(), 1, Integer::sum);
            } else if (line instanceof Started) {
                folds.putIfAbsent(line.session(), new SessionFold((Started) line, entry.device()));
            } else {
                folds.get(line.session()).add(line);
            }
        }
        List<JournalProblem> problems = new ArrayList<>(contents.problems());
        orphans.forEach((file, n) -> problems.add(new JournalProblem(file, 0, lines(n)
                + " of sessions whose first line is missing; skipped")));
        copied.forEach((file, n) -> problems.add(new JournalProblem(file, 0, lines(n)
                + " of sessions kept in another journal file (is this file a copy?); skipped")));
        List<SessionRecord> sessions = new ArrayList<>();
        folds.values().forEach(fold -> sessions.add(fold.record()));
        sessions.sort(Comparator.comparing((SessionRecord s) -> s.start().toInstant()).reversed());
        painDays.sort(Comparator.comparing((PainRecord p) -> p.when().toInstant()).reversed());
        return new History(sessions, painDays, problems);
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

    /** What could not be read, file by file. */
    public List<JournalProblem> problems() {
        return problems;
    }
}
