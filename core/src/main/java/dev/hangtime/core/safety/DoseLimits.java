package dev.hangtime.core.safety;

import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.SegmentKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long a step may be made with "+" before Hangtime asks first: ice or heat past 20 minutes, and a static
 * inversion hold past its limit. Outside a plan, the limit of a hold is the routine format's (2 minutes above
 * 60°, 5 minutes otherwise), so "+" asks exactly where a routine file would be warned about; inside a plan, it is
 * the longest hold the plan sets for the week. Rocking (an inversion with {@code oscillate}) is no static hold,
 * and a step near level (10° or less) is the pause between holds, not a hold.
 *
 * @param planHold the longest static hold of the plan's current week, when the session is run for a plan
 */
public record DoseLimits(Optional<Duration> planHold) {

    /** Ice and heat: 15–20 minutes, never over 20 (common clinical advice). */
    public static final Duration PACK = Duration.ofMinutes(20);
    /** Above this angle, a hold is steep. */
    public static final int STEEP = 60;
    /** A steep hold: at most 2 minutes at a time (the table makers' manuals). */
    public static final Duration STEEP_HOLD = Duration.ofMinutes(2);
    /** Any static hold: at most 5 minutes (the routine format's warning). */
    public static final Duration STATIC_HOLD = Duration.ofMinutes(5);
    /** At or below this angle a step is near level: a pause between holds. */
    public static final int NEAR_LEVEL = 10;

    /** What the user is told to do to add the time anyway. */
    private static final String ADD_ANYWAY = " Press + again to add 30 seconds anyway.";

    /** The limits of a session outside any plan. */
    public static final DoseLimits STANDARD = new DoseLimits(Optional.empty());

    /** The limits of a session of a plan whose week holds for at most {@code hold}. */
    public static DoseLimits ofPlan(Duration hold) {
        return new DoseLimits(Optional.of(hold));
    }

    /**
     * Why making {@code segment} last {@code length} should be asked about first, in words for the user, or empty
     * when it is within its limit.
     */
    public Optional<String> whyAsk(Segment segment, Duration length) {
        SegmentKind kind = segment.kind();
        if ((kind == SegmentKind.ICE || kind == SegmentKind.HEAT) && length.compareTo(PACK) > 0) {
            String advice = kind == SegmentKind.ICE
                    ? "Ice is kept to 20 minutes at most, with a cloth between pack and skin, then at least an hour off."
                    : "Heat is kept to 20 minutes at a time; never fall asleep on the pad.";
            return Optional.of("This takes the " + kind.word() + " past 20 minutes. " + advice + ADD_ANYWAY);
        }
        if (kind != SegmentKind.INVERSION || segment.angle().orElse(0) <= NEAR_LEVEL || oscillates(segment)) {
            return Optional.empty();
        }
        Duration limit = holdLimit(segment.angle().getAsInt());
        if (length.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        String whose = planHold.isPresent() ? "the longest hold your plan sets this week"
                : segment.angle().getAsInt() > STEEP ? "the most for a hold above " + STEEP + "°"
                : "the most for a static hold";
        return Optional.of("This takes the hold past " + words(limit) + ", " + whose + ". Longer holds raise the"
                + " pressure in your head and eyes: come back near level, and hold again after a rest." + ADD_ANYWAY);
    }

    /** The longest a static hold at {@code angle} may last. */
    public Duration holdLimit(int angle) {
        if (planHold.isPresent()) {
            return planHold.get();
        }
        return angle > STEEP ? STEEP_HOLD : STATIC_HOLD;
    }

    private static boolean oscillates(Segment segment) {
        return segment.reminder().map(r -> r.reason() == Reminder.Reason.OSCILLATE).orElse(false);
    }

    /** A length in words: "2 minutes", "1 minute 30 seconds". */
    static String words(Duration d) {
        List<String> parts = new ArrayList<>();
        long m = d.toMinutes();
        long s = d.toSecondsPart();
        if (m > 0) {
            parts.add(m + (m == 1 ? " minute" : " minutes"));
        }
        if (s > 0 || m == 0) {
            parts.add(s + (s == 1 ? " second" : " seconds"));
        }
        return String.join(" ", parts);
    }
}
