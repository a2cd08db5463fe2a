package dev.hangtime.core.cue;

import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.OptionalLong;

/** Moves a fake ticker the way a front end's loop does: waking exactly when the session or a cue is due. */
final class FrontEndLoop {

    private final Session session;
    private final SessionCues cues;
    private final FakeTicker ticker;

    FrontEndLoop(Session session, SessionCues cues, FakeTicker ticker) {
        this.session = session;
        this.cues = cues;
        this.ticker = ticker;
    }

    /** Lets {@code span} pass, waking at every moment something said it was due. */
    void run(Duration span) {
        long until = ticker.read() + span.toNanos();
        OptionalLong next = next();
        while (next.isPresent() && next.getAsLong() <= until) {
            ticker.set(Math.max(ticker.read(), next.getAsLong()));
            wake();
            next = next();
        }
        ticker.set(until);
        wake();
    }

    private void wake() {
        cues.update();
        session.update();
    }

    private OptionalLong next() {
        OptionalLong a = session.nextDue();
        OptionalLong b = cues.nextDue();
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong()));
    }
}
