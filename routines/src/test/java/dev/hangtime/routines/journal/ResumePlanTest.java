package dev.hangtime.routines.journal;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.SegmentKind;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.routine.Walk;
import dev.hangtime.routines.journal.JournalLine.Credit;
import dev.hangtime.routines.journal.SessionRecord.Stop;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a cut-off session goes on, and what counts as done: above all, never more ice than the routine says. */
class ResumePlanTest {

    /** Segments: 0 get ready (10 s), 1 inversion (60 s), 2 ice (600 s), 3 walk (300 s), 4 ice (600 s). */
    static final Timeline TIMELINE = Expansion.expand(new Routine("plan", "Plan", Optional.empty(), List.of(),
            new Cues(OptionalInt.of(0), Optional.of(false)), List.of(
                    new Inversion(20, ofSeconds(60), Optional.empty(), StepStyle.NONE.withPrepare(ofSeconds(10))),
                    new Ice(ofSeconds(600), Optional.empty(), StepStyle.NONE),
                    new Walk(ofSeconds(300), Optional.empty(), StepStyle.NONE),
                    new Ice(ofSeconds(600), Optional.empty(), StepStyle.NONE))));

    static CutOff cutOff(int index, SegmentKind kind, int spent, boolean finished, int agoSeconds) {
        ZonedDateTime start = ZonedDateTime.parse("2026-03-02T07:30:00+01:00[Europe/Paris]");
        SessionRecord session = new SessionRecord(UUID.randomUUID(), "laptop", Script.routine("plan"), start,
                start.plusMinutes(5), Ending.INTERRUPTED, ofSeconds(300), Map.of(), 2, 0,
                Optional.of(new Stop(Script.place(index, kind), ofSeconds(spent), finished)), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty(), 5, 5, 1, Script.GONE);
        return new CutOff(session, session.stoppedAt().get(), ofSeconds(agoSeconds));
    }

    private static ResumePlan plan(CutOff cutOff, Boolean pack) {
        return ResumePlan.of(cutOff, TIMELINE, Optional.ofNullable(pack));
    }

    @Test
    void timeline_isTheOneTheseTestsAssume() {
        assertEquals(List.of(SegmentKind.PREPARE, SegmentKind.INVERSION, SegmentKind.ICE, SegmentKind.WALK,
                SegmentKind.ICE), TIMELINE.segments().stream().map(s -> s.kind()).toList());
    }

    @Test
    void ice_packStayedOn_goesOnWithTheDownTimeCounted() {
        CutOff cut = cutOff(2, SegmentKind.ICE, 200, false, 300);

        ResumePlan plan = plan(cut, true);

        assertEquals(new ResumePlan(cut, 2, ofSeconds(500), ofSeconds(300), Optional.of(true), Optional.empty()), plan);
    }

    @Test
    void ice_packStayedOnLongerThanTheRoutineSays_isDoneAndTheNextSegmentFollows() {
        CutOff cut = cutOff(2, SegmentKind.ICE, 200, false, 400);

        ResumePlan plan = plan(cut, true);

        assertEquals(new ResumePlan(cut, 3, Duration.ZERO, ofSeconds(400), Optional.of(true),
                Optional.of(new Credit(Script.place(2, SegmentKind.ICE), ofSeconds(600), true))), plan);
        assertFalse(plan.nothingLeft());
    }

    @Test
    void ice_packTakenOff_goesOnWithWhatWasDoneAndAMarksWorthOfDoubt() {
        CutOff cut = cutOff(2, SegmentKind.ICE, 200, false, 3600);

        ResumePlan plan = plan(cut, false);

        assertEquals(new ResumePlan(cut, 2, ofSeconds(230), ofSeconds(3600), Optional.of(false), Optional.empty()), plan);
    }

    @Test
    void ice_packTakenOffMomentsAgo_countsOnlyTheMomentsSince() {
        CutOff cut = cutOff(2, SegmentKind.ICE, 200, false, 10);

        ResumePlan plan = plan(cut, false);

        assertEquals(ofSeconds(210), plan.already());
    }

    @Test
    void lastSegmentIce_doneWhileDown_leavesNothingToRun() {
        CutOff cut = cutOff(4, SegmentKind.ICE, 590, false, 60);

        ResumePlan plan = plan(cut, true);

        assertTrue(plan.nothingLeft());
        assertEquals(5, plan.index());
        assertEquals(Optional.of(new Credit(Script.place(4, SegmentKind.ICE), ofSeconds(600), true)), plan.credit());
    }

    @Test
    void inversion_startsAgainFromItsLeadIn_andTheTimeDoneIsCredited() {
        CutOff cut = cutOff(1, SegmentKind.INVERSION, 40, false, 120);

        ResumePlan plan = plan(cut, null);

        assertEquals(new ResumePlan(cut, 0, Duration.ZERO, ofSeconds(120), Optional.empty(),
                Optional.of(new Credit(Script.place(1, SegmentKind.INVERSION), ofSeconds(40), false))), plan);
    }

    @Test
    void walk_justBegun_startsAgainWithNothingCredited() {
        CutOff cut = cutOff(3, SegmentKind.WALK, 0, false, 120);

        ResumePlan plan = plan(cut, null);

        assertEquals(new ResumePlan(cut, 3, Duration.ZERO, ofSeconds(120), Optional.empty(), Optional.empty()), plan);
    }

    @Test
    void cutBetweenTwoSegments_goesOnWithTheNext() {
        CutOff cut = cutOff(2, SegmentKind.ICE, 600, true, 120);

        ResumePlan plan = plan(cut, null);

        assertFalse(ResumePlan.asksAboutPack(cut));
        assertEquals(new ResumePlan(cut, 3, Duration.ZERO, ofSeconds(120), Optional.empty(), Optional.empty()), plan);
    }

    @Test
    void asksAboutPack_onlyForHeatOrIce() {
        assertTrue(ResumePlan.asksAboutPack(cutOff(2, SegmentKind.ICE, 10, false, 1)));
        assertTrue(ResumePlan.asksAboutPack(cutOff(2, SegmentKind.HEAT, 10, false, 1)));
        assertFalse(ResumePlan.asksAboutPack(cutOff(3, SegmentKind.WALK, 10, false, 1)));
    }

    @Test
    void ice_withoutAnAnswerAboutThePack_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> plan(cutOff(2, SegmentKind.ICE, 10, false, 1), null));
    }

    @Test
    void aTimelineOfAnotherLength_isRefused() {
        Timeline shorter = new Timeline(TIMELINE.routine(), TIMELINE.segments().subList(0, 3), TIMELINE.total());

        assertThrows(IllegalArgumentException.class,
                () -> ResumePlan.of(cutOff(2, SegmentKind.ICE, 10, false, 1), shorter, Optional.of(true)));
    }
}
