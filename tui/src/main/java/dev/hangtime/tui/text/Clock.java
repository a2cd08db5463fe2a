package dev.hangtime.tui.text;

import java.time.Duration;

/** How times are written for people: "1:30", "1:02:03", "[0:01:10]". */
public final class Clock {

    private Clock() {
    }

    /** Minutes and seconds, with hours when there are any: "0:45", "15:00", "1:02:03". Rounds down. */
    public static String compact(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** Always with hours, as the plain output's time stamps: "0:01:10". Rounds down. */
    public static String stamp(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** A countdown as people read it: whole seconds rounded up, so "0:01" shows until the very end. */
    public static String remaining(Duration d) {
        long nanos = Math.max(0, d.toNanos());
        return compact(Duration.ofSeconds((nanos + 999_999_999L) / 1_000_000_000L));
    }
}
