package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {

    private final FakeTicker ticker = new FakeTicker();
    private final Session session = new Session(Routines.facet(), ticker);
    private final Tally tally = new Tally();

    TallyTest() {
        session.addListener(tally);
    }

    private List<Object> counts() {
        return List.of(tally.completedSteps(), tally.skippedSteps(), tally.ended(), tally.completed(), tally.active());
    }

    @Test
    void runThrough_countsEveryStepCompleted() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(140));
        session.update();

        assertEquals(List.of(9, 0, true, true, Duration.ofSeconds(140)), counts());
    }

    @Test
    void skip_countsTheStepSkipped() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(20));
        session.skip();
        session.stop();

        assertEquals(List.of(1, 1, true, false, Duration.ofSeconds(20)), counts());
    }

    @Test
    void stop_leavesTheRunningStepNeitherCompletedNorSkipped() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(20));
        session.stop();

        assertEquals(List.of(1, 0, true, false, Duration.ofSeconds(20)), counts());
    }

    @Test
    void back_isNotASkip() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(20));
        session.back();
        session.stop();

        assertEquals(List.of(1, 0, true, false, Duration.ofSeconds(20)), counts());
    }

    @Test
    void skippingTheLastStep_countsItSkipped() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(125));
        session.skip();

        assertEquals(List.of(8, 1, true, true, Duration.ofSeconds(125)), counts());
    }

    @Test
    void backOverACompletedStepAndSkipIt_countsItSkipped() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(61));
        session.back();
        session.skip();
        session.stop();

        assertEquals(List.of(1, 1, true, false, Duration.ofSeconds(61)), counts());
    }
}
