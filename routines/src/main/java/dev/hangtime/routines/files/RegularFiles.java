package dev.hangtime.routines.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Tells a regular file from the other things a path can name, before anything opens it. Opening a named pipe
 * (FIFO) for reading waits until something writes to it, which may be never; a device can be endless. Every
 * file Hangtime reads (routines, settings, the journal) is checked here first, so that such a path gets a
 * message instead of a hang.
 *
 * <p>The check and the open are two steps, so a file swapped for a pipe between them is not caught; that takes
 * someone writing in the user's own folders, who could do worse.
 */
public final class RegularFiles {

    /** The file type bits of {@code unix:mode}, and the types among them that are not regular files. */
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private RegularFiles() {
    }

    /**
     * What {@code path} is, in words such as "a named pipe (FIFO)", when it is not a regular file (links followed);
     * empty when it is one.
     *
     * @throws java.nio.file.NoSuchFileException if nothing is there
     * @throws IOException if what is there cannot be told, such as a loop of symbolic links
     */
    public static Optional<String> whatElse(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            return Optional.of("a folder");
        }
        return Optional.of(special(path));
    }

    /**
     * What is wrong with {@code folder} as a folder to read, in words that follow its name ("cannot be read (…)",
     * "is a file, not a folder", "is a symbolic link to nothing"); empty when it is a folder, or when nothing is
     * there, which only means nothing has been kept in it yet. A loop of symbolic links, which a plain check for
     * a folder takes for nothing there, is said.
     */
    public static Optional<String> folderTrouble(Path folder) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(folder, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(folder) ? Optional.of("is a symbolic link to nothing (" + linkTarget(folder)
                    + ")") : Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot be read (" + reason(e) + ")");
        }
        if (attributes.isDirectory()) {
            return Optional.empty();
        }
        return Optional.of("is " + (attributes.isRegularFile() ? "a file" : special(folder)) + ", not a folder");
    }

    private static String linkTarget(Path link) {
        try {
            return "it points to " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "its target cannot be read";
        }
    }

    /**
     * Why {@code e} happened, without the path it names (the message it goes in names it already), such as
     * "FileSystemException: Too many levels of symbolic links".
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return e.getClass().getSimpleName() + (reason == null ? "" : ": " + reason);
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String special(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE;
            if (type == FIFO) {
                return "a named pipe (FIFO)";
            } else if (type == CHARACTER_DEVICE || type == BLOCK_DEVICE) {
                return "a device";
            } else if (type == SOCKET) {
                return "a socket";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // A system without the unix view: the general word must do.
        }
        return "a special file";
    }
}
