package dev.hangtime.tui.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalBellTest {

    @Test
    void on_writesBel() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        TerminalBell.on(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();

        assertEquals("\u0007", bytes.toString(StandardCharsets.UTF_8));
    }
}
