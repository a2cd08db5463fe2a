package dev.hangtime.tui.cli;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.tui.text.Clock;
import dev.hangtime.tui.text.SafeText;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Prints a timeline for people: every segment with its start, length and label, then the total and warnings. */
final class TimelineText {

    private TimelineText() {
    }

    static void print(Timeline timeline, List<String> warnings, PrintStream out) {
        out.println(SafeText.line(timeline.routine().name()) + " (" + timeline.routine().id() + ")");
        timeline.routine().summary().ifPresent(s -> out.println(SafeText.line(s)));
        out.println();
        out.println("   start  length  step");
        List<Long> starts = timeline.startSeconds();
        for (Segment segment : timeline.segments()) {
            String length = segment.length().map(Clock::of).orElse("—");
            out.printf("%8s  %6s  %s%n", Clock.of(Duration.ofSeconds(starts.get(segment.index()))), length,
                    SafeText.line(segment.title()) + (segment.isManual() ? " (waits until you say done)" : ""));
        }
        out.println();
        int manual = timeline.manualSegments();
        out.println("Total " + Clock.of(timeline.total())
                + (manual == 0 ? "" : ", plus " + manual + (manual == 1 ? " step" : " steps") + " at your own pace"));
        if (!warnings.isEmpty()) {
            out.println();
            out.println("Warnings:");
            warnings.forEach(w -> out.println("  - " + SafeText.line(w)));
        }
    }
}
