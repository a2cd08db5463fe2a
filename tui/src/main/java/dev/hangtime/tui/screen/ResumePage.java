package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.control.KeyMap;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.routines.resume.Continuation;
import dev.hangtime.routines.resume.Resumable;
import dev.hangtime.routines.resume.ResumeOffer;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Offers to pick up a session that was cut off: says what was running, where it stopped and how long ago, and
 * for a heat or ice step asks whether the pack stayed on while the program was down. {@code y} goes on, on the
 * session screen; {@code n} or Esc leaves it as it is, to be offered again next time; {@code x} forgets it for good
 * (the journal keeps it as stopped).
 *
 * <p>The offer can come over the library while someone is typing a filter, so keys that arrive in its first
 * {@link #SETTLE_NANOS} on screen are not taken as answers: nobody reads a box and answers it that fast.
 */
final class ResumePage extends StillPage {

    static final String TITLE = ResumeOffer.TITLE;
    static final String PACK_NOTE = ResumeOffer.PACK_NOTE;

    /** How long the offer is on screen before a key answers it. */
    static final long SETTLE_NANOS = 400_000_000L;

    private final ResumeOffer offer;
    private final Optional<Page> under;
    private final Supplier<Turn> declined;
    private final Afterwards afterwards;
    private final Function<Continuation, Page> sessions;
    private final Ticker ticker;
    private OptionalLong answersFrom = OptionalLong.empty();

    /**
     * @param under the page drawn beneath the question, such as the library
     * @param declined where {@code n} and Esc go
     * @param afterwards where the app goes once the session is over, or when nothing was left to run
     * @param sessions the session page for a continuation, already started
     * @param ticker the app's clock, to time how long the offer has been on screen
     */
    ResumePage(Resumable resumable, Optional<Page> under, Supplier<Turn> declined, Afterwards afterwards,
            Function<Continuation, Page> sessions, Ticker ticker) {
        this.offer = new ResumeOffer(resumable);
        this.under = under;
        this.declined = declined;
        this.afterwards = afterwards;
        this.sessions = sessions;
        this.ticker = ticker;
    }

    @Override
    public void shown() {
        answersFrom = OptionalLong.of(ticker.read() + SETTLE_NANOS);
    }

    @Override
    void paint(Canvas canvas) {
        if (under.isPresent()) {
            under.get().draw(canvas);
        } else {
            canvas.text(1, 0, "Hangtime", canvas.palette().strong());
            canvas.fill(0, 1, canvas.width(), 1, canvas.glyphs().rule(), canvas.palette().muted());
        }
        switch (offer.step()) {
            case OFFER:
                Overlay.ask(canvas, offer.title(), offer.lines(), offer.trouble(),
                        "y go on from there   n not now   x never");
                break;
            case PACK:
                Overlay.ask(canvas, offer.title(), offer.lines(), Optional.empty(),
                        "y it stayed on   n it came off   Esc not now");
                break;
            case DONE:
                Overlay.ask(canvas, offer.title(), offer.lines(), Optional.empty(), "Enter " + afterwards.label());
                break;
            default:
                throw new AssertionError(offer.step());
        }
    }

    @Override
    Turn onPageKey(KeyStroke key) {
        char c = typed(key).map(Character::toLowerCase).orElse('\0');
        boolean escape = key.getKeyType() == KeyType.Escape;
        switch (offer.step()) {
            case OFFER:
                if (answersFrom.isPresent() && ticker.read() - answersFrom.getAsLong() < 0) {
                    return Turn.stay();
                }
                return c == 'y' ? then(offer.yes()) : c == 'x' ? then(offer.never())
                        : c == 'n' || escape ? then(offer.notNow()) : Turn.stay();
            case PACK:
                return c == 'y' || c == 'n' ? then(offer.pack(c == 'y')) : escape ? then(offer.notNow()) : Turn.stay();
            case DONE:
                Command command = KeyMap.session(LanternaKeys.of(key));
                return command == Command.DONE || command == Command.STOP || command == Command.TOGGLE
                        ? afterwards.then().apply(ExitStatus.OK) : Turn.stay();
            default:
                throw new AssertionError(offer.step());
        }
    }

    private Turn then(ResumeOffer.Result result) {
        if (result instanceof ResumeOffer.Run) {
            return Turn.to(sessions.apply(((ResumeOffer.Run) result).continuation()));
        }
        return result instanceof ResumeOffer.Declined ? declined.get() : Turn.stay();
    }
}
