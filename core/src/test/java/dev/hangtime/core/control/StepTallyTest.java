package dev.hangtime.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTallyTest {

    private final FakeTicker ticker = new FakeTicker();
    private final Session session = new Session(Routines.facet(), ticker);
    private final StepTally tally = new StepTally();

    StepTallyTest() {
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

        assertEquals(List.of(4, 0, true, true, Duration.ofSeconds(140)), counts());
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

        assertEquals(List.of(3, 1, true, true, Duration.ofSeconds(125)), counts());
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

    @Test
    void skippingOneRepOfAStep_countsTheWholeStepSkipped_onceItIsLeft() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(60));
        session.update();
        session.skip();
        ticker.advance(Duration.ofSeconds(40));
        session.update();
        session.stop();

        // The prompt and the inversion completed; bird-dog, one rep of it skipped; the rest stopped in.
        assertEquals(List.of(2, 1, true, false, Duration.ofSeconds(100)), counts());
    }

    @Test
    void goingBackWithinAStep_isNotASkip() {
        session.start();
        session.done();
        ticker.advance(Duration.ofSeconds(60 + 10 + 5 + 1));
        session.update();
        // A second into bird-dog's second rep: back to the relax before it, within the step.
        session.back();
        ticker.advance(Duration.ofSeconds(5 + 10 + 10 + 5 + 10 + 30));
        session.update();

        assertEquals(List.of(4, 0, true, true, Duration.ofSeconds(146)), counts());
    }
}
