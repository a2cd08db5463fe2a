package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Expands a routine into its segments, as the routine format's "Expansion" section describes: lead-ins,
 * sets × sides × reps with relax and rest between, repeats with a rest between rounds, zero-length
 * segments dropped.
 *
 * <p>The work is bounded by what comes out, not by what the file spells: steps that produce nothing (a
 * {@code 0} rest, a repeat of nothing but such rests) are found once, in one pass over the routine, and never
 * walked again, so that every step walked adds at least one segment. Eight nested repeats of 1000 rounds around
 * a zero-length rest are skipped in one step instead of being walked 10<sup>24</sup> times.
 */
public final class Expansion {

    private final Cues routineCues;
    private final List<Segment> out = new ArrayList<>();
    /** For each list of steps, by identity, the steps in it that produce at least one segment. */
    private final Map<List<Step>, List<Step>> producing = new IdentityHashMap<>();
    /** The routine step the segments being added come from; moves on after each step that added any. */
    private int step;

    private Expansion(Cues routineCues) {
        this.routineCues = routineCues;
    }

    /**
     * Expands {@code routine}.
     *
     * @throws IllegalArgumentException if the routine nests repeats too deeply, would expand to too many
     *     segments or too long a total, or to nothing at all; these are measured before anything is built
     */
    public static Timeline expand(Routine routine) {
        Size size = Size.of(routine.steps());
        if (size.depth() > Limits.MAX_REPEAT_DEPTH) {
            throw new IllegalArgumentException("repeats nest " + size.depth() + " deep; at most "
                    + Limits.MAX_REPEAT_DEPTH);
        }
        if (size.segments() > Limits.MAX_SEGMENTS) {
            throw new IllegalArgumentException("expands to more than " + Limits.MAX_SEGMENTS + " segments");
        }
        if (size.seconds() > Limits.MAX_TOTAL.toSeconds()) {
            throw new IllegalArgumentException("lasts longer than " + Limits.MAX_TOTAL.toHours() + " h in all");
        }
        if (size.segments() == 0) {
            throw new IllegalArgumentException("expands to nothing: every step lasts 0 s");
        }
        Expansion expansion = new Expansion(routine.cues().over(Cues.DEFAULTS));
        expansion.steps(routine.steps(), Optional.empty());
        return new Timeline(routine, expansion.out, Duration.ofSeconds(size.seconds()));
    }

    private void steps(List<Step> steps, Optional<Count> round) {
        for (Step step : producing(steps)) {
            if (step instanceof Repeat) {
                repeat((Repeat) step);
            } else {
                step(step, round);
            }
        }
    }

    private void repeat(Repeat repeat) {
        String roundWord = repeat.label().orElse("round");
        for (int k = 1; k <= repeat.times(); k++) {
            if (k > 1 && !repeat.restBetween().isZero()) {
                add(new Draft(SegmentKind.REST, "Rest before " + roundWord + " " + k, repeat.restBetween(),
                        routineCues));
                step++;
            }
            if (!producing(repeat.steps()).isEmpty()) {
                steps(repeat.steps(), Optional.of(new Count(k, repeat.times())));
            }
        }
    }

    /** The steps of {@code steps} that produce at least one segment; worked out once per list. */
    private List<Step> producing(List<Step> steps) {
        List<Step> known = producing.get(steps);
        if (known != null) {
            return known;
        }
        List<Step> live = new ArrayList<>();
        for (Step step : steps) {
            if (produces(step)) {
                live.add(step);
            }
        }
        producing.put(steps, live);
        return live;
    }

    private boolean produces(Step step) {
        if (step instanceof Repeat) {
            Repeat repeat = (Repeat) step;
            boolean restsBetween = repeat.times() > 1 && !repeat.restBetween().isZero();
            // The inner list is worked out even when the rests decide, so that it is known when walked.
            return !producing(repeat.steps()).isEmpty() || restsBetween;
        }
        if (step instanceof Rest) {
            return !((Rest) step).duration().isZero() || !step.style().prepare().isZero();
        }
        return true;
    }

    private void step(Step step, Optional<Count> round) {
        int before = out.size();
        oneStep(step, round);
        if (out.size() > before) {
            this.step++;
        }
    }

    private void oneStep(Step step, Optional<Count> round) {
        StepStyle style = step.style();
        Cues cues = style.cues().over(routineCues);
        String label = style.label().orElseGet(() -> StepLabels.derive(step));
        if (!style.prepare().isZero()) {
            add(new Draft(SegmentKind.PREPARE, "Get ready: " + label, style.prepare(), cues)
                    .note(style.note()).round(round));
        }
        if (step instanceof Exercise) {
            exercise((Exercise) step, label, cues, round);
            return;
        }
        if (step instanceof Rest && ((Rest) step).duration().isZero()) {
            return;
        }
        Draft draft = new Draft(kindOf(step), label, Steps.length(step).orElse(null), cues)
                .note(noteOf(step, label)).round(round).angle(angleOf(step)).active();
        reminderOf(step).ifPresent(draft::reminder);
        add(draft);
    }

    private void exercise(Exercise exercise, String label, Cues cues, Optional<Count> round) {
        List<Optional<Side>> sides = new ArrayList<>();
        exercise.sides().order().forEach(side -> sides.add(Optional.of(side)));
        if (sides.isEmpty()) {
            sides.add(Optional.empty());
        }
        for (int set = 1; set <= exercise.sets(); set++) {
            if (set > 1 && !exercise.rest().isZero()) {
                add(new Draft(SegmentKind.REST, "Rest", exercise.rest(), cues).round(round));
            }
            Optional<Count> setCount = exercise.sets() > 1 ? Optional.of(new Count(set, exercise.sets()))
                    : Optional.empty();
            for (int s = 0; s < sides.size(); s++) {
                boolean switching = s > 0;
                if (switching && !exercise.switchGap().isZero()) {
                    // The time to change sides; the switch-sides cue sounds at its start, not at the next side's.
                    add(new Draft(SegmentKind.REST, "Switch sides", exercise.switchGap(), cues).round(round)
                            .set(setCount).side(sides.get(s)).switching(true));
                    switching = false;
                }
                Draft base = new Draft(SegmentKind.EXERCISE, label, null, cues).note(exercise.style().note())
                        .round(round).set(setCount).side(sides.get(s));
                if (exercise.work().isPresent()) {
                    add(base.length(exercise.work().get()).active().switching(switching));
                } else if (exercise.hold().isEmpty()) {
                    int reps = exercise.repsPerSet().get(set - 1);
                    add(base.label(label + ": " + reps + (reps == 1 ? " rep" : " reps")).switching(switching));
                } else {
                    reps(exercise, base, exercise.repsPerSet().get(set - 1), switching);
                }
            }
        }
    }

    private void reps(Exercise exercise, Draft base, int reps, boolean switching) {
        for (int rep = 1; rep <= reps; rep++) {
            if (rep > 1 && !exercise.relax().isZero()) {
                // No countdown in a relax: the next hold's start is the cue, and pips in a few seconds of
                // rest between every rep would drown it.
                add(base.kind(SegmentKind.RELAX).label("Relax").length(exercise.relax()).countdown(0)
                        .note(Optional.empty()));
            }
            Draft hold = base.length(exercise.hold().get()).active().switching(switching && rep == 1);
            add(reps > 1 ? hold.rep(Optional.of(new Count(rep, reps))) : hold);
        }
    }

    private void add(Draft draft) {
        out.add(draft.build(out.size(), step));
    }

    private static SegmentKind kindOf(Step step) {
        if (step instanceof Inversion) {
            return SegmentKind.INVERSION;
        } else if (step instanceof Rest) {
            return SegmentKind.REST;
        } else if (step instanceof Walk) {
            return SegmentKind.WALK;
        } else if (step instanceof Heat) {
            return SegmentKind.HEAT;
        } else if (step instanceof Ice) {
            return SegmentKind.ICE;
        } else if (step instanceof Prompt) {
            return SegmentKind.PROMPT;
        }
        throw new AssertionError(step);
    }

    /** The step's note; a prompt's text comes first, unless the label already says all of it. */
    private static Optional<String> noteOf(Step step, String label) {
        Optional<String> note = step.style().note();
        if (step instanceof Prompt && !((Prompt) step).text().equals(label)) {
            String text = ((Prompt) step).text();
            return Optional.of(note.map(n -> text + "\n\n" + n).orElse(text));
        }
        return note;
    }

    private static OptionalInt angleOf(Step step) {
        return step instanceof Inversion ? OptionalInt.of(((Inversion) step).angle()) : OptionalInt.empty();
    }

    private static Optional<Reminder> reminderOf(Step step) {
        if (step instanceof Inversion) {
            return ((Inversion) step).oscillate().map(p -> new Reminder(Reminder.Reason.OSCILLATE, p));
        } else if (step instanceof Heat) {
            return ((Heat) step).checkEvery().map(p -> new Reminder(Reminder.Reason.CHECK_SKIN, p));
        } else if (step instanceof Ice) {
            return ((Ice) step).checkEvery().map(p -> new Reminder(Reminder.Reason.CHECK_SKIN, p));
        }
        return Optional.empty();
    }
}
