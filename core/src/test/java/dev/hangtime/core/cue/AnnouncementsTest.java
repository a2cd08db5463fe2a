package dev.hangtime.core.cue;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Heat;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Prompt;
import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.Step;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Halfway;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnouncementsTest {

    private static final Duration Z = Duration.ZERO;

    private static List<Segment> segments(Step... steps) {
        return Expansion.expand(new Routine("test", "Test", Optional.empty(), List.of(), Cues.INHERIT,
                List.of(steps))).segments();
    }

    private static final Segment INVERSION = segments(
            new Inversion(30, Duration.ofSeconds(90), Optional.empty(), StepStyle.NONE)).get(0);
    private static final Segment HEAT = segments(new Heat(Duration.ofMinutes(20), Optional.empty(), StepStyle.NONE)).get(0);

    @Test
    void start_saysTheStepAndItsLength() {
        assertEquals(Optional.of("Inversion 30 degrees, 1 minute 30 seconds"),
                Announcements.textFor(new SegmentStarted(Z, INVERSION), Optional.empty()));
    }

    @Test
    void start_afterAnInversion_saysToComeUpSlowlyFirst() {
        assertEquals(Optional.of("Come up slowly. Heat, 20 minutes"),
                Announcements.textFor(new SegmentStarted(Z, HEAT), Optional.of(INVERSION)));
    }

    @Test
    void start_ofAnotherInversion_saysNothingAboutComingUp() {
        assertEquals(Optional.of("Inversion 30 degrees, 1 minute 30 seconds"),
                Announcements.textFor(new SegmentStarted(Z, INVERSION), Optional.of(INVERSION)));
    }

    @Test
    void start_ofTheSecondSide_saysSwitchSidesAndWhereTheSetStands() {
        Segment right = segments(Exercise.timed("Side bridge", ofSeconds(20), 2, ofSeconds(10), Sides.BOTH,
                StepStyle.NONE)).get(1);

        assertEquals(Optional.of("Switch sides. Side bridge, right, set 1 of 2, 20 seconds"),
                Announcements.textFor(new SegmentStarted(Z, right), Optional.empty()));
    }

    @Test
    void start_ofAStepThatWaits_saysToPressEnter() {
        Segment lie = segments(new Prompt("Lie on your back", Optional.empty(), StepStyle.NONE)).get(0);

        assertEquals(Optional.of("Lie on your back. Press Enter when done."),
                Announcements.textFor(new SegmentStarted(Z, lie), Optional.empty()));
    }

    @Test
    void halfwayRemindersAndTheEnd_haveTheirWords() {
        List<Optional<String>> said = List.of(
                Announcements.textFor(new Halfway(Z, HEAT), Optional.of(HEAT)),
                Announcements.textFor(new ReminderDue(Z, INVERSION, Reminder.Reason.OSCILLATE, 1), Optional.of(INVERSION)),
                Announcements.textFor(new ReminderDue(Z, HEAT, Reminder.Reason.CHECK_SKIN, 1), Optional.of(HEAT)),
                Announcements.textFor(new SessionEnded(Z, true, Z), Optional.of(INVERSION)),
                Announcements.textFor(new SessionEnded(Z, false, Z), Optional.of(HEAT)),
                Announcements.textFor(new Countdown(Z, HEAT, 3), Optional.of(HEAT)));

        assertEquals(List.of(Optional.of("Halfway"), Optional.of("Rock gently"), Optional.of("Check your skin"),
                Optional.of("Come up slowly. Session complete"), Optional.empty(), Optional.empty()), said);
    }

    @Test
    void spokenLength_readsHoursMinutesAndSeconds() {
        assertEquals(List.of("1 second", "45 seconds", "1 minute", "2 minutes 5 seconds", "1 hour 30 minutes"),
                List.of(Announcements.spoken(ofSeconds(1)), Announcements.spoken(ofSeconds(45)),
                        Announcements.spoken(ofSeconds(60)), Announcements.spoken(ofSeconds(125)),
                        Announcements.spoken(Duration.ofMinutes(90))));
    }
}
