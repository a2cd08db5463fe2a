package dev.hangtime.tui.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.cue.StandIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TerminalStandInsTest {

    @Test
    void bell_writesBel_andSaysSo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StandIn bell = TerminalStandIns.bell(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bell.signal().run();

        assertEquals("\u0007", bytes.toString(StandardCharsets.UTF_8));
        assertEquals("the terminal bell rings for each cue", bell.words());
    }

    @Test
    void flash_flashes_andSaysSo() {
        AtomicInteger flashes = new AtomicInteger();
        StandIn flash = TerminalStandIns.flash(flashes::incrementAndGet);

        flash.signal().run();

        assertEquals(1, flashes.get());
        assertEquals("the screen flashes for each cue", flash.words());
    }
}
