package dev.hangtime.routines.sound;

/**
 * Where the mixed sound goes: 16-bit mono little-endian PCM at the sample rate of the cues. One output is one
 * opened line; after trouble the player lets it go and opens another.
 *
 * <p>Any call may throw a runtime exception or hang in a device that has gone wrong; the player watches for
 * both, so an implementation need not.
 */
interface PcmOutput {

    /**
     * Opens the output and starts it.
     *
     * @throws OutputUnavailable when there is no device, no sound server, or it refuses the format
     */
    void open() throws OutputUnavailable;

    /** The output's buffer, in frames. */
    int bufferFrames();

    /**
     * Frames that can be written now without blocking. Not to be trusted blindly: right after a line starts,
     * or runs dry, javax.sound can claim more room than the whole buffer.
     */
    int availableFrames();

    /** Writes {@code length} bytes, at most the room there is; returns how many were taken. */
    int write(byte[] bytes, int offset, int length);

    /** Drops whatever is queued and not yet played. */
    void flush();

    /** Lets the output go. */
    void close();

    /** The output cannot be had, and why. */
    final class OutputUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        private final Trouble trouble;

        OutputUnavailable(Trouble trouble, Throwable cause) {
            super(trouble.what(), cause);
            this.trouble = trouble;
        }

        Trouble trouble() {
            return trouble;
        }
    }
}
