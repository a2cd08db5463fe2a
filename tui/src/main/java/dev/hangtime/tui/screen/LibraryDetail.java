package dev.hangtime.tui.screen;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.TimelineText;
import dev.hangtime.core.text.Wrap;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.Listing;
import dev.hangtime.tui.screen.DetailLine.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the library's detail pane says about a routine: its summary, length and manual steps, warnings, notes
 * and timeline; or, for a file that cannot be run, every problem with it.
 */
final class LibraryDetail {

    private LibraryDetail() {
    }

    /** The lines for {@code listing}, wrapped to {@code width}. */
    static List<DetailLine> lines(Listing listing, int width) {
        List<DetailLine> lines = new ArrayList<>();
        if (listing instanceof Listing.Entry) {
            entry((Listing.Entry) listing, width, lines);
        } else if (listing instanceof Listing.Broken) {
            broken((Listing.Broken) listing, width, lines);
        } else {
            throw new AssertionError(listing);
        }
        return lines;
    }

    private static void entry(Listing.Entry listing, int width, List<DetailLine> lines) {
        Routine routine = listing.entry().routine();
        Timeline timeline = listing.timeline();
        lines.add(new DetailLine(routine.name(), Role.HEADING));
        add(lines, "Source: " + listing.entry().origin(), width, Role.MUTED, "");
        routine.summary().ifPresent(summary -> add(lines, summary, width, Role.TEXT, ""));
        if (!routine.tags().isEmpty()) {
            add(lines, "Tags: " + String.join(", ", routine.tags()), width, Role.MUTED, "");
        }
        add(lines, TimelineText.totals(timeline), width, Role.TEXT, "");
        if (!listing.warnings().isEmpty()) {
            lines.add(DetailLine.blank());
            lines.add(new DetailLine("Warnings", Role.HEADING));
            for (String warning : listing.warnings()) {
                add(lines, "! " + warning, width, Role.WARNING, "  ");
            }
        }
        notes(timeline, width, lines);
        lines.add(DetailLine.blank());
        lines.add(new DetailLine("Timeline", Role.HEADING));
        List<Long> starts = timeline.startSeconds();
        for (Segment segment : timeline.segments()) {
            String length = segment.length().map(DurationText::of).orElse("Enter");
            lines.add(new DetailLine(String.format("%8s %7s  %s", DurationText.of(starts.get(segment.index())), length,
                    segment.title()), segment.isManual() ? Role.TEXT : Role.MUTED));
        }
        lines.add(new DetailLine(String.format("%8s %7s  %s", DurationText.of(timeline.total()), "", "the end"),
                Role.MUTED));
    }

    /** Each step's note once, under the label of the first segment that carries it. */
    private static void notes(Timeline timeline, int width, List<DetailLine> lines) {
        Set<String> seen = new LinkedHashSet<>();
        for (Segment segment : timeline.segments()) {
            if (segment.note().isEmpty() || !seen.add(segment.note().get())) {
                continue;
            }
            if (seen.size() == 1) {
                lines.add(DetailLine.blank());
                lines.add(new DetailLine("Notes", Role.HEADING));
            }
            lines.add(new DetailLine(segment.label(), Role.MUTED));
            add(lines, segment.note().get(), width, Role.TEXT, "");
        }
    }

    private static void broken(Listing.Broken listing, int width, List<DetailLine> lines) {
        lines.add(new DetailLine(listing.file(), Role.ERROR));
        add(lines, "This file cannot be run until it is fixed; hangtime validate checks it.", width, Role.MUTED, "");
        lines.add(DetailLine.blank());
        for (Problem problem : listing.problems()) {
            add(lines, problem.toString(), width, Role.ERROR, "  ");
        }
    }

    /** Adds {@code text} wrapped to {@code width}, later lines indented by {@code indent}. */
    private static void add(List<DetailLine> lines, String text, int width, Role role, String indent) {
        List<String> wrapped = Wrap.lines(SafeText.block(text), width - indent.length(), Integer.MAX_VALUE);
        for (int i = 0; i < wrapped.size(); i++) {
            if (i == 0) {
                lines.add(new DetailLine(wrapped.get(0), role));
            } else {
                lines.add(new DetailLine(indent + wrapped.get(i), role));
            }
        }
    }
}
