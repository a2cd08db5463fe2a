package dev.hangtime.tui.screen;

import dev.hangtime.routines.library.Listing;
import java.util.List;
import java.util.Optional;

/**
 * What the library screen shows.
 *
 * @param filter what the user has typed
 * @param shown the listings that match it
 * @param selected the index in {@code shown} of the chosen one
 * @param chosen the chosen listing; empty when nothing matches
 * @param detailTop the first line of the detail pane on screen
 * @param total how many listings there are, matching or not
 * @param broken how many of them are files that cannot be read
 */
record LibraryView(String filter, List<Listing> shown, int selected, Optional<Listing> chosen, int detailTop,
        int total, int broken) {
}
