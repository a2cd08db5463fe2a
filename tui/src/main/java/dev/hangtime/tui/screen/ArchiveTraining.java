package dev.hangtime.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.hangtime.core.control.KeyMap;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.library.Listing;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.tui.sound.TerminalStandIns;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A training run for a class-data archive: loads the built-in routines, paints every screen once on a
 * virtual terminal, decodes keys and goes through the motions of taking a terminal (a channel read, an
 * {@code stty}-like process), so that the archive holds the classes
 * the full-screen app needs at its start. It touches no terminal and writes nothing; run it with the same
 * class path as the app:
 *
 * <pre>
 * java -XX:DumpLoadedClassList=hangtime.classes -cp hangtime.jar dev.hangtime.tui.screen.ArchiveTraining
 * java -Xshare:dump -XX:SharedClassListFile=hangtime.classes -XX:SharedArchiveFile=hangtime.jsa -cp hangtime.jar
 * </pre>
 */
public final class ArchiveTraining {

    /**
     * Classes the real terminal needs, which a virtual one never loads. Naming them here loads them (without
     * initialising them, which could reach for a terminal) as this class is set up, before {@link #main} runs.
     * They are class literals, not strings, so that moving or renaming one fails the build instead of quietly
     * leaving it out of the archive; each is public or in this package, so none has to be a string.
     */
    private static final List<Class<?>> TERMINAL_CLASSES = List.of(LiveTerminal.class, TtyTerminal.class, TtyInput.class,
            FrameOutput.class, KeyPump.class, UnixTerminal.class, InputDecoder.class);

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        takeTerminalMotions();
        // A folder that does not exist: only the built-in routines, whatever the user has.
        RoutineLibrary library = RoutineLibrary.load(Path.of("/nonexistent/hangtime-training"));
        List<Listing> listings = Listing.of(library);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Ticker ticker = Ticker.system();
        Runner runner = new Runner(screen, new Inbox(), ticker, 1, Palette.forEnvironment(System.getenv()),
                Glyphs.UNICODE);
        LibraryPage libraryPage = new LibraryPage(listings, (timeline, afterwards) -> null,
                back -> new HistoryPage(Path.of("/nonexistent/hangtime-training"), Clock.systemUTC(), back));
        runner.paint(libraryPage, true);
        Page history = libraryPage.onKey(new KeyStroke(KeyType.Tab)).page().orElseThrow();
        runner.paint(history, false);
        history.shown();
        runner.paint(history, false);
        Timeline timeline = ((Listing.Entry) listings.get(0)).timeline();
        Session session = new Session(timeline, ticker);
        InboxHooks hooks = new InboxHooks(new Inbox());
        SessionPage page = new SessionPage(new SessionController(timeline, session, ticker, SessionSetup.NONE,
                TerminalStandIns.flash(hooks::flash), hooks), new Releases(), Afterwards.EXIT);
        runner.paint(page, false);
        page.shown();
        session.start();
        runner.paint(page, false);
        session.skip();
        runner.paint(page, false);
        session.pause();
        runner.paint(page, false);
        session.stop();
        page.update().page().ifPresent(end -> {
            try {
                runner.paint(end, false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        screen.stopScreen();
    }

    /** What taking a real terminal does, short of a terminal: a process, a channel read, key decoding. */
    private static void takeTerminalMotions() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", "true").start();
        process.getInputStream().readAllBytes();
        process.waitFor();
        try (FileInputStream file = new FileInputStream("/dev/null"); FileChannel channel = file.getChannel()) {
            channel.read(ByteBuffer.allocate(1));
            file.available();
        }
        InputDecoder decoder = new InputDecoder(new StringReader(" \u001b[24;80R\u001b[C\u001b[Dq\r\u0003?"));
        KeyStroke key = decoder.getNextCharacter(false);
        while (key != null && key.getKeyType() != KeyType.EOF) {
            KeyMap.session(LanternaKeys.of(key));
            key = decoder.getNextCharacter(false);
        }
        Inbox.Signal.values();
    }
}
