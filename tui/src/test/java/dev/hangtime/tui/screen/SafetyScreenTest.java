package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.control.Routines;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Walk;
import dev.hangtime.core.safety.SafetyAnswer.Answer;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.ShortCheck;
import dev.hangtime.core.time.FakeTicker;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The safety screen in the app: before a first session with inversion, and what each answer runs. */
class SafetyScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** Answers kept in memory, counting how often the journal would be read. */
    private static final class Answers implements SafetyAnswers {
        Optional<SafetyAnswer> kept;
        final List<Answer> given = new ArrayList<>();
        int reads;

        Answers(Optional<SafetyAnswer> kept) {
            this.kept = kept;
        }

        @Override
        public Optional<SafetyAnswer> kept() {
            reads++;
            return kept;
        }

        @Override
        public boolean keep(Answer answer) {
            given.add(answer);
            kept = Optional.of(new SafetyAnswer(answer, TODAY, SafetyList.VERSION));
            return true;
        }

        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public String alternatives() {
            return "Walking, core work, heat and ice help without inversion: the routine ice.";
        }
    }

    private static final Timeline FIRST_WEEKS = Routines.expand("First weeks",
            new Prompt("Before you invert: not with glaucoma.", Optional.empty(),
                    StepStyle.NONE.withLabel("Safety check")),
            new Inversion(25, Duration.ofMinutes(1), Optional.empty(), StepStyle.NONE));
    private static final Timeline SPASM = Routines.expand("Spasm care",
            new Walk(Duration.ofMinutes(10), Optional.empty(), StepStyle.NONE),
            new Prompt("Before you invert: not with glaucoma.", Optional.empty(),
                    StepStyle.NONE.withLabel("Inversion safety check")),
            new Inversion(25, Duration.ofMinutes(1), Optional.empty(), StepStyle.NONE));

    private final VirtualScreen screen = VirtualScreen.standard();

    private static FullScreenApp.App app(SafetyAnswers answers) {
        return new FullScreenApp.App(FullScreenApp.Options.defaults().withSafety(answers), new Inbox(),
                new FakeTicker());
    }

    private static SessionPage session(Turn turn) {
        return assertInstanceOf(SessionPage.class, turn.page().orElseThrow());
    }

    @Test
    void aFirstSessionWithInversion_showsTheSafetyScreenFirst() {
        Page page = app(new Answers(Optional.empty())).sessionPage(FIRST_WEEKS, Afterwards.EXIT);

        String shown = screen.show(page);

        assertInstanceOf(SafetyPage.class, page);
        for (String line : List.of("Before you invert", "before your first inversion", "glaucoma or another eye disease",
                "high blood pressure (over 140/90)", "pregnant", "doctor's approval",
                "y  None of these applies to me, and a doctor has approved inversion for me.",
                "n  Something on this list applies to me, or I am not sure.")) {
            assertTrue(shown.contains(line), line + "\n" + shown);
        }
    }

    @Test
    void y_keepsTheAnswer_andTheSessionShowsTheShortCheck() {
        Answers answers = new Answers(Optional.empty());
        Page page = app(answers).sessionPage(FIRST_WEEKS, Afterwards.EXIT);

        SessionPage session = session(page.onKey(Keys.ch('y')));

        Segment first = session.controller().view().shown().orElseThrow();
        assertEquals(List.of(List.of(Answer.NONE_APPLIES), Optional.of(ShortCheck.TEXT)),
                List.of(answers.given, first.note()));
        assertTrue(screen.show(session).contains("Safety check: tether set"), screen.show(session));
    }

    @Test
    void n_onARoutineWithMoreThanInversion_runsItWithoutTheInversion_andSaysWhy() {
        Answers answers = new Answers(Optional.empty());
        Page page = app(answers).sessionPage(SPASM, Afterwards.EXIT);

        SessionPage session = session(page.onKey(Keys.ch('n')));

        assertEquals(List.of(List.of(Answer.SOMETHING_APPLIES), 1), List.of(answers.given,
                session.controller().view().snapshot().segmentCount()));
        assertTrue(session.controller().view().notice().orElseThrow().message().startsWith("Inversion steps left out:"
                + " you said that something on the inversion safety list applies to you."));
    }

    @Test
    void n_onARoutineOfNothingButInversion_runsNothing_offersTheAlternatives_andLeavesWith1() {
        Page page = app(new Answers(Optional.empty())).sessionPage(FIRST_WEEKS, Afterwards.EXIT);

        Page notRun = page.onKey(Keys.ch('n')).page().orElseThrow();
        String shown = screen.show(notRun);

        assertInstanceOf(NotRunPage.class, notRun);
        assertTrue(shown.contains("Not run: First weeks") && shown.contains("the routine ice."), shown);
        assertEquals(java.util.OptionalInt.of(1), notRun.onKey(Keys.ENTER).exitStatus());
    }

    @Test
    void esc_leavesWithoutAnswering_andNothingRuns() {
        Answers answers = new Answers(Optional.empty());
        Page page = app(answers).sessionPage(FIRST_WEEKS, Afterwards.EXIT);

        Turn turn = page.onKey(Keys.ESC);

        assertEquals(List.of(java.util.OptionalInt.of(3), List.of()), List.of(turn.exitStatus(), answers.given));
    }

    @Test
    void answeredAlready_goesStraightToTheSession() {
        Answers answers = new Answers(Optional.of(new SafetyAnswer(Answer.NONE_APPLIES, TODAY.minusDays(10),
                SafetyList.VERSION)));

        Page page = app(answers).sessionPage(FIRST_WEEKS, Afterwards.EXIT);

        assertInstanceOf(SessionPage.class, page);
    }

    @Test
    void anAnswerSixMonthsOld_isAskedAgain_sayingWhy() {
        Answers answers = new Answers(Optional.of(new SafetyAnswer(Answer.NONE_APPLIES, TODAY.minusMonths(6),
                SafetyList.VERSION)));

        Page page = app(answers).sessionPage(FIRST_WEEKS, Afterwards.EXIT);

        assertTrue(screen.show(page).contains("asked again: your answer is over 6 months old"), screen.show(page));
    }

    @Test
    void aSessionWithoutInversion_readsNoAnswer() {
        Answers answers = new Answers(Optional.empty());

        Page page = app(answers).sessionPage(Routines.expand("Walk", new Walk(Duration.ofMinutes(5),
                Optional.empty(), StepStyle.NONE)), Afterwards.EXIT);

        assertInstanceOf(SessionPage.class, page);
        assertEquals(0, answers.reads);
        assertFalse(screen.show(page).contains("Before you invert"));
    }
}
