package dev.hangtime.routines.sound;

/** Where the mixed sound goes: 16-bit mono little-endian PCM at the sample rate of the cues. */
interface PcmOutput {

    /**
     * Opens the output.
     *
     * @throws OutputUnavailable when there is no device, no sound server, or it refuses the format
     */
    void open() throws OutputUnavailable;

    /** Writes {@code length} bytes, blocking while the output is full; returns how many were taken. */
    int write(byte[] bytes, int offset, int length);

    /** Lets the output go. */
    void close();

    /** The output cannot be had; the message says why in the user's terms. */
    final class OutputUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        OutputUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
