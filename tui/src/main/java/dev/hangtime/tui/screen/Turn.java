package dev.hangtime.tui.screen;

import java.util.Optional;
import java.util.OptionalInt;

/** What happens after a page has handled a key or the clock: stay, show another page, or leave the app. */
final class Turn {

    private static final Turn STAY = new Turn(null, OptionalInt.empty());

    private final Page page;
    private final OptionalInt exitStatus;

    private Turn(Page page, OptionalInt exitStatus) {
        this.page = page;
        this.exitStatus = exitStatus;
    }

    static Turn stay() {
        return STAY;
    }

    static Turn to(Page page) {
        return new Turn(page, OptionalInt.empty());
    }

    /** Leave the full-screen app with {@code status} as the command's exit status. */
    static Turn exit(int status) {
        return new Turn(null, OptionalInt.of(status));
    }

    Optional<Page> page() {
        return Optional.ofNullable(page);
    }

    OptionalInt exitStatus() {
        return exitStatus;
    }

    boolean isStay() {
        return this == STAY;
    }
}
