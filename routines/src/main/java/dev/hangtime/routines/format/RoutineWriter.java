package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Walk;
import dev.hangtime.routines.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Writes routines in the canonical form of format version 1: two-space indent, fields in the order the
 * format lists them, durations in their shortest string form, defaults left out. Reading what it writes gives
 * an equal routine, and writing that again gives the same bytes, so files can be diffed and shared.
 */
public final class RoutineWriter {

    private RoutineWriter() {
    }

    /** The canonical file content for {@code routine}, ending with a newline. */
    public static String write(Routine routine) {
        JsonOut out = new JsonOut();
        out.begin();
        out.field("hangtime").number(1);
        out.field("id").string(routine.id());
        out.field("name").string(routine.name());
        routine.summary().ifPresent(s -> out.field("summary").string(s));
        if (!routine.tags().isEmpty()) {
            out.field("tags").inline(routine.tags().stream().map(JsonOut::quote).toList());
        }
        cues(out, routine.cues());
        out.field("steps").beginList();
        routine.steps().forEach(step -> step(out, step));
        out.endList();
        out.end();
        return out.toString();
    }

    /**
     * Writes {@code routine} to {@code file}, replacing it whole, so a crash never leaves half a routine.
     */
    public static void save(Routine routine, Path file) throws IOException {
        AtomicFile.replace(file, write(routine));
    }

    private static void step(JsonOut out, Step step) {
        out.begin();
        out.field("type").string(step.type());
        if (step instanceof Inversion) {
            Inversion s = (Inversion) step;
            out.field("angle").number(s.angle());
            duration(out, "hold", s.hold());
            s.oscillate().ifPresent(d -> duration(out, "oscillate", d));
        } else if (step instanceof Exercise) {
            exercise(out, (Exercise) step);
        } else if (step instanceof Rest) {
            duration(out, "duration", ((Rest) step).duration());
        } else if (step instanceof Walk) {
            Walk s = (Walk) step;
            duration(out, "duration", s.duration());
            s.pace().ifPresent(p -> out.field("pace").string(p));
        } else if (step instanceof Heat) {
            duration(out, "duration", ((Heat) step).duration());
            ((Heat) step).checkEvery().ifPresent(d -> duration(out, "checkEvery", d));
        } else if (step instanceof Ice) {
            duration(out, "duration", ((Ice) step).duration());
            ((Ice) step).checkEvery().ifPresent(d -> duration(out, "checkEvery", d));
        } else if (step instanceof Prompt) {
            out.field("text").string(((Prompt) step).text());
            ((Prompt) step).duration().ifPresent(d -> duration(out, "duration", d));
        } else if (step instanceof Repeat) {
            Repeat s = (Repeat) step;
            out.field("times").number(s.times());
            out.field("steps").beginList();
            s.steps().forEach(inner -> step(out, inner));
            out.endList();
            optional(out, "restBetween", s.restBetween());
            s.label().ifPresent(l -> out.field("label").string(l));
            out.end();
            return;
        } else {
            throw new AssertionError(step);
        }
        style(out, step.style());
        out.end();
    }

    private static void exercise(JsonOut out, Exercise s) {
        out.field("name").string(s.name());
        s.work().ifPresent(w -> duration(out, "work", w));
        boolean listed = !s.repsPerSet().isEmpty() && !s.uniformReps();
        if (listed) {
            out.field("reps").inline(s.repsPerSet().stream().map(String::valueOf).toList());
        } else if (!s.repsPerSet().isEmpty()) {
            out.field("reps").number(s.repsPerSet().get(0));
        }
        s.hold().ifPresent(h -> duration(out, "hold", h));
        optional(out, "relax", s.relax());
        if (!listed && s.sets() != 1) {
            out.field("sets").number(s.sets());
        }
        optional(out, "rest", s.rest());
        if (s.sides() != Sides.ONE) {
            out.field("sides").string(s.sides().word());
        }
        optional(out, "switch", s.switchGap());
    }

    private static void style(JsonOut out, StepStyle style) {
        style.label().ifPresent(l -> out.field("label").string(l));
        style.note().ifPresent(n -> out.field("note").string(n));
        optional(out, "prepare", style.prepare());
        cues(out, style.cues());
    }

    private static void cues(JsonOut out, Cues cues) {
        if (cues.isEmpty()) {
            return;
        }
        StringBuilder inline = new StringBuilder("{");
        cues.countdown().ifPresent(n -> inline.append("\"countdown\": ").append(n));
        Optional<Boolean> halfway = cues.halfway();
        halfway.ifPresent(h -> inline.append(inline.length() > 1 ? ", " : "").append("\"halfway\": ").append(h));
        out.field("cues").raw(inline.append('}').toString());
    }

    private static void duration(JsonOut out, String name, Duration d) {
        out.field(name).string(Durations.format(d));
    }

    /** Durations whose zero means "none" are left out when zero. */
    private static void optional(JsonOut out, String name, Duration d) {
        if (!d.isZero()) {
            duration(out, name, d);
        }
    }
}
