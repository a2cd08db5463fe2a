package dev.hangtime.tui.screen;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The terminal's keyboard, read from {@code /dev/tty} through a channel so that closing it wakes the thread
 * blocked reading it. Reading {@code System.in} instead would leave that thread blocked after the app ends,
 * and it would swallow the next line the user types at a prompt.
 */
final class TtyInput extends InputStream {

    private final FileInputStream file;
    private final FileChannel channel;

    private TtyInput(FileInputStream file) {
        this.file = file;
        this.channel = file.getChannel();
    }

    static TtyInput open() throws IOException {
        return new TtyInput(new FileInputStream("/dev/tty"));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n;
        do {
            n = channel.read(ByteBuffer.wrap(buffer, offset, length));
        } while (n == 0);
        return n;
    }

    /** Bytes waiting, as the terminal driver counts them: how Lanterna tells Esc from the start of a sequence. */
    @Override
    public int available() throws IOException {
        return file.available();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
