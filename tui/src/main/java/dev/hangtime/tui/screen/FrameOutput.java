package dev.hangtime.tui.screen;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal's output, sent a frame at a time: Lanterna writes a character at a time, and System.out would
 * make a system call of each. What is written is held until {@link #flush()}, which Lanterna calls at the end
 * of every refresh, unless {@link #immediate(boolean)} says to send at once.
 */
final class FrameOutput extends OutputStream {

    private final OutputStream out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 14);
    private boolean immediate;

    FrameOutput(OutputStream out) {
        this.out = out;
    }

    /** Standard output, unbuffered underneath: this is the buffer. */
    static FrameOutput standardOutput() {
        return new FrameOutput(new FileOutputStream(FileDescriptor.out));
    }

    /** While on, everything written goes out at once, as a question the terminal must answer now must. */
    synchronized void immediate(boolean on) throws IOException {
        immediate = on;
        if (on) {
            flush();
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        pending.write(b);
        if (immediate) {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        pending.write(b, off, len);
        if (immediate) {
            flush();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pending.size() > 0) {
            pending.writeTo(out);
            pending.reset();
        }
        out.flush();
    }
}
