package dev.hangtime.core.routine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A routine expanded into the segments a session runs.
 *
 * @param routine what was expanded
 * @param segments in order, indexed from 0
 * @param total sum of the timed segments; manual segments count as zero
 */
public record Timeline(Routine routine, List<Segment> segments, Duration total) {

    public Timeline {
        segments = List.copyOf(segments);
    }

    /**
     * How many steps the session runs, as the user counts them: each step of the file once per round of a
     * repeat, and each rest between rounds; the sets, reps, sides and lead-in of a step are parts of it.
     */
    public int steps() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).step() + 1;
    }

    /** How many segments wait for the user. */
    public int manualSegments() {
        return (int) segments.stream().filter(Segment::isManual).count();
    }

    /**
     * When each segment starts, in whole seconds from the start, in order: the sum of the timed segments
     * before it. Computed in one pass; a caller that needs several should take the list once.
     */
    public List<Long> startSeconds() {
        List<Long> starts = new ArrayList<>(segments.size());
        long sum = 0;
        for (Segment segment : segments) {
            starts.add(sum);
            sum += segment.length().map(Duration::toSeconds).orElse(0L);
        }
        return starts;
    }
}
