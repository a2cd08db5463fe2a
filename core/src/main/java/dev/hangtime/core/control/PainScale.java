package dev.hangtime.core.control;

/** The 0–10 pain scale, and its words, wherever a score is asked for, given or read back. */
public final class PainScale {

    public static final int MIN = 0;
    public static final int MAX = 10;
    /** The longest note a pain score may carry, in characters. */
    public static final int MAX_NOTE = 1000;

    /** The question both front ends ask before and after a session. */
    public static final String QUESTION = "How is your pain now, 0–10?";

    private PainScale() {
    }

    public static boolean contains(int score) {
        return score >= MIN && score <= MAX;
    }

    /** "Pain 3 kept". */
    public static String kept(int score) {
        return "Pain " + score + " kept";
    }

    /** Said when a score was given but the journal could not take it. */
    public static String notKept(int score) {
        return "Pain " + score + " could not be kept: the journal cannot be written";
    }
}
