package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;
import java.util.function.LongSupplier;

/**
 * One opened output, as the player's writing thread sees it: what was written, what the output has played
 * (by its own account), and whether a call into it is under way, for the watchdog that never touches it.
 *
 * <p>Only the writing thread calls the output. The watchdog reads {@link #consumed()} and
 * {@link #callSince()}, and may {@link #abandon()} the line: the writing thread then stops at its next call's
 * return, whenever that is, and the player goes on with another line.
 */
final class OpenLine {

    /** Thrown on the writing thread when its line was abandoned while it was in a call. */
    static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the line was abandoned", null, false, false);
        }
    }

    /** A call that may throw the output's checked exception. */
    @FunctionalInterface
    private interface Call<T, E extends Exception> {
        T run() throws E;
    }

    /** Readings of an empty buffer, in a row after writes, that show a line plays at once. */
    private static final int TRUST_EMPTY_READINGS = 3;

    final PcmOutput output;
    final StreamClock stream;
    private final LongSupplier clock;

    private int buffer;
    /** Frames the output has taken. */
    private long written;
    /** Frames it has played, by its own account: only ever goes up. */
    private volatile long consumed;
    /** The clock reading when the call under way began; 0 when none is. */
    private volatile long callSince;
    private volatile boolean abandoned;

    /** Whether a reading could be trusted yet, and the frames consumed at the first that could. */
    private boolean trusted;
    /** Readings after a write that showed the whole buffer free: a line that plays everything at once. */
    private int emptyReadings;
    private long consumedWhenTrusted;
    /** The clock reading when the output last showed progress, or was given something to play when dry. */
    private long progressAt;
    /** The clock reading when the line was first found with no room for a block to write; 0 when it had room. */
    private long waitingSince;
    /**
     * Whether what was queued was flushed because it did not play: writing to the emptied line again is then
     * no fresh start, so a line that never plays is found out however often it is flushed.
     */
    private boolean flushedUnplayed;

    /** Set by the watchdog, under the player's lock, when a cue written to it did not play in time. */
    boolean flushRequested;

    OpenLine(PcmOutput output, LongSupplier clock, long startLatencyNanos) {
        this.output = output;
        this.clock = clock;
        this.stream = new StreamClock(startLatencyNanos);
    }

    void open() throws PcmOutput.OutputUnavailable {
        checked(() -> {
            output.open();
            return null;
        });
        buffer = Math.max(LinePlayer.BLOCK_FRAMES, call(output::bufferFrames));
    }

    /**
     * Asks the output how much room it has, and works out from it what has been played: written less what is
     * still queued. Returns the room, at most the whole buffer.
     */
    int readRoom(long now) {
        int room = Math.max(0, Math.min(buffer, call(output::availableFrames)));
        long played = written - (buffer - room);
        if (played > consumed) {
            consumed = played;
            progressAt = now;
            flushedUnplayed = false;
        }
        if (!trusted && written > 0) {
            // Right after a line starts, javax.sound claims the whole buffer is free (and more): the first
            // reading that shows something queued is the first that says what the line really does. A line
            // that shows the buffer free time after time plays whatever it is given at once.
            emptyReadings = room < buffer ? emptyReadings : emptyReadings + 1;
            if (room < buffer || emptyReadings >= TRUST_EMPTY_READINGS) {
                trusted = true;
                consumedWhenTrusted = consumed;
            }
        }
        return room;
    }

    /** Notes that a block waits for room: a line whose room never comes plays nothing. */
    void waitForRoom(long now) {
        if (waitingSince == 0) {
            waitingSince = Math.max(1, now);
        }
    }

    /** Notes that there is room again for a block, though nothing was written. */
    void roomAgain() {
        waitingSince = 0;
    }

    /** Whether a block has been waiting for room: the line must be watched until there is room again. */
    boolean waitingForRoom() {
        return waitingSince != 0;
    }

    /** Writes {@code block}, all of which must fit; returns the bytes taken. */
    int write(byte[] block, long now) {
        waitingSince = 0;
        if (queued() == 0 && !flushedUnplayed) {
            progressAt = now;
        }
        int taken = call(() -> output.write(block, 0, block.length));
        written += Math.max(0, taken) / 2;
        return taken;
    }

    /**
     * Drops what is queued: it did not play in time, and must not play late. Then call {@link #dropQueued()}
     * under the player's lock, before the next reading.
     */
    void flush() {
        call(() -> {
            output.flush();
            return null;
        });
    }

    /**
     * Counts what was queued as gone, not played: the empty line the next reading shows is no progress, and
     * the stream starts a new stretch.
     */
    void dropQueued() {
        consumed = Math.max(consumed, written);
        flushedUnplayed = true;
        stream.restart();
    }

    /** Lets the output go; never throws. */
    void close() {
        try {
            call(() -> {
                output.close();
                return null;
            });
        } catch (RuntimeException e) {
            // Closing a line that has failed may fail too; it is let go either way.
        }
    }

    /** Frames written and not yet played, as of the last reading. */
    long queued() {
        return Math.max(0, written - consumed);
    }

    long consumed() {
        return consumed;
    }

    /** Whether the line has really played {@code buffers} whole buffers since it could first be trusted. */
    boolean playedSinceTrusted(int buffers) {
        return trusted && consumed - consumedWhenTrusted >= (long) buffers * buffer;
    }

    /**
     * Whether something has been queued for longer than {@code limit} without any of it playing, or a block
     * has waited that long for room.
     */
    boolean stalled(long now, long limit) {
        return queued() > 0 && now - progressAt > limit || waitingSince != 0 && now - waitingSince > limit;
    }

    /** Nanoseconds until, at the sample rate, {@code frames} more will have been played. */
    static long nanosFor(long frames) {
        return frames * 1_000_000_000L / Sound.SAMPLE_RATE;
    }

    /** Lets go of an abandoned line, from the thread left behind in it, once its call has returned. */
    void closeAbandoned() {
        try {
            output.close();
        } catch (RuntimeException e) {
            // It is let go either way.
        }
    }

    long callSince() {
        return callSince;
    }

    void abandon() {
        abandoned = true;
    }

    boolean abandoned() {
        return abandoned;
    }

    private <T> T call(Call<T, RuntimeException> call) {
        return checked(call);
    }

    private <T, E extends Exception> T checked(Call<T, E> call) throws E {
        callSince = Math.max(1, clock.getAsLong());
        try {
            return call.run();
        } finally {
            callSince = 0;
            if (abandoned) {
                // The player has gone on without this line; its thread must not touch anything shared.
                throw new Abandoned();
            }
        }
    }
}
