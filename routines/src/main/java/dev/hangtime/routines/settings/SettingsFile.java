package dev.hangtime.routines.settings;

import dev.hangtime.routines.files.AtomicFile;
import dev.hangtime.routines.files.RegularFiles;
import dev.hangtime.routines.library.HangtimePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The settings file, {@code settings.json}: read with defaults for whatever is missing or wrong, written
 * whole and atomically, and never lost: a file that had problems is kept beside the new one before it is
 * replaced.
 */
public final class SettingsFile {

    /** The largest settings file read: the settings are a few lines; a larger file is not read into memory. */
    static final int MAX_BYTES = 64 * 1024;

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The settings file where {@code paths} say it is. */
    public static SettingsFile at(HangtimePaths paths) {
        return new SettingsFile(paths.settings());
    }

    public Path path() {
        return file;
    }

    /**
     * The settings in the file: defaults when it does not exist; the good values and one message about the
     * rest when it has problems. Never throws.
     */
    public LoadedSettings load() {
        String text;
        try {
            // Before opening it: opening a named pipe waits for a writer, perhaps for ever.
            Optional<String> other = RegularFiles.whatElse(file);
            if (other.isPresent()) {
                return broken(file + ": is " + other.get() + ", not a settings file (remove it, or make it a file)");
            }
            text = readBounded();
            if (text == null) {
                return broken(file + ": too large to be settings (over " + (MAX_BYTES / 1024) + " KB; they are a"
                        + " few lines: fix the file or delete it to start afresh)");
            }
        } catch (NoSuchFileException e) {
            return new LoadedSettings(Settings.DEFAULTS, Optional.empty());
        } catch (CharacterCodingException e) {
            return broken(file + ": not UTF-8 text");
        } catch (IOException | SecurityException e) {
            return broken(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return SettingsReader.read(file.toString(), text);
    }

    /** The file's text, read no further than {@link #MAX_BYTES}; null if it holds more. */
    private String readBounded() throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            return null;
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private LoadedSettings broken(String problem) {
        return new LoadedSettings(Settings.DEFAULTS, Optional.of(problem + "\n(using the defaults)"));
    }

    /**
     * Writes {@code settings}, replacing the file whole: to a temporary file in the same folder, then moved
     * over it, so a crash leaves the old file or the new one, never half of one. If the old file had
     * problems, it is first kept as {@code settings.json.broken}, since it may hold what the user meant; what is
     * not a regular file (a named pipe, say) is replaced without being read.
     *
     * @return where the old file was kept, if it was
     */
    public Optional<Path> save(Settings settings) throws IOException {
        Optional<Path> kept = Optional.empty();
        if (Files.isRegularFile(file) && load().problem().isPresent()) {
            Path aside = file.resolveSibling(file.getFileName() + ".broken");
            Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
            kept = Optional.of(aside);
        }
        AtomicFile.replace(file, json(settings));
        return kept;
    }

    static String json(Settings settings) {
        return "{\n"
                + "  \"volume\": " + settings.volume() + ",\n"
                + "  \"voice\": " + settings.voice() + ",\n"
                + "  \"countdown\": " + settings.countdown() + ",\n"
                + "  \"mute\": " + settings.mute() + ",\n"
                + "  \"theme\": \"" + settings.theme().word() + "\",\n"
                + "  \"onTop\": " + settings.onTop() + "\n"
                + "}\n";
    }
}
