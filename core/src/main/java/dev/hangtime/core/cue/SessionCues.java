package dev.hangtime.core.cue;

import dev.hangtime.core.routine.Segment;
import dev.hangtime.core.session.Session;
import dev.hangtime.core.session.SessionEvent;
import dev.hangtime.core.session.SessionEvent.Countdown;
import dev.hangtime.core.session.SessionEvent.Paused;
import dev.hangtime.core.session.SessionEvent.ReminderDue;
import dev.hangtime.core.session.SessionEvent.SegmentEnded;
import dev.hangtime.core.session.SessionEvent.SegmentStarted;
import dev.hangtime.core.session.SessionEvent.SessionEnded;
import dev.hangtime.core.session.SessionEvent.SessionStarted;
import dev.hangtime.core.session.SessionEvent.TimeAdded;
import dev.hangtime.core.session.SessionListener;
import dev.hangtime.core.session.Upcoming;
import dev.hangtime.core.time.Ticker;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Sounds a session's cues through a {@link CuePlayer}, each at its moment.
 *
 * <p>Every cue whose moment is known ahead (boundaries, countdown pips, halfway, reminders) is handed to
 * the player its {@link CuePlayer#lead() lead} early, with how far ahead the moment is, so that it is heard
 * on time despite the output's latency. For that the front end's loop wakes at the earlier of
 * {@link Session#nextDue()} and {@link #nextDue()}, then calls {@link #update()} and {@link Session#update()}.
 * Cues that cannot be known ahead (the next step after the user says done or skips) sound as soon as the
 * session emits their event. Each cue sounds once either way.
 *
 * <p>Not thread-safe: call it on the session's thread. Cue listeners run on that thread.
 */
public final class SessionCues implements SessionListener {

    /** Between a cue's tone and its announcement. */
    private static final Duration SPEECH_GAP = Duration.ofMillis(100);

    /** Far enough to reach the next boundary of any segment. */
    private static final Duration AS_FAR_AS_KNOWN = Duration.ofDays(1);

    private final Session session;
    private final Ticker ticker;
    private final int speed;
    private final CuePlayer player;
    private final Palette palette = Palette.standard();
    private final List<CueListener> listeners = new CopyOnWriteArrayList<>();
    /** Cues handed over ahead whose event has not come yet. */
    private final Set<Key> handed = new HashSet<>();
    private boolean muted;
    private Optional<Announcer> announcer = Optional.empty();
    /** The first segment's cue, sounded at the session's start and not yet told to the cue listeners. */
    private Optional<Key> untold = Optional.empty();
    /** The segment running, for announcements that depend on what came before. */
    private Optional<Segment> current = Optional.empty();

    private SessionCues(Session session, Ticker ticker, int speed, CuePlayer player) {
        this.session = session;
        this.ticker = ticker;
        this.speed = speed;
        this.player = player;
    }

    /**
     * Sounds {@code session}'s cues through {@code player}. {@code ticker} is the session's; {@code speed} is
     * how many times faster than real time it runs (1 but when previewing), so that the player is told real
     * delays.
     */
    public static SessionCues attach(Session session, Ticker ticker, int speed, CuePlayer player) {
        if (speed < 1) {
            throw new IllegalArgumentException("speed must be at least 1: " + speed);
        }
        SessionCues cues = new SessionCues(session, ticker, speed, player);
        cues.rehearse();
        session.addListener(cues);
        return cues;
    }

    /**
     * Runs the path the first cue will take, minus the playing, so that its one-off costs (loading classes,
     * linking record methods) are paid now and not when the session starts: they made the first cue about
     * 20 ms late.
     */
    private void rehearse() {
        session.snapshot().next().ifPresent(first -> {
            SessionEvent start = new SegmentStarted(Duration.ZERO, first);
            CueMap.cueFor(start).ifPresent(cue -> {
                handed.add(Key.of(cue, start));
                handed.remove(Key.of(cue, start));
                palette.sound(cue);
            });
        });
    }

    /** Tells {@code listener} of every cue handed to the player from now on. */
    public void addCueListener(CueListener listener) {
        listeners.add(listener);
    }

    /**
     * Also announces each cue aloud with {@code voice}, after its tone: the step and its length at its start,
     * "switch sides", "halfway", "come up slowly" when leaving the table. Speech is rendered on a thread of
     * its own.
     */
    public void speak(Voice voice) {
        speak(voice, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "hangtime-voice");
            thread.setDaemon(true);
            return thread;
        }), Ticker.system());
    }

    /** @param clock real time, which the player schedules in, whatever the session's speed */
    void speak(Voice voice, Executor executor, Ticker clock) {
        announcer = Optional.of(new Announcer(voice, player, executor, clock));
    }

    /** Turns sound off or on for the rest of the session; turning it off drops what is about to sound. */
    public void setMuted(boolean muted) {
        this.muted = muted;
        if (muted) {
            handed.clear();
            player.cancelPending();
            announcer.ifPresent(Announcer::cancel);
        }
    }

    public boolean isMuted() {
        return muted;
    }

    /**
     * The ticker reading at which the next cue known ahead is to be handed to the player, or empty when none
     * is known or sound is off. May already have passed: then call {@link #update()} at once.
     */
    public OptionalLong nextDue() {
        if (muted) {
            return OptionalLong.empty();
        }
        for (Upcoming upcoming : session.upcoming(AS_FAR_AS_KNOWN)) {
            Optional<Cue> cue = CueMap.cueFor(upcoming.event());
            if (cue.isPresent() && !handed.contains(Key.of(cue.get(), upcoming.event()))) {
                return OptionalLong.of(upcoming.due() - leadTicks());
            }
        }
        return OptionalLong.empty();
    }

    /** Hands the player every cue whose moment is now within its lead. */
    public void update() {
        if (muted) {
            return;
        }
        long now = ticker.read();
        for (Upcoming upcoming : session.upcoming(Duration.ofNanos(leadTicks()))) {
            Optional<Cue> cue = CueMap.cueFor(upcoming.event());
            if (cue.isPresent() && handed.add(Key.of(cue.get(), upcoming.event()))) {
                hand(cue.get(), upcoming.event(), upcoming.due() - now);
            }
        }
    }

    @Override
    public void on(SessionEvent event) {
        if (event instanceof SessionStarted && !muted) {
            handFirst(event.at());
        }
        if (interrupts(event)) {
            // The moments handed over will not come as foreseen; what has not started must not sound.
            handed.clear();
            player.cancelPending();
            announcer.ifPresent(Announcer::cancel);
        }
        Optional<Cue> cue = CueMap.cueFor(event);
        boolean wasHanded = cue.isPresent() && handed.remove(Key.of(cue.get(), event));
        if (wasHanded && untold.equals(Optional.of(Key.of(cue.get(), event)))) {
            untold = Optional.empty();
            tell(cue.get(), event);
        }
        if (event instanceof SegmentStarted) {
            // Nothing handed for the segment before can still come; forget it so that going back sounds again.
            handed.clear();
        }
        if (cue.isPresent() && !wasHanded && !muted) {
            hand(cue.get(), event, 0);
        }
        if (event instanceof SegmentStarted) {
            current = Optional.of(((SegmentStarted) event).segment());
            prepareNext();
        }
    }

    /**
     * Hands over the first segment's cue as soon as the session starts, rather than when its start event
     * comes: the other listeners take their turn with the session's start in between (printing, journaling),
     * and in a fresh JVM that made the first cue 10–20 ms late.
     */
    private void handFirst(Duration at) {
        session.snapshot().next().ifPresent(first -> {
            SessionEvent start = new SegmentStarted(at, first);
            CueMap.cueFor(start).ifPresent(cue -> {
                handed.add(Key.of(cue, start));
                // Told to the cue listeners with the segment's start, so that what they print follows the
                // session's start line.
                untold = Optional.of(Key.of(cue, start));
                sound(cue, start, 0);
            });
        });
    }

    /** Renders the next step's announcement while this one runs. */
    private void prepareNext() {
        announcer.ifPresent(voice -> session.snapshot().next().ifPresent(next -> Announcements
                .textFor(new SegmentStarted(Duration.ZERO, next), current).ifPresent(voice::prepare)));
    }

    private static boolean interrupts(SessionEvent event) {
        return event instanceof Paused || event instanceof TimeAdded
                || event instanceof SegmentEnded && !((SegmentEnded) event).completed()
                || event instanceof SessionEnded && !((SessionEnded) event).completed();
    }

    private void hand(Cue cue, SessionEvent event, long inTicks) {
        sound(cue, event, inTicks);
        tell(cue, event);
    }

    /** Plays the cue's tone, and its announcement after it. */
    private void sound(Cue cue, SessionEvent event, long inTicks) {
        Sound tone = palette.sound(cue);
        Duration in = Duration.ofNanos(Math.max(0, inTicks) / speed);
        player.play(tone, in);
        announcer.ifPresent(voice -> Announcements.textFor(event, current)
                .ifPresent(text -> voice.say(text, in.plus(tone.length()).plus(SPEECH_GAP))));
    }

    private void tell(Cue cue, SessionEvent event) {
        for (CueListener listener : listeners) {
            listener.played(cue, event.at());
        }
    }

    private long leadTicks() {
        return player.lead().toNanos() * speed;
    }

    /** Which cue of which segment: the same for an event foreseen and the event when it comes. */
    private record Key(Cue cue, int segment, int n) {

        static Key of(Cue cue, SessionEvent event) {
            if (event instanceof SegmentStarted) {
                return new Key(cue, ((SegmentStarted) event).segment().index(), 0);
            } else if (event instanceof Countdown) {
                return new Key(cue, ((Countdown) event).segment().index(), ((Countdown) event).n());
            } else if (event instanceof ReminderDue) {
                return new Key(cue, ((ReminderDue) event).segment().index(), ((ReminderDue) event).n());
            } else if (event instanceof SessionEvent.Halfway) {
                return new Key(cue, ((SessionEvent.Halfway) event).segment().index(), 0);
            }
            return new Key(cue, -1, 0);
        }
    }
}
