package dev.hangtime.routines.journal;

import java.io.IOException;

/** Where journal lines go: each one whole, in one write, on disk before {@link #append} returns. */
interface Appender extends AutoCloseable {

    /**
     * Appends {@code line}, which ends with a line break, in a single write, and forces it to the device.
     *
     * @throws IOException if it could not be written whole; part of it may have been
     */
    void append(byte[] line) throws IOException;

    @Override
    void close() throws IOException;
}
