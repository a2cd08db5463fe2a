package dev.hangtime.routines.library;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.routines.files.RegularFiles;
import dev.hangtime.routines.files.IoTrouble;
import dev.hangtime.routines.format.EditDistance;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.format.Slugs;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The routines a user can run: the built-in ones and those in the user's routine folder. A user routine with
 * a built-in's id shadows it. A user file that cannot be read is reported in {@link #problems()} and left
 * out, so one broken file never hides the others.
 */
public final class RoutineLibrary {

    private static final int MAX_CLOSE_IDS = 5;

    private final Map<String, LibraryEntry> byId;
    private final List<Problem> problems;

    private RoutineLibrary(Map<String, LibraryEntry> byId, List<Problem> problems) {
        this.byId = byId;
        this.problems = List.copyOf(problems);
    }

    /** The built-in routines and the user routines of {@code paths}. */
    public static RoutineLibrary load(HangtimePaths paths) {
        return load(paths.routines());
    }

    /** The built-in routines and the {@code *.json} files in {@code userRoutines}, which need not exist. */
    public static RoutineLibrary load(Path userRoutines) {
        Map<String, LibraryEntry> byId = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ReadResult builtIn : BuiltIns.read()) {
            problems.addAll(builtIn.problems());
            builtIn.routine().ifPresent(r -> byId.put(r.id(), LibraryEntry.builtIn(r)));
        }
        Map<String, Path> userIds = new LinkedHashMap<>();
        for (Path file : userFiles(userRoutines, problems)) {
            ReadResult result = RoutineReader.read(file);
            problems.addAll(result.problems());
            if (result.routine().isEmpty()) {
                continue;
            }
            Routine routine = result.routine().get();
            Path other = userIds.putIfAbsent(routine.id(), file);
            if (other != null) {
                problems.add(Problem.inFile(file.toString(), "has the id \"" + routine.id() + "\", which " + other
                        + " already has (give one of them another id)"));
                continue;
            }
            boolean shadows = byId.containsKey(routine.id());
            byId.put(routine.id(), new LibraryEntry(routine, Optional.of(file), shadows));
        }
        return new RoutineLibrary(byId, problems);
    }

    /** The user routine files, by name; editors' hidden lock and backup files are skipped. */
    private static List<Path> userFiles(Path folder, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        Optional<String> trouble = RegularFiles.folderTrouble(folder);
        if (trouble.isPresent()) {
            problems.add(Problem.inFile(folder.toString(), "the routine folder " + trouble.get() + "; its routines"
                    + " are left out"));
            return files;
        }
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                if (!file.getFileName().toString().startsWith(".")) {
                    entry(file, files, problems);
                }
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(folder.toString(), "the routine folder cannot be read ("
                    + IoTrouble.words(e) + "; check that it is a folder you may read)"));
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /**
     * Takes {@code file} if it is a regular file, without opening it: a named pipe among the routines would
     * otherwise hold up the whole library. A folder named {@code *.json} is passed over without a word.
     */
    private static void entry(Path file, List<Path> files, List<Problem> problems) {
        try {
            Optional<String> other = RegularFiles.whatElse(file);
            if (other.isEmpty()) {
                files.add(file);
            } else if (!other.get().equals("a folder")) {
                problems.add(Problem.inFile(file.toString(), "is " + other.get() + ", not a routine file; skipped"));
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(file.toString(), "cannot be read (" + RegularFiles.reason(e) + "); skipped"));
        }
    }

    /**
     * The order every front end lists routines in, {@code list} as the library: by name, whatever the case, then
     * by id.
     */
    public static final Comparator<LibraryEntry> BY_NAME = Comparator
            .comparing((LibraryEntry e) -> e.routine().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(LibraryEntry::id);

    /** Every routine, by name ({@link #BY_NAME}). */
    public List<LibraryEntry> entries() {
        return byId.values().stream().sorted(BY_NAME).toList();
    }

    /** The routines carrying {@code tag}, by name ({@link #BY_NAME}). */
    public List<LibraryEntry> entriesTagged(String tag) {
        return byId.values().stream().filter(e -> e.routine().tags().contains(tag)).sorted(BY_NAME).toList();
    }

    /** Every tag some routine carries, in alphabetical order. */
    public List<String> tags() {
        return byId.values().stream().flatMap(e -> e.routine().tags().stream()).distinct().sorted().toList();
    }

    /** The user files that could not be read, and why; empty when all were fine. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The problems of the user file that cannot be read and would, by its name, have given the routine
     * {@code id}: a user who names such a routine learns what is wrong with its file, not that it does not
     * exist. Empty when there is none.
     */
    public List<Problem> problemsOfFileNamed(String id) {
        Optional<String> meant = Optional.of(Slugs.suggest(id)).filter(s -> !s.isEmpty());
        return problems.stream().filter(p -> Slugs.ofFileName(p.file()).filter(fileId -> fileId.equals(id)
                || meant.equals(Optional.of(fileId))).isPresent()).toList();
    }

    /**
     * The routines a user may mean by {@code text}: the one whose id it is, or else every one whose name it is,
     * whatever the case ({@code "ice pack"} for "Ice pack"), by id; empty when none is.
     */
    public List<LibraryEntry> named(String text) {
        LibraryEntry byItsId = byId.get(text);
        if (byItsId != null) {
            return List.of(byItsId);
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(e -> e.routine().name().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }

    /** The routine with {@code id}. */
    public Optional<LibraryEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The ids most likely meant by a mistyped {@code id}, closest first: those a few edits away from the id or
     * from one of its leading parts (so "invrsion" finds every inversion routine), and those it begins or is
     * part of.
     */
    public List<String> idsCloseTo(String id) {
        record Scored(String id, int distance, int wholeDistance) {
        }
        List<Scored> close = new ArrayList<>();
        for (String candidate : byId.keySet()) {
            int d = distanceToIdOrItsLeadingParts(id, candidate);
            boolean part = id.length() >= 3 && candidate.contains(id);
            if (d <= Math.max(2, id.length() / 4) || part) {
                close.add(new Scored(candidate, d, EditDistance.between(id, candidate)));
            }
        }
        close.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::wholeDistance)
                .thenComparing(Scored::id));
        return close.stream().limit(MAX_CLOSE_IDS).map(Scored::id).toList();
    }

    /** The fewest edits from {@code typed} to {@code id} or to a prefix of it that ends before a hyphen. */
    private static int distanceToIdOrItsLeadingParts(String typed, String id) {
        int best = EditDistance.between(typed, id);
        for (int dash = id.indexOf('-'); dash >= 0; dash = id.indexOf('-', dash + 1)) {
            best = Math.min(best, EditDistance.between(typed, id.substring(0, dash)));
        }
        return best;
    }

    /**
     * The routine a user named on the command line: a path to a {@code .json} file (anything ending in
     * {@code .json} or holding a path separator), or else an id. A wrong id says which ids are close to it.
     */
    public Lookup resolve(String routine) {
        if (looksLikePath(routine)) {
            return resolveFile(routine);
        }
        List<LibraryEntry> entries = named(routine);
        if (entries.size() == 1) {
            return Lookup.found(entries.get(0));
        }
        if (entries.size() > 1) {
            return Lookup.failed(Problem.inFile(printable(routine), "several routines have this name (name one by "
                    + "its id: " + String.join(", ", entries.stream().map(LibraryEntry::id).toList()) + ")"));
        }
        List<String> close = idsCloseTo(routine);
        String hint = close.isEmpty() ? "run hangtime list to see them all"
                : close.size() == 1 ? "did you mean " + close.get(0) + "?"
                : "did you mean one of: " + String.join(", ", close) + "?";
        return Lookup.failed(Problem.inFile(printable(routine), "no routine has this id or name (" + hint + ")"));
    }

    /**
     * The routine in the file a user named, read on its own: no library is needed, so a command given a
     * path does not read every routine first.
     */
    public static Lookup resolveFile(String routine) {
        Path file;
        try {
            file = Path.of(routine);
        } catch (InvalidPathException e) {
            return Lookup.failed(Problem.inFile(printable(routine), "is not a valid path (check it)"));
        }
        ReadResult result = RoutineReader.read(file);
        return result.routine().map(r -> Lookup.found(new LibraryEntry(r, Optional.of(file), false)))
                .orElseGet(() -> new Lookup(Optional.empty(), result.problems()));
    }

    /** Whether a ROUTINE argument names a file rather than an id. */
    public static boolean looksLikePath(String routine) {
        return routine.endsWith(".json") || routine.indexOf('/') >= 0 || routine.indexOf('\\') >= 0;
    }

    /** What the user typed, made safe to print: control characters could drive the terminal. */
    private static String printable(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u0080-\\u009f]", "?");
    }
}
