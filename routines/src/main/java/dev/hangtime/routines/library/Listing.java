package dev.hangtime.routines.library;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Warnings;
import dev.hangtime.routines.format.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One line of the library as every front end lists it: a routine that can run, or a user file that cannot and why.
 * The list is made by {@link #of(RoutineLibrary, UnaryOperator)}, sorted by name with the unreadable files last,
 * and narrowed by what the user types with {@link #matching(List, String)}.
 */
public sealed interface Listing permits Listing.Entry, Listing.Broken {

    /** The text the filter looks in: name and id, or the file's name. */
    List<String> names();

    List<String> tags();

    /**
     * A routine, expanded.
     *
     * @param warnings the routine format's warnings for it, the inversion reminder first
     */
    record Entry(LibraryEntry entry, Timeline timeline, List<String> warnings) implements Listing {

        @Override
        public List<String> names() {
            return List.of(entry.routine().name(), entry.id());
        }

        @Override
        public List<String> tags() {
            return entry.routine().tags();
        }
    }

    /**
     * A user file that could not be read.
     *
     * @param file the file as the library names it
     * @param problems what is wrong with it, the first first
     */
    record Broken(String file, List<Problem> problems) implements Listing {

        /** The file's own name: its folder is the same for every user file, so the filter ignores it. */
        @Override
        public List<String> names() {
            return List.of(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
        }

        @Override
        public List<String> tags() {
            return List.of();
        }
    }

    /** Every routine of {@code library} by name, then every file that could not be read. */
    public static List<Listing> of(RoutineLibrary library) {
        return of(library, UnaryOperator.identity());
    }

    /**
     * Every routine of {@code library}, each through {@code adjust} (the user's cue settings, say) and
     * expanded, by name; then every file that could not be read.
     */
    public static List<Listing> of(RoutineLibrary library, UnaryOperator<Routine> adjust) {
        return of(library.entries(), library.problems(), adjust);
    }

    /** The same from the library's parts. */
    public static List<Listing> of(List<LibraryEntry> entries, List<Problem> problems, UnaryOperator<Routine> adjust) {
        List<Listing> listings = new ArrayList<>();
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        for (LibraryEntry entry : entries) {
            Routine routine = adjust.apply(entry.routine());
            try {
                listings.add(new Entry(entry, Expansion.expand(routine), Warnings.of(routine)));
            } catch (IllegalArgumentException e) {
                // The reader refuses such a routine first; should one slip through, it is listed, not fatal.
                String file = entry.file().map(Object::toString).orElse(entry.id());
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(Problem.inFile(file, e.getMessage()));
            }
        }
        // In the library's own order (RoutineLibrary.BY_NAME), so that the library and list agree.
        listings.sort(Comparator.comparing(l -> ((Entry) l).entry(), RoutineLibrary.BY_NAME));
        for (Problem problem : problems) {
            byFile.computeIfAbsent(problem.file(), f -> new ArrayList<>()).add(problem);
        }
        byFile.forEach((file, fileProblems) -> listings.add(new Broken(file, List.copyOf(fileProblems))));
        return listings;
    }

    /**
     * Whether {@code listing} matches what the user typed: every word of it appears in the name, the id or a
     * tag, whatever the case.
     */
    public static boolean matches(Listing listing, String filter) {
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (String text : listing.names()) {
                found |= text.toLowerCase(Locale.ROOT).contains(word);
            }
            for (String tag : listing.tags()) {
                found |= tag.contains(word);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The listings of {@code all} that match {@code filter}, in their order. */
    public static List<Listing> matching(List<Listing> all, String filter) {
        return all.stream().filter(l -> matches(l, filter)).collect(Collectors.toList());
    }

    /** How many of {@code all} are files that cannot be read. */
    public static int unreadable(List<Listing> all) {
        return (int) all.stream().filter(l -> l instanceof Broken).count();
    }
}
