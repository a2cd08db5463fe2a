package dev.hangtime.routines.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.hangtime.core.cue.Cue;
import dev.hangtime.core.cue.Palette;
import dev.hangtime.core.cue.Sound;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.notice.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.stubbing.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The player at the true boundary, javax.sound's {@link SourceDataLine}, mocked: lines that throw, take
 * nothing, block in a write or play nothing. Each time the player gives the cue to the stand-in, never blocks
 * its caller, opens another line, and plays the next cue through it. Real time, with short patience.
 */
class SourceDataLineTest {

    private static final long MS = 1_000_000;
    private static final int BUFFER_BYTES = LinePlayer.BUFFER_FRAMES * 2;
    private static final Sound PIP = Palette.standard().sound(Cue.COUNTDOWN);
    /** Short patience, but not so short that a mock's first, slow call counts as stuck. */
    private static final LinePlayer.Limits LIMITS =
            new LinePlayer.Limits(5 * MS, 40 * MS, 300 * MS, 1_500 * MS, 10 * MS, 80 * MS);

    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final AtomicInteger rings = new AtomicInteger();
    /** The lines javax.sound hands out, in turn; once they run out it has none ("No line matching"). */
    private final ConcurrentLinkedQueue<Object> lines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger asked = new AtomicInteger();
    /** Until set, every mocked line works: the player can warm it. */
    private final AtomicBoolean broken = new AtomicBoolean();
    private final CountDownLatch release = new CountDownLatch(1);
    private SystemSound sound;

    @AfterEach
    void close() {
        release.countDown();
        if (sound != null) {
            sound.close();
        }
    }

    /** A line that plays everything at once, and once {@link #broken} does what {@code broken} says. */
    private SourceDataLine line(Answer<Integer> whenBroken) {
        SourceDataLine line = mock(SourceDataLine.class);
        when(line.getBufferSize()).thenReturn(BUFFER_BYTES);
        when(line.available()).thenReturn(BUFFER_BYTES);
        when(line.write(any(byte[].class), anyInt(), anyInt()))
                .thenAnswer(call -> broken.get() ? whenBroken.answer(call) : call.getArgument(2));
        return line;
    }

    /** A line that works. */
    private SourceDataLine working() {
        return line(call -> call.getArgument(2));
    }

    private SystemSound start() {
        JavaxOutput.Lines source = format -> {
            asked.incrementAndGet();
            Object next = lines.poll();
            if (next instanceof LineUnavailableException) {
                throw (LineUnavailableException) next;
            }
            if (next == null) {
                throw new IllegalArgumentException("No line matching interface SourceDataLine supporting format"
                        + " PCM_SIGNED 44100.0 Hz, 16 bit, mono, 2 bytes/frame, little-endian is supported.");
            }
            return (SourceDataLine) next;
        };
        sound = SystemSound.create(() -> new JavaxOutput(source, LinePlayer.BUFFER_FRAMES), System::nanoTime, 0, 100,
                LIMITS, notices::add, new StandIn("the bell rings for each cue", rings::incrementAndGet));
        assertTrue(sound.awaitReady(Duration.ofSeconds(5)));
        return sound;
    }

    /** Breaks the first line once it is warm, plays a cue, and waits for sound to be back on the next. */
    private void breakAndRecover(SourceDataLine first, SourceDataLine next) throws InterruptedException {
        lines.addAll(List.of(first, next));
        start();
        assertEquals(SoundStatus.ON, sound.status());

        broken.set(true);
        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            sound.play(PIP, Duration.ofMillis(10));
            sound.cancelPending();
            sound.status();
        }, "the caller was blocked");
        await(() -> sound.status().equals(SoundStatus.ON) && notices.size() == 2);
        int before = rings.get();
        // Handed over a moment ahead, as the session's cues are, so that a loaded machine still plays it in time.
        sound.play(PIP, Duration.ofMillis(300));
        await(() -> heard(next));

        assertEquals(before, rings.get(), "the cue after the return went to the stand-in");
    }

    /** Whether anything but silence was written to {@code line}. */
    private static boolean heard(SourceDataLine line) {
        List<byte[]> blocks = new ArrayList<>();
        try {
            ArgumentCaptor<byte[]> captor = ArgumentCaptor.forClass(byte[].class);
            verify(line, atLeastOnce()).write(captor.capture(), anyInt(), anyInt());
            blocks.addAll(captor.getAllValues());
        } catch (AssertionError e) {
            return false;
        }
        return blocks.stream().anyMatch(block -> {
            for (byte b : block) {
                if (b != 0) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean closed(SourceDataLine line) {
        try {
            verify(line).close();
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /**
     * Waits for what the player's own threads do. The bound is generous: on a loaded machine its back-off and
     * checks run late, and a wait that ends as soon as the condition holds costs nothing when all is well.
     */
    private void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 30_000 * MS;
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(2);
        }
        assertTrue(done.getAsBoolean(), () -> "not there in 30 s: status " + sound.status() + ", notices " + notices
                + ", rings " + rings + ", lines asked for " + asked);
    }

    private static String stopped(String why) {
        return "sound stopped: " + why + "; the bell rings for each cue until it is back";
    }

    @Test
    void lineThatThrows_isLetGo_andTheNextCueIsHeardThroughAnother() throws InterruptedException {
        SourceDataLine first = line(call -> {
            throw new IllegalStateException("Line unsupported: interface SourceDataLine");
        });

        breakAndRecover(first, working());

        assertEquals(List.of(stopped("the sound device failed"), "sound is back"),
                notices.stream().map(Notice::message).toList());
        verify(first).close();
    }

    @Test
    void lineThatTakesNothing_isLetGo_andTheNextCueIsHeardThroughAnother() throws InterruptedException {
        SourceDataLine first = line(call -> 0);

        breakAndRecover(first, working());

        assertEquals(List.of(stopped("the sound server went away"), "sound is back"),
                notices.stream().map(Notice::message).toList());
        verify(first).close();
    }

    @Test
    void lineThatBlocksInAWrite_neverBlocksTheCaller_andIsLeftBehind() throws InterruptedException {
        SourceDataLine first = line(call -> {
            release.await();
            return 0;
        });

        breakAndRecover(first, working());
        release.countDown();

        assertEquals(List.of(stopped("the sound device stopped responding"), "sound is back"),
                notices.stream().map(Notice::message).toList());
        // Left behind, it is let go once its write returns.
        await(() -> closed(first));
    }

    @Test
    void lineThatPlaysNothing_isLetGo_andTheNextCueIsHeardThroughAnother() throws InterruptedException {
        SourceDataLine first = working();
        // Once broken, its buffer stays full: nothing written is ever played.
        when(first.available()).thenAnswer(call -> broken.get() ? 0 : BUFFER_BYTES);

        breakAndRecover(first, working());

        assertEquals(List.of(stopped("the sound device stopped playing"), "sound is back"),
                notices.stream().map(Notice::message).toList());
        verify(first).close();
    }

    @Test
    void lineThatReportsNoRoomOnceDry_isWrittenTo_andPlaysTheCue() throws InterruptedException {
        AtomicBoolean dry = new AtomicBoolean();
        SourceDataLine line = mock(SourceDataLine.class);
        when(line.getBufferSize()).thenReturn(BUFFER_BYTES);
        // As the ALSA pulse plugin after an underrun: no room at all, until the next write recovers the stream.
        when(line.available()).thenAnswer(call -> dry.get() ? 0 : BUFFER_BYTES);
        when(line.write(any(byte[].class), anyInt(), anyInt())).thenAnswer(call -> {
            dry.set(false);
            return call.getArgument(2);
        });
        lines.add(line);
        start();

        dry.set(true);
        sound.play(PIP, Duration.ZERO);
        await(() -> heard(line));

        assertEquals(List.of(SoundStatus.ON, 0, 1), List.of(sound.status(), rings.get(), asked.get()));
    }

    @Test
    void noLine_saysWhatIsWrongInPlainWords_andKeepsAsking() throws InterruptedException {
        start();

        sound.play(PIP, Duration.ZERO);
        await(() -> rings.get() == 1 && notices.size() == 1 && asked.get() >= 3);

        assertEquals(SoundStatus.unavailable(Trouble.NO_DEVICE.what(), Trouble.NO_DEVICE.advice()), sound.status());
        assertEquals("no sound: no sound device or sound server was found; the bell rings for each cue instead"
                + " (check that this computer plays sound, then start the session again)", notices.get(0).message());
        assertFalse(notices.get(0).message().contains("SourceDataLine"));
    }

    @Test
    void lineInUse_saysSo_andTheLineIsHadOnceItIsFree() throws InterruptedException {
        SourceDataLine free = working();
        lines.addAll(List.of(new LineUnavailableException("Audio Device Unavailable"), free));
        start();

        await(() -> sound.status().equals(SoundStatus.ON) && notices.size() == 2);
        sound.play(PIP, Duration.ZERO);
        await(() -> heard(free));

        assertEquals(List.of("no sound: the sound device is in use by another program; the bell rings for each cue"
                + " instead (close the program that holds it; hangtime keeps trying)", "sound is back"),
                notices.stream().map(Notice::message).toList());
    }
}
