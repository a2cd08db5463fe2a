package dev.hangtime.routines.editor;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.routines.files.IoTrouble;
import dev.hangtime.routines.format.RoutineWriter;
import dev.hangtime.routines.format.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Saves a draft to the user's routine folder as {@code ID.json}, in the canonical form, replacing the file whole
 * (a crash leaves the old file or the new one). Nothing is written while the draft has problems, and a file of
 * another routine is never written over.
 */
public final class DraftSave {

    /**
     * What became of a save.
     *
     * @param file where the routine now is, when it was saved
     * @param message what happened, in a sentence for the editor
     * @param clash when it was not saved because another routine of the user's has the id: that routine's file,
     *     for the editor to ask whether to replace it or keep both
     */
    public record Outcome(Optional<Path> file, String message, Optional<Path> clash) {

        Outcome(Optional<Path> file, String message) {
            this(file, message, Optional.empty());
        }
    }

    private DraftSave() {
    }

    /** The file a draft is saved to in {@code folder}: its id, or one made from its name. */
    public static Optional<Path> file(RoutineDraft draft, Path folder) {
        String id = draft.value("id").isEmpty() ? Slugs.suggest(draft.value("name").strip()) : draft.value("id");
        return id.isEmpty() ? Optional.empty() : Optional.of(folder.resolve(id + ".json"));
    }

    /**
     * Gives {@code draft} an id no routine of the user's in {@code folder} has, if its own is taken: that id with
     * the first free number after it ({@code evening-2}), so that both routines are kept.
     */
    public static void takeFreeId(RoutineDraft draft, Path folder) {
        Optional<Path> file = file(draft, folder);
        if (file.isEmpty() || !Files.exists(file.get())) {
            return;
        }
        String id = file.get().getFileName().toString().replaceFirst("\\.json$", "");
        for (int n = 2; ; n++) {
            if (!Files.exists(folder.resolve(id + "-" + n + ".json"))) {
                draft.value("id", id + "-" + n);
                return;
            }
        }
    }

    /**
     * Saves {@code draft} into {@code folder}.
     *
     * @param editing the file the draft was opened from, which it may write over; empty for a new routine or a
     *     copy
     */
    public static Outcome save(RoutineDraft draft, Path folder, Optional<Path> editing) {
        Optional<Path> target = file(draft, folder);
        if (target.isEmpty()) {
            return new Outcome(Optional.empty(), "Not saved: give the routine a name (or an id) first.");
        }
        Path file = target.get();
        DraftCheck check = DraftCheck.of(draft, file.toString());
        if (!check.valid()) {
            return new Outcome(Optional.empty(), "Not saved: " + check.problems().size()
                    + (check.problems().size() == 1 ? " problem" : " problems") + " to fix first (marked in red).");
        }
        if (Files.exists(file) && !editing.map(file::equals).orElse(false)) {
            return new Outcome(Optional.empty(), "Not saved: " + file + " is another routine of yours, with the"
                    + " same id. Replace it, or keep both (this one gets a new id).", Optional.of(file));
        }
        Routine routine = check.read().routine().orElseThrow();
        try {
            Files.createDirectories(folder);
            RoutineWriter.save(routine, file);
        } catch (IOException e) {
            return new Outcome(Optional.empty(), "Not saved: " + file + ": " + IoTrouble.words(e) + ". The routine"
                    + " is still here; free some space or fix the folder's permissions, then save again.");
        }
        String left = editing.filter(old -> !old.equals(file))
                .map(old -> " The file it was opened from, " + old + ", is left as it was.").orElse("");
        return new Outcome(Optional.of(file), "Saved to " + file + "." + left);
    }
}
