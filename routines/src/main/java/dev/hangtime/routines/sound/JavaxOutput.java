package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** One javax.sound output line, from the system's default mixer unless told otherwise. */
final class JavaxOutput implements PcmOutput {

    static final AudioFormat FORMAT = new AudioFormat(Sound.SAMPLE_RATE, 16, 1, true, false);

    /** Where lines come from: {@link AudioSystem#getSourceDataLine}, or a test's. */
    @FunctionalInterface
    interface Lines {
        SourceDataLine get(AudioFormat format) throws LineUnavailableException;
    }

    private final Lines lines;
    private final int bufferFrames;
    private SourceDataLine line;

    /** @param bufferFrames the line's buffer: small, since a cue written now is heard once it drains */
    JavaxOutput(Lines lines, int bufferFrames) {
        this.lines = lines;
        this.bufferFrames = bufferFrames;
    }

    /** A line of the system's default mixer. */
    static JavaxOutput system(int bufferFrames) {
        return new JavaxOutput(AudioSystem::getSourceDataLine, bufferFrames);
    }

    @Override
    public void open() throws OutputUnavailable {
        try {
            line = lines.get(FORMAT);
            line.open(FORMAT, bufferFrames * FORMAT.getFrameSize());
            line.start();
        } catch (IllegalArgumentException e) {
            // With no sound card or server, javax.sound finds no line "matching" the format.
            close();
            throw new OutputUnavailable(Trouble.NO_DEVICE, e);
        } catch (LineUnavailableException e) {
            close();
            throw new OutputUnavailable(Trouble.DEVICE_BUSY, e);
        } catch (SecurityException e) {
            close();
            throw new OutputUnavailable(Trouble.NO_DEVICE, e);
        }
    }

    @Override
    public int bufferFrames() {
        return line.getBufferSize() / FORMAT.getFrameSize();
    }

    @Override
    public int availableFrames() {
        return line.available() / FORMAT.getFrameSize();
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        return line.write(bytes, offset, length);
    }

    @Override
    public void flush() {
        line.flush();
    }

    @Override
    public void close() {
        if (line != null) {
            line.close();
        }
    }
}
