package dev.hangtime.desktop;

import dev.hangtime.core.control.Outcome;
import dev.hangtime.core.control.SessionSetup;
import dev.hangtime.core.notice.Notice;
import dev.hangtime.core.routine.Expansion;
import dev.hangtime.core.routine.Timeline;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SessionSafety;
import dev.hangtime.core.time.Ticker;
import dev.hangtime.desktop.model.LibraryModel;
import dev.hangtime.desktop.model.Screen;
import dev.hangtime.desktop.model.SessionModel;
import dev.hangtime.desktop.model.SessionThread;
import dev.hangtime.desktop.sound.DesktopSound;
import dev.hangtime.desktop.sound.SoundPath;
import dev.hangtime.desktop.view.LibraryPane;
import dev.hangtime.desktop.view.ResumePane;
import dev.hangtime.desktop.view.SessionPane;
import dev.hangtime.desktop.view.WindowBar;
import dev.hangtime.routines.library.LibraryEntry;
import dev.hangtime.routines.library.Listing;
import dev.hangtime.routines.plan.PlanLibrary;
import dev.hangtime.routines.resume.Continuation;
import dev.hangtime.routines.resume.ResumeOffer;
import dev.hangtime.routines.resume.Resumption;
import dev.hangtime.routines.safety.JournalSafetyAnswers;
import dev.hangtime.routines.session.JournalSetup;
import dev.hangtime.routines.session.SoundAndJournal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window: the library, a session, and back. Owns the stage and what belongs to the window rather than to a
 * session: full screen (F11), always on top, light or dark, and closing, which during a session asks first and
 * lets the journal have the session's end either way; a SIGTERM from the desktop's logout does the same without
 * asking.
 */
final class DesktopApp {

    static final String TITLE = "Hangtime";
    /**
     * {@code -Dhangtime.desktop.open=history|settings|editor} opens that page of the library at once (the editor on
     * a copy of the first routine), for the screenshots the README shows.
     */
    static final String OPEN_PAGE = "hangtime.desktop.open";
    /** How long the program waits at its end for the journal to have the session's last lines. */
    static final Duration JOURNAL_WAIT = Duration.ofSeconds(3);

    /** The routines and the settings; the settings change when the settings page saves them. */
    private Library library;
    private final Map<String, String> environment;
    private final SoundPath sound;
    private final Stage stage = new Stage();
    private final Scene scene = new Scene(new StackPane(), 1100, 760);
    private final Measures measures = new Measures();
    private final WindowLook look;
    private volatile Optional<SessionThread> session = Optional.empty();
    private Optional<SessionPane> sessionPane = Optional.empty();
    /** Where the keys go on the page shown, but F11: the session, the resume offer, the safety screen. */
    private Consumer<KeyEvent> pageKeys = event -> { };
    private final SafetyAnswers safety;
    private final SafetyRoute route;
    /** The editor, the history and the settings. */
    private final LibraryPages pages;
    private boolean closing;
    /** Whether the library has been opened before: the first time, its detail waits for the first frame. */
    private boolean shownOnce;

    private final boolean training;

    /**
     * @param sound the sound path to try first
     * @param training whether this is the class-data archive's training run: the library, then a session's
     *     screen with nothing attached, each drawn once out of sight, then the end
     */
    DesktopApp(Library library, Map<String, String> environment, SoundPath sound, boolean training) {
        this.training = training;
        this.library = library;
        this.environment = environment;
        this.sound = sound;
        this.look = new WindowLook(stage, scene, environment, library.userSettings());
        this.pages = new LibraryPages(new LibraryPages.Window() {
            @Override
            public Library library() {
                return DesktopApp.this.library;
            }

            @Override
            public void library(Library updated) {
                DesktopApp.this.library = updated;
            }

            @Override
            public void show(Parent page) {
                pageKeys = event -> { };
                DesktopApp.this.show(page);
            }

            @Override
            public boolean shows(Parent page) {
                return scene.getRoot() == page;
            }

            @Override
            public void openLibrary() {
                DesktopApp.this.openLibrary();
            }

            @Override
            public Node bar() {
                return DesktopApp.this.bar();
            }

            @Override
            public Stage stage() {
                return stage;
            }

            @Override
            public WindowLook look() {
                return look;
            }

            @Override
            public JournalSetup journals() {
                return DesktopApp.this.journals();
            }
        });
        // Trouble writing an answer is said on the session it was given for (SafetyText.NOT_KEPT), from what
        // keep() returns, so the journal's own notice is not needed here.
        this.safety = new JournalSafetyAnswers(this::journals,
                () -> PlanLibrary.alternativesToInversion(library.paths(), library.library()), notice -> { });
        this.route = new SafetyRoute(safety, new SafetyRoute.Window() {
            @Override
            public void session(Timeline timeline, SessionSetup setup, SessionSafety sessionSafety,
                    Optional<String> told) {
                openSession(timeline, setup, sessionSafety, told, DesktopApp::ready);
            }

            @Override
            public void page(Parent page, Consumer<KeyEvent> keys) {
                pageKeys = keys;
                show(page);
            }

            @Override
            public void library() {
                openLibrary();
            }

            @Override
            public Node bar() {
                return DesktopApp.this.bar();
            }
        });
    }

    /** Opens the window on {@code routine}'s session, ready to start, or on the library. */
    void start(Optional<LibraryEntry> routine) {
        look.apply(library.userSettings());
        scene.addEventFilter(KeyEvent.ANY, this::keys);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        // Esc belongs to the session (stop); F11 alone leaves full screen, as it enters it.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("F11 leaves full screen");
        stage.setOnCloseRequest(event -> {
            if (session.isPresent() && !session.get().isOver()) {
                event.consume();
                closing = true;
                session.get().requestClose();
            } else if (pages.asksBeforeClosing()) {
                event.consume();
            } else {
                Platform.exit();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(this::lastWords, "hangtime-shutdown"));
        measures.watch(scene, training);
        if (training) {
            train();
            return;
        }
        if (routine.isPresent()) {
            LibraryEntry entry = routine.get();
            openSession(entry, Expansion.expand(library.withCueDefaults(entry.routine())));
        } else {
            openLibrary();
            Optional<String> page = Optional.ofNullable(System.getProperty(OPEN_PAGE));
            if (page.isPresent()) {
                pages.open(page.get(), new LibraryModel(library.listings()).runnable());
            } else {
                // The journal is read once the window is on screen, not while it is being drawn the first time.
                measures.afterNextFrame(this::offerResume);
            }
        }
        stage.show();
    }

    private void openLibrary() {
        session = Optional.empty();
        sessionPane = Optional.empty();
        pageKeys = event -> { };
        LibraryPane[] shown = new LibraryPane[1];
        LibraryPane pane = new LibraryPane(new LibraryModel(library.listings()),
                entry -> openSession(entry.entry(), entry.timeline()),
                pages.libraryBar(() -> shown[0]), task -> {
                    if (shownOnce) {
                        task.run();
                    } else {
                        shownOnce = true;
                        measures.afterNextFrame(task);
                    }
                });
        shown[0] = pane;
        library.settings().problem().ifPresent(pane::notice);
        pane.onEdit(pages::edit);
        pane.onExport(entry -> pages.export(entry, pane));
        show(pane);
        pane.focusSearch();
    }

    /**
     * Looks in the journal, off the window's thread, for a session cut off on this device that can be picked up,
     * and offers it over the library, as the terminal app does at its start. Trouble with the journal is not
     * told here: {@code hangtime resume} and {@code hangtime history} say what it is.
     */
    private void offerResume() {
        Thread finder = new Thread(() -> {
            JournalSetup journals = journals();
            Resumption.find(journals, journals.history(), library::library, library::userSettings).found()
                    .map(found -> found.withSound(DesktopSound.factory(found.settings(), sound)))
                    .ifPresent(found -> Platform.runLater(() -> showOffer(found)));
        }, "hangtime-resume-search");
        finder.setDaemon(true);
        finder.start();
    }

    private void showOffer(Resumption found) {
        if (session.isPresent() || !(scene.getRoot() instanceof LibraryPane)) {
            return;
        }
        LibraryPane library = (LibraryPane) scene.getRoot();
        ResumePane offer = new ResumePane(new ResumeOffer(found), this::goOn, () -> {
            pageKeys = event -> { };
            show(library);
            library.focusSearch();
        }, System::nanoTime);
        pageKeys = offer::onKey;
        show(new StackPane(library, offer));
    }

    /** The offer taken: the session goes on from where it stopped. */
    private void goOn(Continuation continuation) {
        openSession(continuation.timeline().orElseThrow(), continuation.setup(), SessionSafety.NONE, Optional.empty(),
                model -> {
            model.startAt(continuation.index(), continuation.already());
            return Optional.empty();
        });
    }

    /** The training run: each page drawn once, out of sight; no sound, no journal. */
    private void train() {
        stage.setOpacity(0);
        stage.setX(-4000);
        stage.setY(-4000);
        openLibrary();
        stage.show();
        measures.afterNextFrame(() -> {
            Listing.Entry first = new LibraryModel(library.listings()).runnable().orElseThrow();
            openSession(first.timeline(), SessionSetup.NONE, SessionSafety.NONE, Optional.empty(), DesktopApp::ready);
            measures.afterNextFrame(Platform::exit);
        });
    }

    private void openSession(LibraryEntry entry, Timeline timeline) {
        route.go(timeline, SoundAndJournal.setup(this::journals, DesktopSound.factory(library.userSettings(), sound), 1,
                OptionalInt.empty(), id -> Optional.of(entry), Optional.empty()), Optional.empty());
    }

    /** Readies a session to start. */
    private static Optional<Outcome> ready(SessionModel model) {
        model.prepare();
        return Optional.empty();
    }

    /**
     * @param sessionSafety what the safety screen settled for the session
     * @param told what the session says at its foot from the start
     * @param begin readies the session on its thread: ready to start, or started part-way
     */
    private void openSession(Timeline timeline, SessionSetup setup, SessionSafety sessionSafety,
            Optional<String> told, Function<SessionModel, Optional<Outcome>> begin) {
        Ticker ticker = Ticker.system();
        Runnable flash = () -> Platform.runLater(() -> sessionPane.ifPresent(SessionPane::flash));
        ScreenPosting posting = new ScreenPosting(this::draw);
        SessionThread thread = new SessionThread(
                notices -> {
                    SessionModel model = new SessionModel(timeline, ticker, Clock.systemUTC(), setup, flash,
                            notices, "Back to the library");
                    model.safety(sessionSafety, safety::lastSessionRose);
                    told.ifPresent(text -> model.notice(new Notice(Notice.Topic.SESSION, text)));
                    return model;
                },
                ticker, 1, begin, new SessionThread.Output() {
                    @Override
                    public void show(Screen screen, long due) {
                        posting.post(screen, due);
                    }

                    @Override
                    public void left(Outcome outcome) {
                        Platform.runLater(() -> sessionLeft());
                    }
                });
        SessionPane pane = new SessionPane(thread, bar());
        session = Optional.of(thread);
        sessionPane = Optional.of(pane);
        pageKeys = pane::onKey;
        show(pane);
        thread.start();
    }

    /** The journal both front ends keep, stamped by the system's clock in its time zone. */
    private JournalSetup journals() {
        return new JournalSetup(library.paths(), environment, Clock.systemDefaultZone());
    }

    private void draw(Screen screen, long due) {
        sessionPane.ifPresent(pane -> {
            pane.show(screen);
            measures.changed(due, pane);
        });
    }

    private void sessionLeft() {
        if (closing) {
            Platform.exit();
        } else {
            openLibrary();
        }
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    /** The window's own controls, for the top of each page. */
    private WindowBar bar() {
        return look.bar();
    }

    /** F11 everywhere; during a session every key goes to it, so that no button or field takes Space or Enter. */
    private void keys(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && event.getCode() == KeyCode.F11) {
            stage.setFullScreen(!stage.isFullScreen());
            event.consume();
            return;
        }
        pageKeys.accept(event);
    }

    /** The program is ending with a session open (logout's SIGTERM): the journal hears it was interrupted. */
    private void lastWords() {
        session.ifPresent(thread -> thread.interruptAndWait(JOURNAL_WAIT));
    }
}
