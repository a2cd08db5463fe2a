package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameOutputTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final FrameOutput output = new FrameOutput(terminal);

    private String sent() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void write_isHeldUntilFlush() throws IOException {
        output.write("frame".getBytes(StandardCharsets.UTF_8));

        assertEquals("", sent());
    }

    @Test
    void flush_sendsTheWholeFrame() throws IOException {
        output.write("fra".getBytes(StandardCharsets.UTF_8));
        output.write('m');
        output.write("e".getBytes(StandardCharsets.UTF_8));

        output.flush();

        assertEquals("frame", sent());
    }

    @Test
    void immediate_sendsWhatWaitsAndThenEveryWrite() throws IOException {
        output.write("held".getBytes(StandardCharsets.UTF_8));

        output.immediate(true);
        output.write("\u001b[6n".getBytes(StandardCharsets.UTF_8));

        assertEquals("held\u001b[6n", sent());
    }

    @Test
    void immediateOff_holdsAgain() throws IOException {
        output.immediate(true);
        output.immediate(false);

        output.write("next".getBytes(StandardCharsets.UTF_8));

        assertEquals("", sent());
    }
}
