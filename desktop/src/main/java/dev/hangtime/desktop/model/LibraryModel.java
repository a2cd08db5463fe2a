package dev.hangtime.desktop.model;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.TimelineText;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.Listing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library as the window lists it: every routine and every user file that cannot be read (the shared
 * {@link Listing}), narrowed as the user types and by the tags they pick, and the detail of the one picked.
 *
 * <p>Not thread-safe: the toolkit's thread owns it.
 */
public final class LibraryModel {

    /** A step that waits has no length; on the bar it takes this share of the timed total, to be seen. */
    static final double WAITING_SHARE = 0.015;

    private final List<Listing> all;
    private final Set<String> chosenTags = new TreeSet<>();
    private String filter = "";
    private List<Listing> visible;
    private Optional<Listing> selected = Optional.empty();

    /** @param all the library, as {@link Listing#of} lists it */
    public LibraryModel(List<Listing> all) {
        this.all = List.copyOf(all);
        this.visible = this.all;
        selected = visible.stream().findFirst();
    }

    /** Narrows the list to the listings that match every word of {@code text}; keeps the pick if it still shows. */
    public void filter(String text) {
        filter = text;
        refresh();
    }

    /** Picks {@code tag} as a filter, or drops it if it was picked: a routine must carry every tag picked. */
    public void toggleTag(String tag) {
        if (!chosenTags.remove(tag)) {
            chosenTags.add(tag);
        }
        refresh();
    }

    /** Every tag in the library, in order. */
    public List<String> tags() {
        Set<String> tags = new TreeSet<>();
        all.forEach(listing -> tags.addAll(listing.tags()));
        return List.copyOf(tags);
    }

    public Set<String> chosenTags() {
        return Set.copyOf(chosenTags);
    }

    public String filterText() {
        return filter;
    }

    /** The listings shown, in order. */
    public List<Listing> visible() {
        return visible;
    }

    /** The rows shown, one per visible listing. */
    public List<LibraryRow> rows() {
        List<LibraryRow> rows = new ArrayList<>();
        for (Listing listing : visible) {
            rows.add(row(listing));
        }
        return rows;
    }

    /** Picks the {@code index}th visible listing. */
    public void select(int index) {
        selected = index >= 0 && index < visible.size() ? Optional.of(visible.get(index)) : Optional.empty();
    }

    /** Where the pick is among the visible listings; -1 when nothing is picked. */
    public int selectedIndex() {
        return selected.map(visible::indexOf).orElse(-1);
    }

    public Optional<Listing> selected() {
        return selected;
    }

    /** The routine picked, if it can be run. */
    public Optional<Listing.Entry> runnable() {
        return selected.filter(l -> l instanceof Listing.Entry).map(l -> (Listing.Entry) l);
    }

    /** The detail of the pick. */
    public Optional<RoutineDetail> detail() {
        return selected.map(LibraryModel::detail);
    }

    /** The line under the list: how many routines show, and how many files cannot be read. */
    public String status() {
        int broken = Listing.unreadable(all);
        int shown = (int) visible.stream().filter(l -> l instanceof Listing.Entry).count();
        int routines = all.size() - broken;
        String line = shown == routines ? count(routines, "routine") : shown + " of " + count(routines, "routine");
        return broken == 0 ? line : line + "; " + broken + (broken == 1 ? " file cannot" : " files cannot") + " be read";
    }

    /** The listing with id {@code id}, if the library has it. */
    public Optional<Listing.Entry> find(String id) {
        return all.stream().filter(l -> l instanceof Listing.Entry).map(l -> (Listing.Entry) l)
                .filter(e -> e.entry().id().equals(id)).findFirst();
    }

    private void refresh() {
        visible = Listing.matching(all, filter).stream().filter(l -> l.tags().containsAll(chosenTags)).toList();
        if (selected.isEmpty() || !visible.contains(selected.get())) {
            selected = visible.stream().findFirst();
        }
    }

    static LibraryRow row(Listing listing) {
        if (listing instanceof Listing.Entry) {
            Listing.Entry entry = (Listing.Entry) listing;
            Timeline timeline = entry.timeline();
            List<String> parts = new ArrayList<>();
            parts.add(DurationText.of(timeline.total()));
            int manual = timeline.manualSegments();
            if (manual > 0) {
                parts.add(manual + (manual == 1 ? " step waits" : " steps wait") + " for you");
            }
            if (!listing.tags().isEmpty()) {
                parts.add(String.join(", ", listing.tags()));
            }
            return new LibraryRow(SafeText.line(entry.entry().routine().name()),
                    SafeText.line(String.join(SessionScreens.DOT, parts)), false);
        }
        Listing.Broken broken = (Listing.Broken) listing;
        String first = broken.problems().isEmpty() ? "cannot be read" : broken.problems().get(0).message();
        return new LibraryRow(SafeText.line(broken.names().get(0)), SafeText.line(first), true);
    }

    static RoutineDetail detail(Listing listing) {
        if (listing instanceof Listing.Broken) {
            Listing.Broken broken = (Listing.Broken) listing;
            List<String> problems = new ArrayList<>();
            for (Problem problem : broken.problems()) {
                problems.add(SafeText.block(problem.toString()));
            }
            return new RoutineDetail(SafeText.line(broken.file()),
                    "This file cannot be run until it is fixed; hangtime validate checks it.", Optional.empty(), "",
                    "", List.of(), List.of(), List.of(), problems);
        }
        Listing.Entry entry = (Listing.Entry) listing;
        Routine routine = entry.entry().routine();
        Timeline timeline = entry.timeline();
        String totals = TimelineText.totals(timeline);
        List<String> warnings = entry.warnings().stream().map(SafeText::block).toList();
        return new RoutineDetail(SafeText.line(routine.name()), SafeText.line("Source: " + entry.entry().origin()),
                routine.summary().map(SafeText::block),
                routine.tags().isEmpty() ? "" : SafeText.line("Tags: " + String.join(", ", routine.tags())), totals,
                warnings, notes(timeline), parts(timeline), List.of());
    }

    private static List<RoutineDetail.Note> notes(Timeline timeline) {
        Set<String> seen = new LinkedHashSet<>();
        List<RoutineDetail.Note> notes = new ArrayList<>();
        for (Segment segment : timeline.segments()) {
            if (segment.note().isPresent() && seen.add(segment.note().get())) {
                notes.add(new RoutineDetail.Note(SafeText.line(segment.label()), SafeText.block(segment.note().get())));
            }
        }
        return notes;
    }

    /** The timeline as the bar draws it: each segment with its share of the whole. */
    public static List<RoutineDetail.Part> parts(Timeline timeline) {
        double timed = timeline.total().toNanos();
        int manual = timeline.manualSegments();
        // Shares of what: the timed total plus a thin slice for each step that waits.
        double slice = timed == 0 ? 1.0 : timed * WAITING_SHARE;
        double whole = timed + manual * slice;
        List<Long> starts = timeline.startSeconds();
        List<RoutineDetail.Part> parts = new ArrayList<>();
        for (Segment segment : timeline.segments()) {
            double size = segment.length().map(d -> (double) d.toNanos()).orElse(slice);
            parts.add(new RoutineDetail.Part(segment.kind(), SafeText.line(segment.title()),
                    DurationText.of(starts.get(segment.index())), segment.length().map(DurationText::of).orElse("Enter"),
                    whole == 0 ? 0 : size / whole));
        }
        return parts;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
