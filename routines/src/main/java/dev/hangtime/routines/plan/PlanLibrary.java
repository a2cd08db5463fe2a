package dev.hangtime.routines.plan;

import dev.hangtime.core.plan.Plan;
import dev.hangtime.core.safety.InversionFilter;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.routines.format.EditDistance;
import dev.hangtime.routines.format.PlanReadResult;
import dev.hangtime.routines.format.PlanReader;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.safety.Alternatives;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plans a user can follow: the built-in ones and those in the user's plan folder, {@code plans/} beside
 * {@code routines/}. A user plan with a built-in's id shadows it; a user file that cannot be read is reported in
 * {@link #problems()} and left out. Plans name routines, so the library is read against a routine library.
 */
public final class PlanLibrary {

    private final Map<String, PlanEntry> byId;
    private final List<Problem> problems;

    private PlanLibrary(Map<String, PlanEntry> byId, List<Problem> problems) {
        this.byId = byId;
        this.problems = List.copyOf(problems);
    }

    /** The folder of user plans for {@code paths}: {@code plans/} beside the routines folder. */
    public static Path folder(HangtimePaths paths) {
        return paths.routines().resolveSibling("plans");
    }

    /** The built-in plans and the user plans of {@code paths}, naming the routines of {@code routines}. */
    public static PlanLibrary load(HangtimePaths paths, RoutineLibrary routines) {
        return load(folder(paths), routines);
    }

    /** The built-in plans and the {@code *.json} files in {@code userPlans}, which need not exist. */
    public static PlanLibrary load(Path userPlans, RoutineLibrary routines) {
        PlanReader.Routines lookup = lookup(routines);
        Map<String, PlanEntry> byId = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (PlanReadResult builtIn : BuiltInPlans.read(lookup)) {
            problems.addAll(builtIn.problems());
            builtIn.plan().ifPresent(p -> byId.put(p.id(), new PlanEntry(p, Optional.empty(), false)));
        }
        Map<String, Path> userIds = new LinkedHashMap<>();
        for (Path file : userFiles(userPlans, problems)) {
            PlanReadResult result = PlanReader.read(file, lookup);
            problems.addAll(result.problems());
            if (result.plan().isEmpty()) {
                continue;
            }
            Plan plan = result.plan().get();
            Path other = userIds.putIfAbsent(plan.id(), file);
            if (other != null) {
                problems.add(Problem.inFile(file.toString(), "has the id \"" + plan.id() + "\", which " + other
                        + " already has (give one of them another id)"));
                continue;
            }
            byId.put(plan.id(), new PlanEntry(plan, Optional.of(file), byId.containsKey(plan.id())));
        }
        return new PlanLibrary(byId, problems);
    }

    /** The routines of {@code library}, as a plan names them. */
    public static PlanReader.Routines lookup(RoutineLibrary library) {
        return new PlanReader.Routines() {
            @Override
            public Optional<Routine> find(String id) {
                return library.find(id).map(LibraryEntry::routine);
            }

            @Override
            public List<String> idsCloseTo(String id) {
                return library.idsCloseTo(id);
            }
        };
    }

    private static List<Path> userFiles(Path folder, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                if (!file.getFileName().toString().startsWith(".") && !Files.isDirectory(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(folder.toString(), "the plan folder cannot be read ("
                    + e.getClass().getSimpleName() + "; check that it is a folder you may read)"));
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /** Every plan, by id. */
    public List<PlanEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** The plan with {@code id}. */
    public Optional<PlanEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether a session of {@code plan} turns the user upside down, its routines found in {@code routines}. */
    public static boolean inverts(PlanEntry plan, RoutineLibrary routines) {
        return plan.plan().routines().stream().flatMap(id -> routines.find(id).stream())
                .anyMatch(e -> InversionFilter.inverts(e.routine()));
    }

    /** The ids of the plans without inversion, by id: what to offer someone who must not invert. */
    public List<String> withoutInversion(RoutineLibrary routines) {
        return byId.values().stream().filter(p -> !inverts(p, routines)).map(PlanEntry::id).toList();
    }

    /**
     * The routines of {@code routines} and the plans in {@code paths} without inversion, in the sentence the
     * safety screen's answer offers instead of inversion.
     */
    public static String alternativesToInversion(HangtimePaths paths, RoutineLibrary routines) {
        return Alternatives.sentence(Alternatives.routines(routines), load(paths, routines).withoutInversion(routines));
    }

    /** The user files that could not be read, and why. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The ids most likely meant by a mistyped {@code id}, closest first: those a few edits away from the id or from
     * one of its leading parts ("walkng" finds walking-12-weeks), and those it is part of.
     */
    public List<String> idsCloseTo(String id) {
        return byId.keySet().stream().filter(candidate -> distance(id, candidate) <= Math.max(2, id.length() / 4)
                || id.length() >= 3 && candidate.contains(id))
                .sorted(Comparator.comparingInt((String c) -> distance(id, c)).thenComparing(c -> c))
                .limit(5).toList();
    }

    /** The fewest edits from {@code typed} to {@code id} or to a part of it that ends before a hyphen. */
    private static int distance(String typed, String id) {
        int best = EditDistance.between(typed, id);
        for (int dash = id.indexOf('-'); dash >= 0; dash = id.indexOf('-', dash + 1)) {
            best = Math.min(best, EditDistance.between(typed, id.substring(0, dash)));
        }
        return best;
    }
}
