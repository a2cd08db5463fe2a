package dev.hangtime.tui.screen;

import dev.hangtime.core.text.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A box drawn over a page: the key help, or a question. */
final class Overlay {

    private Overlay() {
    }

    /**
     * Draws a box in the middle of the screen with {@code title} on its top line and {@code rows} of
     * {@code [key, text]} pairs below it (a pair with an empty key continues the text), then {@code foot}.
     */
    static void keys(Canvas canvas, String title, List<String[]> rows, String foot) {
        Palette p = canvas.palette();
        int keyWidth = 0;
        for (String[] row : rows) {
            keyWidth = Math.max(keyWidth, row[0].length());
        }
        int boxWidth = Math.min(canvas.width() - 4, 76);
        int textWidth = boxWidth - 4 - keyWidth - 2;
        List<String[]> lines = new ArrayList<>();
        for (String[] row : rows) {
            List<String> wrapped = Wrap.lines(row[1], textWidth, 3);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(new String[] {i == 0 ? row[0] : "", wrapped.get(i)});
            }
        }
        int boxHeight = Math.min(canvas.height() - 2, lines.size() + 6);
        int col = (canvas.width() - boxWidth) / 2;
        int row = (canvas.height() - boxHeight) / 2;
        // The rows it covers are cleared edge to edge, so that no stray digit peeks out beside the box.
        canvas.fill(0, row, canvas.width(), boxHeight, ' ', p.plain());
        canvas.box(col, row, boxWidth, boxHeight, p.plain());
        canvas.text(col + 2, row, " " + title + " ", p.strong());
        for (int i = 0; i < lines.size() && i < boxHeight - 6; i++) {
            canvas.text(col + 2, row + 2 + i, lines.get(i)[0], p.strong());
            canvas.text(col + 2 + keyWidth + 2, row + 2 + i, lines.get(i)[1], textWidth, p.plain());
        }
        canvas.text(col + 2, row + boxHeight - 2, foot, boxWidth - 4, p.muted());
    }

    /** Asks {@code question}, with the keys that answer it on the line below. */
    static void question(Canvas canvas, String question, String answers) {
        Palette p = canvas.palette();
        int boxWidth = Math.min(canvas.width() - 4, Math.max(question.length(), answers.length()) + 6);
        int boxHeight = 6;
        int col = (canvas.width() - boxWidth) / 2;
        int row = (canvas.height() - boxHeight) / 2;
        Style style = p.banner(Palette.Banner.QUESTION);
        canvas.fill(0, row, canvas.width(), boxHeight, ' ', p.plain());
        canvas.box(col, row, boxWidth, boxHeight, style);
        canvas.text(col + 3, row + 2, question, boxWidth - 6, style);
        canvas.text(col + 3, row + 3, answers, boxWidth - 6, style);
    }

    /**
     * Asks something that may take a few lines, in a plain box: {@code title} on its top line, each of
     * {@code paragraphs} wrapped inside it, {@code problem} below them when there is one, then {@code answers},
     * the keys that answer it.
     */
    static void ask(Canvas canvas, String title, List<String> paragraphs, Optional<String> problem, String answers) {
        Palette p = canvas.palette();
        int widest = Math.max(Math.max(answers.length(), title.length() + 4), problem.map(String::length).orElse(0));
        for (String paragraph : paragraphs) {
            widest = Math.max(widest, paragraph.length());
        }
        int boxWidth = Math.min(Math.min(canvas.width() - 4, 72), widest + 6);
        int textWidth = boxWidth - 6;
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(Wrap.lines(paragraph, textWidth, 6));
        }
        List<String> trouble = problem.map(text -> Wrap.lines(text, textWidth, 2)).orElse(List.of());
        int boxHeight = Math.min(canvas.height() - 2, lines.size() + trouble.size() + (trouble.isEmpty() ? 0 : 1) + 5);
        int col = (canvas.width() - boxWidth) / 2;
        int row = (canvas.height() - boxHeight) / 2;
        canvas.fill(0, row, canvas.width(), boxHeight, ' ', p.plain());
        canvas.box(col, row, boxWidth, boxHeight, p.plain());
        canvas.text(col + 2, row, " " + title + " ", p.strong());
        int at = row + 2;
        for (String line : lines) {
            canvas.text(col + 3, at++, line, textWidth, p.plain());
        }
        if (!trouble.isEmpty()) {
            at++;
            for (String line : trouble) {
                canvas.text(col + 3, at++, line, textWidth, p.error());
            }
        }
        canvas.text(col + 3, row + boxHeight - 2, answers, textWidth, p.strong());
    }
}
