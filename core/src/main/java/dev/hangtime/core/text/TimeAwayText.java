package dev.hangtime.core.text;

import dev.hangtime.core.session.SessionEvent.TimeAway;

/** What both front ends say when the session's time stopped: a laptop slept, or the process was stopped. */
public final class TimeAwayText {

    private TimeAwayText() {
    }

    /**
     * "Hangtime did not run for 20:00 (the computer slept, or it was stopped). The pack has been on for 25:00:
     * take it off." For a heat or ice step, how long the pack has been on, as the time away counted as on the
     * skin.
     */
    public static String of(TimeAway e) {
        String said = "Hangtime did not run for " + DurationText.of(e.away())
                + " (the computer slept, or it was stopped).";
        if (!e.countsOnSkin()) {
            return said;
        }
        boolean over = e.spent().compareTo(e.segment().length().orElse(e.spent())) >= 0;
        return said + " The pack has been on for " + DurationText.of(e.spent()) + (over ? ": take it off."
                : "; " + DurationText.of(e.segment().length().orElseThrow().minus(e.spent())) + " to go.");
    }
}
