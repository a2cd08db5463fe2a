package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleasesTest {

    private final List<String> released = new ArrayList<>();
    private final Releases releases = new Releases();

    @Test
    void tracked_runsOnceHoweverOftenCalled() {
        Runnable release = releases.track(() -> released.add("sound"));

        release.run();
        release.run();
        releases.releaseAll();

        assertEquals(List.of("sound"), released);
    }

    @Test
    void releaseAll_letsGoOfWhatIsStillHeld() {
        releases.track(() -> released.add("first"));
        releases.track(() -> released.add("second"));

        releases.releaseAll();

        assertEquals(List.of("first", "second"), released);
    }

    @Test
    void releaseAll_goesOnPastAFailure_thenReportsIt() {
        releases.track(() -> {
            throw new IllegalStateException("device gone");
        });
        releases.track(() -> released.add("journal"));

        IllegalStateException e = assertThrows(IllegalStateException.class, releases::releaseAll);

        assertEquals(List.of("device gone", List.of("journal")), List.of(e.getMessage(), released));
    }
}
