package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import dev.hangtime.routines.resume.Resumable;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The library, while the journal is searched for a session that was cut off and could be picked up. Reading a
 * journal of a few months takes longer than the first screen may (a fifth of a second for a month of daily
 * sessions, before the code is compiled), so the library draws first and the search runs on a thread of its own
 * once it is on screen; an offer comes over the library when the search finds one. The library works
 * meanwhile. Nothing is offered once the user has pressed a key in the library: a session they started from it
 * supersedes the one cut off, and a box that appears under someone typing a filter must not take their next
 * letter as "yes" (nor, in its first moments, does the offer itself: {@link ResumePage}). {@code hangtime
 * resume} still finds it, and so does the next start.
 */
final class ResumeCheck implements Page {

    private final Page library;
    private final Supplier<Optional<Resumable>> search;
    private final Background background;
    private final Function<Resumable, Page> offer;
    /** What the search found, once it is over; null until it starts. */
    private CompletableFuture<Optional<Resumable>> found;
    private boolean keyPressed;

    /**
     * @param search finds the session to offer; it must print nothing, since the app has the screen
     * @param executor where the search runs
     * @param wake tells the app's loop that the search is over
     * @param offer the page that offers what the search found
     */
    ResumeCheck(Page library, Supplier<Optional<Resumable>> search, Executor executor, Runnable wake,
            Function<Resumable, Page> offer) {
        this.library = library;
        this.search = search;
        this.background = new Background(executor, wake);
        this.offer = offer;
    }

    /** Starts the search, now that the library is on screen. */
    @Override
    public void shown() {
        if (found == null) {
            found = background.start(this::search);
        }
    }

    private Optional<Resumable> search() {
        try {
            return search.get();
        } catch (RuntimeException | Error e) {
            // The offer is a convenience: a journal that cannot be searched (even one too large for the heap)
            // must not keep the library from working, nor print over it. `hangtime resume` says what is wrong.
            return Optional.empty();
        }
    }

    @Override
    public Turn update() {
        if (found == null || !found.isDone()) {
            return library.update();
        }
        return Turn.to(found.join().filter(resumable -> !keyPressed).map(offer).orElse(library));
    }

    @Override
    public void draw(Canvas canvas) {
        library.draw(canvas);
    }

    @Override
    public OptionalLong redrawAt() {
        return library.redrawAt();
    }

    @Override
    public Turn onKey(KeyStroke key) {
        keyPressed = true;
        return library.onKey(key);
    }

    @Override
    public Turn interrupt() {
        return library.interrupt();
    }

    @Override
    public Turn cutOff() {
        return library.cutOff();
    }
}
