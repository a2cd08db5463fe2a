package dev.hangtime.tui.cli;

import dev.hangtime.core.text.Wrap;
import java.io.PrintStream;
import java.util.List;

/** The two columns of a help text: a name, and what it is, wrapped to fit 80 columns. */
final class HelpTable {

    private static final int WIDTH = 80;
    private static final int INDENT = 2;
    private static final int GAP = 2;

    private HelpTable() {
    }

    /** Prints {@code text} word-wrapped to the width. */
    static void paragraph(String text, PrintStream out) {
        Wrap.lines(text, WIDTH, Integer.MAX_VALUE).forEach(out::println);
    }

    /** Prints each row as its name, then its description, which wraps under itself. */
    static void print(List<String[]> rows, PrintStream out) {
        int nameWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        String blank = " ".repeat(INDENT + nameWidth + GAP);
        for (String[] row : rows) {
            List<String> lines = Wrap.lines(row[1], WIDTH - blank.length(), Integer.MAX_VALUE);
            for (int i = 0; i < lines.size(); i++) {
                String lead = i == 0 ? " ".repeat(INDENT) + String.format("%-" + nameWidth + "s", row[0])
                        + " ".repeat(GAP) : blank;
                out.println(lead + lines.get(i));
            }
        }
    }
}
