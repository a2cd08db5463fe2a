package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.notice.Notice;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/** What the session screen does with what a setup added: cues kept in step, and the journal told the end. */
class SessionExtrasTest {

    private static final long MS = 1_000_000L;

    @Test
    void cue_wakesThePageItsLeadAheadOfItsMoment() {
        // 56.85 s into the 60 s hold: the pip for 3 s left sounds at 57 s, so it is handed over at 56.9 s.
        Driver driver = Driver.facetWithCues(new RecordingPlayer(Duration.ofMillis(100)), false)
                .startAndPassThePrompt().after(56.85);

        OptionalLong at = driver.page.redrawAt();

        assertEquals(OptionalLong.of(driver.ticker.read() + 50 * MS), at);
    }

    @Test
    void cue_isHandedOverAheadWhenThePageWakes() {
        RecordingPlayer player = new RecordingPlayer(Duration.ofMillis(100));
        Driver driver = Driver.facetWithCues(player, false).startAndPassThePrompt().after(56.85);
        int before = player.handed.size();

        driver.after(0.05);

        assertEquals(List.of("countdown in 100 ms"), player.handed.subList(before, player.handed.size()));
    }

    @Test
    void muted_cuesDoNotWakeThePage() {
        Driver driver = Driver.facetWithCues(new RecordingPlayer(Duration.ofMillis(100)), true)
                .startAndPassThePrompt().after(56.85);

        OptionalLong at = driver.page.redrawAt();

        assertEquals(OptionalLong.of(driver.ticker.read() + 150 * MS), at);
    }

    @Test
    void ctrlC_isAStop_theSetupIsNotToldOfACutOff() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);
        driver.session.addListener(event -> driver.extrasTold.add(event.getClass().getSimpleName()));

        driver.press(Keys.CTRL_C);

        assertEquals(List.of("SegmentEnded", "SessionEnded", "closed"), driver.extrasTold);
    }

    @Test
    void theTerminalGone_tellsTheSetupItWasACutOffBeforeTheSessionStops() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);
        driver.session.addListener(event -> driver.extrasTold.add(event.getClass().getSimpleName()));

        driver.press(new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.EOF));

        assertEquals(List.of("interrupted", "SegmentEnded", "SessionEnded", "closed"), driver.extrasTold);
    }

    @Test
    void endScreenLeft_letsTheExtrasGoOnce() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(140);

        driver.press(Keys.ENTER);
        driver.releases.releaseAll();

        assertEquals(List.of("closed"), driver.extrasTold);
    }

    @Test
    void leavingBeforeTheStart_letsTheExtrasGo() {
        Driver driver = Driver.facet();

        driver.press(Keys.ch('q'));

        assertEquals(List.of("closed"), driver.extrasTold);
    }

    @Test
    void appLeftMidSession_letsTheExtrasGoOnTheWayOut() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);

        driver.releases.releaseAll();

        assertEquals(List.of("closed"), driver.extrasTold);
    }

    @Test
    void notice_isShownAtTheFoot() {
        Driver driver = Driver.facet().startAndPassThePrompt().after(5);
        VirtualScreen screen = VirtualScreen.standard();

        driver.page.notice(new Notice(Notice.Topic.SOUND,
                "Sound: no audio device; cues will ring the terminal bell instead."));

        screen.show(driver.current());
        assertEquals("── Sound: no audio device; cues will ring the terminal bell instead. ───────────",
                screen.lines().get(22));
    }
}
