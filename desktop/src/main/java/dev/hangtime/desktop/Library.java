package dev.hangtime.desktop;

import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.routines.format.Problem;
import dev.hangtime.routines.library.HangtimePaths;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.Listing;
import dev.hangtime.routines.library.Lookup;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.settings.LoadedSettings;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.SettingsFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the window reads from disk before it can list or run anything: the routines (built-in and the user's)
 * and the settings, from where the terminal app reads them.
 *
 * @param paths where the files are
 * @param library every routine, and the user files that cannot be read
 * @param settings the settings, or the defaults with why the file could not be read
 */
record Library(HangtimePaths paths, RoutineLibrary library, LoadedSettings settings) {

    static Library read(HangtimePaths paths) {
        return new Library(paths, RoutineLibrary.load(paths), SettingsFile.at(paths).load());
    }

    /** The same routines, with {@code saved} as the settings. */
    Library withSettings(Settings saved) {
        return new Library(paths, library, new LoadedSettings(saved, Optional.empty()));
    }

    Settings userSettings() {
        return settings.settings();
    }

    /** Every routine with the user's cue settings, listed as both front ends list them. */
    List<Listing> listings() {
        return Listing.of(library, this::withCueDefaults);
    }

    /** The routine with the user's cue settings filling in what it leaves unsaid. */
    Routine withCueDefaults(Routine routine) {
        return routine.withCueDefaults(userSettings().cueDefaults());
    }

    /**
     * The routine the user named: a path to a .json file, an id, or a routine's name in any case.
     *
     * @return the entry, or the lines that say why there is none
     */
    Lookup find(String routine) {
        if (RoutineLibrary.looksLikePath(routine)) {
            return RoutineLibrary.resolveFile(routine);
        }
        Optional<LibraryEntry> byName = library.find(routine).or(() -> library.entries().stream()
                .filter(e -> e.routine().name().toLowerCase(Locale.ROOT).equals(routine.toLowerCase(Locale.ROOT)))
                .findFirst());
        return byName.map(e -> new Lookup(Optional.of(e), List.of())).orElseGet(() -> library.resolve(routine));
    }

    /** The problems of a lookup that found nothing, one per line, safe to print. */
    static String lines(List<Problem> problems) {
        return problems.stream().map(p -> SafeText.line(p.toString())).collect(Collectors.joining("\n"));
    }
}
