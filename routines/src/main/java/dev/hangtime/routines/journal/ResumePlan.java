package dev.hangtime.routines.journal;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.JournalLine.Place;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a session that was cut off goes on: where the new run starts and what counts as done already.
 *
 * <p>A heat or ice segment goes on where it stopped, and if the pack stayed on while the program was down,
 * that time counts too, so the pack is never on for longer than the routine says; if that covers the whole
 * segment, it is done and the session goes on with the next. If the pack came off, the time it may have
 * stayed on after the last line the journal has (up to {@link SessionJournal#MARK_EVERY}) counts as well. Any other segment starts again from its
 * beginning (a hold or a set is not picked up half-way after a break), from its lead-in if it has one, and
 * the time done before the cut is credited to it.
 *
 * @param index the segment the new run starts at; the number of segments when nothing is left to run
 * @param already how much of that segment counts as done
 * @param down how long the session was down
 * @param packStayedOn the answer for a heat or ice segment
 * @param credit the time credited to the segment that was cut off, when the new run does not carry it on
 */
public record ResumePlan(CutOff cutOff, int index, Duration already, Duration down, Optional<Boolean> packStayedOn,
        Optional<Credit> credit) {

    /** Whether picking up {@code cutOff} asks if the pack stayed on: it stopped in a heat or ice segment. */
    public static boolean asksAboutPack(CutOff cutOff) {
        SegmentKind kind = cutOff.stop().place().kind();
        return (kind == SegmentKind.HEAT || kind == SegmentKind.ICE) && !cutOff.stop().finished();
    }

    /**
     * The plan for picking up {@code cutOff}, whose routine expands to {@code timeline}.
     *
     * @param packStayedOn whether the pack stayed on, when {@link #asksAboutPack} says it is asked; ignored
     *     otherwise
     * @throws IllegalArgumentException if the timeline is not the routine's (it has fewer segments), or the
     *     pack question is asked but not answered
     */
    public static ResumePlan of(CutOff cutOff, Timeline timeline, Optional<Boolean> packStayedOn) {
        List<Segment> segments = timeline.segments();
        Place place = cutOff.stop().place();
        if (place.index() >= segments.size() || segments.size() != cutOff.session().segments()) {
            throw new IllegalArgumentException("the routine has " + segments.size() + " segments, the session had "
                    + cutOff.session().segments());
        }
        Duration down = cutOff.ago();
        Duration spent = cutOff.stop().spent();
        if (cutOff.stop().finished()) {
            return new ResumePlan(cutOff, place.index() + 1, Duration.ZERO, down, Optional.empty(), Optional.empty());
        }
        Segment segment = segments.get(place.index());
        if (asksAboutPack(cutOff)) {
            if (packStayedOn.isEmpty()) {
                throw new IllegalArgumentException("ask whether the pack stayed on first");
            }
            // What the routine says, not what "+" made it in the run that was cut off: never longer on skin.
            Duration length = segment.length().orElseThrow();
            // Taken off: it may still have been on for up to a mark's interval after the last line, and
            // counting that errs on the side of the skin.
            Duration on = spent.plus(packStayedOn.get() ? down : min(down, SessionJournal.MARK_EVERY));
            if (on.compareTo(length) >= 0) {
                return new ResumePlan(cutOff, place.index() + 1, Duration.ZERO, down, packStayedOn,
                        Optional.of(new Credit(place, length, true)));
            }
            return new ResumePlan(cutOff, place.index(), on, down, packStayedOn, Optional.empty());
        }
        int from = place.index() > 0 && segments.get(place.index() - 1).kind() == SegmentKind.PREPARE
                ? place.index() - 1 : place.index();
        Optional<Credit> credit = spent.isZero() ? Optional.empty() : Optional.of(new Credit(place, spent, false));
        return new ResumePlan(cutOff, from, Duration.ZERO, down, Optional.empty(), credit);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Whether nothing is left to run: the segment cut off was the last, and it is done. */
    public boolean nothingLeft() {
        return index >= cutOff.session().segments();
    }
}
