package dev.hangtime.tui.screen;

import dev.hangtime.routines.history.HistoryText;
import dev.hangtime.routines.journal.Stats;
import java.util.List;
import java.util.Optional;

/**
 * What the history screen shows.
 *
 * @param journal what the journal holds, once it has been read
 * @param top the index of the first session on screen
 */
record HistoryView(Optional<Journal> journal, int top) {

    /**
     * The journal as the screen tells it.
     *
     * @param stats the streak, the weeks and the pain figures
     * @param sessions every session, the newest first
     * @param painDays how many pain scores were given outside a session
     * @param problems what could not be read, a line each, without the folder every file shares
     */
    record Journal(Stats stats, List<HistoryText.Row> sessions, int painDays, List<String> problems) {

        Journal {
            sessions = List.copyOf(sessions);
            problems = List.copyOf(problems);
        }

        /** Nothing at all to show: no session and no pain score. */
        boolean isEmpty() {
            return sessions.isEmpty() && painDays == 0;
        }
    }
}
