package dev.hangtime.tui.screen;

import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.notice.Notices;

/**
 * What a session's sound and journal may do to the screen, from any thread: each posts to the app's inbox, and
 * the loop acts on it on its own thread. Nothing may be printed while the app has the screen.
 */
final class InboxHooks implements Notices {

    private final Inbox inbox;

    InboxHooks(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Flashes the screen, as the terminal bell's stand-in for a cue that cannot be heard. */
    void flash() {
        inbox.post(Inbox.Signal.FLASH);
    }

    /** Shows the notice at the foot of the session screen until the session ends. */
    @Override
    public void tell(Notice notice) {
        inbox.post(new Inbox.Told(notice));
    }
}
