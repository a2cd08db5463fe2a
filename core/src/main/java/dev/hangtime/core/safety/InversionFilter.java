package dev.hangtime.core.safety;

import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Repeat;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A routine without its inversion, for someone to whom something on the safety list applies. Every inversion
 * step goes, and so does a prompt right before or right after a run of them: such a prompt leads onto the table
 * ("Safety check") or off it ("Come up slowly"), and means nothing without it. A repeat left empty goes too.
 */
public final class InversionFilter {

    private InversionFilter() {
    }

    /** Whether {@code routine} has an inversion step anywhere, repeats included. */
    public static boolean inverts(Routine routine) {
        return inverts(routine.steps());
    }

    private static boolean inverts(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Inversion || step instanceof Repeat && inverts(((Repeat) step).steps())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code routine} without its inversion, under the same id and name, its {@code inversion} tag dropped; empty
     * when nothing would be left to do but prompts and rests.
     */
    public static Optional<Routine> without(Routine routine) {
        List<Step> kept = without(routine.steps());
        if (kept.stream().noneMatch(InversionFilter::doesSomething)) {
            return Optional.empty();
        }
        List<String> tags = routine.tags().stream().filter(tag -> !tag.equals("inversion")).toList();
        return Optional.of(new Routine(routine.id(), routine.name(), routine.summary(), tags, routine.cues(), kept));
    }

    private static List<Step> without(List<Step> steps) {
        boolean[] drop = new boolean[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Inversion) {
                drop[i] = true;
                if (i > 0 && steps.get(i - 1) instanceof Prompt) {
                    drop[i - 1] = true;
                }
                if (i + 1 < steps.size() && steps.get(i + 1) instanceof Prompt) {
                    drop[i + 1] = true;
                }
            }
        }
        List<Step> kept = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (drop[i]) {
                continue;
            }
            if (step instanceof Repeat) {
                Repeat repeat = (Repeat) step;
                List<Step> inner = without(repeat.steps());
                if (!inner.isEmpty()) {
                    kept.add(new Repeat(repeat.times(), inner, repeat.restBetween(), repeat.label()));
                }
            } else {
                kept.add(step);
            }
        }
        return kept;
    }

    /** Whether a step is something to do, rather than words or a pause. */
    private static boolean doesSomething(Step step) {
        if (step instanceof Repeat) {
            return ((Repeat) step).steps().stream().anyMatch(InversionFilter::doesSomething);
        }
        return !(step instanceof Prompt) && !(step instanceof Rest);
    }
}
