package dev.hangtime.tui.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangtime.core.routine.Count;
import dev.hangtime.core.routine.Segment;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Writes a segment's fields in the shape cli.md gives for {@code show --json} and {@code run --events}. */
public final class SegmentJson {

    private SegmentJson() {
    }

    /** The index, kind and label. */
    public static void writeHead(JsonGenerator json, Segment segment) throws IOException {
        json.writeNumberField("index", segment.index());
        json.writeStringField("kind", segment.kind().word());
        json.writeStringField("label", segment.label());
    }

    /** The length ({@code null} for a manual segment), then angle, side, set, rep and round where they apply. */
    public static void writeTail(JsonGenerator json, Segment segment) throws IOException {
        Optional<Duration> length = segment.length();
        if (length.isPresent()) {
            json.writeNumberField("seconds", length.get().toSeconds());
        } else {
            json.writeNullField("seconds");
        }
        if (segment.angle().isPresent()) {
            json.writeNumberField("angle", segment.angle().getAsInt());
        }
        if (segment.side().isPresent()) {
            json.writeStringField("side", segment.side().get().word());
        }
        writeCount(json, "set", "sets", segment.set());
        writeCount(json, "rep", "reps", segment.rep());
        writeCount(json, "round", "rounds", segment.round());
    }

    private static void writeCount(JsonGenerator json, String one, String all, Optional<Count> count)
            throws IOException {
        if (count.isPresent()) {
            json.writeNumberField(one, count.get().n());
            json.writeNumberField(all, count.get().of());
        }
    }
}
