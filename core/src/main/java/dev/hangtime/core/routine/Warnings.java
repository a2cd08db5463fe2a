package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The routine format's warnings: things a valid routine may do that deserve a second look, shown to the user
 * but never refused. Each names the step it concerns by its path in the file ({@code steps[1].steps[0]}) and
 * says what to do; a step inside a repeat is named once, however many rounds it runs.
 */
public final class Warnings {

    /**
     * The reminder shown once for every routine with an inversion step. Front ends that ask the user to
     * confirm it once and remember the answer can recognise it by this value.
     */
    public static final String INVERSION_REMINDER = "This routine turns you upside down. Inversion is not for "
            + "people with glaucoma, high blood pressure, heart disease, a hernia, or who are pregnant "
            + "(if any of these apply, ask your doctor before you invert).";

    static final Duration MAX_PACK = Duration.ofMinutes(20);
    static final int STEEP_ANGLE = 60;
    static final Duration MAX_STEEP_HOLD = Duration.ofMinutes(2);
    static final Duration MAX_STATIC_HOLD = Duration.ofMinutes(5);

    /**
     * One warning, with the step it concerns.
     *
     * @param path the step's path in the file, such as {@code steps[1].steps[0]}; empty for the routine as a whole
     * @param message what deserves a second look, and what to do
     */
    public record Warning(String path, String message) {

        /** The warning in one line: {@code steps[1]: ice for 25 minutes, …}, or the message alone. */
        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    private final List<Warning> found = new ArrayList<>();
    private boolean inverts;

    private Warnings() {
    }

    /** The warnings for {@code routine}, each in one line, the inversion reminder first, then in step order. */
    public static List<String> of(Routine routine) {
        return located(routine).stream().map(Warning::toString).toList();
    }

    /** The warnings for {@code routine} with the step each concerns, the inversion reminder first. */
    public static List<Warning> located(Routine routine) {
        Warnings warnings = new Warnings();
        warnings.steps(routine.steps(), "steps");
        List<Warning> all = new ArrayList<>();
        if (warnings.inverts) {
            all.add(new Warning("", INVERSION_REMINDER));
        }
        all.addAll(warnings.found);
        return List.copyOf(all);
    }

    private void steps(List<Step> steps, String path) {
        for (int i = 0; i < steps.size(); i++) {
            step(steps.get(i), path + "[" + i + "]");
        }
    }

    private void step(Step step, String path) {
        if (step instanceof Repeat) {
            steps(((Repeat) step).steps(), path + ".steps");
        } else if (step instanceof Inversion) {
            inversion((Inversion) step, path);
        } else if (step instanceof Exercise) {
            exercise((Exercise) step, path);
        } else if (step instanceof Heat) {
            pack("heat", ((Heat) step).duration(), path, "keep heat to 20 minutes at a time, and never fall "
                    + "asleep on it");
        } else if (step instanceof Ice) {
            pack("ice", ((Ice) step).duration(), path, "keep ice to 20 minutes at most, with a cloth between pack "
                    + "and skin, then at least an hour off");
        }
    }

    private void inversion(Inversion inversion, String path) {
        inverts = true;
        if (inversion.angle() > STEEP_ANGLE && inversion.hold().compareTo(MAX_STEEP_HOLD) > 0) {
            found.add(new Warning(path, "an inversion at " + inversion.angle() + "° held for "
                    + words(inversion.hold()) + " (above " + STEEP_ANGLE + "°, hold for at most " + words(MAX_STEEP_HOLD)
                    + " at a time, with a rest near level between holds)"));
        } else if (inversion.oscillate().isEmpty()) {
            // Rocking in and out is not a static hold, so only the steep-angle rule applies to it.
            staticHold("an inversion held for", inversion.hold(), path);
        }
    }

    private void exercise(Exercise exercise, String path) {
        exercise.work().ifPresent(work -> staticHold("a set of " + exercise.name() + " lasting", work, path));
        exercise.hold().ifPresent(hold -> staticHold("a hold of " + exercise.name() + " lasting", hold, path));
    }

    private void staticHold(String what, Duration length, String path) {
        if (length.compareTo(MAX_STATIC_HOLD) > 0) {
            found.add(new Warning(path, what + " " + words(length) + " (hold for at most " + words(MAX_STATIC_HOLD)
                    + " at a time; split it into shorter holds with a rest between)"));
        }
    }

    private void pack(String kind, Duration length, String path, String advice) {
        if (length.compareTo(MAX_PACK) > 0) {
            found.add(new Warning(path, kind + " for " + words(length) + ", longer than " + words(MAX_PACK) + " ("
                    + advice + ")"));
        }
    }

    /** A length in plain words: "25 minutes", "2 minutes 30 seconds", "1 hour 5 minutes". */
    static String words(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        long s = d.toSecondsPart();
        List<String> parts = new ArrayList<>();
        if (h > 0) {
            parts.add(h + (h == 1 ? " hour" : " hours"));
        }
        if (m > 0) {
            parts.add(m + (m == 1 ? " minute" : " minutes"));
        }
        if (s > 0 || parts.isEmpty()) {
            parts.add(s + (s == 1 ? " second" : " seconds"));
        }
        return String.join(" ", parts);
    }
}
