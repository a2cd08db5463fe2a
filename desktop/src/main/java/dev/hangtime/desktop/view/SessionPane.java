package dev.hangtime.desktop.view;

import dev.hangtime.core.control.Command;
import dev.hangtime.core.control.Key;
import dev.hangtime.desktop.model.Banner;
import dev.hangtime.desktop.model.CommandButton;
import dev.hangtime.desktop.model.EndScreen;
import dev.hangtime.desktop.model.Screen;
import dev.hangtime.desktop.model.SessionInput;
import dev.hangtime.desktop.model.SessionScreen;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The session window, built to be read from two metres away: the time left in very large digits inside a ring
 * that empties, the step's kind and label in its colour, where it stands, the table's angle, the note, what
 * comes next, the step's and the session's bars, and a button for every command. READY, PAUSED and YOUR TURN
 * fill a coloured band across the window. Then the end page.
 *
 * <p>It only draws the {@link Screen}s it is given, and hands keys and buttons to its {@link SessionInput}:
 * the session itself runs elsewhere.
 */
public final class SessionPane extends StackPane {

    /** How long the window flashes for a cue that cannot be heard. */
    static final Duration FLASH = Duration.millis(300);

    private final SessionInput input;
    private final BorderPane session = new BorderPane();
    private final EndPane endPane;
    private final Label routineName = label("routine-name");
    private final Label header = label("muted");
    private final Label banner = label("banner");
    private final Label badge = label("badge");
    private final Label stepLabel = label("step-label");
    private final Label details = label("details");
    private final Ring ring = new Ring();
    private final Label remaining = label("remaining");
    private final Label instruction = label("instruction");
    private final TableDrawing table = new TableDrawing();
    private final StackPane dial = new StackPane();
    private final ProgressLine stepBar = new ProgressLine(14);
    private final Label stepTime = label("time-text");
    private final Label note = label("note");
    private final ScrollPane noteScroll = new ScrollPane(note);
    private final Label warning = label("note");
    private final ProgressLine sessionBar = new ProgressLine(10);
    private final Label sessionTime = label("time-text");
    private final Label nextLead = label("next");
    private final Label next = label("next");
    private final Label notice = label("notice");
    private final Map<Command, Button> buttons = new EnumMap<>(Command.class);
    private final StackPane overlay = new StackPane();
    private final HelpBox help = new HelpBox();
    private final ConfirmBox confirm;
    /** "+" past the dose limit: y or + adds the time anyway, any other key does not, as in the terminal app. */
    private final ConfirmBox dose;
    private final TextBox text = new TextBox();
    private final PainBox pain;
    private final Region flash = new Region();
    private final PauseTransition flashOff = new PauseTransition(FLASH);
    private Screen shown;

    /**
     * @param input where keys and buttons go
     * @param toolbar the window's own controls (full screen, on top, theme), shown beside the header
     */
    public SessionPane(SessionInput input, Node toolbar) {
        this.input = input;
        this.confirm = new ConfirmBox(input::answerStop);
        this.dose = new ConfirmBox(yes -> input.key(Key.character(yes ? 'y' : 'n')));
        this.pain = new PainBox(input::key);
        this.endPane = new EndPane(input::key);
        getStyleClass().add("session-window");
        session.setTop(top(toolbar));
        session.setCenter(middle());
        session.setBottom(bottom());
        overlay.getStyleClass().add("overlay");
        overlay.setVisible(false);
        flash.getStyleClass().add("flash");
        flash.setVisible(false);
        flash.setMouseTransparent(true);
        flashOff.setOnFinished(e -> flash.setVisible(false));
        getChildren().addAll(session, endPane, overlay, flash);
        endPane.setVisible(false);
    }

    /** Draws {@code screen}; call on the toolkit's thread. */
    public void show(Screen screen) {
        if (screen.equals(shown)) {
            return;
        }
        shown = screen;
        if (screen instanceof EndScreen) {
            EndScreen end = (EndScreen) screen;
            session.setVisible(false);
            endPane.setVisible(true);
            endPane.show(end);
            if (end.redFlag().isPresent()) {
                text.show(SessionScreen.Overlay.RED_FLAG.title(), end.redFlag().get(),
                        SessionScreen.Overlay.RED_FLAG.keys());
                showOverlay(Optional.of(text));
                return;
            }
            showOverlay(end.pain().map(p -> {
                pain.show(p);
                return (Node) pain;
            }));
            return;
        }
        SessionScreen s = (SessionScreen) screen;
        session.setVisible(true);
        endPane.setVisible(false);
        routineName.setText(s.routineName());
        header.setText(s.header());
        showBanner(s.banner());
        badge.setText(s.badge());
        badge.setVisible(!s.badge().isEmpty());
        KindStyle.BADGE.apply(badge, s.kind());
        stepLabel.setText(s.label());
        KindStyle.TEXT.apply(stepLabel, s.kind());
        details.setText(s.details());
        remaining.setText(s.remaining());
        remaining.setVisible(!s.manual());
        setClass(remaining, "paused", s.state() == dev.hangtime.core.session.SessionState.PAUSED);
        setClass(remaining, "alert", s.finalSeconds());
        KindStyle.TEXT.apply(remaining, s.finalSeconds() ? Optional.empty() : s.kind());
        if (!instruction.getText().equals(s.instruction())) {
            instruction.setText(s.instruction());
            resizeDigits(dial);
        }
        instruction.setVisible(s.manual());
        ring.show(s.remainingFraction(), s.kind());
        ring.setVisible(!s.manual());
        table.setVisible(s.angle().isPresent());
        table.setManaged(s.angle().isPresent());
        s.angle().ifPresent(table::show);
        stepBar.show(s.stepProgress());
        stepBar.setVisible(!s.manual());
        stepTime.setVisible(!s.manual());
        KindStyle.FILL.apply(stepBar.fill(), s.kind());
        stepTime.setText(s.stepTime());
        note.setText(s.note().orElse(""));
        noteScroll.setVisible(s.note().isPresent() && s.warning().isEmpty());
        warning.setText(s.warning().map(w -> "! " + w).orElse(""));
        warning.setVisible(s.warning().isPresent());
        sessionBar.show(s.sessionProgress());
        sessionTime.setText(s.sessionTime());
        nextLead.setText(s.nextLead());
        next.setText(s.next());
        KindStyle.TEXT.apply(next, s.nextKind());
        notice.setText(s.notice().orElse(s.painKept().orElse("")));
        for (CommandButton button : s.buttons()) {
            Button b = buttons.get(button.command());
            if (b != null) {
                b.setText(button.label());
                b.setDisable(!button.enabled());
            }
        }
        switch (s.overlay()) {
            case HELP:
                showOverlay(Optional.of(help));
                break;
            case CONFIRM_STOP:
            case CONFIRM_CLOSE:
                confirm.show(s.overlay());
                showOverlay(Optional.of(confirm));
                break;
            case PAIN_BEFORE:
                s.pain().ifPresent(pain::show);
                showOverlay(Optional.of(pain));
                break;
            case DETAILS:
                text.show(s.label(), s.overlayText().orElse(""), s.overlay().keys());
                showOverlay(Optional.of(text));
                break;
            case RED_FLAG:
                text.show(s.overlay().title(), s.overlayText().orElse(""), s.overlay().keys());
                showOverlay(Optional.of(text));
                break;
            case CONFIRM_DOSE:
                dose.show(s.overlay(), s.overlayText());
                showOverlay(Optional.of(dose));
                break;
            default:
                showOverlay(Optional.empty());
        }
    }

    /** The screen drawn last. */
    public Optional<Screen> shown() {
        return Optional.ofNullable(shown);
    }

    /** Flashes the window, for a cue that cannot be heard; call on the toolkit's thread. */
    public void flash() {
        flash.setVisible(true);
        flashOff.playFromStart();
    }

    /**
     * Hands a key event to the session; install it as the scene's event filter while this pane is shown. Every key
     * event without Ctrl, Alt or Meta is the session's, so that no button takes Space or Enter.
     */
    public void onKey(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        FxKeys.of(event).ifPresent(input::key);
        event.consume();
    }

    private Node top(Node toolbar) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(routineName, spacer, header, toolbar);
        top.getStyleClass().add("toolbar");
        return top;
    }

    private Node middle() {
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setId("banner");
        stepLabel.setId("step-label");
        remaining.setId("remaining");
        instruction.setId("instruction");
        instruction.setWrapText(true);
        instruction.setMaxWidth(1000);
        instruction.setMinHeight(0);
        HBox title = new HBox(14, badge, stepLabel);
        title.setAlignment(Pos.CENTER_LEFT);
        dial.getChildren().addAll(ring, remaining, instruction);
        dial.setMinSize(120, 120);
        // The digits take a third of the dial's height: from two metres, as large as the window allows.
        dial.heightProperty().addListener((o, was, h) -> resizeDigits(dial));
        dial.widthProperty().addListener((o, was, w) -> resizeDigits(dial));
        HBox centre = new HBox(20, dial, table);
        centre.setAlignment(Pos.CENTER);
        HBox.setHgrow(dial, Priority.ALWAYS);
        VBox.setVgrow(centre, Priority.ALWAYS);
        HBox.setHgrow(stepBar, Priority.ALWAYS);
        HBox stepLine = new HBox(12, stepBar, stepTime);
        stepLine.setAlignment(Pos.CENTER_LEFT);
        note.setWrapText(true);
        note.setId("note");
        noteScroll.setFitToWidth(true);
        noteScroll.setPrefViewportHeight(64);
        noteScroll.setMaxHeight(90);
        noteScroll.setFocusTraversable(false);
        warning.setWrapText(true);
        warning.getStyleClass().add("warning");
        StackPane noteArea = new StackPane(noteScroll, warning);
        noteArea.setAlignment(Pos.TOP_LEFT);
        VBox middle = new VBox(8, banner, title, details, centre, stepLine, noteArea);
        middle.getStyleClass().add("session");
        return middle;
    }

    private Node bottom() {
        Label sessionWord = label("time-text");
        sessionWord.setText("Session");
        HBox.setHgrow(sessionBar, Priority.ALWAYS);
        sessionBar.fill().getStyleClass().add("bar-session");
        HBox sessionLine = new HBox(12, sessionWord, sessionBar, sessionTime);
        sessionLine.setAlignment(Pos.CENTER_LEFT);
        next.setId("next");
        HBox nextLine = new HBox(nextLead, next);
        notice.setId("notice");
        notice.setWrapText(true);
        for (Label fixed : new Label[] {sessionWord, sessionTime, stepTime, nextLead}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox();
        row.getStyleClass().add("buttons");
        for (dev.hangtime.core.control.KeyMap.Binding binding : dev.hangtime.core.control.KeyMap.SESSION) {
            Command command = binding.command();
            if (command == Command.INTERRUPT || command == Command.FORWARD) {
                continue;
            }
            Button button = new Button(command.name());
            button.setId("command-" + command.name().toLowerCase(java.util.Locale.ROOT));
            // Never focused, so that Space and Enter always go to the session, not to the last button clicked.
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(binding.keys() + ": " + binding.action()));
            button.setOnAction(e -> input.command(command));
            buttons.put(command, button);
            row.getChildren().add(button);
        }
        VBox bottom = new VBox(8, sessionLine, nextLine, notice, row);
        bottom.getStyleClass().add("session");
        return bottom;
    }

    private void resizeDigits(Region dial) {
        if (dial.getWidth() <= 0 || dial.getHeight() <= 0) {
            return;
        }
        double size = Math.min(dial.getWidth(), dial.getHeight());
        remaining.setStyle("-fx-font-size: " + Math.max(24, Math.round(size * 0.34)) + "px;");
        // A long instruction on a step that waits gets smaller type rather than being cut short.
        double chars = Math.max(1, instruction.getText().length());
        double fits = Math.sqrt(dial.getWidth() * dial.getHeight() / chars) * 0.75;
        instruction.setStyle("-fx-font-size: " + Math.round(Math.max(16, Math.min(40, fits))) + "px;");
    }

    private void showBanner(Banner kind) {
        banner.setText(kind.text());
        banner.setVisible(kind != Banner.NONE);
        banner.setManaged(kind != Banner.NONE);
        String wanted = "banner-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        if (!banner.getStyleClass().contains(wanted)) {
            banner.getStyleClass().removeIf(c -> c.startsWith("banner-"));
            banner.getStyleClass().add(wanted);
        }
    }

    private void showOverlay(Optional<Node> box) {
        List<Node> wanted = box.map(List::of).orElse(List.of());
        if (!overlay.getChildren().equals(wanted)) {
            overlay.getChildren().setAll(wanted);
        }
        overlay.setVisible(box.isPresent());
    }

    private static void setClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }
}
