package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;

/**
 * When each frame written to the output will be heard.
 *
 * <p>The output consumes frames at exactly the sample rate once it is going, so a frame is heard a fixed
 * time after the first frame of a continuous stretch: the anchor. When the output has run dry (nothing was
 * written for a while), the next frame written starts a new stretch, heard {@code startLatency} after it is
 * written. Reading the position back from the line is not used: after a line has run dry, javax.sound reports
 * frames still queued that are not.
 */
final class StreamClock {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long startLatencyNanos;
    private long anchorNanos;
    private long anchorFrame;
    private long written;
    private boolean anchored;

    StreamClock(long startLatencyNanos) {
        this.startLatencyNanos = startLatencyNanos;
    }

    /** Call before writing at {@code now}: starts a new stretch if what was written has all been heard. */
    void beforeWrite(long now) {
        if (!anchored || heardAt(written) < now + startLatencyNanos) {
            anchorNanos = now + startLatencyNanos;
            anchorFrame = written;
            anchored = true;
        }
    }

    /** Starts a new stretch at the next write: what was written was dropped, not played. */
    void restart() {
        anchored = false;
    }

    /** Frames written so far: the index of the next frame to write. */
    long written() {
        return written;
    }

    void wrote(int frames) {
        written += frames;
    }

    /** When frame {@code frame} of the current stretch will be heard. */
    long heardAt(long frame) {
        return anchorNanos + (frame - anchorFrame) * NANOS_PER_SECOND / Sound.SAMPLE_RATE;
    }

    /** The frame that will be heard at {@code nanos}, rounded to the nearest. */
    long frameAt(long nanos) {
        return anchorFrame + Math.round((double) (nanos - anchorNanos) * Sound.SAMPLE_RATE / NANOS_PER_SECOND);
    }

    /** Whether anything has been written through this clock yet. */
    boolean anchored() {
        return anchored;
    }

    /** When everything written so far will have been heard; only meaningful once {@link #anchored()}. */
    long drainedAt() {
        return heardAt(written);
    }
}
