package dev.hangtime.tui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.googlecode.lanterna.input.KeyStroke;
import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.control.Routines;
import dev.hangtime.core.control.SessionServices;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.session.SessionState;
import dev.hangtime.core.text.DurationText;
import dev.hangtime.core.time.FakeTicker;
import dev.hangtime.routines.resume.Continuation;
import dev.hangtime.routines.resume.Resumable;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The offer to pick up a session that was cut off, at start-up and for {@code hangtime resume}. */
class ResumeScreenTest {

    private static final String SUMMARY = "Facet joint relief was cut off 4 min ago in Inversion 20° (step 2 of 4),"
            + " at least 0:20 into it.";
    private static final String ICE = "Hang and ice was cut off 2 min ago in Ice (step 2 of 3), at least 0:40 into it.";

    private final VirtualScreen screen = VirtualScreen.standard();
    private final FakeTicker ticker = new FakeTicker();
    private final List<String> setupTold = new ArrayList<>();
    private final FullScreenApp.App app = new FullScreenApp.App(FullScreenApp.Options.defaults(), new Inbox(), ticker);
    private final Page library = new Blank("library");
    private final Afterwards backToLibrary = new Afterwards("back to the library", status -> Turn.to(library));

    /** A session to pick up; going on runs {@code continuation}, and each answer is kept. */
    private final class Offered implements Resumable {
        final List<Optional<Boolean>> answers = new ArrayList<>();
        int dismissed;
        boolean journalWritable = true;
        private final String summary;
        private final Optional<String> pack;
        private final Continuation continuation;

        Offered(String summary, Optional<String> pack, Continuation continuation) {
            this.summary = summary;
            this.pack = pack;
            this.continuation = continuation;
        }

        @Override
        public String summary() {
            return summary;
        }

        @Override
        public Optional<String> packQuestion() {
            return pack;
        }

        @Override
        public Continuation goOn(Optional<Boolean> packStayedOn) {
            answers.add(packStayedOn);
            return continuation;
        }

        @Override
        public boolean dismiss() {
            dismissed++;
            return journalWritable;
        }
    }

    /** The facet routine going on at its inversion, 20 s of it done; its setup says when it is readied. */
    private Offered facetAtTheInversion() {
        return new Offered(SUMMARY, Optional.empty(), Continuation.run(Routines.facet(), 1, Duration.ofSeconds(20),
                (timeline, session, t, standIn, notices) -> {
                    setupTold.add("prepared in " + session.state());
                    return SessionServices.NONE;
                }));
    }

    private Offered iceOffer(Continuation continuation) {
        return new Offered(ICE, Optional.of("Did the ice pack stay on while Hangtime was down?"), continuation);
    }

    private Page offerOverTheLibrary(Resumable resumable) {
        return app.resumePage(resumable, Optional.of(library), () -> Turn.to(library), backToLibrary);
    }

    private static Page press(Page page, KeyStroke... keys) {
        Page current = page;
        for (KeyStroke key : keys) {
            Turn turn = current.onKey(key);
            current = turn.page().orElse(current);
        }
        return current;
    }

    @Test
    void offer_saysWhatWasRunningWhereItStoppedAndHowLongAgo() {
        Page page = offerOverTheLibrary(facetAtTheInversion());

        screen.show(page);

        assertEquals(List.of(
                "    ┌─ Pick up where you stopped? ─────────────────────────────────────────┐",
                "    │                                                                      │",
                "    │  Facet joint relief was cut off 4 min ago in Inversion 20° (step 2   │",
                "    │  of 4), at least 0:20 into it.                                       │",
                "    │                                                                      │",
                "    │  y go on from there   n not now   x never                            │",
                "    └──────────────────────────────────────────────────────────────────────┘"),
                screen.lines().subList(8, 15));
        assertEquals(" library", screen.lines().get(0));
    }

    @Test
    void keysInTheOffersFirstMomentsOnScreen_areNotTakenAsAnswers() {
        Offered offered = facetAtTheInversion();
        Page offer = offerOverTheLibrary(offered);
        offer.shown();

        ticker.advance(Duration.ofMillis(300));
        Page afterAQuickY = press(offer, Keys.ch('y'), Keys.ch('n'));
        ticker.advance(Duration.ofMillis(100));
        Page afterASettledN = press(offer, Keys.ch('n'));

        assertEquals(List.of(offer, List.of(), library), List.of(afterAQuickY, offered.answers, afterASettledN));
    }

    @Test
    void y_goesOnOnTheSessionScreenAtTheSegmentWithItsTimeDone() {
        Offered offered = facetAtTheInversion();

        Page page = press(offerOverTheLibrary(offered), Keys.ch('y'));

        SessionPage session = assertInstanceOf(SessionPage.class, page);
        var snap = session.controller().view().snapshot();
        assertEquals(List.of(List.of(Optional.empty()), List.of("prepared in READY"), SessionState.RUNNING, 1, "0:40"),
                List.of(offered.answers, setupTold, snap.state(), snap.segment().get().index(),
                        DurationText.remaining(snap.segmentRemaining().get())));
    }

    @Test
    void y_theSessionScreenShowsTheStepItGoesOnWith() {
        Page page = press(offerOverTheLibrary(facetAtTheInversion()), Keys.ch('Y'));

        screen.show(page);

        assertEquals(List.of(" Facet joint relief                                                 step 2 of 4",
                        "  INVERSION   Inversion 20°"),
                List.of(screen.lines().get(0), screen.lines().get(2)));
    }

    @Test
    void y_theSessionComesBackToTheLibraryAtItsEnd() {
        Page page = press(offerOverTheLibrary(facetAtTheInversion()), Keys.ch('y'));
        ticker.advance(Duration.ofSeconds(120));
        Page end = page.update().page().orElseThrow();

        Turn closed = end.onKey(Keys.ENTER);

        assertSame(library, closed.page().orElseThrow());
    }

    @Test
    void n_goesToTheLibraryAndGoesOnWithNothing() {
        Offered offered = facetAtTheInversion();

        Turn turn = offerOverTheLibrary(offered).onKey(Keys.ch('n'));

        assertEquals(List.of(Optional.of(library), List.of(), List.of()),
                List.of(turn.page(), offered.answers, setupTold));
    }

    @Test
    void x_forgetsItForGood_andGoesToTheLibrary() {
        Offered offered = facetAtTheInversion();

        Turn turn = offerOverTheLibrary(offered).onKey(Keys.ch('x'));

        assertEquals(List.of(Optional.of(library), 1, List.of()), List.of(turn.page(), offered.dismissed,
                offered.answers));
    }

    @Test
    void x_whenTheJournalCannotBeWritten_saysItWillBeOfferedAgain() {
        Offered offered = facetAtTheInversion();
        offered.journalWritable = false;
        Page page = offerOverTheLibrary(offered);

        Turn turn = page.onKey(Keys.ch('x'));

        assertEquals(true, turn.isStay());
        assertEquals(true, VirtualScreen.standard().show(page).contains("so it will be offered again"));
    }

    @Test
    void esc_goesToTheLibrary() {
        Turn turn = offerOverTheLibrary(facetAtTheInversion()).onKey(Keys.ESC);

        assertEquals(Optional.of(library), turn.page());
    }

    @Test
    void otherKeys_leaveTheOfferOnScreen() {
        Page page = offerOverTheLibrary(facetAtTheInversion());

        Turn turn = page.onKey(Keys.ch('i'));

        assertEquals(true, turn.isStay());
    }

    @Test
    void resumeCommand_n_leavesWithTheStoppedStatus() {
        Page page = app.resumePage(facetAtTheInversion(), Optional.empty(), () -> Turn.exit(ExitStatus.STOPPED),
                Afterwards.EXIT);

        Turn turn = page.onKey(Keys.ch('n'));

        assertEquals(OptionalInt.of(ExitStatus.STOPPED), turn.exitStatus());
    }

    @Test
    void resumeCommand_withNothingBeneath_showsTheAppsName() {
        Page page = app.resumePage(facetAtTheInversion(), Optional.empty(), () -> Turn.exit(ExitStatus.STOPPED),
                Afterwards.EXIT);

        screen.show(page);

        assertEquals(" Hangtime", screen.lines().get(0));
    }

    @Test
    void iceOrHeat_y_asksWhetherThePackStayedOn() {
        Offered offered = iceOffer(Continuation.finished("unused"));

        Page page = press(offerOverTheLibrary(offered), Keys.ch('y'));

        screen.show(page);
        assertEquals(List.of(
                "    ┌─ Pick up where you stopped? ─────────────────────────────────────────┐",
                "    │                                                                      │",
                "    │  Hang and ice was cut off 2 min ago in Ice (step 2 of 3), at least   │",
                "    │  0:40 into it.                                                       │",
                "    │                                                                      │",
                "    │  Did the ice pack stay on while Hangtime was down?                   │",
                "    │                                                                      │",
                "    │  If it did, that time counts as done, so the pack is not on for      │",
                "    │  longer than the routine says.                                       │",
                "    │                                                                      │",
                "    │  y it stayed on   n it came off   Esc not now                        │",
                "    └──────────────────────────────────────────────────────────────────────┘"),
                screen.lines().subList(6, 18));
        assertEquals(List.of(), offered.answers);
    }

    @Test
    void iceOrHeat_packStayedOn_goesOnCountingTheTimeDown() {
        Offered offered = iceOffer(Continuation.run(Routines.hold(600), 0, Duration.ofSeconds(160),
                SessionSetup.NONE));

        Page page = press(offerOverTheLibrary(offered), Keys.ch('y'), Keys.ch('y'));

        SessionPage session = assertInstanceOf(SessionPage.class, page);
        assertEquals(List.of(List.of(Optional.of(true)), "7:20"), List.of(offered.answers,
                DurationText.remaining(session.controller().view().snapshot().segmentRemaining().get())));
    }

    @Test
    void iceOrHeat_packCameOff_saysSo() {
        Offered offered = iceOffer(Continuation.run(Routines.hold(600), 0, Duration.ofSeconds(70),
                SessionSetup.NONE));

        press(offerOverTheLibrary(offered), Keys.ch('y'), Keys.ch('n'));

        assertEquals(List.of(Optional.of(false)), offered.answers);
    }

    @Test
    void iceOrHeat_escAtThePackQuestion_goesToTheLibraryWithoutGoingOn() {
        Offered offered = iceOffer(Continuation.finished("unused"));

        Turn turn = press(offerOverTheLibrary(offered), Keys.ch('y')).onKey(Keys.ESC);

        assertEquals(List.of(Optional.of(library), List.of()), List.of(turn.page(), offered.answers));
    }

    @Test
    void nothingLeft_saysTheSessionIsCompleteAndEnterGoesBack() {
        Offered offered = iceOffer(Continuation.finished("The pack stayed on for the rest of its time, and it was"
                + " the last step: the session is complete."));
        Page page = press(offerOverTheLibrary(offered), Keys.ch('y'), Keys.ch('y'));

        screen.show(page);
        Turn turn = page.onKey(Keys.ENTER);

        assertEquals(List.of(
                "    ┌─ Session complete ───────────────────────────────────────────────────┐",
                "    │                                                                      │",
                "    │  The pack stayed on for the rest of its time, and it was the last    │",
                "    │  step: the session is complete.                                      │",
                "    │                                                                      │",
                "    │  Enter back to the library                                           │",
                "    └──────────────────────────────────────────────────────────────────────┘"),
                screen.lines().subList(8, 15));
        assertEquals(Optional.of(library), turn.page());
    }

    @Test
    void ctrlC_leavesWith130() {
        Turn turn = offerOverTheLibrary(facetAtTheInversion()).onKey(Keys.CTRL_C);

        assertEquals(OptionalInt.of(ExitStatus.INTERRUPTED), turn.exitStatus());
    }

    @Test
    void check_searchesOnlyOnceTheLibraryIsShown() {
        List<Runnable> queued = new ArrayList<>();
        ResumeCheck check = new ResumeCheck(library, () -> Optional.of(facetAtTheInversion()), queued::add,
                () -> { }, offer -> new Blank("offer"));

        Turn before = check.update();
        check.shown();

        assertEquals(List.of(true, 1), List.of(before.isStay(), queued.size()));
    }

    @Test
    void check_aSessionFound_isOfferedOverTheLibraryAndTheLoopIsWoken() {
        List<String> woken = new ArrayList<>();
        Page offer = new Blank("offer");
        ResumeCheck check = new ResumeCheck(library, () -> Optional.of(facetAtTheInversion()), Runnable::run,
                () -> woken.add("woken"), found -> offer);

        check.shown();

        assertEquals(List.of(List.of("woken"), Optional.of(offer)), List.of(woken, check.update().page()));
    }

    @Test
    void check_nothingFound_leavesTheLibrary() {
        ResumeCheck check = new ResumeCheck(library, Optional::empty, Runnable::run, () -> { },
                found -> new Blank("offer"));

        check.shown();

        assertEquals(Optional.of(library), check.update().page());
    }

    @Test
    void check_aSearchThatFails_leavesTheLibrary() {
        ResumeCheck check = new ResumeCheck(library, () -> { throw new IllegalStateException("unreadable"); },
                Runnable::run, () -> { }, found -> new Blank("offer"));

        check.shown();

        assertEquals(Optional.of(library), check.update().page());
    }

    @Test
    void check_whileSearching_drawsTheLibraryAndPassesItTheKeys() {
        ResumeCheck check = new ResumeCheck(library, Optional::empty, task -> { }, () -> { },
                found -> new Blank("offer"));

        screen.show(check);
        check.onKey(Keys.ch('x'));

        assertEquals(List.of(" library", List.of("x")), List.of(screen.lines().get(0), ((Blank) library).keys));
    }

    @Test
    void check_aKeyPressedInTheLibraryBeforeTheSearchEnds_meansNothingIsOffered() {
        List<Runnable> queued = new ArrayList<>();
        ResumeCheck check = new ResumeCheck(library, () -> Optional.of(facetAtTheInversion()), queued::add,
                () -> { }, found -> new Blank("offer"));

        check.shown();
        check.onKey(Keys.ch('y'));
        queued.forEach(Runnable::run);

        assertEquals(List.of(Optional.of(library), List.of("y")), List.of(check.update().page(), ((Blank) library).keys));
    }

    /** A page that shows its name and keeps the keys it is given. */
    private static final class Blank implements Page {
        final List<String> keys = new ArrayList<>();
        private final String name;

        Blank(String name) {
            this.name = name;
        }

        @Override
        public Turn update() {
            return Turn.stay();
        }

        @Override
        public void draw(Canvas canvas) {
            canvas.text(1, 0, name, canvas.palette().plain());
        }

        @Override
        public OptionalLong redrawAt() {
            return OptionalLong.empty();
        }

        @Override
        public Turn onKey(KeyStroke key) {
            keys.add(String.valueOf(key.getCharacter()));
            return Turn.stay();
        }

        @Override
        public Turn interrupt() {
            return Turn.exit(ExitStatus.INTERRUPTED);
        }
    }
}
