package dev.hangtime.desktop.model;

import dev.hangtime.core.routine.SegmentKind;
import java.util.List;
import java.util.Optional;

/**
 * What the library's detail pane shows of the listing picked: a routine with its summary, notes, warnings and
 * timeline; or a user file that cannot be run, with every problem in it.
 *
 * @param title the routine's name, or the file's path
 * @param source where it comes from: "Source: built-in", or the user file
 * @param summary the routine's summary
 * @param tags its tags, "Tags: inversion, core"; empty when it has none
 * @param totals its length and steps: "25:30 in all, 14 steps; 1 waits for you to press Enter"
 * @param warnings the routine format's warnings, the inversion reminder first
 * @param notes each step's note once, under the label of the first step that carries it
 * @param timeline every segment, in order, for the bar and the table
 * @param problems for a file that cannot be run, what is wrong with it
 */
public record RoutineDetail(String title, String source, Optional<String> summary, String tags, String totals,
        List<String> warnings, List<Note> notes, List<Part> timeline, List<String> problems) {

    public RoutineDetail {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        timeline = List.copyOf(timeline);
        problems = List.copyOf(problems);
    }

    /** Whether it can be started: a routine, not a broken file. */
    public boolean runnable() {
        return problems.isEmpty();
    }

    /**
     * A step's note.
     *
     * @param label the label of the first step that carries it
     * @param text the note
     */
    public record Note(String label, String text) {
    }

    /**
     * One segment of the timeline.
     *
     * @param kind what the user does, which gives the segment its colour
     * @param title the label with side, set, rep and round
     * @param start when it starts, "1:10"
     * @param length how long it lasts, "1:00", or "Enter" for a step that waits
     * @param share its part of the bar's width, 0–1: its length over the total; a step that waits, which has
     *     no length, gets a thin slice so that it can be seen
     */
    public record Part(SegmentKind kind, String title, String start, String length, double share) {
    }
}
