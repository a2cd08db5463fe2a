package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hangtime.desktop.model.SettingsModel;
import dev.hangtime.routines.settings.LoadedSettings;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.SettingsFile;
import dev.hangtime.routines.settings.WindowTheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings page: what is changed reaches the file only on Save, and the window hears what was saved. */
@ExtendWith(ApplicationExtension.class)
class SettingsPaneTest {

    private final List<Object> told = new CopyOnWriteArrayList<>();
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory("hangtime-settings").resolve("settings.json");
        SettingsFile settings = new SettingsFile(file);
        SettingsPane pane = new SettingsPane(new SettingsModel(settings.load(), file, settings::save),
                (volume, tell) -> told.add("test at " + volume), told::add, () -> told.add("back"), new HBox());
        Scene scene = new Scene(pane, 1000, 700);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void voiceAndTheme_areSavedToTheFile_andTheWindowIsTold(FxRobot robot) throws TimeoutException {
        robot.clickOn("#settings-voice");
        @SuppressWarnings("unchecked")
        ChoiceBox<WindowTheme> theme = robot.lookup("#settings-theme").queryAs(ChoiceBox.class);
        robot.interact(() -> theme.setValue(WindowTheme.DARK));
        robot.clickOn("#settings-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 1);
        assertFalse(Files.exists(file), "nothing is written before Save");

        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 2);

        Settings expected = Settings.DEFAULTS.withVoice(true).withTheme(WindowTheme.DARK);
        assertEquals(List.of("test at 80", expected), told);
        assertEquals(new LoadedSettings(expected, Optional.empty()), new SettingsFile(file).load());
        assertEquals("Saved to " + file + ".", robot.lookup("#settings-status").queryAs(Label.class).getText());
    }
}
