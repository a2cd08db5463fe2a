package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.hangtime.core.time.Ticker;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * The app's one loop: shows a page, sleeps until the page's next change is due or something arrives in the
 * inbox, and repeats until a page says to leave. It redraws only then, so a long hold costs about one wake-up
 * a second; Lanterna sends the terminal only the cells that changed.
 */
final class Runner {

    /** How long the screen stays inverted when a cue could not be heard. */
    static final long FLASH_NANOS = 300_000_000L;

    private final Screen screen;
    private final Inbox inbox;
    private final Ticker ticker;
    private final int speed;
    private final Palette palette;
    private final Glyphs glyphs;
    private final Ticker realTime;
    private long flashUntil;
    private boolean flashing;
    private Page lastShown;

    /**
     * @param ticker the sessions' ticker, {@code speed} times faster than real time
     */
    Runner(Screen screen, Inbox inbox, Ticker ticker, int speed, Palette palette, Glyphs glyphs) {
        this(screen, inbox, ticker, speed, palette, glyphs, Ticker.system());
    }

    /** @param realTime monotonic nanoseconds of real time, which times the flash whatever the speed */
    Runner(Screen screen, Inbox inbox, Ticker ticker, int speed, Palette palette, Glyphs glyphs,
            Ticker realTime) {
        this.screen = screen;
        this.inbox = inbox;
        this.ticker = ticker;
        this.speed = speed;
        this.palette = palette;
        this.glyphs = glyphs;
        this.realTime = realTime;
    }

    /** Runs from {@code first} until a page leaves. @return the exit status it leaves with */
    int run(Page first) throws IOException {
        Page page = first;
        boolean complete = true;
        while (true) {
            Turn turn = page.update();
            if (turn.isStay()) {
                paint(page, complete);
                complete = false;
                if (page != lastShown) {
                    lastShown = page;
                    page.shown();
                    paint(page, false);
                }
                turn = await(page);
            }
            if (turn.exitStatus().isPresent()) {
                return turn.exitStatus().getAsInt();
            }
            if (turn.page().isPresent()) {
                page = turn.page().get();
            }
        }
    }

    /**
     * Draws {@code page}, or says that the window is too small for it, and sends the changes; all of the screen
     * when {@code complete} or when the window was resized.
     */
    void paint(Page page, boolean complete) throws IOException {
        boolean resized = screen.doResizeIfNecessary() != null;
        screen.clear();
        TerminalSize size = screen.getTerminalSize();
        Canvas canvas = new Canvas(screen.newTextGraphics(), palette, glyphs);
        if (TooSmallPainter.tooSmall(size.getColumns(), size.getRows())) {
            page.drawSmall(canvas);
        } else {
            page.draw(canvas);
        }
        if (flashing) {
            canvas.invert();
        }
        screen.refresh(complete || resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    /** Sleeps until the page's next change or the next key, and hands the key to the page. */
    private Turn await(Page page) {
        Inbox.Item item;
        try {
            item = inbox.next(sleepNanos(page.redrawAt()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return page.cutOff();
        }
        if (flashing && realTime.read() - flashUntil >= 0) {
            flashing = false;
        }
        if (item instanceof Inbox.Told) {
            page.notice(((Inbox.Told) item).notice());
            return Turn.stay();
        }
        if (item == Inbox.Signal.FLASH) {
            flashing = true;
            flashUntil = realTime.read() + FLASH_NANOS;
            return Turn.stay();
        }
        if (item instanceof Inbox.Pressed) {
            KeyStroke key = ((Inbox.Pressed) item).key();
            if (!LanternaKeys.isInterrupt(key)) {
                return page.onKey(key);
            }
            // Ctrl-C is the user stopping; the end of the input is the terminal gone, a cut-off.
            return key.getKeyType() == KeyType.EOF ? page.cutOff() : page.interrupt();
        }
        // A timeout, a resize or a wake: the next round catches up and redraws.
        return Turn.stay();
    }

    /** Real nanoseconds until {@code at} on the ticker, or until the flash ends; -1 for "until something comes". */
    private long sleepNanos(OptionalLong at) {
        long sleep = -1;
        if (at.isPresent()) {
            long tickerNanos = Math.max(0, at.getAsLong() - ticker.read());
            sleep = (tickerNanos + speed - 1) / speed;
        }
        if (flashing) {
            long untilFlashEnds = Math.max(0, flashUntil - realTime.read());
            sleep = sleep < 0 ? untilFlashEnds : Math.min(sleep, untilFlashEnds);
        }
        return sleep;
    }
}
