package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.notice.Notice;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The player on a fake output and a clock that moves only when told: what reaches the output, frame by
 * frame, and what happens when the output is missing or fails.
 */
class SystemSoundTest {

    private static final long MS = 1_000_000;
    private static final int WARM = LinePlayer.WARM_FRAMES;
    private static final Sound PIP = Palette.standard().sound(Cue.COUNTDOWN);
    private static final Sound BELL = Palette.standard().sound(Cue.HALFWAY);

    private final AtomicLong clock = new AtomicLong(1_000_000 * MS);
    private final List<Notice> warnings = new CopyOnWriteArrayList<>();
    private final AtomicInteger rings = new AtomicInteger();
    private SystemSound sound;

    private SystemSound open(FakeOutput output) {
        sound = SystemSound.open(output, clock::get, 0, 100, warnings::add, rings::incrementAndGet);
        return sound;
    }

    /**
     * Opens the player and waits until it is warm, then lets a second pass so that its output is dry:
     * returns how many frames were written by then.
     */
    private int openWarm(FakeOutput output) {
        open(output);
        assertTrue(sound.awaitReady(Duration.ofSeconds(5)));
        clock.addAndGet(1_000 * MS);
        return output.frames();
    }

    /** Frames the warming writes: the raw silence, then the rehearsal in whole blocks. */
    private static final int WARMED = WARM + (LinePlayer.REHEARSAL.frames() + LinePlayer.BLOCK_FRAMES - 1)
            / LinePlayer.BLOCK_FRAMES * LinePlayer.BLOCK_FRAMES;

    private static Notice sound(String message) {
        return new Notice(Notice.Topic.SOUND, message);
    }

    @AfterEach
    void close() {
        if (sound != null) {
            sound.close();
        }
    }

    /** Waits for the player's thread; generous, since only a broken player takes this long. */
    private static void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 5_000 * MS;
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(2);
        }
        assertTrue(done.getAsBoolean(), "the player's thread did not get there in 5 s");
    }

    private static short[] pcm(Sound sound) {
        short[] out = new short[sound.frames()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Sound.toPcm16(sound.sample(i));
        }
        return out;
    }

    private static short[] silence(int frames) {
        return new short[frames];
    }

    private static short[] concat(short[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        short[] out = new short[length];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    @Test
    void open_warmsTheOutputWithSilence_thenRehearsesThroughTheMix() throws InterruptedException {
        FakeOutput output = new FakeOutput();

        open(output);
        sound.awaitReady(Duration.ofSeconds(5));

        assertArrayEquals(silence(WARMED), output.samples());
    }

    @Test
    void awaitReady_isTrueOnceTheOutputIsWarm() {
        FakeOutput output = new FakeOutput();
        open(output);

        boolean ready = sound.awaitReady(Duration.ofSeconds(5));

        assertEquals(List.of(true, WARMED), List.of(ready, output.frames()));
    }

    @Test
    void awaitReady_isTrueOnceTheBellHasTakenOver() {
        open(new FakeOutput().refusing("no audio device or sound server (none)"));

        boolean ready = sound.awaitReady(Duration.ofSeconds(5));

        assertEquals(List.of(true, true), List.of(ready, sound.usesBell()));
    }

    @Test
    void play_placesTheSoundOnTheFrameHeardAtItsMoment() throws InterruptedException {
        FakeOutput output = new FakeOutput();
        int base = openWarm(output);

        sound.play(PIP, Duration.ofMillis(20));
        await(() -> output.frames() >= base + 882 + PIP.frames());

        // 20 ms at 44.1 kHz is 882 frames after the first frame written.
        short[] expected = concat(silence(882), pcm(PIP));
        assertArrayEquals(expected, Arrays.copyOfRange(output.samples(), base, base + expected.length));
    }

    @Test
    void play_overlappingSounds_areMixed() throws InterruptedException {
        FakeOutput output = new FakeOutput();
        int base = openWarm(output);

        // Far enough ahead that the player waits for them, both queued before it starts writing.
        sound.play(BELL, Duration.ofMillis(100));
        sound.play(PIP, Duration.ofMillis(110));
        clock.addAndGet(100 * MS);
        await(() -> output.frames() >= base + BELL.frames());

        short[] heard = Arrays.copyOfRange(output.samples(), base, base + BELL.frames());
        short[] expected = new short[BELL.frames()];
        for (int i = 0; i < expected.length; i++) {
            int k = i - 441;
            expected[i] = Sound.toPcm16((double) BELL.sample(i) + (k >= 0 && k < PIP.frames() ? PIP.sample(k) : 0));
        }
        assertArrayEquals(expected, heard);
    }

    @Test
    void play_atHalfVolume_isAQuarterOfTheAmplitude() throws InterruptedException {
        FakeOutput output = new FakeOutput();
        sound = SystemSound.open(output, clock::get, 0, 50, warnings::add, rings::incrementAndGet);
        assertTrue(sound.awaitReady(Duration.ofSeconds(5)));
        clock.addAndGet(1_000 * MS);
        int base = output.frames();

        sound.play(PIP, Duration.ZERO);
        await(() -> output.frames() >= base + PIP.frames());

        short[] heard = Arrays.copyOfRange(output.samples(), base, base + PIP.frames());
        short[] expected = new short[PIP.frames()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Sound.toPcm16(PIP.sample(i) * 0.25);
        }
        assertArrayEquals(expected, heard);
    }

    @Test
    void cancelPending_dropsASoundNotYetStarted() throws InterruptedException {
        FakeOutput output = new FakeOutput();
        int base = openWarm(output);
        sound.play(BELL, Duration.ofSeconds(1));

        sound.cancelPending();
        clock.addAndGet(2_000 * MS);
        sound.play(PIP, Duration.ZERO);
        await(() -> output.frames() >= base + PIP.frames());

        // Had the bell stayed, it would be overdue now and mixed in from the first frame with the pip.
        assertArrayEquals(pcm(PIP), Arrays.copyOfRange(output.samples(), base, base + PIP.frames()));
    }

    @Test
    void close_letsTheLastSoundBeWrittenThenClosesTheOutput() throws InterruptedException {
        FakeOutput output = new FakeOutput();
        int base = openWarm(output);
        sound.play(BELL, Duration.ZERO);

        sound.close();

        assertTrue(output.closed());
        assertTrue(output.frames() >= base + BELL.frames(), "wrote " + output.frames());
    }

    @Test
    void noDevice_saysSoOnce_andRingsTheBellForEveryCue() throws InterruptedException {
        open(new FakeOutput().refusing("no audio device or sound server (No line matching interface SourceDataLine)"));
        await(() -> sound.usesBell());

        sound.play(PIP, Duration.ZERO);
        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 2 && !warnings.isEmpty());

        assertEquals(List.of(sound("Sound: no audio device or sound server (No line matching interface"
                + " SourceDataLine); cues will ring the terminal bell instead.")), warnings);
        assertEquals(Duration.ZERO, sound.lead());
    }

    @Test
    void deviceStoppingMidSession_saysSoOnce_andTheBellTakesOver() throws InterruptedException {
        FakeOutput output = new FakeOutput().failingAfter(11);
        openWarm(output);

        sound.play(BELL, Duration.ZERO);
        await(() -> sound.usesBell());
        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1 && !warnings.isEmpty());

        assertEquals(List.of(sound("Sound: the audio device stopped taking sound;"
                + " cues will ring the terminal bell from now on.")),
                warnings);
    }

    @Test
    void deviceHangingInAWrite_isLeftBehind_andTheBellRingsTheCue() throws InterruptedException {
        FakeOutput output = new FakeOutput().hangingAfter(11);
        openWarm(output);
        sound.play(BELL, Duration.ZERO);
        await(output::hung);

        clock.addAndGet(1_500 * MS);
        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1 && !warnings.isEmpty());

        assertEquals(List.of(sound("Sound: the audio device stopped responding;"
                + " cues will ring the terminal bell from now on.")),
                warnings);
    }

    @Test
    void failure_ringsTheCuesStillAheadAtTheirMoments() throws InterruptedException {
        // The warming takes ten writes; the pip's block is the eleventh, and fails.
        FakeOutput output = new FakeOutput().failingAfter(10);
        openWarm(output);
        sound.play(PIP, Duration.ZERO);
        sound.play(BELL, Duration.ofSeconds(30));

        await(() -> rings.get() == 1);

        // The pip was in the block that failed; the bell is still 30 s ahead and waits its turn.
        assertEquals(1, rings.get());
    }

    @Test
    void lazy_touchesNoDeviceUntilTheFirstCue() throws InterruptedException {
        FakeOutput output = new FakeOutput().refusing("no audio device or sound server (none)");
        sound = SystemSound.create(output, clock::get, 0, 100, warnings::add, rings::incrementAndGet);
        Thread.sleep(50);
        List<Notice> beforeAnyCue = List.copyOf(warnings);

        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1 && !warnings.isEmpty());

        assertEquals(List.of(), beforeAnyCue);
        assertEquals(List.of(sound("Sound: no audio device or sound server (none);"
                + " cues will ring the terminal bell instead.")),
                warnings);
    }

    @Test
    void lazy_closedUnused_closesNothing() {
        FakeOutput output = new FakeOutput();
        sound = SystemSound.create(output, clock::get, 0, 100, warnings::add, rings::incrementAndGet);

        sound.close();

        assertEquals(List.of(false, 0), List.of(output.closed(), output.frames()));
    }

    @Test
    void gain_followsTheSquareOfTheVolume() {
        assertEquals(List.of(0.0, 0.25, 1.0, 1.0), List.of(SystemSound.gain(0), SystemSound.gain(50),
                SystemSound.gain(100), SystemSound.gain(140)));
    }
}
