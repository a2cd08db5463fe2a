package dev.hangtime.routines.editor;

import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft checked as {@code hangtime validate} checks a file: its file read by the same reader, each problem and
 * warning with validate's words, placed at the field it concerns; and, when it reads, its timeline for the preview.
 *
 * @param file the file as the draft writes it
 * @param read what the reader made of it: the routine, or the problems
 * @param problems each problem at its place in the form
 * @param warnings each warning at its place in the form
 * @param timeline the routine expanded, when it reads and expands
 */
public record DraftCheck(String file, ReadResult read, List<Remark> problems, List<Remark> warnings,
        Optional<Timeline> timeline) {

    private static final Pattern STEP = Pattern.compile("steps\\[(\\d+)]");
    private static final Pattern MISSING = Pattern.compile("missing field \"([A-Za-z]+)\"");

    /**
     * What the checker says, and where in the form.
     *
     * @param step the step it concerns, by index and then index inside each repeat; empty for the routine itself
     * @param field the field it concerns, as the form names it ({@code cues.countdown}); empty for the whole step,
     *     or the whole routine
     * @param message as validate words it, without the file's name and place
     * @param line as validate prints it: {@code file:line:col: path: message}
     */
    public record Remark(List<Integer> step, String field, String message, String line) {

        public Remark {
            step = List.copyOf(step);
        }
    }

    public DraftCheck {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Checks {@code draft}, as the file {@code name} (which the messages name, as validate names a file). */
    public static DraftCheck of(RoutineDraft draft, String name) {
        String file = DraftJson.of(draft);
        ReadResult read = RoutineReader.read(name, file);
        List<Remark> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(remark(p.path(), p.message(), p.toString())));
        List<Remark> warnings = new ArrayList<>();
        read.warnings().forEach(w -> warnings.add(remark(w.path(), w.message(), w.toString())));
        Optional<Timeline> timeline = Optional.empty();
        if (read.routine().isPresent()) {
            try {
                timeline = Optional.of(Expansion.expand(read.routine().get()));
            } catch (IllegalArgumentException e) {
                problems.add(new Remark(List.of(), "", e.getMessage(), name + ": " + e.getMessage()));
            }
        }
        return new DraftCheck(file, read, problems, warnings, timeline);
    }

    /** Whether the draft reads as a routine that runs: nothing to fix. */
    public boolean valid() {
        return problems.isEmpty() && read.routine().isPresent();
    }

    /** The remarks about the field {@code field} of the step at {@code step} (empty: the routine's own). */
    public List<Remark> at(List<Integer> step, String field) {
        return problems.stream().filter(r -> r.step().equals(step) && r.field().equals(field)).toList();
    }

    /** "steps[2].steps[0].reps[1]" → step [2, 0], field "reps"; "name" → the routine's name. */
    static Remark remark(String path, String message, String line) {
        List<Integer> step = new ArrayList<>();
        String rest = path;
        Matcher m = STEP.matcher(rest);
        while (m.lookingAt()) {
            step.add(Integer.parseInt(m.group(1)));
            rest = rest.substring(m.end());
            if (rest.startsWith(".")) {
                rest = rest.substring(1);
            }
            m = STEP.matcher(rest);
        }
        // A list item ("reps[1]", "tags[0]") concerns the field that holds the list; a field that is missing is
        // said of the object that misses it, and concerns the field.
        String field = rest.replaceAll("\\[\\d+]$", "");
        Matcher missing = MISSING.matcher(message);
        if (field.isEmpty() && missing.lookingAt()) {
            field = missing.group(1);
        }
        return new Remark(step, field, message, line);
    }
}
