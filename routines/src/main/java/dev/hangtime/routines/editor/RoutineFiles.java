package dev.hangtime.routines.editor;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.files.IoTrouble;
import dev.hangtime.routines.format.ReadResult;
import dev.hangtime.routines.format.RoutineReader;
import dev.hangtime.routines.format.RoutineWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Routine files from elsewhere and for elsewhere: one imported is read as {@code hangtime validate} reads it and
 * opened in the editor as a new routine of the user's (so that its id can change before it is saved); one exported
 * is written whole in the canonical form, to share.
 */
public final class RoutineFiles {

    /**
     * A file imported: the draft to open, or why it cannot be, a line each, in validate's words.
     */
    public record Imported(Optional<RoutineDraft> draft, List<String> problems) {
    }

    private RoutineFiles() {
    }

    /** Reads {@code file} to import it. */
    public static Imported importing(Path file) {
        ReadResult read = RoutineReader.read(file);
        if (read.routine().isEmpty()) {
            return new Imported(Optional.empty(), read.problems().stream().map(p -> SafeText.line(p.toString()))
                    .toList());
        }
        return new Imported(Optional.of(DraftOf.routine(read.routine().get())), List.of());
    }

    /** Writes {@code routine} to {@code file}, whole; what happened, in a sentence. */
    public static String exporting(Routine routine, Path file) {
        try {
            RoutineWriter.save(routine, file);
            return "Exported to " + file + ".";
        } catch (IOException e) {
            return "Not exported: " + file + ": " + IoTrouble.words(e) + ".";
        }
    }
}
