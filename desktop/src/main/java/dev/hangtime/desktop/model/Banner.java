package dev.hangtime.desktop.model;

/** The state that must be unmistakable from across the room, and its words. */
public enum Banner {
    NONE(""),
    READY("READY — press Space to start"),
    PAUSED("PAUSED — press Space to resume"),
    WAITING("YOUR TURN — press Enter when done");

    private final String text;

    Banner(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
