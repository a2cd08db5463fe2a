package dev.hangtime.tui.screen;

/** The screen's hooks for a session's setup: each posts to the app's inbox, which any thread may do. */
final class InboxHooks implements ScreenHooks {

    private final Inbox inbox;

    InboxHooks(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void flash() {
        inbox.post(Inbox.Signal.FLASH);
    }

    @Override
    public void notice(String line) {
        inbox.post(new Inbox.Notice(line));
    }
}
