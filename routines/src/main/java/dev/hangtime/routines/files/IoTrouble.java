package dev.hangtime.routines.files;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong with a file, in plain words for the user rather than the name of a Java exception: "permission
 * denied", "a file stands where a folder should be", "the disk is full".
 */
public final class IoTrouble {

    private IoTrouble() {
    }

    /** {@code e} in a few plain words, without the path (the sentence around it names the file). */
    public static String words(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file stands where a folder should be";
        }
        String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the system gave no reason";
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("not a directory")) {
            return "a file stands where a folder should be";
        }
        if (lower.contains("no space left")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (lower.contains("permission denied")) {
            return "permission denied";
        }
        return reason;
    }
}
