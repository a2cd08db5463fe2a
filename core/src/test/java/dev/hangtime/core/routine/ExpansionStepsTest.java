package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.ExpectedSegment.manual;
import static dev.hangtime.core.routine.ExpectedSegment.segments;
import static dev.hangtime.core.routine.ExpectedSegment.timed;
import static dev.hangtime.core.routine.Fixtures.expand;
import static dev.hangtime.core.routine.Fixtures.rest;
import static dev.hangtime.core.routine.Fixtures.s;
import static dev.hangtime.core.routine.Fixtures.walk;
import static dev.hangtime.core.routine.Reminder.Reason.CHECK_SKIN;
import static dev.hangtime.core.routine.Reminder.Reason.OSCILLATE;
import static dev.hangtime.core.routine.SegmentKind.HEAT;
import static dev.hangtime.core.routine.SegmentKind.ICE;
import static dev.hangtime.core.routine.SegmentKind.INVERSION;
import static dev.hangtime.core.routine.SegmentKind.PREPARE;
import static dev.hangtime.core.routine.SegmentKind.PROMPT;
import static dev.hangtime.core.routine.SegmentKind.REST;
import static dev.hangtime.core.routine.SegmentKind.WALK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Steps that become one segment each: inversion, rest, walk, heat, ice and prompt. */
class ExpansionStepsTest {

    @Test
    void inversion_withOscillate_remindsOnTheHoldNotOnTheLeadIn() {
        // given 90 s at 30°, rocking every 30 s, after a 10 s lead-in
        Inversion inversion = new Inversion(30, s(90), Optional.of(s(30)), Fixtures.prepare(10));

        // when
        List<Segment> segments = expand(inversion);

        // then
        assertEquals(segments(
                timed(0, PREPARE, "Get ready: Inversion 30°", 10).countdown(3),
                timed(1, INVERSION, "Inversion 30°", 90).angle(30).countdown(3).reminder(OSCILLATE, 30)),
                segments);
    }

    @Test
    void heatAndIce_withCheckEvery_remindToCheckTheSkin() {
        // given
        Heat heat = new Heat(s(900), Optional.of(s(300)), StepStyle.NONE);
        Ice ice = new Ice(s(600), Optional.of(s(120)), StepStyle.NONE);

        // when
        List<Segment> segments = expand(heat, ice);

        // then
        assertEquals(segments(
                timed(0, HEAT, "Heat", 900).countdown(3).reminder(CHECK_SKIN, 300),
                timed(1, ICE, "Ice", 600).step(1).countdown(3).reminder(CHECK_SKIN, 120)),
                segments);
    }

    @Test
    void heatAndIceAndInversion_withoutPeriod_haveNoReminder() {
        // given
        Step[] steps = {new Heat(s(900), Optional.empty(), StepStyle.NONE),
            new Ice(s(600), Optional.empty(), StepStyle.NONE), Fixtures.inversion(0, 45)};

        // when
        List<Segment> segments = expand(steps);

        // then
        assertEquals(segments(
                timed(0, HEAT, "Heat", 900).countdown(3),
                timed(1, ICE, "Ice", 600).step(1).countdown(3),
                timed(2, INVERSION, "Inversion 0°", 45).step(2).angle(0).countdown(3)),
                segments);
    }

    @Test
    void restAndWalk_areOneTimedSegmentEach() {
        // given
        Step[] steps = {walk(600), rest(45), new Walk(s(300), Optional.of("easy"), StepStyle.NONE)};

        // when
        List<Segment> segments = expand(steps);

        // then
        assertEquals(segments(
                timed(0, WALK, "Walk", 600).countdown(3),
                timed(1, REST, "Rest", 45).step(1).countdown(3),
                timed(2, WALK, "Walk (easy)", 300).step(2).countdown(3)),
                segments);
    }

    @Test
    void rest_zero_isDroppedAndTheIndicesCloseUp() {
        // given
        Step[] steps = {walk(60), rest(0), walk(30)};

        // when
        List<Segment> segments = expand(steps);

        // then
        assertEquals(segments(
                timed(0, WALK, "Walk", 60).countdown(3),
                timed(1, WALK, "Walk", 30).step(1).countdown(3)),
                segments);
    }

    @Test
    void prompt_timed_advancesByItselfWithItsTextAsTheNote() {
        // given
        Prompt prompt = new Prompt("Lie on your back.", Optional.of(s(20)), StepStyle.NONE);

        // when
        List<Segment> segments = expand(prompt);

        // then
        assertEquals(segments(timed(0, PROMPT, "Lie on your back.", 20).countdown(3)),
                segments);
    }

    @Test
    void prompt_untimed_waitsForTheUser() {
        // given
        Prompt prompt = new Prompt("Lie on your back.", Optional.empty(), StepStyle.NONE);

        // when
        List<Segment> segments = expand(prompt);

        // then
        assertEquals(segments(manual(0, PROMPT, "Lie on your back.")), segments);
    }

    @Test
    void prompt_withNote_showsTheTextThenTheNote() {
        // given
        Prompt prompt = new Prompt("Lie on your back.", Optional.empty(), StepStyle.NONE.withNote("Knees bent."));

        // when
        List<Segment> segments = expand(prompt);

        // then
        assertEquals(segments(manual(0, PROMPT, "Lie on your back.").note("Knees bent.")),
                segments);
    }

    @Test
    void notes_areShownOnTheStepsOwnSegment() {
        // given
        Heat heat = new Heat(s(600), Optional.empty(), StepStyle.NONE.withNote("A towel between pack and skin."));

        // when
        List<Segment> segments = expand(heat);

        // then
        assertEquals(segments(timed(0, HEAT, "Heat", 600).note("A towel between pack and skin.").countdown(3)),
                segments);
    }
}
