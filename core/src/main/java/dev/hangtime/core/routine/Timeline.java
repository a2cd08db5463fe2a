package dev.hangtime.core.routine;

import java.time.Duration;
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

    /** How many segments wait for the user. */
    public int manualSegments() {
        return (int) segments.stream().filter(Segment::isManual).count();
    }

    /** When each segment starts, in seconds from the start: the sum of the timed segments before it. */
    public long startSeconds(int index) {
        long sum = 0;
        for (int i = 0; i < index; i++) {
            sum += segments.get(i).length().map(Duration::toSeconds).orElse(0L);
        }
        return sum;
    }
}
