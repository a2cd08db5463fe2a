package dev.hangtime.routines.safety;

import dev.hangtime.core.safety.PainReading;
import dev.hangtime.core.safety.RedFlags;
import dev.hangtime.routines.journal.History;
import dev.hangtime.routines.journal.PainRecord;
import dev.hangtime.routines.journal.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** The pain scores of a journal, every device's, as red flags are read from them: in the order they were given. */
public final class PainReadings {

    private PainReadings() {
    }

    /** Every session's scores, and every score given on its own, the earliest first. */
    public static List<PainReading> of(History history) {
        record Dated(Instant at, PainReading reading) {
        }
        List<Dated> dated = new ArrayList<>();
        for (SessionRecord session : history.sessions()) {
            if (session.painBefore().isPresent() || session.painAfter().isPresent()) {
                dated.add(new Dated(session.start().toInstant(), new PainReading(session.start().toLocalDate(),
                        session.painBefore(), session.painAfter())));
            }
        }
        for (PainRecord day : history.painDays()) {
            if (day.score().isPresent()) {
                dated.add(new Dated(day.when().toInstant(), new PainReading(day.when().toLocalDate(), day.score(),
                        OptionalInt.empty())));
            }
        }
        dated.sort(Comparator.comparing(Dated::at));
        return dated.stream().map(Dated::reading).toList();
    }

    /** Whether the latest session with both scores raised the pain by 2 or more. */
    public static boolean lastSessionRose(History history) {
        return RedFlags.lastSessionRose(of(history));
    }
}
