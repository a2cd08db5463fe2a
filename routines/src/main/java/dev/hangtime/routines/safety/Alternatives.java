package dev.hangtime.routines.safety;

import dev.hangtime.core.safety.InversionFilter;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.RoutineLibrary;
import java.util.List;

/** What to offer someone who must not invert: every routine, and every plan, without inversion. */
public final class Alternatives {

    private Alternatives() {
    }

    /** The ids of the routines of {@code library} that have no inversion step, in order. */
    public static List<String> routines(RoutineLibrary library) {
        return library.entries().stream().filter(e -> !InversionFilter.inverts(e.routine())).map(LibraryEntry::id)
                .toList();
    }

    /**
     * The offer, in a sentence: "Walking, core work, heat and ice help without inversion: the routines a, b and
     * the plans x, y."
     */
    public static String sentence(List<String> routines, List<String> plans) {
        StringBuilder out = new StringBuilder("Walking, core work, heat and ice help without inversion");
        if (routines.isEmpty() && plans.isEmpty()) {
            return out.append('.').toString();
        }
        out.append(':');
        if (!routines.isEmpty()) {
            out.append(routines.size() == 1 ? " the routine " : " the routines ").append(String.join(", ", routines));
        }
        if (!plans.isEmpty()) {
            out.append(routines.isEmpty() ? "" : " and").append(plans.size() == 1 ? " the plan " : " the plans ")
                    .append(String.join(", ", plans));
        }
        return out.append('.').toString();
    }
}
