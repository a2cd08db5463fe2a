package dev.hangtime.desktop;

import dev.hangtime.core.cue.StandIn;
import dev.hangtime.core.text.SafeText;
import dev.hangtime.desktop.model.HistoryModel;
import dev.hangtime.desktop.model.SettingsModel;
import dev.hangtime.desktop.sound.TestSound;
import dev.hangtime.desktop.view.EditorPane;
import dev.hangtime.desktop.view.HistoryPane;
import dev.hangtime.desktop.view.LibraryPane;
import dev.hangtime.desktop.view.QuietButton;
import dev.hangtime.desktop.view.SettingsPane;
import dev.hangtime.routines.editor.DraftKeeper;
import dev.hangtime.routines.editor.DraftOf;
import dev.hangtime.routines.editor.DraftStep;
import dev.hangtime.routines.editor.RoutineDraft;
import dev.hangtime.routines.editor.RoutineFiles;
import dev.hangtime.routines.library.Listing;
import dev.hangtime.routines.library.RoutineLibrary;
import dev.hangtime.routines.session.JournalSetup;
import dev.hangtime.routines.settings.Settings;
import dev.hangtime.routines.settings.SettingsFile;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The pages the library leads to, besides a session: the routine editor (new, edit, a copy of a built-in, import,
 * export, and the draft kept against a crash), the history and the settings, with the library's buttons for them.
 */
final class LibraryPages {

    /** What the pages need of the window. */
    interface Window {
        /** The routines and settings read. */
        Library library();

        /** The routines and settings to use from now on. */
        void library(Library updated);

        /** Shows {@code page}, its keys its own. */
        void show(Parent page);

        /** Whether {@code page} is the one shown. */
        boolean shows(Parent page);

        void openLibrary();

        /** The window's own controls, for the top of a page. */
        Node bar();

        /** For the file dialogs. */
        Stage stage();

        WindowLook look();

        JournalSetup journals();
    }

    private final Window window;
    /** The editor's draft, kept on disk as it changes. */
    private final DraftKeeper drafts;
    /** How long after the last change the editor's draft is kept on disk. */
    private static final Duration KEEP_AFTER = Duration.millis(400);

    /** The routine editor, while it is shown: closing the window asks first if it has changes not saved. */
    private Optional<EditorPane> editor = Optional.empty();
    /** Keeps the editor's draft once its changes pause, while one is waiting to. */
    private Optional<PauseTransition> keeping = Optional.empty();

    LibraryPages(Window window) {
        this.window = window;
        this.drafts = new DraftKeeper(window.library().paths().routines().resolveSibling("drafts"));
    }

    /** Forgets the editor's draft, and any keeping of it still to come: it was saved, or left on purpose. */
    private void forgetDraft() {
        keeping.ifPresent(PauseTransition::stop);
        drafts.forget();
    }

    /**
     * Opens the page named {@code page} at once: history, settings, or the editor on {@code first}, as the
     * library's buttons do.
     */
    void open(String page, Optional<Listing.Entry> first) {
        switch (page) {
            case "history":
                openHistory();
                break;
            case "settings":
                openSettings();
                break;
            case "editor":
                first.ifPresent(this::edit);
                break;
            default:
                break;
        }
    }

    /**
     * The window's close button: with the editor shown and changes not saved, asks first, and returns true (the
     * close waits for the answer); otherwise false.
     */
    boolean asksBeforeClosing() {
        if (editor.isEmpty() || !editor.get().unsaved() || !window.shows(editor.get())) {
            return false;
        }
        editor.get().leave(() -> {
            forgetDraft();
            Platform.exit();
        });
        return true;
    }

    /** The library's own buttons, then the window's; a draft left unsaved (a crash, say) is offered back first. */
    HBox libraryBar(Supplier<LibraryPane> library) {
        HBox bar = new HBox(8, QuietButton.of("new-routine", "New routine", this::newRoutine),
                QuietButton.of("import", "Import…", () -> importRoutine(library.get())),
                QuietButton.of("open-history", "History", this::openHistory),
                QuietButton.of("open-settings", "Settings", this::openSettings), window.bar());
        drafts.restore().ifPresent(kept -> {
            Button restore = QuietButton.of("restore-draft", "Unsaved routine",
                    () -> openEditor("Unsaved routine", kept.draft(), kept.editing()).startUnsaved());
            restore.getStyleClass().add("warning-button");
            bar.getChildren().add(0, restore);
        });
        return bar;
    }

    /** A routine file from elsewhere, opened in the editor as a new routine of the user's, or why it cannot be. */
    private void importRoutine(LibraryPane library) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a routine");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Routine files", "*.json"));
        File chosen = chooser.showOpenDialog(window.stage());
        if (chosen == null) {
            return;
        }
        RoutineFiles.Imported imported = RoutineFiles.importing(chosen.toPath());
        if (imported.draft().isPresent()) {
            openEditor("Imported from " + SafeText.line(chosen.getName()), imported.draft().get(), Optional.empty())
                    .startUnsaved();
        } else {
            library.notice("Not imported: " + SafeText.line(chosen.getName()) + " has problems; fix them and import"
                    + " it again:");
            imported.problems().forEach(library::notice);
        }
    }

    /** The routine picked, written to a file of the user's choosing to share. */
    void export(Listing.Entry entry, LibraryPane library) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + SafeText.line(entry.entry().routine().name()));
        chooser.setInitialFileName(entry.entry().id() + ".json");
        File chosen = chooser.showSaveDialog(window.stage());
        if (chosen != null) {
            library.notice(RoutineFiles.exporting(entry.entry().routine(), chosen.toPath()));
        }
    }

    /** A new routine of the user's own, with one step to start from. */
    private void newRoutine() {
        RoutineDraft draft = new RoutineDraft();
        draft.steps().add(new DraftStep("exercise"));
        openEditor("New routine", draft, Optional.empty());
    }

    /** A routine of the user's, to edit as it is; a built-in, as a copy of the user's own. */
    void edit(Listing.Entry entry) {
        RoutineDraft draft = DraftOf.routine(entry.entry().routine());
        if (entry.entry().file().isPresent()) {
            openEditor("Edit " + SafeText.line(entry.entry().routine().name()), draft, entry.entry().file());
            return;
        }
        draft.value("id", entry.entry().id() + "-mine");
        draft.value("name", entry.entry().routine().name() + " (mine)");
        openEditor("A copy of " + SafeText.line(entry.entry().routine().name()), draft, Optional.empty());
    }

    /**
     * The editor on {@code draft}, saved to the user's routine folder.
     *
     * @param editing the file the draft was opened from, which saving may write over
     */
    private EditorPane openEditor(String title, RoutineDraft draft, Optional<Path> editing) {
        Path folder = window.library().paths().routines();
        EditorPane pane = new EditorPane(title, draft, EditorPane.Saving.toFolder(folder, editing),
                saved -> {
                    forgetDraft();
                    // The routines are read again to list the one saved; the settings have not changed.
                    Library now = window.library();
                    window.library(new Library(now.paths(), RoutineLibrary.load(now.paths()), now.settings()));
                },
                () -> {
                    forgetDraft();
                    window.openLibrary();
                }, window.bar());
        // Kept a moment after the typing stops, not at each key: keeping writes two files to disk, each forced.
        PauseTransition keep = new PauseTransition(KEEP_AFTER);
        keep.setOnFinished(e -> drafts.keep(draft, editing));
        keeping = Optional.of(keep);
        pane.onChange(keep::playFromStart);
        editor = Optional.of(pane);
        window.show(pane);
        return pane;
    }

    /** The history page, at once; its figures once the journal is read, off this thread. */
    private void openHistory() {
        HistoryPane pane = new HistoryPane(window::openLibrary, window.bar());
        window.show(pane);
        Thread reader = new Thread(() -> {
            HistoryModel model = HistoryModel.of(window.journals().history(), LocalDate.now(), ZoneId.systemDefault());
            Platform.runLater(() -> {
                if (window.shows(pane)) {
                    pane.show(model);
                }
            });
        }, "hangtime-history");
        reader.setDaemon(true);
        reader.start();
    }

    private void openSettings() {
        SettingsFile file = SettingsFile.at(window.library().paths());
        SettingsModel model = new SettingsModel(window.library().settings(), file.path(), file::save);
        window.show(new SettingsPane(model,
                (volume, tell) -> TestSound.play(volume, notice -> tell.accept(notice.message()), StandIn.NONE),
                this::settingsSaved, window::openLibrary, window.bar()));
    }

    /** Later sessions use the settings just saved; the window takes its theme and always-on-top from them now. */
    private void settingsSaved(Settings saved) {
        window.library(window.library().withSettings(saved));
        window.look().apply(saved);
    }
}
