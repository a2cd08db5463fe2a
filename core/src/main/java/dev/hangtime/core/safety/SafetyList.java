package dev.hangtime.core.safety;

import java.time.Period;
import java.util.List;

/**
 * Who must not invert: the list the safety screen shows before a first inversion session, with its version. A
 * change to the list is a new version, and every kept answer is asked again, since it answered another list.
 */
public final class SafetyList {

    /** The version of {@link #CONDITIONS}; raise it whenever the list changes. */
    public static final int VERSION = 1;

    /** How long an answer holds: a person's health changes, so the questions come back after this. */
    public static final Period ASKED_AGAIN_AFTER = Period.ofMonths(6);

    public static final String TITLE = "Before you invert";

    public static final String INTRO = "Inversion is not for everyone. Do not use an inversion table if you have"
            + " or are any of these:";

    /**
     * The conditions, as the makers of inversion tables and published guidance give them (the list in the
     * project's domain notes).
     */
    public static final List<String> CONDITIONS = List.of(
            "glaucoma or another eye disease",
            "high blood pressure (over 140/90)",
            "heart or circulatory disease",
            "a risk of stroke",
            "taking blood thinners",
            "osteoporosis",
            "a fracture, or an implant (such as a joint or spinal implant)",
            "a hernia",
            "a middle-ear infection",
            "pregnant");

    public static final String DOCTOR = "The makers of inversion tables ask for a doctor's approval before you"
            + " start. In a published study, inverting fully for 3 minutes roughly doubled the pressure inside the"
            + " eye.";

    /** What answering yes says. */
    public static final String NONE_APPLIES = "None of these applies to me, and a doctor has approved inversion"
            + " for me.";

    /** What answering no says; not being sure counts as no. */
    public static final String SOMETHING_APPLIES = "Something on this list applies to me, or I am not sure.";

    /** What inversion is and is not, said wherever it is offered or left out. */
    public static final String NO_CURE = "Inversion is an optional add-on: walking and core work are the core of"
            + " recovery, and Hangtime promises no cure.";

    private SafetyList() {
    }
}
