package dev.hangtime.tui.cli;

import dev.hangtime.core.control.ExitStatus;
import dev.hangtime.core.safety.RedFlags;
import dev.hangtime.routines.journal.JournalLine;
import dev.hangtime.routines.journal.JournalWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code hangtime pain N [--note TEXT]}: a pain score on a day without a session, so the trend has every day. */
final class PainCommand implements Callable<Integer> {

    static final CommandForm FORM = CommandForm.of("pain",
            "Keep a pain score (0–10) for today, outside a session, so the trend has every day.")
            .operand("N", "0 for no pain, 10 for the worst imaginable.")
            .option("note", "TEXT", "A few words about the day.");

    /** Long enough for what a day was like; short enough to keep a journal line small. */
    static final int MAX_NOTE = 1000;

    private final Console console;
    private final Clock clock;

    private final int score;
    private final Optional<String> note;

    PainCommand(Console console, Clock clock, Arguments args) {
        this.console = console;
        this.clock = clock;
        this.score = Arguments.wholeNumber("the pain score", args.operand());
        this.note = args.value("note");
    }

    @Override
    public Integer call() {
        if (score < 0 || score > 10) {
            throw new UsageException("the pain score must be from 0 to 10, not " + score);
        }
        Optional<String> text = note.map(String::strip).filter(n -> !n.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_NOTE) {
            throw new UsageException("--note is " + text.get().length() + " characters long; keep it to " + MAX_NOTE);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (JournalWriter writer = console.journals(clock).writer("the score was not kept", console.notices())) {
            writer.write(new JournalLine.Pain(UUID.randomUUID(), now, clock.getZone(), false, OptionalInt.of(score),
                    text));
            if (!writer.flush(Duration.ofSeconds(10))) {
                if (!writer.failed()) {
                    console.err().println("hangtime: the journal did not answer within 10 s; the score may not"
                            + " have been kept");
                }
                return ExitStatus.INVALID;
            }
        }
        console.out().println("Pain " + score + " kept for " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                Locale.ENGLISH).format(now) + ".");
        RedFlags.score(score).ifPresent(flag -> HelpTable.paragraph(flag, console.out()));
        return ExitStatus.OK;
    }
}
