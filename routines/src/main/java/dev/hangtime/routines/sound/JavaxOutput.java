package dev.hangtime.routines.sound;

import dev.hangtime.core.cue.Sound;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The system's default javax.sound output line. */
final class JavaxOutput implements PcmOutput {

    static final AudioFormat FORMAT = new AudioFormat(Sound.SAMPLE_RATE, 16, 1, true, false);

    private final int bufferFrames;
    private SourceDataLine line;

    /** @param bufferFrames the line's buffer: small, since a cue written now is heard once it drains */
    JavaxOutput(int bufferFrames) {
        this.bufferFrames = bufferFrames;
    }

    @Override
    public void open() throws OutputUnavailable {
        try {
            line = AudioSystem.getSourceDataLine(FORMAT);
            line.open(FORMAT, bufferFrames * FORMAT.getFrameSize());
            line.start();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // With no sound card or server, javax.sound throws IllegalArgumentException ("No line matching").
            close();
            throw new OutputUnavailable("no audio device or sound server (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        return line.write(bytes, offset, length);
    }

    @Override
    public void close() {
        if (line != null) {
            line.close();
        }
    }
}
