package dev.hangtime.tui.run;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.cue.SoundStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code sound} events of {@code run --events}: one for each change, none when sound is as asked. */
class SoundEventsTest {

    private static final String GONE_LINE =
            "{\"t\":0.000,\"event\":\"sound\",\"state\":\"unavailable\",\"reason\":\"the sound server went away\"}";
    private static final SoundStatus GONE = new SoundStatus(SoundStatus.State.UNAVAILABLE,
            "the sound server went away", "hangtime reconnects as soon as it is back");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final EventPrinter printer = new EventPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private void start() {
        printer.on(new SessionEvent.SessionStarted(Duration.ZERO, 1, 1, ofSeconds(60)));
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void soundOnAtTheStart_isNotPrinted_butEachChangeIs() {
        printer.sound(SoundStatus.ON, Duration.ZERO);
        start();

        printer.sound(GONE, ofMillis(8_004));
        printer.sound(SoundStatus.COMING_BACK, ofMillis(9_250));
        printer.sound(SoundStatus.ON, ofMillis(9_400));

        assertEquals(List.of("{\"t\":0.000,\"event\":\"session-start\",\"segments\":1,\"totalSeconds\":60}",
                "{\"t\":8.004,\"event\":\"sound\",\"state\":\"unavailable\",\"reason\":\"the sound server went away\"}",
                "{\"t\":9.250,\"event\":\"sound\",\"state\":\"coming-back\"}",
                "{\"t\":9.400,\"event\":\"sound\",\"state\":\"on\"}"), lines());
    }

    @Test
    void mutedAsAsked_isNotPrinted() {
        printer.sound(SoundStatus.MUTED, Duration.ZERO);
        start();

        assertEquals(List.of("{\"t\":0.000,\"event\":\"session-start\",\"segments\":1,\"totalSeconds\":60}"), lines());
    }

    @Test
    void noSoundAtTheStart_isPrintedRightAfterSessionStart() {
        printer.sound(SoundStatus.STARTING, Duration.ZERO);
        printer.sound(GONE, Duration.ZERO);
        start();

        assertEquals(List.of("{\"t\":0.000,\"event\":\"session-start\",\"segments\":1,\"totalSeconds\":60}",
                GONE_LINE), lines());
    }

    @Test
    void theSameStatusTwice_isPrintedOnce() {
        start();
        printer.sound(SoundStatus.STARTING, ofMillis(10));

        printer.sound(SoundStatus.ON, ofMillis(1_200));
        printer.sound(SoundStatus.ON, ofMillis(1_300));

        assertEquals(List.of("{\"t\":0.000,\"event\":\"session-start\",\"segments\":1,\"totalSeconds\":60}",
                "{\"t\":0.010,\"event\":\"sound\",\"state\":\"starting\"}",
                "{\"t\":1.200,\"event\":\"sound\",\"state\":\"on\"}"), lines());
    }
}
