package dev.hangtime.core.text;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A timeline for people: every segment with its start, length and label, numbered by the routine step it belongs
 * to, then the total and warnings.
 */
public final class TimelineText {

    private TimelineText() {
    }

    /**
     * How long {@code timeline} is and how many steps it has, as the routine counts them (its sets, reps and
     * sides within): "7:55 in all, 3 steps; 3 wait for you to press Enter".
     */
    public static String totals(Timeline timeline) {
        int steps = timeline.steps();
        int manual = timeline.manualSegments();
        return DurationText.of(timeline.total()) + " in all, " + steps + (steps == 1 ? " step" : " steps")
                + (manual > 0 ? "; " + manual + (manual == 1 ? " waits" : " wait") + " for you to press Enter" : "");
    }

    /** The lines that show {@code timeline} and its {@code warnings}, every one safe to print. */
    public static List<String> lines(Timeline timeline, List<String> warnings) {
        List<String> lines = new ArrayList<>();
        lines.add(SafeText.line(timeline.routine().name()) + " (" + timeline.routine().id() + ")");
        timeline.routine().summary().ifPresent(s -> lines.add(SafeText.line(s)));
        lines.add("");
        int stepWidth = String.valueOf(timeline.steps()).length();
        lines.add("   start  length  " + " ".repeat(Math.max(4, stepWidth) - 4) + "step");
        List<Long> starts = timeline.startSeconds();
        int lastStep = -1;
        for (Segment segment : timeline.segments()) {
            String length = segment.length().map(DurationText::of).orElse("—");
            // The step's number on its first part only, so that its sets, sides and reps read as within it.
            String step = segment.step() == lastStep ? "" : String.valueOf(segment.step() + 1);
            lastStep = segment.step();
            lines.add(String.format("%8s  %6s  %" + Math.max(4, stepWidth) + "s  %s",
                    DurationText.of(Duration.ofSeconds(starts.get(segment.index()))), length, step,
                    SafeText.line(segment.title()) + (segment.isManual() ? " (waits until you say done)" : "")));
        }
        lines.add("");
        int manual = timeline.manualSegments();
        lines.add("Total " + DurationText.of(timeline.total()) + " in " + timeline.steps()
                + (timeline.steps() == 1 ? " step" : " steps")
                + (manual == 0 ? "" : ", plus " + manual + (manual == 1 ? " part" : " parts") + " at your own pace"));
        if (!warnings.isEmpty()) {
            lines.add("");
            lines.add("Warnings:");
            warnings.forEach(w -> lines.add("  - " + SafeText.line(w)));
        }
        return lines;
    }
}
