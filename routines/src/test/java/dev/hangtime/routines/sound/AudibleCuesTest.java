package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.routine.Cues;
import dev.hangtime.core.routine.Exercise;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Inversion;
import dev.hangtime.core.routine.Routine;
import dev.hangtime.core.routine.Sides;
import dev.hangtime.core.routine.StepStyle;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays a short session through the real javax.sound player into the PulseAudio null sink that
 * {@code .ci/audio-setup} starts, records the sink's monitor, and checks that every cue is heard, at its
 * pitch, within 30 ms of its moment.
 *
 * <p>Switched on by {@code HANGTIME_AUDIBLE=1} (which {@code .ci/audio-setup} exports) or
 * {@code -Dhangtime.audible=true}, only where the sink runs: elsewhere playback may "succeed" into a null
 * device and record silence. When switched on it fails, never skips, if nothing is heard.
 */
@EnabledIf("dev.hangtime.routines.sound.Audible#switchedOn")
class AudibleCuesTest {

    private static final long MS = 1_000_000;
    private static final long TOLERANCE = 30 * MS;

    /** The pitch of each cue's first note, as designed. */
    private static final Map<Cue, Double> FIRST_NOTE = Map.of(Cue.START_INVERSION, 783.99, Cue.COUNTDOWN, 880.0,
            Cue.START_EXERCISE, 523.25, Cue.SWITCH_SIDES, 698.46, Cue.COMPLETE, 523.25);

    private record Due(Cue cue, Duration at) {
    }

    /**
     * A cue as it was heard, each time in nanoseconds from its moment: handed to the player; heard, by the
     * sink's sample clock; arrived, when the recorder received it (a bound from above).
     */
    private record Heard(Cue cue, Duration at, long handed, long heard, long arrived, double hertz) {
        @Override
        public String toString() {
            return String.format("%-16s due %5d ms  handed %+6.1f ms  heard %+5.1f ms  arrived %+5.1f ms  %6.1f Hz",
                    cue.word(), at.toMillis(), handed / 1e6, heard / 1e6, arrived / 1e6, hertz);
        }
    }

    @Test
    void session_everyCueIsHeardAtItsPitchWithin30msOfItsMoment() throws Exception {
        List<Due> due = new CopyOnWriteArrayList<>();
        List<Notice> warnings = new CopyOnWriteArrayList<>();
        List<Heard> heard = new ArrayList<>();
        try (Recording recording = Recording.start(Audible.MONITOR)) {
            awaitSamples(recording);
            SystemSound sound = SystemSound.open(100, warnings::add, new StandIn("nothing", () -> { }));
            assertTrue(sound.awaitReady(Duration.ofSeconds(3)), "the output did not open in 3 s");
            assertEquals(SoundStatus.ON, sound.status(), "no sound output: " + warnings);
            Ticker ticker = Ticker.system();
            // A real run reads and checks its routine before it starts, paying the JVM's one-off costs (loading
            // classes, linking the first lambdas: about 10 ms) outside the cue path; a throwaway session does so here.
            Session rehearsal = new Session(Expansion.expand(routine()), ticker);
            rehearsal.addListener(event -> { });
            rehearsal.start();
            rehearsal.stop();
            Session session = new Session(Expansion.expand(routine()), ticker);
            Handing handing = new Handing(sound);
            SessionCues cues = SessionCues.attach(session, ticker, 1, handing);
            cues.addCueListener((cue, at) -> due.add(new Due(cue, at)));

            long origin = ticker.read();
            session.start();
            Audible.runInRealTime(session, cues, ticker);
            sound.close();
            Thread.sleep(300);
            short[] pcm = recording.pcm();
            Audible.keep(pcm, "audible-cues.raw");

            List<Integer> onsets = Audible.onsets(pcm);
            assertEquals(due.size(), onsets.size(), "sounds heard at samples " + onsets + " for cues " + due);
            for (int i = 0; i < due.size(); i++) {
                long moment = origin + due.get(i).at().toNanos();
                heard.add(new Heard(due.get(i).cue(), due.get(i).at(), handing.times.get(i) - moment,
                        recording.heardAt(onsets.get(i)) - moment, recording.arrivedAt(onsets.get(i)) - moment,
                        Audible.firstNote(pcm, onsets.get(i))));
            }
        }
        Audible.report(heard, "audible-cues.txt");
        for (Heard cue : heard) {
            double expected = FIRST_NOTE.get(cue.cue());
            assertTrue(cue.heard() >= -TOLERANCE && cue.heard() <= TOLERANCE && cue.arrived() <= TOLERANCE,
                    cue + ": more than 30 ms off");
            assertEquals(expected, cue.hertz(), expected * 0.02, cue + ": wrong pitch");
        }
        assertEquals(List.of(Cue.START_INVERSION, Cue.COUNTDOWN, Cue.COUNTDOWN, Cue.START_EXERCISE, Cue.COUNTDOWN,
                Cue.SWITCH_SIDES, Cue.COUNTDOWN, Cue.COMPLETE), due.stream().map(Due::cue).toList());
        assertEquals(List.of(), warnings);
    }

    /** Passes cues on to the player, noting when each was handed over. */
    private static final class Handing implements CuePlayer {
        final List<Long> times = new CopyOnWriteArrayList<>();
        private final CuePlayer player;

        Handing(CuePlayer player) {
            this.player = player;
        }

        @Override
        public Duration lead() {
            return player.lead();
        }

        @Override
        public void play(Sound sound, Duration in) {
            times.add(System.nanoTime());
            player.play(sound, in);
        }

        @Override
        public void cancelPending() {
            player.cancelPending();
        }

        @Override
        public void close() {
            player.close();
        }
    }

    /** An inversion of 3 s, then a side bridge of 2 s a side: pips in the last 2 s of each. */
    private static Routine routine() {
        return new Routine("audible", "Audible", Optional.empty(), List.of(),
                new Cues(OptionalInt.of(2), Optional.of(false)), List.of(
                        new Inversion(30, Duration.ofSeconds(3), Optional.empty(), StepStyle.NONE),
                        Exercise.timed("Side bridge", Duration.ofSeconds(2), 1, Duration.ZERO, Sides.BOTH,
                                StepStyle.NONE)));
    }

    private static void awaitSamples(Recording recording) throws InterruptedException {
        assertTrue(recording.awaitSamples(Sound.SAMPLE_RATE / 10, Duration.ofSeconds(3)),
                "parec recorded nothing from cuesink.monitor in 3 s: did .ci/audio-setup run in this shell?");
    }
}
