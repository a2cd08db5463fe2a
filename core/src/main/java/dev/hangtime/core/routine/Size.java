package dev.hangtime.core.routine;

import java.util.List;

/**
 * How large a list of steps becomes when expanded, computed without expanding it, so that a routine that
 * would expand to millions of segments is refused before anything large is built. Counts saturate at
 * {@link Long#MAX_VALUE} instead of overflowing.
 *
 * @param segments segments after expansion
 * @param seconds total of the timed segments
 * @param depth deepest nesting of {@code repeat}; 0 for none
 */
public record Size(long segments, long seconds, int depth) {

    /** Measures {@code steps}. */
    public static Size of(List<Step> steps) {
        long segments = 0;
        long seconds = 0;
        int depth = 0;
        for (Step step : steps) {
            Size one = of(step);
            segments = plus(segments, one.segments);
            seconds = plus(seconds, one.seconds);
            depth = Math.max(depth, one.depth);
        }
        return new Size(segments, seconds, depth);
    }

    private static Size of(Step step) {
        if (step instanceof Repeat) {
            Repeat repeat = (Repeat) step;
            Size inner = of(repeat.steps());
            long rests = repeat.restBetween().isZero() ? 0 : repeat.times() - 1L;
            return new Size(plus(times(inner.segments, repeat.times()), rests),
                    plus(times(inner.seconds, repeat.times()), times(repeat.restBetween().toSeconds(), rests)),
                    inner.depth + 1);
        }
        Size body = body(step);
        long prepare = step.style().prepare().toSeconds();
        return new Size(plus(body.segments, prepare > 0 ? 1 : 0), plus(body.seconds, prepare), 0);
    }

    private static Size body(Step step) {
        if (step instanceof Exercise) {
            return exercise((Exercise) step);
        }
        if (step instanceof Rest && ((Rest) step).duration().isZero()) {
            return new Size(0, 0, 0);
        }
        return new Size(1, Steps.length(step).map(java.time.Duration::toSeconds).orElse(0L), 0);
    }

    private static Size exercise(Exercise exercise) {
        long sides = Math.max(1, exercise.sides().order().size());
        long segments = 0;
        long seconds = 0;
        if (exercise.work().isPresent()) {
            segments = times(exercise.sets(), sides);
            seconds = times(segments, exercise.work().get().toSeconds());
        } else {
            for (int reps : exercise.repsPerSet()) {
                if (exercise.hold().isPresent()) {
                    long relaxes = exercise.relax().isZero() ? 0 : reps - 1L;
                    segments = plus(segments, times(reps + relaxes, sides));
                    seconds = plus(seconds, times(reps * exercise.hold().get().toSeconds()
                            + relaxes * exercise.relax().toSeconds(), sides));
                } else {
                    segments = plus(segments, sides);
                }
            }
        }
        long rests = exercise.rest().isZero() ? 0 : exercise.sets() - 1L;
        // One switch between the sides of each set.
        long switches = exercise.switchGap().isZero() ? 0 : times(exercise.sets(), sides - 1);
        return new Size(plus(plus(segments, rests), switches), plus(plus(seconds,
                times(rests, exercise.rest().toSeconds())), times(switches, exercise.switchGap().toSeconds())), 0);
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return (a != 0 && b > Long.MAX_VALUE / a) ? Long.MAX_VALUE : a * b;
    }
}
