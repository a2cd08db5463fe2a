package dev.hangtime.desktop.view;

import dev.hangtime.core.text.SafeText;
import dev.hangtime.core.text.TimelineText;
import dev.hangtime.desktop.model.LibraryModel;
import dev.hangtime.routines.editor.DraftCheck;
import dev.hangtime.routines.editor.DraftSave;
import dev.hangtime.routines.editor.DraftStep;
import dev.hangtime.routines.editor.FieldKind;
import dev.hangtime.routines.editor.FormField;
import dev.hangtime.routines.editor.RoutineDraft;
import dev.hangtime.routines.editor.StepForms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The routine editor: a form for the routine and for each step (a repeat's steps indented inside it), checked as
 * you type by the reader {@code hangtime validate} uses, each message under the field it concerns; the timeline
 * bar and total of what the form says so far; and Save, which writes the routine to your routine folder.
 */
public final class EditorPane extends BorderPane {

    /** Where and how the draft is saved. */
    public interface Saving {
        /** The file the draft would be saved as, which validate's messages name. */
        String fileName(RoutineDraft draft);

        /** Saves the draft, never over another routine's file. */
        DraftSave.Outcome save(RoutineDraft draft);

        /** Saves the draft over {@code file}, another routine of the user's with the same id, as the user said to. */
        DraftSave.Outcome replace(RoutineDraft draft, Path file);

        /** Gives the draft an id no routine of the user's has, so that both are kept. */
        void freeId(RoutineDraft draft);

        /**
         * Saving to the user's routine folder {@code folder}, as {@code ID.json}.
         *
         * @param editing the file the draft was opened from, which saving may write over
         */
        static Saving toFolder(Path folder, Optional<Path> editing) {
            return new Saving() {
                @Override
                public String fileName(RoutineDraft draft) {
                    return DraftSave.file(draft, folder).orElse(folder.resolve("new-routine.json")).toString();
                }

                @Override
                public DraftSave.Outcome save(RoutineDraft draft) {
                    return DraftSave.save(draft, folder, editing);
                }

                @Override
                public DraftSave.Outcome replace(RoutineDraft draft, Path file) {
                    return DraftSave.save(draft, folder, Optional.of(file));
                }

                @Override
                public void freeId(RoutineDraft draft) {
                    DraftSave.takeFreeId(draft, folder);
                }
            };
        }
    }

    private final RoutineDraft draft;
    private final Saving saving;
    private final Consumer<DraftSave.Outcome> saved;
    /** Replace or keep both, when another routine of the user's has the draft's id. */
    private final HBox clash = new HBox(12);
    private final VBox form = new VBox(10);
    /** The label under each field, and under each step and the routine as a whole ("" field), by place. */
    private final Map<String, Label> remarks = new HashMap<>();
    private final TimelineBar bar = new TimelineBar();
    private final Label totals = new Label();
    private final VBox problems = new VBox(4);
    private final Label status = new Label();
    private final Button saveButton = new Button("Save");
    /** "Leave without saving?", over the form while it asks. */
    private final HBox leaving = new HBox(12);
    /** Whether there are changes since the editor opened or last saved. */
    private boolean unsaved;
    /** Told of every change, so that the draft can be kept where a crash does not lose it. */
    private Runnable onChange = () -> { };

    /**
     * @param saved told when the draft was saved, with what was said
     * @param back leaves the editor
     */
    public EditorPane(String title, RoutineDraft draft, Saving saving, Consumer<DraftSave.Outcome> saved,
            Runnable back, Node toolbar) {
        this.draft = draft;
        this.saving = saving;
        this.saved = saved;
        setId("editor");
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Button backButton = new Button("Back");
        backButton.setId("editor-back");
        backButton.setOnAction(e -> leave(back));
        saveButton.setId("editor-save");
        saveButton.getStyleClass().add("start");
        saveButton.setOnAction(e -> said(saving.save(draft)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, heading, gap, saveButton, backButton, toolbar);
        top.getStyleClass().add("page-top");
        form.getStyleClass().add("detail");
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        totals.setId("editor-totals");
        totals.setWrapText(true);
        bar.setId("editor-bar");
        problems.setId("editor-problems");
        status.setId("editor-status");
        status.setWrapText(true);
        clash.setId("editor-clash");
        show(clash, false);
        VBox preview = new VBox(10, new Label("Preview"), bar, totals, problems, status, clash);
        preview.getStyleClass().add("library-list");
        preview.setPrefWidth(380);
        leaving.getStyleClass().add("page-top");
        leaving.setId("editor-leaving");
        show(leaving, false);
        setTop(new VBox(top, leaving));
        setCenter(formScroll);
        setRight(preview);
        rebuild();
    }

    /** Tells {@code listener} of every change to the draft, from the toolkit's thread. */
    public void onChange(Runnable listener) {
        onChange = listener;
    }

    /** Says what became of a save; when another routine has the id, asks whether to replace it or keep both. */
    private void said(DraftSave.Outcome outcome) {
        status.setText(outcome.message());
        show(clash, outcome.clash().isPresent());
        outcome.clash().ifPresent(other -> {
            Button replace = new Button("Replace it");
            replace.setId("editor-replace");
            replace.setOnAction(e -> said(saving.replace(draft, other)));
            Button both = new Button("Keep both");
            both.setId("editor-keep-both");
            both.setOnAction(e -> {
                saving.freeId(draft);
                rebuild();
                said(saving.save(draft));
            });
            clash.getChildren().setAll(replace, both);
        });
        if (outcome.file().isPresent()) {
            unsaved = false;
            saved.accept(outcome);
        }
    }

    /** Marks the draft as not saved from the start: a draft restored after a crash, which no file holds yet. */
    public void startUnsaved() {
        unsaved = true;
    }

    /** Whether there are changes not saved. */
    public boolean unsaved() {
        return unsaved;
    }

    /**
     * Runs {@code leave} at once when everything is saved; otherwise asks first, and runs it only if the user says
     * to leave without saving.
     */
    public void leave(Runnable leave) {
        if (!unsaved) {
            leave.run();
            return;
        }
        Label question = new Label("Leave without saving your changes?");
        question.getStyleClass().add("heading");
        Button yes = new Button("Leave without saving");
        yes.setId("editor-leave-yes");
        yes.setOnAction(e -> leave.run());
        Button no = new Button("Stay");
        no.setId("editor-leave-no");
        no.setOnAction(e -> show(leaving, false));
        leaving.getChildren().setAll(question, yes, no);
        show(leaving, true);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Draws the form anew after a change of its shape: a step added, removed, moved or of another type. */
    private void changed() {
        unsaved = true;
        onChange.run();
        rebuild();
    }

    /** Draws the form anew: after a step is added, removed, moved or changes its type. */
    private void rebuild() {
        remarks.clear();
        form.getChildren().clear();
        form.getChildren().add(heading("Routine"));
        form.getChildren().add(fields(StepForms.ROUTINE, draft::value, draft::value, key(List.of())));
        form.getChildren().add(remark(key(List.of()) + "|"));
        form.getChildren().add(heading("Steps"));
        steps(draft.steps(), List.of(), 0);
        Button add = new Button("Add a step");
        add.setId("editor-add-step");
        add.setOnAction(e -> {
            draft.steps().add(new DraftStep("exercise"));
            changed();
        });
        form.getChildren().add(add);
        check();
    }

    private void steps(List<DraftStep> steps, List<Integer> parent, int depth) {
        for (int i = 0; i < steps.size(); i++) {
            List<Integer> path = new ArrayList<>(parent);
            path.add(i);
            card(steps.get(i), List.copyOf(path), depth);
        }
    }

    private void card(DraftStep step, List<Integer> path, int depth) {
        ChoiceBox<String> type = new ChoiceBox<>();
        type.getItems().setAll(StepForms.TYPES);
        type.setValue(step.type());
        type.setId("editor-type-" + key(path));
        type.valueProperty().addListener((o, was, now) -> {
            step.type(now);
            changed();
        });
        List<DraftStep> siblings = draft.siblings(path);
        int index = path.get(path.size() - 1);
        Button up = small("↑", () -> move(siblings, index, -1));
        up.setDisable(index == 0);
        Button down = small("↓", () -> move(siblings, index, 1));
        down.setDisable(index == siblings.size() - 1);
        Button remove = small("Remove", () -> {
            siblings.remove(index);
            changed();
        });
        Button in = small("Into the repeat above", () -> {
            if (draft.indent(path)) {
                changed();
            }
        });
        in.setId("editor-indent-" + key(path));
        in.setDisable(index == 0 || !siblings.get(index - 1).type().equals("repeat"));
        Button out = small("Out of the repeat", () -> {
            if (draft.outdent(path)) {
                changed();
            }
        });
        out.setId("editor-outdent-" + key(path));
        HBox header = new HBox(8, new Label("Step " + String.join(".", path.stream().map(n -> String.valueOf(n + 1))
                .toList())), type, up, down, remove);
        if (!in.isDisabled()) {
            header.getChildren().add(in);
        }
        if (path.size() > 1) {
            header.getChildren().add(out);
        }
        if (step.type().equals("repeat")) {
            header.getChildren().add(small("Add a step inside", () -> {
                step.steps().add(new DraftStep("exercise"));
                changed();
            }));
        }
        VBox card = new VBox(6, header, fields(StepForms.fields(step.type()), step::value, step::value, key(path)),
                remark(key(path) + "|"));
        card.getStyleClass().add("editor-step");
        card.setPadding(new Insets(8, 8, 8, 8 + 28 * depth));
        form.getChildren().add(card);
        steps(step.steps(), path, depth + 1);
    }

    private GridPane fields(List<FormField> fields, Function<String, String> get, BiConsumer<String, String> set,
            String place) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-form");
        int row = 0;
        for (FormField field : fields) {
            Node input = input(field, get.apply(field.name()), text -> {
                set.accept(field.name(), text);
                unsaved = true;
                onChange.run();
                check();
            });
            input.setId("editor-" + place + "-" + field.name());
            grid.add(new Label(field.label() + (field.required() ? " *" : "")), 0, row);
            grid.add(input, 1, row++);
            grid.add(remark(place + "|" + field.name()), 1, row++);
        }
        return grid;
    }

    private static Node input(FormField field, String value, Consumer<String> changed) {
        if (field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.FLAG) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.getItems().add("");
            choice.getItems().addAll(field.choices());
            choice.setValue(value);
            choice.valueProperty().addListener((o, was, now) -> changed.accept(now));
            return choice;
        }
        TextInputControl text;
        if (field.kind() == FieldKind.NOTE) {
            TextArea area = new TextArea(value);
            area.setPrefRowCount(3);
            area.setPrefColumnCount(28);
            area.setWrapText(true);
            text = area;
        } else {
            TextField line = new TextField(value);
            line.setPrefColumnCount(28);
            text = line;
        }
        text.textProperty().addListener((o, was, now) -> changed.accept(now));
        return text;
    }

    /** Checks the draft as validate would, and says so at each field and in the preview. */
    private void check() {
        DraftCheck check = DraftCheck.of(draft, saving.fileName(draft));
        remarks.values().forEach(label -> show(label, ""));
        List<String> lines = new ArrayList<>();
        for (DraftCheck.Remark remark : check.problems()) {
            Label label = remarks.getOrDefault(key(remark.step()) + "|" + remark.field(),
                    remarks.get(key(remark.step()) + "|"));
            if (label != null) {
                show(label, label.getText().isEmpty() ? remark.message() : label.getText() + "\n" + remark.message());
            }
            lines.add(remark.line());
        }
        check.warnings().forEach(w -> lines.add("warning: " + w.line()));
        problems.getChildren().setAll(lines.stream().map(line -> {
            Label label = new Label(SafeText.block(line));
            label.setWrapText(true);
            label.getStyleClass().add(line.startsWith("warning: ") ? "warning" : "error");
            return label;
        }).toList());
        bar.show(check.timeline().map(LibraryModel::parts).orElse(List.of()));
        totals.setText(check.timeline().map(TimelineText::totals).orElse("—"));
        saveButton.setDisable(!check.valid());
    }

    private Label remark(String place) {
        Label label = new Label();
        label.getStyleClass().add("error");
        label.setWrapText(true);
        label.setId("editor-remark-" + place.replace('|', '-'));
        show(label, "");
        remarks.put(place, label);
        return label;
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setManaged(!text.isEmpty());
        label.setVisible(!text.isEmpty());
    }

    private void move(List<DraftStep> siblings, int index, int by) {
        siblings.add(index + by, siblings.remove(index));
        changed();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * A place in the form, as the ids of its fields name it: "r" for the routine, "s1_0" for the first step inside
     * the second (no dot, which a CSS selector would take for a class).
     */
    private static String key(List<Integer> path) {
        return path.isEmpty() ? "r" : "s" + String.join("_", path.stream().map(String::valueOf).toList());
    }
}
