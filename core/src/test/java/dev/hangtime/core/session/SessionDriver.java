package dev.hangtime.core.session;

import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;

/** Moves a fake ticker forward the way a front end's loop would: waking exactly when something is due. */
final class SessionDriver {

    private final Session session;
    private final FakeTicker ticker;

    SessionDriver(Session session, FakeTicker ticker) {
        this.session = session;
        this.ticker = ticker;
    }

    /** Lets {@code span} pass, updating the session at every moment it said something was due. */
    void run(Duration span) {
        long until = ticker.read() + span.toNanos();
        while (session.nextDue().isPresent() && session.nextDue().getAsLong() <= until) {
            ticker.set(session.nextDue().getAsLong());
            session.update();
        }
        ticker.set(until);
        session.update();
    }

    /** Runs until the session waits for the user or is over. */
    void runToRest() {
        while (session.nextDue().isPresent()) {
            ticker.set(session.nextDue().getAsLong());
            session.update();
        }
    }
}
