package dev.hangtime.routines.format;

import dev.hangtime.core.plan.DayRoutine;
import dev.hangtime.core.plan.Plan;
import dev.hangtime.core.plan.PlanSession;
import dev.hangtime.core.plan.Stage;
import dev.hangtime.core.plan.WeekValues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Limits;
import dev.hangtime.core.routine.Routine;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks a parsed plan file against the plan format ({@code docs/plans.md}) and builds the plan when nothing is
 * wrong. Each routine it names is looked up, and each session's values are tried on its routine, so that what
 * the plan will run is known to run.
 */
final class PlanBinder {

    static final FieldSet PLAN = new FieldSet("a plan",
            List.of("hangtime", "id", "name", "summary", "tags", "note", "schedule"),
            List.of("hangtime", "name", "schedule"));
    static final FieldSet STAGE = new FieldSet("a stage of the schedule", List.of("weeks", "label", "note", "sessions"),
            List.of("sessions"));
    static final FieldSet SESSION = new FieldSet("a session", List.of("routine", "or", "days", "perDay", "values"),
            List.of("routine"));
    static final FieldSet VALUES = new FieldSet("values",
            List.of("angle", "hold", "walk", "heat", "ice", "reps", "sets"), List.of());

    /** Enough for any week: a few sessions, each on its days. */
    static final int MAX_SESSIONS = 20;
    /** "Once or twice a day" is as often as any plan asks; a few more leave room. */
    static final int MAX_PER_DAY = 4;

    /** The steps each value sets, in words. */
    private static final Map<String, String> STEPS = Map.of(
            "angle", "inversion step steeper than " + DayRoutine.NEAR_LEVEL + "°",
            "hold", "inversion hold steeper than " + DayRoutine.NEAR_LEVEL + "° that does not rock",
            "walk", "walk step",
            "heat", "heat step",
            "ice", "ice step",
            "reps", "exercise that counts reps",
            "sets", "exercise of timed sets or of the same reps in every set");

    private static final String STAGE_EXAMPLE = "{\"weeks\": 2, \"sessions\": [{\"routine\": \"walking-easy\"}]}";
    private static final String SESSION_EXAMPLE = "{\"routine\": \"walking-easy\", \"days\": [1, 3, 5]}";

    private final Problems problems;
    private final Values values;
    private final PlanReader.Routines routines;

    private PlanBinder(Problems problems, PlanReader.Routines routines) {
        this.problems = problems;
        this.values = new Values(problems);
        this.routines = routines;
    }

    static PlanReadResult bind(String file, Json root, PlanReader.Routines routines) {
        Problems problems = new Problems(file);
        Optional<Plan> plan = new PlanBinder(problems, routines).plan(root);
        return plan.isPresent() && problems.count() == 0 ? new PlanReadResult(file, plan, List.of())
                : PlanReadResult.failed(file, problems.sorted());
    }

    private Optional<Plan> plan(Json root) {
        if (!(root instanceof Json.Obj)) {
            problems.add(root, "", "expected an object, found " + MessageText.value(root) + " (a plan file holds one object:"
                    + " {\"hangtime\": 1, \"name\": ..., \"schedule\": [...]})");
            return Optional.empty();
        }
        Json.Obj object = (Json.Obj) root;
        Optional<Json> version = object.members().stream().filter(m -> m.name().equals("hangtime"))
                .map(Json.Member::value).findFirst();
        if (version.filter(v -> v instanceof Json.Num && ((Json.Num) v).integral()
                && new BigInteger(((Json.Num) v).text()).compareTo(BigInteger.ONE) > 0).isPresent()) {
            problems.add(version.get(), "hangtime", "written by a newer Hangtime (format " + MessageText.value(version.get())
                    + "); this version reads format " + Limits.FORMAT_VERSION);
            return Optional.empty();
        }
        Fields f = Fields.of(object, "", PLAN, problems);
        f.require("hangtime").filter(v -> !(v instanceof Json.Num && ((Json.Num) v).text().equals("1")))
                .ifPresent(v -> problems.add(v, "hangtime", MessageText.value(v) + " is not a format version (write"
                        + " \"hangtime\": 1)"));
        Optional<String> id = f.get("id").isPresent()
                ? f.get("id").flatMap(v -> values.slug(v, "id", "id", Limits.MAX_ID)) : idFromFileName();
        Optional<String> name = f.require("name").flatMap(v -> values.requiredText(v, "name", Limits.MAX_NAME));
        Optional<String> summary = f.get("summary").flatMap(v -> values.text(v, "summary", Limits.MAX_SUMMARY,
                false));
        List<String> tags = f.get("tags").map(this::tags).orElse(List.of());
        Optional<String> note = f.get("note").flatMap(v -> values.text(v, "note", Limits.MAX_NOTE, true));
        Optional<List<Stage>> schedule = f.require("schedule").flatMap(this::schedule);
        if (problems.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Plan(id.get(), name.get(), summary, tags, note, schedule.get()));
    }

    private Optional<String> idFromFileName() {
        String file = problems.file();
        String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String id = base.endsWith(".json") ? base.substring(0, base.length() - ".json".length()) : base;
        if (!Limits.isSlug(id) || id.length() > Limits.MAX_ID) {
            String suggestion = Slugs.suggest(id);
            problems.inFile("the file name does not make a valid id (add an \"id\" such as "
                    + MessageText.quote(suggestion.isEmpty() ? "my-plan" : suggestion) + ", or rename the file)");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private List<String> tags(Json value) {
        List<String> tags = new ArrayList<>();
        values.list(value, "tags", "[\"walk\", \"core\"]").ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                values.slug(items.get(i), "tags[" + i + "]", "tag", Integer.MAX_VALUE).ifPresent(tags::add);
            }
        });
        return tags;
    }

    private Optional<List<Stage>> schedule(Json value) {
        Optional<List<Json>> items = values.list(value, "schedule", "[" + STAGE_EXAMPLE + "]");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            problems.add(value, "schedule", "is empty (add at least one stage, such as " + STAGE_EXAMPLE + ")");
            return Optional.empty();
        }
        if (items.get().size() > Plan.MAX_WEEKS) {
            problems.add(value, "schedule", "has " + items.get().size() + " stages (a plan lasts at most "
                    + Plan.MAX_WEEKS + " weeks)");
            return Optional.empty();
        }
        int before = problems.count();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            stage(items.get().get(i), "schedule[" + i + "]").ifPresent(stages::add);
        }
        int weeks = stages.stream().mapToInt(Stage::weeks).sum();
        if (weeks > Plan.MAX_WEEKS) {
            problems.add(value, "schedule", "lasts " + weeks + " weeks (a plan lasts at most " + Plan.MAX_WEEKS
                    + " weeks; split it into two plans)");
        }
        return problems.count() > before ? Optional.empty() : Optional.of(stages);
    }

    private Optional<Stage> stage(Json value, String path) {
        Optional<Json.Obj> object = values.object(value, path, "a stage", STAGE_EXAMPLE);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Fields f = Fields.of(object.get(), path, STAGE, problems);
        int weeks = f.get("weeks").flatMap(v -> values.integer(v, f.path("weeks"), 1, Plan.MAX_WEEKS, "weeks"))
                .orElse(1);
        Optional<String> label = f.get("label").flatMap(v -> values.text(v, f.path("label"), Limits.MAX_LABEL,
                false));
        Optional<String> note = f.get("note").flatMap(v -> values.text(v, f.path("note"), Limits.MAX_NOTE, true));
        List<PlanSession> sessions = f.require("sessions").map(v -> sessions(v, f.path("sessions")))
                .orElse(List.of());
        return problems.count() > before ? Optional.empty() : Optional.of(new Stage(weeks, label, note, sessions));
    }

    private List<PlanSession> sessions(Json value, String path) {
        List<PlanSession> sessions = new ArrayList<>();
        Optional<List<Json>> items = values.list(value, path, "[" + SESSION_EXAMPLE + "]");
        if (items.isEmpty()) {
            return sessions;
        }
        if (items.get().isEmpty() || items.get().size() > MAX_SESSIONS) {
            problems.add(value, path, items.get().isEmpty() ? "is empty (add at least one session, such as "
                    + SESSION_EXAMPLE + ")" : "has " + items.get().size() + " sessions (a week has at most "
                    + MAX_SESSIONS + ")");
            return sessions;
        }
        // A routine is a session of a week once: "run ROUTINE --plan" must know which values it runs with.
        Map<String, String> counted = new LinkedHashMap<>();
        for (int i = 0; i < items.get().size(); i++) {
            String at = path + "[" + i + "]";
            Optional<PlanSession> session = session(items.get().get(i), at);
            if (session.isEmpty()) {
                continue;
            }
            for (String routine : session.get().routines()) {
                String first = counted.putIfAbsent(routine, at);
                if (first != null) {
                    problems.add(items.get().get(i), at, MessageText.quote(routine) + " is a session of this stage already,"
                            + " at " + first + " (give it once, with more days or a higher perDay)");
                }
            }
            sessions.add(session.get());
        }
        return sessions;
    }

    private Optional<PlanSession> session(Json value, String path) {
        Optional<Json.Obj> object = values.object(value, path, "a session", SESSION_EXAMPLE);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Fields f = Fields.of(object.get(), path, SESSION, problems);
        Optional<Routine> routine = f.require("routine").flatMap(v -> routine(v, f.path("routine")));
        List<String> or = f.get("or").map(v -> alternatives(v, f.path("or"))).orElse(List.of());
        List<Integer> days = f.get("days").map(v -> days(v, f.path("days"))).orElse(PlanSession.EVERY_DAY);
        int perDay = f.get("perDay").flatMap(v -> values.integer(v, f.path("perDay"), 1, MAX_PER_DAY,
                "times a day")).orElse(1);
        Optional<WeekValues> week = f.get("values").isPresent()
                ? f.get("values").flatMap(v -> weekValues(v, f.path("values"))) : Optional.of(WeekValues.NONE);
        if (problems.count() > before) {
            return Optional.empty();
        }
        tryOn(routine.get(), week.get(), f.get("values"), f.path("values"));
        return problems.count() > before ? Optional.empty()
                : Optional.of(new PlanSession(routine.get().id(), or, days, perDay, week.get()));
    }

    private Optional<Routine> routine(Json value, String path) {
        Optional<String> id = values.slug(value, path, "routine id", Limits.MAX_ID);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Routine> routine = routines.find(id.get());
        if (routine.isEmpty()) {
            List<String> close = routines.idsCloseTo(id.get());
            String hint = close.isEmpty() ? "hangtime list shows the routines"
                    : close.size() == 1 ? "did you mean " + close.get(0) + "?"
                    : "did you mean one of: " + String.join(", ", close) + "?";
            problems.add(value, path, "no routine has the id " + MessageText.quote(id.get()) + " (" + hint + ")");
        }
        return routine;
    }

    private List<String> alternatives(Json value, String path) {
        List<String> ids = new ArrayList<>();
        values.list(value, path, "[\"ice\"]").ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                routine(items.get(i), path + "[" + i + "]").ifPresent(r -> ids.add(r.id()));
            }
        });
        return ids;
    }

    private List<Integer> days(Json value, String path) {
        List<Integer> days = new ArrayList<>();
        Optional<List<Json>> items = values.list(value, path, "[1, 3, 5]");
        if (items.isEmpty()) {
            return days;
        }
        if (items.get().isEmpty()) {
            problems.add(value, path, "is empty (list the days of the plan's week it is due on, 1–7, or leave it out"
                    + " for every day)");
        }
        for (int i = 0; i < items.get().size(); i++) {
            Json item = items.get().get(i);
            values.integer(item, path + "[" + i + "]", 1, 7, "day of the plan's week").ifPresent(day -> {
                if (days.contains(day)) {
                    problems.add(item, path, "day " + day + " is given twice (give each day once; perDay says how"
                            + " many times a day)");
                } else {
                    days.add(day);
                }
            });
        }
        days.sort(Integer::compare);
        return days;
    }

    private Optional<WeekValues> weekValues(Json value, String path) {
        Optional<Json.Obj> object = values.object(value, path, "values", "{\"angle\": 30, \"hold\": \"1m\"}");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Fields f = Fields.of(object.get(), path, VALUES, problems);
        OptionalInt angle = f.get("angle").flatMap(v -> values.integer(v, f.path("angle"), Limits.MIN_ANGLE,
                Limits.MAX_ANGLE, "degrees")).map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<Duration> hold = duration(f, "hold");
        Optional<Duration> walk = duration(f, "walk");
        Optional<Duration> heat = duration(f, "heat");
        Optional<Duration> ice = duration(f, "ice");
        List<Integer> reps = f.get("reps").map(v -> reps(v, f.path("reps"))).orElse(List.of());
        OptionalInt sets = f.get("sets").flatMap(v -> values.integer(v, f.path("sets"), 1, Exercise.MAX_SETS,
                "sets")).map(OptionalInt::of).orElse(OptionalInt.empty());
        if (sets.isPresent() && reps.size() > 1 && reps.size() != sets.getAsInt()) {
            problems.add(f.get("sets").get(), f.path("sets"), sets.getAsInt() + " does not match the "
                    + MessageText.count(reps.size(), "entry", "entries") + " of \"reps\" (remove \"sets\": a list of reps has"
                    + " one entry per set)");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new WeekValues(angle, hold, walk, heat, ice, reps, sets));
    }

    private Optional<Duration> duration(Fields f, String name) {
        return f.get(name).flatMap(v -> values.duration(v, f.path(name), false));
    }

    private List<Integer> reps(Json value, String path) {
        if (!(value instanceof Json.Arr)) {
            return values.integer(value, path, 1, Exercise.MAX_REPS, "reps").map(List::of).orElse(List.of());
        }
        List<Json> items = ((Json.Arr) value).items();
        if (items.isEmpty() || items.size() > Exercise.MAX_SETS) {
            problems.add(value, path, items.isEmpty() ? "is empty (write the reps of each set, such as [6, 4, 2])"
                    : "lists " + items.size() + " sets (at most " + Exercise.MAX_SETS + ")");
            return List.of();
        }
        List<Integer> reps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            values.integer(items.get(i), path + "[" + i + "]", 1, Exercise.MAX_REPS, "reps").ifPresent(reps::add);
        }
        return reps;
    }

    /**
     * Tries {@code week} on {@code routine}: each value must set a step of it, and what it makes must be a routine
     * that runs.
     */
    private void tryOn(Routine routine, WeekValues week, Optional<Json> valuesJson, String path) {
        if (valuesJson.isEmpty()) {
            return;
        }
        Json.Obj object = (Json.Obj) valuesJson.get();
        for (String name : DayRoutine.unused(routine, week)) {
            Json at = object.members().stream().filter(m -> m.name().equals(name)).map(Json.Member::value)
                    .findFirst().orElse(object);
            problems.add(at, path + "." + name, routine.id() + " has no " + STEPS.get(name) + " for \"" + name
                    + "\" to set (see which values set which steps in the plan format)");
        }
        if (problems.count() > 0) {
            return;
        }
        try {
            Expansion.expand(DayRoutine.build(routine, week));
        } catch (IllegalArgumentException e) {
            problems.add(object, path, "make " + routine.id() + " a routine that cannot run: "
                    + MessageText.escape(String.valueOf(e.getMessage())));
        }
    }
}
