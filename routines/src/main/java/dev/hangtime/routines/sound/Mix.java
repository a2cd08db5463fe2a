package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;
import java.util.ArrayList;
import java.util.List;

/** The sounds playing in a stream, each from its own frame, added together block by block. */
final class Mix {

    private record Voice(Sound sound, long startFrame, Object key) {
        long endFrame() {
            return startFrame + sound.frames();
        }
    }

    private final List<Voice> voices = new ArrayList<>();

    /** Plays {@code sound} from frame {@code startFrame} of the stream. */
    void add(Sound sound, long startFrame) {
        add(sound, startFrame, null);
    }

    /** Plays {@code sound} from frame {@code startFrame} of the stream, known by {@code key} to remove it. */
    void add(Sound sound, long startFrame, Object key) {
        voices.add(new Voice(sound, startFrame, key));
    }

    boolean isEmpty() {
        return voices.isEmpty();
    }

    /** Stops the sound added with {@code key}, wherever it is; true if it was playing. */
    boolean remove(Object key) {
        return voices.removeIf(v -> v.key() != null && v.key() == key);
    }

    /** Stops every sound. */
    void clear() {
        voices.clear();
    }

    /** Drops the sounds that have not started by frame {@code frame}, and returns them with their start frames. */
    List<Started> dropNotStartedBy(long frame) {
        List<Started> dropped = new ArrayList<>();
        for (Voice voice : voices) {
            if (voice.startFrame() >= frame) {
                dropped.add(new Started(voice.sound(), voice.startFrame(), voice.key()));
            }
        }
        voices.removeIf(v -> v.startFrame() >= frame);
        return dropped;
    }

    /** A sound, the frame it starts at, and the key it was added with (null if none). */
    record Started(Sound sound, long startFrame, Object key) {
    }

    /**
     * Writes frames {@code first ..} of the mix into {@code block}, as 16-bit little-endian PCM scaled by
     * {@code gain}, and forgets the sounds that end within it. Overlapping sounds add up; the sum is clipped.
     */
    void render(long first, int frames, double gain, byte[] block) {
        for (int i = 0; i < frames; i++) {
            long frame = first + i;
            double sum = 0;
            for (Voice voice : voices) {
                long k = frame - voice.startFrame();
                if (k >= 0 && k < voice.sound().frames()) {
                    sum += voice.sound().sample((int) k);
                }
            }
            short pcm = Sound.toPcm16(sum * gain);
            block[2 * i] = (byte) pcm;
            block[2 * i + 1] = (byte) (pcm >> 8);
        }
        long end = first + frames;
        voices.removeIf(v -> v.endFrame() <= end);
    }

}
