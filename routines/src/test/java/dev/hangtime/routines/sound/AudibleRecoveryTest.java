package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.CuePlayer;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The real javax.sound player through trouble on the PulseAudio server that {@code .ci/audio-setup} starts: the
 * server killed and started again mid-session, and a freshly started sink, which on a server with its default
 * modules holds back the first stream for up to two seconds. A cue every 0.6 s, its sound recorded from the
 * sink's monitor; a cue is heard when a sound starts within 30 ms of its moment at its first note's pitch.
 *
 * <p>Switched on like {@link AudibleCuesTest}; it restarts the server it plays into, and leaves it running.
 */
@EnabledIf("dev.hangtime.routines.sound.Audible#switchedOn")
class AudibleRecoveryTest {

    private static final long MS = 1_000_000;
    private static final long TOLERANCE = 30 * MS;
    /** Short cues, told apart by their first note, each over well before the next: 0.11, 0.30 and 0.40 s. */
    private static final List<Cue> CUES = List.of(Cue.COUNTDOWN, Cue.START_PREPARE, Cue.START_WALK);
    private static final long SPACING = 600 * MS;
    /**
     * The cues' sounds, synthesized before any test: the palette's first use takes a tenth of a second or more,
     * which would hand the first cue over late.
     */
    private static final Map<Cue, Sound> SOUNDS =
            CUES.stream().collect(Collectors.toMap(cue -> cue, cue -> Palette.standard().sound(cue)));

    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final AtomicInteger rings = new AtomicInteger();

    /** A cue and the System.nanoTime() reading of its moment. */
    private record Due(Cue cue, long moment) {
    }

    /** A sound found in a recording, when it was heard, and its first note's pitch. */
    private record Found(long heard, double hertz) {
    }

    @Test
    void serverRestartedMidSession_everyCueFrom3sAfterItsReturnIsHeardAtItsPitchWithin30ms() throws Exception {
        List<Found> found;
        List<Due> due;
        long returned;
        SystemSound sound;
        try (Recording before = Recording.start(Audible.MONITOR)) {
            awaitSamples(before);
            sound = SystemSound.open(100, notices::add, new StandIn("the bell rings", rings::incrementAndGet));
            assertTrue(sound.awaitReady(Duration.ofSeconds(5)), "the output did not open in 5 s");
            assertEquals(SoundStatus.ON, sound.status(), "no sound output: " + notices);
            long origin = System.nanoTime() + 200 * MS;
            due = schedule(origin, 14_000 * MS);
            Thread handing = hand(sound, due);
            sleepUntil(origin + 3_000 * MS);
            AudioServer.restart();
            returned = System.nanoTime();
            try (Recording after = Recording.start(Audible.MONITOR)) {
                awaitSamples(after);
                handing.join();
                sleepUntil(due.get(due.size() - 1).moment() + 700 * MS);
                found = found(after, "audible-restart.raw");
            }
        }
        sound.close();

        List<Due> afterReturn = due.stream().filter(cue -> cue.moment() >= returned + 3_000 * MS).toList();
        report("audible-restart.txt", due, found, returned);
        assertHeard(afterReturn, found);
        assertNoneLate(due, found);
        assertEquals(2, notices.size(), "one notice when sound stopped, one when it came back: " + notices);
        assertEquals("sound is back", notices.get(1).message());
    }

    @Test
    void freshlyStartedSink_everyCueFrom3sOnIsHeard_andNoneLate() throws Exception {
        AudioServer.restart();
        List<Found> found;
        List<Due> due;
        long origin;
        try (Recording recording = Recording.start(Audible.MONITOR)) {
            awaitSamples(recording);
            SystemSound sound = SystemSound.open(100, notices::add,
                    new StandIn("the bell rings", rings::incrementAndGet));
            // As a session does: it waits a second at most for the output, then starts whatever the output does.
            sound.awaitReady(Duration.ofSeconds(1));
            origin = System.nanoTime();
            due = schedule(origin, 9_000 * MS);
            hand(sound, due).join();
            sleepUntil(due.get(due.size() - 1).moment() + 700 * MS);
            found = found(recording, "audible-fresh.raw");
            sound.close();
        }

        report("audible-fresh.txt", due, found, origin);
        assertHeard(due.stream().filter(cue -> cue.moment() >= origin + 3_000 * MS).toList(), found);
        assertNoneLate(due, found);
    }

    /** A cue every {@link #SPACING} from {@code origin} for {@code length}, the three cues in turn. */
    private static List<Due> schedule(long origin, long length) {
        List<Due> due = new ArrayList<>();
        for (int i = 0; i * SPACING < length; i++) {
            due.add(new Due(CUES.get(i % CUES.size()), origin + i * SPACING));
        }
        return due;
    }

    /** Hands each cue to {@code player} its lead before its moment, as a session does, on a thread of its own. */
    private static Thread hand(CuePlayer player, List<Due> due) {
        Thread thread = new Thread(() -> {
            for (Due cue : due) {
                sleepUntil(cue.moment() - player.lead().toNanos());
                player.play(SOUNDS.get(cue.cue()), Duration.ofNanos(Math.max(0, cue.moment() - System.nanoTime())));
            }
        }, "audible-handing");
        thread.start();
        return thread;
    }

    /** Every sound in the recording: when it was heard, and its first note's pitch. Keeps the recording. */
    private static List<Found> found(Recording recording, String keepAs) throws Exception {
        assertTrue(recording.coverage() > 0.97, () -> String.format("the recording holds %.0f%% of the time it"
                + " ran: the machine is too busy for the sink to keep time, so cues cannot be timed",
                100 * recording.coverage()));
        short[] pcm = recording.pcm();
        Audible.keep(pcm, keepAs);
        List<Found> found = new ArrayList<>();
        for (int onset : Audible.onsets(pcm)) {
            found.add(new Found(recording.heardAt(onset), Audible.firstNote(pcm, onset)));
        }
        return found;
    }

    /** Each of {@code cues} was heard within 30 ms of its moment, at its first note's pitch. */
    private static void assertHeard(List<Due> cues, List<Found> found) {
        assertTrue(!cues.isEmpty(), "no cue to check");
        for (Due cue : cues) {
            double expected = firstNote(cue.cue());
            assertTrue(found.stream().anyMatch(sound -> Math.abs(sound.heard() - cue.moment()) <= TOLERANCE
                            && Math.abs(sound.hertz() - expected) <= expected * 0.02),
                    () -> cue.cue().word() + " not heard within 30 ms of its moment at " + expected + " Hz");
        }
    }

    /** Every sound heard was a cue within 30 ms of its moment: none came late. */
    private static void assertNoneLate(List<Due> cues, List<Found> found) {
        for (Found sound : found) {
            assertTrue(cues.stream().anyMatch(cue -> Math.abs(sound.heard() - cue.moment()) <= TOLERANCE),
                    () -> String.format("a sound at %.1f Hz heard %+.1f ms from the nearest cue's moment: more"
                            + " than 30 ms", sound.hertz(), nearest(cues, sound) / 1e6));
        }
    }

    /** How far from the nearest cue's moment {@code sound} was heard. */
    private static long nearest(List<Due> cues, Found sound) {
        return cues.stream().map(cue -> sound.heard() - cue.moment()).min((a, b) -> Long.compare(Math.abs(a),
                Math.abs(b))).orElse(Long.MAX_VALUE);
    }

    private static double firstNote(Cue cue) {
        short[] pcm = Audible.pcm(Palette.standard().sound(cue), 1.0);
        return Audible.firstNote(pcm, Audible.onsets(pcm).get(0));
    }

    /** Each cue, and how far from its moment the sound nearest to it was heard, from {@code since}. */
    private void report(String name, List<Due> due, List<Found> found, long since) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d notices %s, stand-in rang %d times", notices.size(), notices, rings.get()));
        for (Due cue : due) {
            Found nearest = found.stream().min((a, b) -> Long.compare(Math.abs(a.heard() - cue.moment()),
                    Math.abs(b.heard() - cue.moment()))).orElse(null);
            long off = nearest == null ? Long.MAX_VALUE : nearest.heard() - cue.moment();
            lines.add(String.format("%-14s %+7.3f s  %s", cue.cue().word(), (cue.moment() - since) / 1e9,
                    nearest == null ? "not heard" : String.format("%s %+7.1f ms  %6.1f Hz",
                            Math.abs(off) <= TOLERANCE ? "heard" : "nearest", off / 1e6, nearest.hertz())));
        }
        Audible.report(lines, name);
    }

    private static void awaitSamples(Recording recording) throws InterruptedException {
        assertTrue(recording.awaitSamples(Sound.SAMPLE_RATE / 10, Duration.ofSeconds(3)),
                "parec recorded nothing from " + Audible.MONITOR + " in 3 s: did .ci/audio-setup run in this shell?");
    }

    private static void sleepUntil(long moment) {
        for (long wait = moment - System.nanoTime(); wait > 0; wait = moment - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
