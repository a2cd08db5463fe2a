package dev.hangtime.core.session;

import java.util.ArrayList;
import java.util.List;

/** Keeps a session's events in order, for tests to compare with what they expect; shared through core's test jar. */
public final class EventRecorder implements SessionListener {

    private final List<SessionEvent> events = new ArrayList<>();

    @Override
    public void on(SessionEvent event) {
        events.add(event);
    }

    public List<SessionEvent> events() {
        return List.copyOf(events);
    }
}
