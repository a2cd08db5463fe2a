package dev.hangtime.desktop.view;

import dev.hangtime.desktop.model.LibraryModel;
import dev.hangtime.desktop.model.LibraryRow;
import dev.hangtime.desktop.model.RoutineDetail;
import dev.hangtime.routines.library.Listing;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The library: a search field that filters as the user types, a button per tag, the list (broken user files
 * at its end, in the error colour), and the detail of the routine picked with its timeline drawn as a bar, and
 * Start. Enter in the search field or the list starts the routine picked.
 */
public final class LibraryPane extends BorderPane {

    private final LibraryModel model;
    private final Consumer<Listing.Entry> start;
    private final TextField search = new TextField();
    private final FlowPane tags = new FlowPane();
    private final ListView<LibraryRow> list = new ListView<>();
    private final Label status = new Label();
    private final VBox notices = new VBox(4);
    private final VBox detail = new VBox();
    private final TimelineBar bar = new TimelineBar();
    private final Button startButton = new Button("Start");
    private boolean updating;
    /** Opens the routine picked in the editor, when the window has one. */
    private Optional<Consumer<Listing.Entry>> edit = Optional.empty();
    /** Writes the routine picked to a file of the user's choosing, when the window can. */
    private Optional<Consumer<Listing.Entry>> export = Optional.empty();
    /** Whether the detail pane is drawn: not before the window's first frame, at start-up. */
    private boolean detailShown;

    /**
     * @param start runs a session of the routine picked
     * @param toolbar the window's own controls, shown above the detail
     */
    public LibraryPane(LibraryModel model, Consumer<Listing.Entry> start, Node toolbar) {
        this(model, start, toolbar, Runnable::run);
    }

    /**
     * @param afterFirstFrame runs a task once the window's first frame is on screen: the detail, which holds
     *     every note and step of the routine picked and took about a sixth of the start-up, waits for it
     */
    public LibraryPane(LibraryModel model, Consumer<Listing.Entry> start, Node toolbar,
            Consumer<Runnable> afterFirstFrame) {
        this.model = model;
        this.start = start;
        search.setPromptText("Search by name, id or tag");
        search.setId("search");
        search.textProperty().addListener((o, was, text) -> {
            model.filter(text);
            refresh();
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        tags.getStyleClass().add("tags");
        for (String tag : model.tags()) {
            ToggleButton button = new ToggleButton(tag);
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                model.toggleTag(tag);
                refresh();
            });
            tags.getChildren().add(button);
        }
        list.setId("routines");
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, index) -> {
            if (!updating) {
                model.select(index.intValue());
                showDetail();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                startPicked();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                startPicked();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        status.getStyleClass().add("muted");
        status.setId("library-status");
        VBox left = new VBox(search, tags, list, status, notices);
        left.getStyleClass().add("library-list");
        left.setPrefWidth(380);
        startButton.getStyleClass().add("start");
        startButton.setId("start");
        startButton.setDefaultButton(true);
        startButton.setOnAction(e -> startPicked());
        keepsItsWords(startButton);
        detail.getStyleClass().add("detail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        Label title = new Label("Hangtime");
        title.getStyleClass().add("routine-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(title, spacer, toolbar);
        top.getStyleClass().add("toolbar");
        setTop(top);
        setLeft(left);
        setCenter(detailScroll);
        refresh();
        afterFirstFrame.accept(() -> {
            detailShown = true;
            showDetail();
        });
    }

    /** Shows {@code line} under the list: something the user should know, such as a settings file that is wrong. */
    public void notice(String line) {
        notices.getChildren().add(new Label(line));
        notices.getChildren().forEach(n -> n.getStyleClass().add("warning"));
    }

    /**
     * Offers to edit the routine picked, beside Start: the user's own file as it is, a built-in as a copy of the
     * user's own.
     */
    public void onEdit(Consumer<Listing.Entry> editor) {
        edit = Optional.of(editor);
        showDetail();
    }

    /** Offers to export the routine picked, beside Start, to share it. */
    public void onExport(Consumer<Listing.Entry> exporter) {
        export = Optional.of(exporter);
        showDetail();
    }

    /** Puts the cursor in the search field, ready to type. */
    public void focusSearch() {
        search.requestFocus();
    }

    private void searchKeys(KeyEvent event) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (event.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(index + 1, list.getItems().size() - 1));
            event.consume();
        } else if (event.getCode() == KeyCode.UP) {
            list.getSelectionModel().select(Math.max(index - 1, 0));
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            startPicked();
            event.consume();
        }
    }

    private void startPicked() {
        model.runnable().ifPresent(start);
    }

    private void refresh() {
        updating = true;
        List<LibraryRow> rows = model.rows();
        list.getItems().setAll(rows);
        list.getSelectionModel().select(model.selectedIndex());
        updating = false;
        status.setText(model.status());
        showDetail();
    }

    private void showDetail() {
        if (!detailShown) {
            return;
        }
        detail.getChildren().clear();
        Optional<RoutineDetail> picked = model.detail();
        startButton.setDisable(model.runnable().isEmpty());
        if (picked.isEmpty()) {
            detail.getChildren().add(muted(model.rows().isEmpty() ? "No routine matches." : ""));
            return;
        }
        RoutineDetail d = picked.get();
        Label title = new Label(d.title());
        title.getStyleClass().add("title");
        title.setId("detail-title");
        title.setWrapText(true);
        detail.getChildren().addAll(title, muted(d.source()));
        if (!d.runnable()) {
            for (String problem : d.problems()) {
                Label line = wrapped(problem);
                line.getStyleClass().add("error");
                detail.getChildren().add(line);
            }
            return;
        }
        d.summary().ifPresent(s -> detail.getChildren().add(wrapped(s)));
        if (!d.tags().isEmpty()) {
            detail.getChildren().add(muted(d.tags()));
        }
        Label totals = wrapped(d.totals());
        totals.setId("detail-totals");
        bar.show(d.timeline());
        bar.setId("timeline-bar");
        HBox startRow = new HBox(16, startButton, totals);
        // The buttons keep their words; the totals wrap into what is left.
        HBox.setHgrow(totals, Priority.ALWAYS);
        totals.setMinWidth(0);
        Optional<Listing.Entry> entry = model.runnable();
        if (edit.isPresent() && entry.isPresent()) {
            Button editButton = QuietButton.of("edit", entry.get().entry().file().isPresent() ? "Edit" : "Edit a copy",
                    () -> edit.get().accept(entry.get()));
            keepsItsWords(editButton);
            startRow.getChildren().add(1, editButton);
        }
        if (export.isPresent() && entry.isPresent()) {
            Button exportButton = QuietButton.of("export", "Export…", () -> export.get().accept(entry.get()));
            keepsItsWords(exportButton);
            startRow.getChildren().add(startRow.getChildren().size() - 1, exportButton);
        }
        startRow.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().addAll(bar, startRow);
        if (!d.warnings().isEmpty()) {
            detail.getChildren().add(heading("Warnings"));
            for (String w : d.warnings()) {
                Label line = wrapped("! " + w);
                line.getStyleClass().add("warning");
                detail.getChildren().add(line);
            }
        }
        if (!d.notes().isEmpty()) {
            detail.getChildren().add(heading("Notes"));
            for (RoutineDetail.Note n : d.notes()) {
                detail.getChildren().addAll(muted(n.label()), wrapped(n.text()));
            }
        }
        detail.getChildren().addAll(heading("Timeline"), timelineTable(d.timeline()));
    }

    private static Node timelineTable(List<RoutineDetail.Part> parts) {
        GridPane table = new GridPane();
        table.getStyleClass().add("timeline-table");
        int row = 0;
        for (RoutineDetail.Part part : parts) {
            Circle dot = new Circle(6);
            KindStyle.FILL.apply(dot, Optional.of(part.kind()));
            Label start = new Label(part.start());
            start.getStyleClass().add("muted");
            table.addRow(row++, dot, start, new Label(part.length()), new Label(part.title()));
        }
        return table;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("muted");
        return label;
    }

    /** A button never narrower than its words: "Start" must not become "S...". */
    private static void keepsItsWords(Button button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** A routine's name over its length and tags; a broken file's name over its first problem. */
    private static final class RowCell extends ListCell<LibraryRow> {
        RowCell() {
            // The list's width sets the cell's, not the text: a long line is cut short rather than scrolled.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LibraryRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("row-broken");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(row.title());
            title.getStyleClass().add("row-title");
            Label subtitle = new Label(row.subtitle());
            subtitle.getStyleClass().add("row-subtitle");
            if (row.broken()) {
                getStyleClass().add("row-broken");
            }
            setGraphic(new VBox(2, title, subtitle));
        }
    }
}
