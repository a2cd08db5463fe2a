package dev.hangtime.desktop.view;

import dev.hangtime.desktop.model.HistoryModel;
import dev.hangtime.routines.history.HistoryText;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The history: the streak and the pain trends in words, minutes per week by kind as stacked bars, pain before and
 * after each session as lines, and every session with its ending; picking one shows all there is of it. It says
 * "Reading the journal…" until it is given its model, which is made off the window's thread.
 */
public final class HistoryPane extends BorderPane {

    private final Label streak = new Label("Reading the journal…");
    private final VBox trends = new VBox(2);
    private final StackedBarChart<String, Number> minutes = new StackedBarChart<>(new CategoryAxis(),
            new NumberAxis());
    private final LineChart<String, Number> pain = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 10, 1));
    private final ListView<HistoryText.Row> sessions = new ListView<>();
    private final Label detail = new Label();
    private final Label problems = new Label();

    /**
     * @param back leaves the page
     * @param toolbar the window's own controls
     */
    public HistoryPane(Runnable back, Node toolbar) {
        setId("history");
        Label title = new Label("History");
        title.getStyleClass().add("title");
        streak.setId("history-streak");
        streak.getStyleClass().add("heading");
        Button backButton = QuietButton.of("history-back", "Back", back);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, backButton, toolbar);
        top.getStyleClass().add("page-top");

        minutes.setId("history-minutes");
        minutes.setTitle("Minutes per week");
        minutes.setAnimated(false);
        minutes.getYAxis().setLabel("minutes");
        pain.setId("history-pain");
        pain.setTitle("Pain before and after each session (0–10)");
        pain.setAnimated(false);
        pain.setCreateSymbols(true);
        sessions.setId("history-sessions");
        sessions.setCellFactory(list -> new RowCell());
        sessions.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> detail.setText(
                row == null ? "" : details(row)));
        detail.setId("history-detail");
        detail.setWrapText(true);
        problems.getStyleClass().add("error");
        problems.setWrapText(true);
        problems.setManaged(false);

        VBox charts = new VBox(8, streak, trends, minutes, pain, problems);
        charts.getStyleClass().add("detail");
        HBox.setHgrow(charts, Priority.ALWAYS);
        VBox list = new VBox(8, new Label("Sessions, newest first"), sessions, detail);
        list.getStyleClass().add("library-list");
        list.setPrefWidth(420);
        VBox.setVgrow(sessions, Priority.ALWAYS);
        setTop(top);
        setCenter(new HBox(charts, list));
    }

    /** Shows {@code model}; call on the window's thread. */
    public void show(HistoryModel model) {
        streak.setText(model.streak());
        trends.getChildren().setAll(model.trends().stream().map(HistoryPane::line).toList());
        minutes.getData().clear();
        for (Map.Entry<String, List<Long>> kind : model.minutes().entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(kind.getKey());
            for (int i = 0; i < model.weeks().size(); i++) {
                series.getData().add(new XYChart.Data<>(model.weeks().get(i), kind.getValue().get(i)));
            }
            minutes.getData().add(series);
        }
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName("before");
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName("after");
        for (HistoryModel.PainPoint point : model.pain()) {
            point.before().ifPresent(score -> before.getData().add(new XYChart.Data<>(point.label(), score)));
            point.after().ifPresent(score -> after.getData().add(new XYChart.Data<>(point.label(), score)));
        }
        pain.getData().setAll(List.of(before, after));
        sessions.getItems().setAll(model.rows());
        problems.setText(String.join("\n", model.problems()));
        problems.setManaged(!model.problems().isEmpty());
    }

    /** All there is of a session: when, what, how long, how it ended, the pain and the note. */
    static String details(HistoryText.Row row) {
        StringBuilder text = new StringBuilder(row.whenAndZone()).append("\n").append(row.routine());
        if (!row.time().isEmpty()) {
            text.append(", ").append(row.time());
        }
        text.append("\n").append(row.outcome());
        if (!row.pain().isEmpty()) {
            text.append("\n").append(row.pain());
        }
        row.note().ifPresent(note -> text.append("\n").append(HistoryText.quoted(note)));
        return text.toString();
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** A session in the list: when and what on one line, its time, ending and pain on the next. */
    private static final class RowCell extends ListCell<HistoryText.Row> {
        @Override
        protected void updateItem(HistoryText.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label first = new Label(row.whenAndZone() + "  " + row.routine());
            first.getStyleClass().add("row-title");
            Label second = new Label(String.join("  ", List.of(row.time(), row.outcome(), row.pain()).stream()
                    .filter(s -> !s.isEmpty()).toList()));
            second.getStyleClass().add("row-subtitle");
            setGraphic(new VBox(first, second));
        }
    }
}
