package dev.hangtime.desktop.view;

import dev.hangtime.core.routine.Cues;
import dev.hangtime.desktop.model.SettingsModel;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.WindowTheme;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The settings both front ends read: volume (with a test sound), voice, the countdown, whether sessions start
 * muted, and the window's theme and always-on-top. Nothing is written until Save; Back leaves without saving.
 */
public final class SettingsPane extends BorderPane {

    private final SettingsModel model;
    private final Label status = new Label();

    /**
     * @param test plays the test sound at the volume given, and tells what went wrong, if anything, from any thread
     * @param saved applies the settings just saved to the window (theme, always on top) and to later sessions
     * @param back leaves the page
     * @param toolbar the window's own controls
     */
    public SettingsPane(SettingsModel model, BiConsumer<Integer, Consumer<String>> test, Consumer<Settings> saved,
            Runnable back,
            Node toolbar) {
        this.model = model;
        setId("settings");
        Settings now = model.settings();

        Slider volume = new Slider(0, Settings.MAX_VOLUME, now.volume());
        volume.setId("settings-volume");
        volume.setMajorTickUnit(10);
        volume.setBlockIncrement(5);
        volume.setPrefWidth(320);
        Label volumeValue = new Label(now.volume() + "%");
        volume.valueProperty().addListener((o, was, value) -> {
            model.volume((int) Math.round(value.doubleValue()));
            volumeValue.setText(model.settings().volume() + "%");
        });
        Button play = new Button("Test sound");
        play.setId("settings-test");
        play.setOnAction(e -> {
            status.setText("");
            test.accept(model.settings().volume(), told -> Platform.runLater(() -> status.setText(told)));
        });

        CheckBox voice = check("settings-voice", "Say each step aloud (needs espeak-ng)", now.voice(), model::voice);
        CheckBox mute = check("settings-mute", "Start sessions with sound off", now.mute(), model::mute);
        CheckBox onTop = check("settings-on-top", "Keep the window above the others", now.onTop(), model::onTop);

        Spinner<Integer> countdown = new Spinner<>(0, Cues.MAX_COUNTDOWN, now.countdown());
        countdown.setId("settings-countdown");
        countdown.valueProperty().addListener((o, was, value) -> model.countdown(value));

        ChoiceBox<WindowTheme> theme = new ChoiceBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(WindowTheme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(WindowTheme value) {
                return value == null ? "" : value == WindowTheme.SYSTEM ? "As the system says"
                        : value == WindowTheme.LIGHT ? "Light" : "Dark";
            }

            @Override
            public WindowTheme fromString(String text) {
                throw new UnsupportedOperationException("the theme is picked, not typed");
            }
        });
        theme.setValue(now.theme());
        theme.valueProperty().addListener((o, was, value) -> model.theme(value));

        GridPane form = new GridPane();
        form.getStyleClass().add("settings-form");
        int row = 0;
        form.addRow(row++, new Label("Volume"), new HBox(10, volume, volumeValue, play));
        form.addRow(row++, new Label("Countdown"), new HBox(10, countdown, new Label("pips in the last seconds of a"
                + " step, for routines that do not say")));
        form.addRow(row++, new Label("Voice"), voice);
        form.addRow(row++, new Label("Sound"), mute);
        form.addRow(row++, new Label("Theme"), theme);
        form.addRow(row++, new Label("Window"), onTop);

        Label problem = new Label(model.problem().orElse(""));
        problem.setId("settings-problem");
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        problem.setManaged(model.problem().isPresent());
        status.setId("settings-status");
        status.setWrapText(true);
        Button save = new Button("Save");
        save.setId("settings-save");
        save.getStyleClass().add("start");
        save.setOnAction(e -> {
            status.setText(model.save());
            problem.setText("");
            problem.setManaged(false);
            saved.accept(model.saved());
        });
        Button backButton = new Button("Back");
        backButton.setId("settings-back");
        backButton.setOnAction(e -> back.run());

        Label title = new Label("Settings");
        title.getStyleClass().add("title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, toolbar);
        top.getStyleClass().add("page-top");
        VBox body = new VBox(16, problem, form, new HBox(12, save, backButton), status);
        body.getStyleClass().add("safety-text");
        setTop(top);
        setCenter(body);
    }

    private static CheckBox check(String id, String text, boolean selected, Consumer<Boolean> changed) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(selected);
        box.selectedProperty().addListener((o, was, on) -> changed.accept(on));
        return box;
    }
}
