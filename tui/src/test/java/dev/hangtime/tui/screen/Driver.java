package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.control.PainScores;
import dev.hangtime.core.control.Routines;
import dev.hangtime.core.control.SessionController;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.cue.SessionCues;
import dev.hangtime.core.cue.SoundStatus;
import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.time.FakeTicker;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A session page on the real engine with a fake ticker, and the keys pressed on it: what the app's loop does,
 * one step at a time, with no real time passing.
 */
final class Driver {

    final FakeTicker ticker = new FakeTicker();
    final Timeline timeline;
    final Session session;
    final SessionPage page;
    final List<SessionEvent> events = new ArrayList<>();
    final List<String> extrasTold = new ArrayList<>();
    final Releases releases = new Releases();
    final List<Object> posted = new ArrayList<>();
    SessionCues cues;
    private Page current;
    private Turn lastTurn = Turn.stay();

    /**
     * @param player when present, the session gets cues played through it, muted or not as {@code muted}
     */
    Driver(Timeline timeline, Optional<RecordingPlayer> player, boolean muted, Afterwards afterwards) {
        this(timeline, player, muted, afterwards, (s, t) -> Optional.empty());
    }

    /**
     * @param pain where the setup keeps the session's pain scores, given the session and its ticker; empty for
     *     a session that is not kept
     */
    Driver(Timeline timeline, Optional<RecordingPlayer> player, boolean muted, Afterwards afterwards,
            BiFunction<Session, Ticker, Optional<PainScores>> pain) {
        this.timeline = timeline;
        this.session = new Session(timeline, ticker);
        session.addListener(events::add);
        SessionSetup setup = (tl, s, t, standIn, notices) -> {
            Optional<SessionCues> attached = player.map(p -> SessionCues.attach(s, t, 1, p));
            attached.ifPresent(c -> c.setMuted(muted));
            cues = attached.orElse(null);
            Optional<PainScores> scores = pain.apply(s, t);
            return new SessionServices() {
                @Override
                public Optional<SessionCues> cues() {
                    return attached;
                }

                @Override
                public Optional<SoundStatus> sound() {
                    return attached.map(c -> c.isMuted() ? SoundStatus.MUTED : SoundStatus.ON);
                }

                @Override
                public void setMuted(boolean muted) {
                    attached.ifPresent(c -> c.setMuted(muted));
                }

                @Override
                public Optional<PainScores> pain() {
                    return scores;
                }

                @Override
                public void interrupted() {
                    extrasTold.add("interrupted");
                }

                @Override
                public void close() {
                    extrasTold.add("closed");
                }
            };
        };
        SessionController controller = new SessionController(timeline, session, ticker, setup,
                new StandIn("the screen flashes", () -> posted.add("flash")), notice -> posted.add(notice.message()));
        this.page = new SessionPage(controller, releases, afterwards);
        this.current = page;
        // As the loop does once the page is first drawn.
        page.shown();
    }

    /** The four-step facet routine, with no sound, leaving the app after its end screen. */
    static Driver facet() {
        return new Driver(Routines.facet(), Optional.empty(), false, Afterwards.EXIT);
    }

    /** The facet routine with cues through {@code player}. */
    static Driver facetWithCues(RecordingPlayer player, boolean muted) {
        return new Driver(Routines.facet(), Optional.of(player), muted, Afterwards.EXIT);
    }

    /** The facet routine, kept: its pain scores go to {@code pain}. */
    static Driver facetKept(PainScores pain) {
        return new Driver(Routines.facet(), Optional.empty(), false, Afterwards.EXIT, (s, t) -> Optional.of(pain));
    }

    /** Presses keys in turn, as the loop hands them over. */
    Driver press(KeyStroke... keys) {
        for (KeyStroke key : keys) {
            if (!LanternaKeys.isInterrupt(key)) {
                follow(current.onKey(key));
            } else {
                follow(key.getKeyType() == KeyType.EOF ? current.cutOff() : current.interrupt());
            }
        }
        return this;
    }

    /** Lets {@code seconds} pass and lets the page catch up, as the loop does when it wakes. */
    Driver after(double seconds) {
        ticker.advance(Duration.ofNanos(Math.round(seconds * 1e9)));
        follow(current.update());
        return this;
    }

    /** The page on screen now. */
    Page current() {
        return current;
    }

    /** The last turn a page took. */
    Turn lastTurn() {
        return lastTurn;
    }

    private void follow(Turn turn) {
        lastTurn = turn;
        turn.page().ifPresent(p -> current = p);
    }

    /** Starts the session and says done to its first step, which waits. */
    Driver startAndPassThePrompt() {
        return press(Keys.SPACE, Keys.ENTER);
    }

    /** Whole seconds left of the step on screen, as its digits show it. */
    String timeLeft() {
        return session.snapshot().segmentRemaining().map(DurationText::remaining).orElse("none");
    }
}
