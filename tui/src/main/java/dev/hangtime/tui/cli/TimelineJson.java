package dev.hangtime.tui.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.tui.json.SegmentJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a timeline as {@code show --json} does (cli.md): the routine's fields one per line, and each segment
 * as one compact line, so the output reads well and diffs line by line.
 */
final class TimelineJson {

    private static final JsonFactory JSON = new JsonFactory();

    private TimelineJson() {
    }

    static void print(Timeline timeline, List<String> warnings, PrintStream out) {
        List<String> segments = new ArrayList<>();
        List<Long> starts = timeline.startSeconds();
        for (Segment segment : timeline.segments()) {
            segments.add("    " + compact(json -> {
                json.writeStartObject();
                SegmentJson.writeHead(json, segment);
                json.writeNumberField("startSeconds", starts.get(segment.index()));
                SegmentJson.writeTail(json, segment);
                json.writeEndObject();
            }));
        }
        List<String> warningLines = new ArrayList<>();
        for (String warning : warnings) {
            warningLines.add("    " + compact(json -> json.writeString(warning)));
        }
        out.println("{");
        out.println("  \"id\": " + compact(json -> json.writeString(timeline.routine().id())) + ",");
        out.println("  \"name\": " + compact(json -> json.writeString(timeline.routine().name())) + ",");
        out.println("  \"totalSeconds\": " + timeline.total().toSeconds() + ",");
        out.println("  \"manualSegments\": " + timeline.manualSegments() + ",");
        out.println("  \"warnings\": " + list(warningLines) + ",");
        out.println("  \"segments\": " + list(segments));
        out.println("}");
    }

    private static String list(List<String> lines) {
        return lines.isEmpty() ? "[]" : "[\n" + String.join(",\n", lines) + "\n  ]";
    }

    private static String compact(Value value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            value.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface Value {
        void write(JsonGenerator json) throws IOException;
    }
}
