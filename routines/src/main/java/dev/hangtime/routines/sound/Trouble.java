package dev.hangtime.routines.sound;

/**
 * Why the line gives no sound, in the user's words: what is wrong, and what the user can do. Never a Java
 * exception's text, which says nothing to someone lying on an ice pack.
 */
enum Trouble {
    /** javax.sound finds no line: no sound card, no sound server, or one that refuses the format. */
    NO_DEVICE("no sound device or sound server was found",
            "check that this computer plays sound, then start the session again"),
    /** The line exists but another program holds it. */
    DEVICE_BUSY("the sound device is in use by another program",
            "close the program that holds it; hangtime keeps trying"),
    /** A write took nothing: the sound server went away (it was stopped, restarted, or crashed). */
    STOPPED_TAKING("the sound server went away",
            "hangtime reconnects as soon as it is back"),
    /** Frames were written and none played for seconds. */
    NOT_PLAYING("the sound device stopped playing",
            "check the computer's sound output; hangtime keeps trying"),
    /** Cue after cue did not play by its moment: the device takes seconds to start a sound. */
    TOO_LATE("the sound device plays cues too late",
            "check the computer's sound output; each cue is tried again"),
    /** A call into the sound device did not return. */
    NOT_RESPONDING("the sound device stopped responding",
            "check the computer's sound output; hangtime keeps trying"),
    /** The device threw something unexpected. */
    FAILED("the sound device failed",
            "hangtime keeps trying");

    private final String what;
    private final String advice;

    Trouble(String what, String advice) {
        this.what = what;
        this.advice = advice;
    }

    /** What is wrong, in a few plain words that can follow "no sound: ". */
    String what() {
        return what;
    }

    /** What the user can do about it. */
    String advice() {
        return advice;
    }
}
