package dev.hangtime.routines.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.hangtime.core.control.Routines;
import dev.hangtime.core.control.SessionSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The offer's steps, as both front ends ask them, over a session that records what it was asked to do. */
class ResumeOfferTest {

    /** A cut-off session that answers as told and keeps what it was asked. */
    private static final class Recorded implements Resumable {
        final List<String> asked = new ArrayList<>();
        private final Optional<String> pack;
        private final Continuation continuation;
        private final boolean dismissed;

        Recorded(Optional<String> pack, Continuation continuation, boolean dismissed) {
            this.pack = pack;
            this.continuation = continuation;
            this.dismissed = dismissed;
        }

        @Override
        public String summary() {
            return "Ice pack stopped at step 2 of 3, 4 min ago.";
        }

        @Override
        public Optional<String> packQuestion() {
            return pack;
        }

        @Override
        public Continuation goOn(Optional<Boolean> packStayedOn) {
            asked.add("goOn " + packStayedOn);
            return continuation;
        }

        @Override
        public boolean dismiss() {
            asked.add("dismiss");
            return dismissed;
        }
    }

    private static final Continuation RUN = Continuation.run(Routines.facet(), 2, Duration.ofSeconds(3),
            SessionSetup.NONE);

    @Test
    void yes_withNoPack_goesOnAtOnce() {
        Recorded session = new Recorded(Optional.empty(), RUN, true);
        ResumeOffer offer = new ResumeOffer(session);

        assertEquals(List.of("Ice pack stopped at step 2 of 3, 4 min ago."), offer.lines());
        ResumeOffer.Result result = offer.yes();

        assertEquals(new ResumeOffer.Run(RUN), result);
        assertEquals(List.of("goOn Optional.empty"), session.asked);
    }

    @Test
    void yes_withAPack_asksFirst_thenGoesOnWithTheAnswer() {
        Recorded session = new Recorded(Optional.of("Did the ice pack stay on?"), RUN, true);
        ResumeOffer offer = new ResumeOffer(session);

        assertInstanceOf(ResumeOffer.Stay.class, offer.yes());
        assertEquals(ResumeOffer.Step.PACK, offer.step());
        assertEquals(List.of("Ice pack stopped at step 2 of 3, 4 min ago.", "Did the ice pack stay on?",
                ResumeOffer.PACK_NOTE), offer.lines());
        assertEquals(new ResumeOffer.Run(RUN), offer.pack(false));
        assertEquals(List.of("goOn Optional[false]"), session.asked);
    }

    @Test
    void nothingLeft_endsOnTheMessage_whichNotNowDoesNotLeave() {
        Recorded session = new Recorded(Optional.of("Did the ice pack stay on?"),
                Continuation.finished(Resumption.NOTHING_LEFT), true);
        ResumeOffer offer = new ResumeOffer(session);

        offer.yes();
        assertInstanceOf(ResumeOffer.Stay.class, offer.pack(true));

        assertEquals(ResumeOffer.Step.DONE, offer.step());
        assertEquals(ResumeOffer.COMPLETE, offer.title());
        assertEquals(List.of(Resumption.NOTHING_LEFT), offer.lines());
        assertInstanceOf(ResumeOffer.Stay.class, offer.notNow());
    }

    @Test
    void never_dismissesForGood_orSaysWhyItCouldNot() {
        Recorded kept = new Recorded(Optional.empty(), RUN, true);
        Recorded notKept = new Recorded(Optional.empty(), RUN, false);
        ResumeOffer failing = new ResumeOffer(notKept);

        assertInstanceOf(ResumeOffer.Declined.class, new ResumeOffer(kept).never());
        assertInstanceOf(ResumeOffer.Stay.class, failing.never());
        assertEquals(Optional.of("The journal could not be written, so it will be offered again."),
                failing.trouble());
        assertEquals(List.of("dismiss"), notKept.asked);
    }

    @Test
    void notNow_declinesWithoutTouchingTheJournal() {
        Recorded session = new Recorded(Optional.empty(), RUN, true);

        assertInstanceOf(ResumeOffer.Declined.class, new ResumeOffer(session).notNow());
        assertEquals(List.of(), session.asked);
    }
}
