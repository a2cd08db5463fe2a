package dev.hangtime.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.SafetyText;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.desktop.model.Fixtures;
import dev.hangtime.desktop.view.NotRunPane;
import dev.hangtime.desktop.view.SafetyPane;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window's way from a routine to its session past the safety screen, as the terminal app goes: a routine
 * without inversion runs at once; one with inversion asks first and keeps the answer; "something applies" runs
 * the rest without inversion and says why, or, for a routine that is all inversion, shows why nothing runs.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyRouteTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");

    /** Answers kept in memory, written or not as told. */
    private static final class Answers implements SafetyAnswers {
        Optional<SafetyAnswer> kept = Optional.empty();
        boolean writes = true;

        @Override
        public Optional<SafetyAnswer> kept() {
            return kept;
        }

        @Override
        public boolean keep(SafetyAnswer.Answer answer) {
            kept = Optional.of(new SafetyAnswer(answer, TODAY, SafetyList.VERSION));
            return writes;
        }

        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public String alternatives() {
            return "Walking and core work help without inversion.";
        }
    }

    /** What the route asked of the window. */
    private static final class Window implements SafetyRoute.Window {
        final List<Object> asked = new ArrayList<>();
        Parent page;

        @Override
        public void session(Timeline timeline, SessionSetup setup, SessionSafety safety, Optional<String> told) {
            asked.add(new Session(timeline, safety, told));
        }

        @Override
        public void page(Parent shown, Consumer<KeyEvent> keys) {
            page = shown;
            asked.add(shown.getClass().getSimpleName());
        }

        @Override
        public void library() {
            asked.add("library");
        }

        @Override
        public Node bar() {
            return new HBox();
        }
    }

    private record Session(Timeline timeline, SessionSafety safety, Optional<String> told) {
    }

    private final Answers answers = new Answers();
    private final Window window = new Window();
    private final SafetyRoute route = new SafetyRoute(answers, window);

    /** A key pressed, as the window hands it to the page shown. */
    private static KeyEvent press(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    private static Timeline allInversion() {
        return Expansion.expand(Fixtures.routine("hang", "Hang", List.of("inversion"),
                new Inversion(20, Duration.ofSeconds(60), Optional.empty(), Fixtures.note("Breathe."))));
    }

    @Test
    void aRoutineWithoutInversion_runsAtOnce_andAsksNothing() {
        Timeline core = Expansion.expand(Fixtures.core());

        route.go(core, SessionSetup.NONE, Optional.empty());

        assertEquals(List.of(new Session(core, SessionSafety.NONE, Optional.empty())), window.asked);
    }

    @Test
    void aFirstInversion_asksTheSafetyScreen_andNoneAppliesRunsItWhole(FxRobot robot) {
        Timeline facet = Fixtures.facet();

        robot.interact(() -> route.go(facet, SessionSetup.NONE, Optional.empty()));
        robot.interact(() -> ((SafetyPane) window.page).onKey(press(KeyCode.Y)));

        assertEquals("SafetyPane", window.asked.get(0));
        assertInstanceOf(SafetyPane.class, window.page);
        assertEquals(SafetyAnswer.Answer.NONE_APPLIES, answers.kept.orElseThrow().answer());
        Session run = (Session) window.asked.get(1);
        assertEquals(facet, run.timeline());
        assertTrue(run.safety().screened(), "the answer is in force for the session");
        assertEquals(Optional.empty(), run.told());
    }

    @Test
    void somethingApplies_runsTheRestWithoutInversion_andSaysWhy_evenWhenTheAnswerCouldNotBeKept(FxRobot robot) {
        answers.writes = false;

        robot.interact(() -> route.go(Fixtures.facet(), SessionSetup.NONE, Optional.empty()));
        robot.interact(() -> ((SafetyPane) window.page).onKey(press(KeyCode.N)));

        Session run = (Session) window.asked.get(1);
        assertTrue(run.timeline().segments().stream().noneMatch(s -> s.kind() == SegmentKind.INVERSION),
                "no inversion is left");
        assertEquals(Optional.of(SafetyText.NOT_KEPT + " Inversion steps left out: you said that something on the"
                + " inversion safety list applies to you." + SafetyText.HOW_TO_CHANGE), run.told());
    }

    @Test
    void aRoutineThatIsAllInversion_doesNotRun_whenSomethingApplies(FxRobot robot) {
        answers.kept = Optional.of(new SafetyAnswer(SafetyAnswer.Answer.SOMETHING_APPLIES, TODAY, SafetyList.VERSION));

        robot.interact(() -> route.go(allInversion(), SessionSetup.NONE, Optional.empty()));

        assertEquals(List.of("NotRunPane"), window.asked);
        assertInstanceOf(NotRunPane.class, window.page);
    }
}
