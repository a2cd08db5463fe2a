package dev.hangtime.desktop.model;

import dev.hangtime.core.control.EndSummary;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import java.util.ArrayList;
import java.util.List;

/** How a session went, in the words of the terminal app's end page. */
final class EndLines {

    private EndLines() {
    }

    static List<String> of(EndSummary summary) {
        List<String> lines = new ArrayList<>();
        boolean paused = summary.sinceStart().minus(summary.active()).getSeconds() >= 1;
        lines.add("Time done: " + DurationText.of(summary.active())
                + (paused ? " (" + DurationText.of(summary.sinceStart()) + " with pauses)" : ""));
        String steps = "Steps: " + summary.completedSteps() + " of " + summary.steps() + " completed";
        lines.add(summary.skippedSteps() > 0 ? steps + ", " + summary.skippedSteps() + " skipped" : steps);
        summary.stoppedAt().ifPresent(s -> lines.add("Stopped at step " + (s.index() + 1) + " of " + summary.steps()
                + ": " + SafeText.line(s.title())));
        return lines;
    }
}
