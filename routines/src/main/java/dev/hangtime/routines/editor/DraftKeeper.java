package dev.hangtime.routines.editor;

import dev.hangtime.routines.files.AtomicFile;
import dev.hangtime.routines.files.RegularFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The editor's draft, kept on disk as it changes, so that a crash or a power cut loses none of it: written whole
 * at each change, forgotten once the routine is saved or the user leaves it on purpose, and offered back when
 * the editor next opens. One draft is kept, the last one edited.
 */
public final class DraftKeeper {

    /** A draft is a few kilobytes; anything much larger is not one. */
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private final Path file;
    private final Path from;

    /** @param folder where the draft is kept, beside the user's routine folder */
    public DraftKeeper(Path folder) {
        this.file = folder.resolve("editor.json");
        this.from = folder.resolve("editor.from");
    }

    /**
     * A draft kept, and the file it was opened from, if any.
     *
     * @param editing the routine file the draft was opened from, which saving it may write over
     */
    public record Kept(RoutineDraft draft, Optional<Path> editing) {
    }

    /** Keeps {@code draft}; trouble writing it is not the user's to hear about mid-typing, and loses nothing kept. */
    public void keep(RoutineDraft draft, Optional<Path> editing) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.replace(from, editing.map(Path::toString).orElse(""));
            AtomicFile.replace(file, DraftJson.of(draft));
        } catch (IOException e) {
            // The draft on disk stays as it was last kept; the editor still holds the changes.
        }
    }

    /** The draft kept, if there is one that reads. */
    public Optional<Kept> restore() {
        try {
            if (RegularFiles.whatElse(file).isPresent() || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            RoutineDraft draft = DraftOf.text(Files.readString(file, StandardCharsets.UTF_8));
            String editing = Files.exists(from) ? Files.readString(from, StandardCharsets.UTF_8).strip() : "";
            return Optional.of(new Kept(draft, editing.isEmpty() ? Optional.empty() : Optional.of(Path.of(editing))));
        } catch (IOException | RuntimeException e) {
            // None kept (the usual case), or one that no longer reads: there is nothing to offer.
            return Optional.empty();
        }
    }

    /** Forgets the draft: it was saved, or left on purpose. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(from);
        } catch (IOException e) {
            // Offered again next time, which loses nothing.
        }
    }
}
