package dev.hangtime.desktop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.Screening;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The safety screen in the window: the terminal app's answers, by key and by button, and back without one. */
@ExtendWith(ApplicationExtension.class)
class SafetyPaneTest {

    private final List<String> told = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        SafetyPane pane = new SafetyPane(Screening.EXPIRED, answer -> told.add(answer.name()),
                () -> told.add("back"), new HBox());
        Scene scene = new Scene(pane, 1000, 700);
        Theme.LIGHT.applyTo(scene);
        scene.addEventFilter(KeyEvent.ANY, pane::onKey);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void yKeepsNoneApplies_theButtonKeepsSomethingApplies_andEscGoesBack(FxRobot robot) throws TimeoutException {
        assertEquals("Y  " + SafetyList.NONE_APPLIES, robot.lookup("#safety-none").queryAs(Button.class).getText());
        robot.lookup(".label").queryAll().stream()
                .filter(n -> "asked again: your answer is over 6 months old".equals(
                        ((javafx.scene.control.Label) n).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("the screen does not say why it asks again"));

        robot.type(KeyCode.Y);
        robot.clickOn("#safety-something");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> told.size() == 3);

        assertEquals(List.of(SafetyAnswer.Answer.NONE_APPLIES.name(), SafetyAnswer.Answer.SOMETHING_APPLIES.name(),
                "back"), told);
    }
}
