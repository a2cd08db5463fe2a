package dev.hangtime.desktop.view;

import dev.hangtime.routines.resume.Continuation;
import dev.hangtime.routines.resume.ResumeOffer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The offer to pick up a session that was cut off, over the library: the shared {@link ResumeOffer}'s words, a
 * button for each answer, and the terminal app's keys (y go on, n or Esc not now, x never; at the pack question
 * y it stayed on, n it came off). Keys in its first {@link #SETTLE_NANOS} on screen are not taken as answers, as
 * in the terminal app: it can come up while someone is typing a search.
 */
public final class ResumePane extends StackPane {

    /** How long the offer is on screen before a key answers it. */
    public static final long SETTLE_NANOS = 400_000_000L;

    private final ResumeOffer offer;
    private final Consumer<Continuation> run;
    private final Runnable gone;
    private final LongSupplier nanos;
    private final long answersFrom;
    private final Label title = new Label();
    private final VBox lines = new VBox(8);
    private final Label trouble = new Label();
    private final HBox buttons = new HBox(12);

    /**
     * @param run runs the session from where it stopped
     * @param gone takes the offer away: declined, or the session complete
     * @param nanos a monotonic clock, to time how long the offer has been on screen
     */
    public ResumePane(ResumeOffer offer, Consumer<Continuation> run, Runnable gone, LongSupplier nanos) {
        this.offer = offer;
        this.run = run;
        this.gone = gone;
        this.nanos = nanos;
        this.answersFrom = nanos.getAsLong() + SETTLE_NANOS;
        getStyleClass().add("overlay");
        setId("resume");
        title.getStyleClass().add("question");
        title.setId("resume-title");
        trouble.getStyleClass().add("error");
        buttons.getStyleClass().add("buttons");
        VBox box = new VBox(title, lines, trouble, buttons);
        box.getStyleClass().add("overlay-box");
        box.setMaxSize(720, USE_PREF_SIZE);
        getChildren().add(box);
        show();
    }

    /** Takes the keys while it is on screen; each key is consumed, so that none reaches the library beneath. */
    public void onKey(KeyEvent event) {
        if (event.getEventType() != KeyEvent.KEY_PRESSED) {
            event.consume();
            return;
        }
        event.consume();
        KeyCode code = event.getCode();
        switch (offer.step()) {
            case OFFER:
                if (nanos.getAsLong() - answersFrom < 0) {
                    return;
                }
                if (code == KeyCode.Y) {
                    then(offer.yes());
                } else if (code == KeyCode.X) {
                    then(offer.never());
                } else if (code == KeyCode.N || code == KeyCode.ESCAPE) {
                    then(offer.notNow());
                }
                return;
            case PACK:
                if (code == KeyCode.Y || code == KeyCode.N) {
                    then(offer.pack(code == KeyCode.Y));
                } else if (code == KeyCode.ESCAPE) {
                    then(offer.notNow());
                }
                return;
            default:
                if (code == KeyCode.ENTER || code == KeyCode.SPACE || code == KeyCode.ESCAPE) {
                    gone.run();
                }
        }
    }

    private void then(ResumeOffer.Result result) {
        if (result instanceof ResumeOffer.Run) {
            run.accept(((ResumeOffer.Run) result).continuation());
        } else if (result instanceof ResumeOffer.Declined) {
            gone.run();
        } else {
            show();
        }
    }

    private void show() {
        title.setText(offer.title());
        lines.getChildren().clear();
        for (String line : offer.lines()) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("end-line");
            lines.getChildren().add(label);
        }
        trouble.setText(offer.trouble().orElse(""));
        trouble.setManaged(offer.trouble().isPresent());
        trouble.setVisible(offer.trouble().isPresent());
        switch (offer.step()) {
            case OFFER:
                buttons.getChildren().setAll(QuietButton.of("resume-yes", "Go on from there (Y)", () -> then(offer.yes())),
                        QuietButton.of("resume-not-now", "Not now (N)", () -> then(offer.notNow())),
                        QuietButton.of("resume-never", "Never (X)", () -> then(offer.never())));
                break;
            case PACK:
                buttons.getChildren().setAll(
                        QuietButton.of("resume-pack-on", "It stayed on (Y)", () -> then(offer.pack(true))),
                        QuietButton.of("resume-pack-off", "It came off (N)", () -> then(offer.pack(false))),
                        QuietButton.of("resume-not-now", "Not now (Esc)", () -> then(offer.notNow())));
                break;
            default:
                buttons.getChildren().setAll(QuietButton.of("resume-done", "Back to the library", gone));
        }
    }

    /** The lines shown now, for the tests. */
    List<String> shownLines() {
        return lines.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
