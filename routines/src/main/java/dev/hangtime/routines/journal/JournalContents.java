package dev.hangtime.routines.journal;

import java.util.List;

/**
 * Everything read from a journal folder: the lines that could be read, file by file in file order, and what
 * could not be read.
 */
public record JournalContents(List<JournalEntry> entries, List<JournalProblem> problems) {

    public JournalContents {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
