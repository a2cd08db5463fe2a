package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Rest;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.FakeTicker;
import dev.hangtime.routines.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** A session's sound: muted or the device's status, told to listeners with the session's time. */
class SessionSoundTest {

    private static final LinePlayer.Limits LIMITS = new LinePlayer.Limits(5_000_000, 40_000_000, 300_000_000,
            200_000_000, 10_000_000, 80_000_000);

    private final FakeTicker ticker = new FakeTicker();
    private final Session session = new Session(Expansion.expand(new Routine("r", "R", Optional.empty(), List.of(),
            Cues.INHERIT, List.of(new Rest(Duration.ofSeconds(60), StepStyle.NONE)))), ticker);
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final List<String> told = new CopyOnWriteArrayList<>();
    private SessionSound sound;

    private SessionSound attach(boolean mute, FakeOutput output) {
        SystemSound system = SystemSound.create(() -> output, ticker::read, 0, 100, LIMITS, notices::add,
                new StandIn("the bell rings", () -> { }));
        sound = SessionSound.attach(session, ticker, 1, Settings.DEFAULTS, mute, notices::add, system,
                (cue, at) -> { });
        sound.addStatusListener((status, at) -> told.add(status.state().word() + " at " + at.toMillis()));
        return sound;
    }

    @AfterEach
    void close() {
        if (sound != null) {
            sound.close();
        }
    }

    /** Waits for the player's own threads: generously, since a loaded machine runs them late. */
    private static void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(2);
        }
        assertTrue(done.getAsBoolean(), "not there in 30 s");
    }

    @Test
    void muted_opensNoDevice_andSaysMuted() throws InterruptedException {
        FakeOutput output = new FakeOutput();

        attach(true, output);
        await(() -> !told.isEmpty());

        assertEquals(List.of(SoundStatus.MUTED, 0), List.of(sound.status(), output.opens()));
        assertEquals(List.of("muted at 0"), told);
    }

    @Test
    void unmuting_opensTheDevice_andEachChangeIsToldWithTheSessionsTime() throws InterruptedException {
        FakeOutput output = new FakeOutput();
        attach(true, output);
        session.start();
        ticker.advance(Duration.ofSeconds(5));

        sound.setMuted(false);
        await(() -> told.size() == 3);

        assertEquals(List.of("muted at 0", "starting at 5000", "on at 5000"), told);
        assertEquals(List.of(SoundStatus.ON, 1), List.of(sound.status(), output.opens()));
    }

    @Test
    void noDevice_isTheStatus_andIsToldOnce() throws InterruptedException {
        attach(false, new FakeOutput().refusing(Trouble.NO_DEVICE));
        await(() -> !told.isEmpty() && !notices.isEmpty());

        assertEquals(SoundStatus.unavailable(Trouble.NO_DEVICE.what(), Trouble.NO_DEVICE.advice()), sound.status());
        assertEquals(List.of("unavailable at 0"), told);
        assertEquals(1, notices.size());
    }
}
