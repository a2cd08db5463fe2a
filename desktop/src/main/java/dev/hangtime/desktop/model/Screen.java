package dev.hangtime.desktop.model;

/** What the session window shows at one moment: the session itself, or its end page. Immutable. */
public sealed interface Screen permits SessionScreen, EndScreen {
}
