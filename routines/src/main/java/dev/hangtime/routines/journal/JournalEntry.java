package dev.hangtime.routines.journal;

import java.nio.file.Path;

/**
 * A line read from the journal, with where it was read.
 *
 * @param device the device that wrote it: its file's name without {@code .jsonl}
 * @param line one-based line number in the file
 */
public record JournalEntry(String device, Path file, int line, JournalLine content) {
}
