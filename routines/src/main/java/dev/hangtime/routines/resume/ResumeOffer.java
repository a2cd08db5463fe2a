package dev.hangtime.routines.resume;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offer to pick up a session that was cut off, as both front ends ask it: what was running and where it
 * stopped; for a heat or ice step, whether the pack stayed on while the program was down; and, when that time
 * finished the last step, that the session is complete. The front end maps its keys or buttons onto the answers
 * and shows {@link #lines()} under {@link #title()}.
 */
public final class ResumeOffer {

    public static final String TITLE = "Pick up where you stopped?";
    public static final String COMPLETE = "Session complete";
    public static final String PACK_NOTE = "If it did, that time counts as done, so the pack is not on for longer"
            + " than the routine says.";

    /** Where the offer stands. */
    public enum Step {
        /** Go on from there, not now, or never. */
        OFFER,
        /** Did the pack stay on? */
        PACK,
        /** Nothing was left to run: the message says so. */
        DONE
    }

    /** What an answer leads to. */
    public sealed interface Result {
    }

    /** The offer stays on screen, at its (perhaps new) step. */
    public record Stay() implements Result {
    }

    /** Not now, or never: the front end goes where it was going. */
    public record Declined() implements Result {
    }

    /** The session goes on as {@code continuation} says: the front end runs it. */
    public record Run(Continuation continuation) implements Result {
    }

    private final Resumable resumable;
    private Step step = Step.OFFER;
    private String done = "";
    private Optional<String> trouble = Optional.empty();

    public ResumeOffer(Resumable resumable) {
        this.resumable = Objects.requireNonNull(resumable, "resumable");
    }

    public Step step() {
        return step;
    }

    /** The box's title at this step. */
    public String title() {
        return step == Step.DONE ? COMPLETE : TITLE;
    }

    /** What the box says at this step. */
    public List<String> lines() {
        switch (step) {
            case OFFER:
                return List.of(resumable.summary());
            case PACK:
                return List.of(resumable.summary(), resumable.packQuestion().orElseThrow(), PACK_NOTE);
            default:
                return List.of(done);
        }
    }

    /** What went wrong with the last answer, to show beside the question; empty when nothing did. */
    public Optional<String> trouble() {
        return trouble;
    }

    /** Go on from there: first the pack question, if there is one. */
    public Result yes() {
        if (step != Step.OFFER) {
            return new Stay();
        }
        if (resumable.packQuestion().isPresent()) {
            step = Step.PACK;
            return new Stay();
        }
        return goOn(Optional.empty());
    }

    /** Whether the pack stayed on, at the pack question. */
    public Result pack(boolean stayedOn) {
        return step == Step.PACK ? goOn(Optional.of(stayedOn)) : new Stay();
    }

    /** Not now: offered again next time. */
    public Result notNow() {
        return step == Step.DONE ? new Stay() : new Declined();
    }

    /** Never: the journal keeps it as stopped; when the journal cannot be written, the offer says so and stays. */
    public Result never() {
        if (step != Step.OFFER) {
            return new Stay();
        }
        if (resumable.dismiss()) {
            return new Declined();
        }
        trouble = Optional.of("The journal could not be written, so it will be offered again.");
        return new Stay();
    }

    private Result goOn(Optional<Boolean> packStayedOn) {
        Continuation continuation = resumable.goOn(packStayedOn);
        if (continuation.timeline().isEmpty()) {
            step = Step.DONE;
            done = continuation.message();
            return new Stay();
        }
        return new Run(continuation);
    }
}
