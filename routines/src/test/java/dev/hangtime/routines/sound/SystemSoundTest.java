package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The player on fake outputs and a clock that moves only when told: what reaches the output, frame by frame,
 * and what happens when the output is missing, goes away, stops playing, throws or hangs.
 */
class SystemSoundTest {

    private static final long MS = 1_000_000;
    private static final Sound PIP = Palette.standard().sound(Cue.COUNTDOWN);
    private static final Sound BELL = Palette.standard().sound(Cue.HALFWAY);
    /** Short waits, so that a test of recovery takes a moment; the margins for a cue are the product's. */
    private static final LinePlayer.Limits LIMITS =
            new LinePlayer.Limits(5 * MS, 40 * MS, 300 * MS, 200 * MS, 10 * MS, 80 * MS);
    /**
     * Frames the warming writes to a fake output, which plays at once: three readings of an empty buffer
     * after a write (768 frames) before the readings are trusted, then two buffers played (2048), read
     * before the twelfth block is written.
     */
    private static final int WARMED = 12 * LinePlayer.BLOCK_FRAMES;
    private static final String STAND_IN = "the bell rings for each cue";

    private final AtomicLong clock = new AtomicLong(1_000_000 * MS);
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final List<SoundStatus> statuses = new CopyOnWriteArrayList<>();
    private final AtomicInteger rings = new AtomicInteger();
    private final List<FakeOutput> outputs = new ArrayList<>();
    private SystemSound sound;

    /** A player, not started, on {@code these} outputs in turn (the last for every line after). */
    private SystemSound create(int volume, FakeOutput... these) {
        outputs.addAll(List.of(these));
        AtomicInteger next = new AtomicInteger();
        Supplier<PcmOutput> supply = () -> these[Math.min(next.getAndIncrement(), these.length - 1)];
        sound = SystemSound.create(supply, clock::get, 0, volume, LIMITS, notices::add,
                new StandIn(STAND_IN, rings::incrementAndGet));
        sound.addStatusListener(statuses::add);
        return sound;
    }

    private SystemSound open(FakeOutput... these) {
        create(100, these);
        sound.awaitReady(Duration.ZERO);
        return sound;
    }

    /**
     * Opens the player on {@code output} and waits until it is warm, then lets a second pass so that the
     * output is dry: returns how many frames were written by then.
     */
    private int openWarm(FakeOutput output, FakeOutput... then) throws InterruptedException {
        FakeOutput[] all = new FakeOutput[then.length + 1];
        all[0] = output;
        System.arraycopy(then, 0, all, 1, then.length);
        open(all);
        assertTrue(sound.awaitReady(Duration.ofSeconds(5)));
        await(() -> statuses.contains(SoundStatus.ON));
        clock.addAndGet(1_000 * MS);
        return output.frames();
    }

    @AfterEach
    void close() {
        if (sound != null) {
            sound.close();
        }
        outputs.forEach(FakeOutput::close);
    }

    /** Waits for the player's threads; generous, since only a broken player or a loaded machine takes this long. */
    private void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 30_000 * MS;
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(2);
        }
        assertTrue(done.getAsBoolean(), () -> "the player's threads did not get there in 30 s: statuses " + statuses
                + ", notices " + notices + ", rings " + rings + ", opens "
                + outputs.stream().map(FakeOutput::opens).toList());
    }

    private static Notice sound(String message) {
        return new Notice(Notice.Topic.SOUND, message);
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
    void open_warmsTheOutputWithSilence_untilItHasReallyPlayedTwoBuffers() throws InterruptedException {
        FakeOutput output = new FakeOutput();

        open(output);
        await(() -> statuses.contains(SoundStatus.ON));

        assertArrayEquals(silence(WARMED), output.samples());
        assertEquals(List.of(SoundStatus.ON), statuses);
    }

    @Test
    void awaitReady_isTrueOnceTheOutputIsWarm() {
        FakeOutput output = new FakeOutput();
        open(output);

        boolean ready = sound.awaitReady(Duration.ofSeconds(5));

        assertEquals(List.of(true, WARMED), List.of(ready, output.frames()));
    }

    @Test
    void awaitReady_isTrueOnceTheStandInHasTakenOver() {
        open(new FakeOutput().refusing(Trouble.NO_DEVICE));

        boolean ready = sound.awaitReady(Duration.ofSeconds(5));

        assertEquals(List.of(true, SoundStatus.unavailable(Trouble.NO_DEVICE.what(), Trouble.NO_DEVICE.advice())), List.of(ready, sound.status()));
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
        assertEquals(0, rings.get());
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
        create(50, output).awaitReady(Duration.ofSeconds(5));
        await(() -> sound.status().equals(SoundStatus.ON));
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
    void noDevice_saysSoOnceInPlainWords_ringsTheStandInForEveryCue_andKeepsTrying() throws InterruptedException {
        FakeOutput output = new FakeOutput().refusing(Trouble.NO_DEVICE);
        open(output);
        assertTrue(sound.awaitReady(Duration.ofSeconds(5)));

        sound.play(PIP, Duration.ZERO);
        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 2 && !notices.isEmpty() && output.opens() >= 3);

        assertEquals(List.of(sound("no sound: no sound device or sound server was found; the bell rings for each"
                + " cue instead (check that this computer plays sound, then start the session again)")), notices);
        assertEquals(List.of(SoundStatus.unavailable(Trouble.NO_DEVICE.what(), Trouble.NO_DEVICE.advice())), statuses);
    }

    @Test
    void serverGoingAway_ringsTheStandIn_opensAnotherLine_andSaysWhenSoundIsBack() throws InterruptedException {
        FakeOutput gone = new FakeOutput().takingNothingAfter(WARMED / LinePlayer.BLOCK_FRAMES);
        FakeOutput back = new FakeOutput();
        int base = openWarm(gone, back);

        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1 && sound.status().equals(SoundStatus.ON) && notices.size() == 2);
        clock.addAndGet(1_000 * MS);
        int backBase = back.frames();
        sound.play(PIP, Duration.ZERO);
        await(() -> back.frames() >= backBase + PIP.frames());

        assertEquals(List.of(sound("sound stopped: the sound server went away; the bell rings for each cue until"
                + " it is back"), sound("sound is back")), notices);
        assertEquals(List.of(SoundStatus.ON, SoundStatus.unavailable(Trouble.STOPPED_TAKING.what(), Trouble.STOPPED_TAKING.advice()), SoundStatus.COMING_BACK,
                SoundStatus.ON), statuses);
        assertEquals(List.of(base, 1), List.of(gone.frames(), rings.get()));
        assertArrayEquals(pcm(PIP), Arrays.copyOfRange(back.samples(), backBase, backBase + PIP.frames()));
    }

    @Test
    void writeThatHangs_neverBlocksTheCaller_andIsLeftBehindForAnotherLine() throws InterruptedException {
        FakeOutput hanging = new FakeOutput().hangingAfter(WARMED / LinePlayer.BLOCK_FRAMES);
        FakeOutput back = new FakeOutput();
        openWarm(hanging, back);
        sound.play(PIP, Duration.ZERO);
        await(hanging::hung);

        sound.play(BELL, Duration.ZERO);
        clock.addAndGet(300 * MS);
        await(() -> rings.get() == 2 && sound.status().equals(SoundStatus.ON) && notices.size() == 2);

        assertEquals(sound("sound stopped: the sound device stopped responding; the bell rings for each cue until"
                + " it is back"), notices.get(0));
        assertEquals(List.of(1, false), List.of(back.opens(), back.closed()));
    }

    @Test
    void lineThatPlaysNothing_dropsTheCueForTheStandIn_thenOpensAnotherLine() throws InterruptedException {
        FakeOutput stuck = new FakeOutput().playingNothingAfter(WARMED / LinePlayer.BLOCK_FRAMES);
        FakeOutput back = new FakeOutput();
        openWarm(stuck, back);

        sound.play(PIP, Duration.ZERO);
        await(() -> stuck.frames() >= WARMED + FakeOutput.BUFFER);
        clock.addAndGet(50 * MS);
        await(() -> rings.get() == 1 && stuck.flushes() == 1);
        clock.addAndGet(400 * MS);
        sound.play(PIP, Duration.ZERO);
        // The status turns on before the news thread has told "sound is back": wait for the notice too.
        await(() -> rings.get() == 2 && sound.status().equals(SoundStatus.ON) && notices.size() == 2);

        assertEquals(List.of(sound("sound stopped: the sound device stopped playing; the bell rings for each cue"
                + " until it is back"), sound("sound is back")), notices);
        assertEquals(1, back.opens());
    }

    @Test
    void lineThatThrows_saysSoInPlainWords_andOpensAnotherLine() throws InterruptedException {
        FakeOutput throwing = new FakeOutput().throwingAfter(WARMED / LinePlayer.BLOCK_FRAMES);
        FakeOutput back = new FakeOutput();
        openWarm(throwing, back);

        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1 && sound.status().equals(SoundStatus.ON) && notices.size() == 2);

        assertEquals(List.of(sound("sound stopped: the sound device failed; the bell rings for each cue until it is"
                + " back"), sound("sound is back")), notices);
        assertEquals(List.of(true, 1), List.of(throwing.closed(), back.opens()));
    }

    @Test
    void lazy_touchesNoDeviceUntilTheFirstCue_whichTheStandInTakesWhileItWarms() throws InterruptedException {
        FakeOutput output = new FakeOutput();
        create(100, output);
        SoundStatus beforeAnyCue = sound.status();
        int opensBeforeAnyCue = output.opens();

        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1 && sound.status().equals(SoundStatus.ON));

        assertEquals(List.of(SoundStatus.STARTING, 0), List.of(beforeAnyCue, opensBeforeAnyCue));
        assertEquals(List.of(), notices);
    }

    @Test
    void lazy_closedUnused_closesNothing() {
        FakeOutput output = new FakeOutput();
        create(100, output);

        sound.close();

        assertEquals(List.of(false, 0, 0), List.of(output.closed(), output.frames(), output.opens()));
    }

    @Test
    void gain_followsTheSquareOfTheVolume() {
        assertEquals(List.of(0.0, 0.25, 1.0, 1.0), List.of(SystemSound.gain(0), SystemSound.gain(50),
                SystemSound.gain(100), SystemSound.gain(140)));
    }

    @Test
    void lead_isTheLinesEvenWithoutADevice() {
        open(new FakeOutput().refusing(Trouble.NO_DEVICE));

        assertEquals(Duration.ofMillis(80), sound.lead());
    }
}
