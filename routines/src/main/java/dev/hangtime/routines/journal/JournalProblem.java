package dev.hangtime.routines.journal;

import java.nio.file.Path;

/**
 * Something in the journal folder that could not be read, told the way a compiler tells it:
 * {@code file:line: problem (what it means)}, or {@code file: problem} for the whole file.
 *
 * @param line one-based; 0 for the whole file
 */
public record JournalProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
