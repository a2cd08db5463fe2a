package dev.hangtime.core.notice;

/**
 * Where shared code sends what it has to tell the user. Called from whichever thread found the trouble; a
 * front end hands the notice to its own thread before drawing it.
 */
@FunctionalInterface
public interface Notices {

    void tell(Notice notice);

    /** Tells nobody: for a search that the user did not ask for, whose trouble a later command reports. */
    Notices NONE = notice -> { };
}
