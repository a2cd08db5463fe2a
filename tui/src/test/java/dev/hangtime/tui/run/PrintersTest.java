package dev.hangtime.tui.run;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Ice;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Reminder;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintersTest {

    private static final Timeline TIMELINE = Expansion.expand(new Routine("t", "Test", Optional.empty(), List.of(),
            Cues.INHERIT, List.of(
                    new Inversion(20, ofSeconds(60), Optional.of(ofSeconds(5)),
                            StepStyle.NONE.withNote("Arms by your sides.\nBreathe.").withPrepare(ofSeconds(10))),
                    Exercise.reps("Bird-dog", List.of(5, 3), Optional.of(ofSeconds(10)), ofSeconds(0), ofSeconds(0),
                            Sides.BOTH, StepStyle.NONE))));
    private static final Segment INVERSION = TIMELINE.segments().get(1);
    private static final Segment BIRD_DOG_RIGHT = TIMELINE.segments().get(7);

    private static final List<SessionEvent> EVENTS = List.of(
            new SessionEvent.SessionStarted(ofSeconds(0), TIMELINE.segments().size(), TIMELINE.steps(), TIMELINE.total()),
            new SessionEvent.SegmentStarted(ofMillis(10_004), INVERSION),
            new SessionEvent.ReminderDue(ofMillis(15_004), INVERSION, Reminder.Reason.OSCILLATE, 1),
            new SessionEvent.Paused(ofMillis(20_500)),
            new SessionEvent.Resumed(ofMillis(31_000)),
            new SessionEvent.TimeAdded(ofSeconds(40), INVERSION.withLength(ofSeconds(90)), ofSeconds(30)),
            new SessionEvent.Countdown(ofSeconds(107), INVERSION, 3),
            new SessionEvent.SegmentEnded(ofSeconds(110), INVERSION, true, ofSeconds(90)),
            new SessionEvent.SegmentStarted(ofSeconds(110), BIRD_DOG_RIGHT),
            new SessionEvent.SwitchSides(ofSeconds(110), BIRD_DOG_RIGHT),
            new SessionEvent.Halfway(ofSeconds(115), BIRD_DOG_RIGHT),
            new SessionEvent.SessionEnded(ofSeconds(116), false, ofMillis(95_600)));

    private static String print(SessionListener listener, ByteArrayOutputStream bytes) {
        EVENTS.forEach(listener::on);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plain_printsALineForEachEventPeopleCareAbout() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String printed = print(new PlainPrinter(out, "Test"), bytes);

        assertEquals(String.join("\n",
                "[0:00:00] Starting Test: 2 steps, 3:50.",
                "[0:00:10] Inversion 20° — 1:00",
                "          Arms by your sides.",
                "          Breathe.",
                "[0:00:15] Rock in or out.",
                "[0:00:20] Paused. Type p and Enter to go on.",
                "[0:00:31] Going on.",
                "[0:00:40] +0:30: Inversion 20° now lasts 1:30.",
                "[0:01:47] 3…",
                "[0:01:50] Bird-dog — right, set 1/2, rep 1/5 — 0:10",
                "[0:01:50] Switch sides.",
                "[0:01:55] Halfway.",
                "[0:01:56] Stopped. 1:35 done.",
                ""), printed);
    }

    @Test
    void plain_printsANoteSharedByALeadInAndItsStepOnce() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlainPrinter printer = new PlainPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), "Test");

        printer.on(new SessionEvent.SegmentStarted(ofSeconds(0), TIMELINE.segments().get(0)));
        printer.on(new SessionEvent.SegmentStarted(ofSeconds(10), INVERSION));

        assertEquals(String.join("\n",
                "[0:00:00] Get ready: Inversion 20° — 0:10",
                "          Arms by your sides.",
                "          Breathe.",
                "[0:00:10] Inversion 20° — 1:00",
                ""), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void events_printOneJsonObjectPerLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String printed = print(new EventPrinter(out), bytes);

        assertEquals(String.join("\n",
                "{\"t\":0.000,\"event\":\"session-start\",\"segments\":18,\"totalSeconds\":230}",
                "{\"t\":10.004,\"event\":\"segment-start\",\"index\":1,\"kind\":\"inversion\",\"label\":\"Inversion 20°\",\"seconds\":60,\"angle\":20}",
                "{\"t\":15.004,\"event\":\"reminder\",\"index\":1,\"reason\":\"oscillate\",\"n\":1}",
                "{\"t\":20.500,\"event\":\"paused\"}",
                "{\"t\":31.000,\"event\":\"resumed\"}",
                "{\"t\":40.000,\"event\":\"time-added\",\"index\":1,\"added\":30,\"seconds\":90}",
                "{\"t\":107.000,\"event\":\"countdown\",\"index\":1,\"n\":3}",
                "{\"t\":110.000,\"event\":\"segment-end\",\"index\":1,\"completed\":true,\"spent\":90.000}",
                "{\"t\":110.000,\"event\":\"segment-start\",\"index\":7,\"kind\":\"exercise\",\"label\":\"Bird-dog\",\"seconds\":10,\"side\":\"right\",\"set\":1,\"sets\":2,\"rep\":1,\"reps\":5}",
                "{\"t\":110.000,\"event\":\"switch-sides\",\"index\":7,\"side\":\"right\"}",
                "{\"t\":115.000,\"event\":\"halfway\",\"index\":7}",
                "{\"t\":116.000,\"event\":\"session-end\",\"completed\":false,\"activeSeconds\":95.600}",
                ""), printed);
    }

    @Test
    void timeAway_isToldInBothOutputs_withHowLongAPackHasBeenOn() {
        Segment ice = Expansion.expand(new Routine("i", "Ice", Optional.empty(), List.of(), Cues.INHERIT,
                List.of(new Ice(ofSeconds(900), Optional.empty(), StepStyle.NONE)))).segments().get(0);
        List<SessionEvent> events = List.of(
                new SessionEvent.TimeAway(ofSeconds(305), ice, ofSeconds(1200), ofSeconds(1505)),
                new SessionEvent.TimeAway(ofSeconds(305), ice, ofSeconds(120), ofSeconds(425)),
                new SessionEvent.TimeAway(ofSeconds(35), INVERSION, ofSeconds(600), ofSeconds(35)));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        PlainPrinter plainPrinter = new PlainPrinter(new PrintStream(plain, true, StandardCharsets.UTF_8), "Ice");
        EventPrinter eventPrinter = new EventPrinter(new PrintStream(json, true, StandardCharsets.UTF_8));

        events.forEach(plainPrinter::on);
        events.forEach(eventPrinter::on);

        assertEquals(String.join("\n",
                "[0:05:05] Hangtime did not run for 20:00 (the computer slept, or it was stopped). The pack has been on"
                        + " for 25:05: take it off.",
                "[0:05:05] Hangtime did not run for 2:00 (the computer slept, or it was stopped). The pack has been on"
                        + " for 7:05; 7:55 to go.",
                "[0:00:35] Hangtime did not run for 10:00 (the computer slept, or it was stopped).",
                "{\"t\":305.000,\"event\":\"time-away\",\"index\":0,\"away\":1200.000,\"spent\":1505.000,\"onSkin\":true}",
                "{\"t\":305.000,\"event\":\"time-away\",\"index\":0,\"away\":120.000,\"spent\":425.000,\"onSkin\":true}",
                "{\"t\":35.000,\"event\":\"time-away\",\"index\":1,\"away\":600.000,\"spent\":35.000,\"onSkin\":false}",
                ""), plain.toString(StandardCharsets.UTF_8) + json.toString(StandardCharsets.UTF_8));
    }

    @Test
    void events_cue_namesTheSound() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EventPrinter printer = new EventPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        printer.cue(ofMillis(70_004), "countdown");

        assertEquals("{\"t\":70.004,\"event\":\"cue\",\"name\":\"countdown\"}\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
