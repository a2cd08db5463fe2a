package dev.hangtime.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.hangtime.core.safety.SafetyAnswer;
import dev.hangtime.core.safety.SafetyAnswers;
import dev.hangtime.core.safety.SafetyList;
import dev.hangtime.core.safety.SafetyText;
import dev.hangtime.core.safety.Screening;
import dev.hangtime.core.text.Wrap;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The safety screen, before a first session with inversion (and again after six months, or when the list
 * changes): who must not invert, and the two answers. The answer is kept, and the session goes on as it then
 * allows; Esc goes back without one, and nothing runs.
 *
 * <pre>
 *  Before you invert                                before your first inversion
 *  ──────────────────────────────────────────────────────────────────────────
 *  Inversion is not for everyone. Do not use an inversion table if you have …
 *    • glaucoma or another eye disease
 *    …
 *  The makers of inversion tables ask for a doctor's approval …
 *
 *  y  None of these applies to me, and a doctor has approved inversion for me.
 *  n  Something on this list applies to me, or I am not sure.
 *  ──────────────────────────────────────────────────────────────────────────
 *  y none applies   n something applies   Esc back
 * </pre>
 */
final class SafetyPage extends StillPage {

    private final SafetyAnswers answers;
    private final Screening asked;
    private final Function<Boolean, Page> then;
    private final Supplier<Turn> back;

    /**
     * @param then the page after an answer, given whether the answer reached the disk
     * @param back where Esc goes: nothing runs
     */
    SafetyPage(SafetyAnswers answers, Function<Boolean, Page> then, Supplier<Turn> back) {
        super(SafetyPage::help);
        this.answers = answers;
        this.asked = answers.screening();
        this.then = then;
        this.back = back;
    }

    @Override
    void paint(Canvas canvas) {
        Palette p = canvas.palette();
        int w = canvas.width();
        int h = canvas.height();
        canvas.text(1, 0, SafetyList.TITLE, p.strong());
        canvas.textRight(0, SafetyText.askedBecause(asked), 1, p.plain());
        canvas.fill(0, 1, w, 1, canvas.glyphs().rule(), p.muted());
        int row = 2;
        for (String line : Wrap.lines(SafetyList.INTRO, w - 2, 2)) {
            canvas.text(1, row++, line, p.plain());
        }
        String bullet = canvas.glyphs() == Glyphs.UNICODE ? "•" : "-";
        for (String condition : SafetyList.CONDITIONS) {
            canvas.text(3, row++, bullet + " " + condition, w - 4, p.strong());
        }
        for (String line : Wrap.lines(SafetyList.DOCTOR, w - 2, 3)) {
            canvas.text(1, row++, line, p.plain());
        }
        row++;
        row = answer(canvas, row, "y", SafetyList.NONE_APPLIES);
        answer(canvas, row, "n", SafetyList.SOMETHING_APPLIES);
        canvas.fill(0, h - 2, w, 1, canvas.glyphs().rule(), p.muted());
        new KeyHelp().add("y", "none applies").add("n", "something applies").add("Esc", "back").add("?", "help")
                .draw(canvas, h - 1);
    }

    private static int answer(Canvas canvas, int row, String key, String text) {
        List<String> lines = Wrap.lines(text, canvas.width() - 6, 2);
        canvas.text(1, row, key, canvas.palette().strong());
        for (String line : lines) {
            canvas.text(4, row++, line, canvas.palette().plain());
        }
        return row;
    }

    @Override
    Turn onPageKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            return back.get();
        }
        char c = typed(key).map(Character::toLowerCase).orElse('\0');
        if (c == 'y' || c == 'n') {
            boolean kept = answers.keep(c == 'y' ? SafetyAnswer.Answer.NONE_APPLIES
                    : SafetyAnswer.Answer.SOMETHING_APPLIES);
            return Turn.to(then.apply(kept));
        }
        if (c == 'q') {
            return back.get();
        }
        return Turn.stay();
    }

    /** The help of this page. */
    static List<String[]> help(Glyphs g) {
        return List.of(
                new String[] {"y", SafetyList.NONE_APPLIES},
                new String[] {"n", SafetyList.SOMETHING_APPLIES + " Inversion steps are then left out."},
                new String[] {"Esc or q", "back, without answering: nothing runs"},
                new String[] {"", "Your answer is kept with its date, and asked again after 6 months or when the"
                        + " list changes; hangtime safety shows it, and hangtime safety --reset forgets it."},
                new String[] {"Ctrl-C", "leave at once"});
    }
}
