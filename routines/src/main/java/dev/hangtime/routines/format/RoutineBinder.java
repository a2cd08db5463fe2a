package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Size;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.Warnings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a parsed routine file against format version 1 and builds the routine when nothing is wrong. The
 * routine's size is measured before it is returned, so that whatever the reader gives can be expanded.
 */
final class RoutineBinder {

    private final Problems problems;
    private final Values values;
    private final StepBinder steps;

    private RoutineBinder(Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
        this.steps = new StepBinder(problems);
    }

    static ReadResult bind(String file, Json root) {
        Problems problems = new Problems(file);
        Optional<Routine> routine = new RoutineBinder(problems).routine(root);
        return routine.isPresent() && problems.count() == 0
                ? ReadResult.of(file, routine.get(), warnings(file, root, routine.get()))
                : ReadResult.failed(file, problems.sorted());
    }

    /** The routine's warnings, each at the step it concerns, found by its path in the file. */
    private static List<FileWarning> warnings(String file, Json root, Routine routine) {
        List<FileWarning> out = new ArrayList<>();
        for (Warnings.Warning warning : Warnings.located(routine)) {
            Optional<Json.Position> at = at(root, warning.path());
            out.add(at.map(p -> new FileWarning(file, p.line(), p.column(), warning.path(), warning.message()))
                    .orElseGet(() -> new FileWarning(file, 0, 0, warning.path(), warning.message())));
        }
        return out;
    }

    /** Where the value at {@code path} (such as {@code steps[1].steps[0]}) starts; empty for no such value. */
    private static Optional<Json.Position> at(Json root, String path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Json value = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!(value instanceof Json.Obj)) {
                return Optional.empty();
            }
            Optional<Json> member = ((Json.Obj) value).members().stream().filter(m -> m.name().equals(name))
                    .map(Json.Member::value).findFirst();
            if (member.isEmpty()) {
                return Optional.empty();
            }
            value = member.get();
            if (bracket >= 0) {
                int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                if (!(value instanceof Json.Arr) || index >= ((Json.Arr) value).items().size()) {
                    return Optional.empty();
                }
                value = ((Json.Arr) value).items().get(index);
            }
        }
        return Optional.of(value.at());
    }

    private Optional<Routine> routine(Json root) {
        if (!(root instanceof Json.Obj)) {
            problems.add(root, "", "expected an object, found " + MessageText.value(root) + " (a routine file holds"
                    + " one object: {\"hangtime\": 1, \"name\": ..., \"steps\": [...]})");
            return Optional.empty();
        }
        Json.Obj object = (Json.Obj) root;
        if (newerFormat(object)) {
            return Optional.empty();
        }
        Fields f = Fields.of(object, "", FieldSet.ROUTINE, problems);
        f.require("hangtime").ifPresent(this::version);
        Optional<String> id = f.get("id").isPresent()
                ? f.get("id").flatMap(v -> values.slug(v, "id", "id", Limits.MAX_ID))
                : idFromFileName();
        Optional<String> name = f.require("name").flatMap(v -> values.requiredText(v, "name", Limits.MAX_NAME));
        Optional<String> summary = f.get("summary").flatMap(v -> values.text(v, "summary", Limits.MAX_SUMMARY,
                false));
        Optional<List<String>> tags = f.get("tags").flatMap(this::tags);
        Optional<Cues> cues = f.get("cues").flatMap(v -> steps.cues(v, "cues"));
        Optional<List<Step>> list = f.require("steps").flatMap(v -> steps.steps(v, "steps", 0));
        if (problems.count() > 0 || !fits(f.get("steps").get(), list.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Routine(id.get(), name.get(), summary, tags.orElse(List.of()),
                    cues.orElse(Cues.INHERIT), list.get()));
        } catch (IllegalArgumentException e) {
            problems.add(object, "", MessageText.escape(String.valueOf(e.getMessage()))
                    + " (this file found a gap in Hangtime's checks; please report it)");
            return Optional.empty();
        }
    }

    /**
     * A file from a newer Hangtime is refused with that one message: its other fields may well be valid in
     * its own format, and listing them as unknown would only mislead.
     */
    private boolean newerFormat(Json.Obj object) {
        for (Json.Member member : object.members()) {
            if (member.name().equals("hangtime") && member.value() instanceof Json.Num
                    && ((Json.Num) member.value()).integral()
                    && new java.math.BigInteger(((Json.Num) member.value()).text())
                            .compareTo(java.math.BigInteger.valueOf(Limits.FORMAT_VERSION)) > 0) {
                problems.add(member.value(), "hangtime", "written by a newer Hangtime (format "
                        + MessageText.value(member.value()) + "); this version reads format " + Limits.FORMAT_VERSION);
                return true;
            }
        }
        return false;
    }

    private void version(Json value) {
        boolean one = value instanceof Json.Num && ((Json.Num) value).text().equals("1");
        if (!one) {
            problems.add(value, "hangtime", MessageText.value(value) + " is not a format version (write \"hangtime\": "
                    + Limits.FORMAT_VERSION + ")");
        }
    }

    /**
     * A file without an {@code id} is named by its file name, made a slug: {@code My Morning.json} is
     * {@code my-morning}. Only a name with nothing of a slug in it, or too long a one, is refused.
     */
    private Optional<String> idFromFileName() {
        Optional<String> id = Slugs.ofFileName(problems.file());
        if (id.isEmpty()) {
            problems.inFile("the file name does not make a valid id (add an \"id\" such as \"my-routine\", or "
                    + "rename the file)");
        }
        return id;
    }

    private Optional<List<String>> tags(Json value) {
        Optional<List<Json>> items = values.list(value, "tags", "[\"core\", \"walk\"]");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            values.slug(items.get().get(i), "tags[" + i + "]", "tag", Integer.MAX_VALUE).ifPresent(tags::add);
        }
        return problems.count() > before ? Optional.empty() : Optional.of(tags);
    }

    /**
     * Whether the routine is small enough to run, and not empty, measured without expanding it: a few nested
     * repeats of 1000 times would otherwise expand to more segments than memory holds. These are the checks
     * {@link dev.hangtime.core.routine.Expansion#expand} makes, so that a file this reader accepts expands.
     */
    private boolean fits(Json stepsValue, List<Step> list) {
        Size size = Size.of(list);
        if (size.segments() > Limits.MAX_SEGMENTS) {
            problems.add(stepsValue, "steps", String.format(java.util.Locale.ROOT, "expands to more than %,d "
                    + "segments (lower the \"times\" of a repeat, or split the routine in two)", Limits.MAX_SEGMENTS));
        }
        if (size.segments() == 0) {
            problems.add(stepsValue, "steps", "expands to nothing: every step lasts 0 s (give a step a length)");
        }
        if (size.seconds() > Limits.MAX_TOTAL.toSeconds()) {
            problems.add(stepsValue, "steps", "lasts longer than " + Durations.format(Limits.MAX_TOTAL)
                    + " in all (shorten it, or split it into several routines)");
        }
        return problems.count() == 0;
    }
}
