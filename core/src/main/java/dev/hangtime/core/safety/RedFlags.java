package dev.hangtime.core.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/**
 * Pain that says to stop and think: a score of 8 or more, or pain after a session higher than before by 2 or
 * more in two sessions in a row. Each is shown once, when the score is given, with what it may mean and when to
 * see a doctor; inside a plan, the week it falls in is held back instead of advanced.
 */
public final class RedFlags {

    /** A score this high is a red flag on its own. */
    public static final int SEVERE = 8;
    /** A session that raises the pain this much, twice in a row, is a red flag. */
    public static final int RISE = 2;

    static final String WHEN_TO_SEE_A_DOCTOR = " See a doctor if it does not ease within a few days, and at once"
            + " if pain runs below the knee, or with numbness, weakness or loss of bladder control.";

    /** Said for a score of 8 or more. */
    public static final String SEVERE_PAIN = "Pain of 8 or more is a red flag. It may mean that your back needs"
            + " rest, or that something other than strain is going on. Pause inversion, keep to gentle walking, and"
            + " do not push through it." + WHEN_TO_SEE_A_DOCTOR;

    /** Said when a second session in a row has raised the pain by 2 or more. */
    public static final String RISING_PAIN = "Your pain has risen by 2 or more after two sessions in a row. The"
            + " sessions may be too much for your back just now. Pause inversion, go back to easier sessions, and"
            + " do not push through it." + WHEN_TO_SEE_A_DOCTOR;

    private RedFlags() {
    }

    /** What to say about a score given before a session or on its own, if it is a red flag. */
    public static Optional<String> score(int score) {
        return score >= SEVERE ? Optional.of(SEVERE_PAIN) : Optional.empty();
    }

    /**
     * What to say about the score after a session, if it is a red flag.
     *
     * @param lastSessionRose whether the session before this one, of those with both scores, raised the pain by
     *     {@link #RISE} or more; asked only when this one did
     */
    public static Optional<String> afterSession(OptionalInt before, int after,
            BooleanSupplier lastSessionRose) {
        if (after >= SEVERE) {
            return Optional.of(SEVERE_PAIN);
        }
        if (before.isPresent() && after - before.getAsInt() >= RISE && lastSessionRose.getAsBoolean()) {
            return Optional.of(RISING_PAIN);
        }
        return Optional.empty();
    }

    /** The days with a red flag among {@code readings}, given in the order they happened. */
    public static List<LocalDate> days(List<PainReading> readings) {
        List<LocalDate> days = new ArrayList<>();
        boolean lastRose = false;
        for (PainReading reading : readings) {
            boolean severe = reading.before().orElse(0) >= SEVERE || reading.after().orElse(0) >= SEVERE;
            boolean rising = false;
            if (reading.hasRise()) {
                boolean rose = reading.rise() >= RISE;
                rising = rose && lastRose;
                lastRose = rose;
            }
            if ((severe || rising) && !days.contains(reading.day())) {
                days.add(reading.day());
            }
        }
        return List.copyOf(days);
    }

    /** Whether the last of {@code readings} that has both scores raised the pain by {@link #RISE} or more. */
    public static boolean lastSessionRose(List<PainReading> readings) {
        for (int i = readings.size() - 1; i >= 0; i--) {
            if (readings.get(i).hasRise()) {
                return readings.get(i).rise() >= RISE;
            }
        }
        return false;
    }
}
