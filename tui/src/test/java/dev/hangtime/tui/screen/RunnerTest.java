package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.hangtime.core.notice.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import java.io.IOException;
import java.util.List;

/**
 * The app's loop on a virtual terminal. Every key is in the inbox before the loop starts, so it never waits
 * for real time: each test is as quick and as certain as the pages it drives.
 */
@Timeout(10)
class RunnerTest {

    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    private final Inbox inbox = new Inbox();
    private final Driver driver = Driver.facet();

    private int run(Object... items) throws IOException {
        return run(new TerminalSize(80, 24), items);
    }

    /** Runs with the window resized to {@code size} once the screen has started. */
    private int run(TerminalSize size, Object... items) throws IOException {
        for (Object item : items) {
            if (item instanceof KeyStroke) {
                inbox.post((KeyStroke) item);
            } else {
                inbox.post((Inbox.Item) item);
            }
        }
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        terminal.setTerminalSize(size);
        Runner runner = new Runner(screen, inbox, driver.ticker, 1, Palette.colour(), Glyphs.UNICODE, () -> 0L);
        return runner.run(driver.page);
    }

    private String row(int row) {
        StringBuilder line = new StringBuilder();
        for (int col = 0; col < terminal.getTerminalSize().getColumns(); col++) {
            line.append(terminal.getCharacter(col, row).getCharacterString());
        }
        return line.toString().stripTrailing();
    }

    @Test
    void stopAndClose_leavesWithStatus3() throws IOException {
        int status = run(Keys.SPACE, Keys.ENTER, Keys.ch('q'), Keys.ch('y'), Keys.ENTER);

        assertEquals(3, status);
    }

    @Test
    void stop_showsTheEndScreenUntilClosed() throws IOException {
        run(Keys.SPACE, Keys.ENTER, Keys.ch('q'), Keys.ch('y'), Keys.ENTER);

        assertEquals("                                Session stopped.", row(3));
    }

    @Test
    void ctrlC_leavesWith130() throws IOException {
        int status = run(Keys.SPACE, Keys.ENTER, Keys.CTRL_C);

        assertEquals(List.of(130, true), List.of(status, driver.session.state().isOver()));
    }

    @Test
    void lostTerminal_leavesWith130() throws IOException {
        int status = run(Keys.SPACE, Keys.EOF);

        assertEquals(130, status);
    }

    @Test
    void flash_invertsTheScreen() throws IOException {
        run(Keys.SPACE, Inbox.Signal.FLASH, Keys.CTRL_C);

        assertEquals(List.of("F", true), List.of(terminal.getCharacter(1, 0).getCharacterString(),
                terminal.getCharacter(1, 0).isReversed()));
    }

    @Test
    void withoutAFlash_theScreenIsNotInverted() throws IOException {
        run(Keys.SPACE, Keys.CTRL_C);

        assertEquals(false, terminal.getCharacter(1, 0).isReversed());
    }

    @Test
    void notice_reachesThePage() throws IOException {
        run(Keys.SPACE, new Inbox.Told(new Notice(Notice.Topic.SOUND, "Sound: no audio device")), Keys.CTRL_C);

        assertEquals("── Sound: no audio device " + "─".repeat(54), row(22));
    }

    @Test
    void shown_isToldOnceAfterThePageIsFirstDrawn() throws IOException {
        List<String> calls = new java.util.ArrayList<>();
        Page page = new Page() {
            @Override
            public Turn update() {
                return Turn.stay();
            }

            @Override
            public void draw(Canvas canvas) {
                calls.add("draw");
            }

            @Override
            public java.util.OptionalLong redrawAt() {
                return java.util.OptionalLong.empty();
            }

            @Override
            public Turn onKey(com.googlecode.lanterna.input.KeyStroke key) {
                return key.equals(Keys.ENTER) ? Turn.exit(0) : Turn.stay();
            }

            @Override
            public Turn interrupt() {
                return Turn.exit(130);
            }

            @Override
            public void shown() {
                calls.add("shown");
            }
        };
        inbox.post(Keys.SPACE);
        inbox.post(Keys.ENTER);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();

        new Runner(screen, inbox, driver.ticker, 1, Palette.colour(), Glyphs.UNICODE, () -> 0L).run(page);

        assertEquals(List.of("draw", "shown", "draw", "draw"), calls);
    }

    @Test
    void resize_redrawsAtTheNewSize() throws IOException {
        run(new TerminalSize(100, 30), Keys.SPACE, Inbox.Signal.RESIZED, Keys.CTRL_C);

        assertEquals(" Facet joint relief                                                                     step 1 of 4",
                row(0));
    }
}
