package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.JournalLine.Place;
import dev.hangtime.routines.journal.JournalLine.ProcessRef;
import dev.hangtime.routines.journal.JournalLine.RoutineRef;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The journal lines of one session, written by hand: every time is seconds from the session's start, both
 * for {@code t} and for the wall clock, in the session's zone.
 */
public final class Script {

    static final ProcessRef GONE = new ProcessRef(999_999_999L, Optional.empty());

    final UUID id;
    private final Instant base;
    private ZoneId zone;
    private final List<JournalLine> lines = new ArrayList<>();

    public Script(int n, String start, String zone) {
        this.id = UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
        this.base = Instant.parse(start);
        this.zone = ZoneId.of(zone);
    }

    public static Place place(int index, SegmentKind kind) {
        String word = kind.word();
        return new Place(index, kind, word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
    }

    public static RoutineRef routine(String id) {
        return new RoutineRef(id, "Routine " + id, "hash-" + id, Optional.empty());
    }

    private OffsetDateTime wall(long seconds) {
        return base.plusSeconds(seconds).atZone(zone).toOffsetDateTime();
    }

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    public Script start(String routine, int segments, Integer painBefore) {
        lines.add(new JournalLine.Started(id, wall(0), zone, routine(routine), segments, segments, s(3600),
                painBefore == null ? OptionalInt.empty() : OptionalInt.of(painBefore), GONE));
        return this;
    }

    public Script begin(long at, int index, SegmentKind kind, long length) {
        lines.add(new JournalLine.SegmentBegan(id, wall(at), s(at), place(index, kind), Optional.of(s(length))));
        return this;
    }

    public Script end(long at, int index, SegmentKind kind, boolean completed, long spent) {
        lines.add(new JournalLine.SegmentEnded(id, wall(at), s(at), place(index, kind), completed, s(spent), false));
        return this;
    }

    /** A segment that ran its length: begins at {@code at} and ends {@code length} later. */
    public Script run(long at, int index, SegmentKind kind, long length) {
        return begin(at, index, kind, length).end(at + length, index, kind, true, length);
    }

    public Script cut(long at, int index, SegmentKind kind, long spent) {
        lines.add(new JournalLine.SegmentEnded(id, wall(at), s(at), place(index, kind), false, s(spent), true));
        return this;
    }

    public Script mark(long at, int index, long spent) {
        lines.add(new JournalLine.Mark(id, wall(at), s(at), index, s(spent)));
        return this;
    }

    public Script pause(long at, int index, long spent) {
        lines.add(new JournalLine.Paused(id, wall(at), s(at), index, s(spent)));
        return this;
    }

    public Script ended(long at, Ending how, long active) {
        lines.add(new JournalLine.Ended(id, wall(at), zone, s(at), how, s(active)));
        return this;
    }

    public Script continued(long at, int index, long already, long down, Boolean pack, Credit credit) {
        lines.add(new JournalLine.Continued(id, wall(at), zone, index, s(already), s(down), Optional.ofNullable(pack),
                Optional.ofNullable(credit), GONE));
        return this;
    }

    public Script painAfter(long at, Integer score, String note) {
        lines.add(new JournalLine.Pain(id, wall(at), zone, true,
                score == null ? OptionalInt.empty() : OptionalInt.of(score), Optional.ofNullable(note)));
        return this;
    }

    /** Later lines are stamped in {@code newZone}, as on a device that has travelled. */
    public Script movesTo(String newZone) {
        zone = ZoneId.of(newZone);
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(LineWriter.write(line)).append('\n'));
        return text.toString();
    }

    /** A pain score given on its own, at {@code instant} in {@code zone}. */
    public static String dayPain(int n, String instant, String zone, int score) {
        ZoneId z = ZoneId.of(zone);
        return LineWriter.write(new JournalLine.Pain(UUID.fromString(String.format("00000000-0000-4000-9000-%012d", n)),
                Instant.parse(instant).atZone(z).toOffsetDateTime(), z, false, OptionalInt.of(score),
                Optional.empty())) + "\n";
    }
}
