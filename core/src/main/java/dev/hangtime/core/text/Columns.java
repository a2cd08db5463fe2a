package dev.hangtime.core.text;

import java.lang.Character.UnicodeBlock;
import java.util.Set;

/**
 * How many terminal columns text takes: two for a Chinese, Japanese or Korean character, one for any other.
 *
 * <p>The rule is the terminal library's own (Lanterna's {@code TerminalTextUtils.isCharCJK}), kept here so that
 * text is measured without a terminal library and still lines up with what the terminal app draws; a test in
 * the terminal app checks the two agree on every character. Tabs are not counted: {@link SafeText} has
 * already turned them into spaces.
 */
public final class Columns {

    private static final Set<UnicodeBlock> WIDE_BLOCKS = Set.of(UnicodeBlock.HIRAGANA, UnicodeBlock.KATAKANA,
            UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS, UnicodeBlock.HANGUL_COMPATIBILITY_JAMO,
            UnicodeBlock.HANGUL_JAMO, UnicodeBlock.HANGUL_SYLLABLES, UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
            UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A, UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B,
            UnicodeBlock.CJK_COMPATIBILITY_FORMS, UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS,
            UnicodeBlock.CJK_RADICALS_SUPPLEMENT, UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
            UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS);

    /** Where the half-width forms start in the half- and full-width block: from here on a form takes one column. */
    private static final char FIRST_HALF_WIDTH_FORM = '\uFF61';

    private Columns() {
    }

    /** Whether {@code c} takes two columns. */
    public static boolean isWide(char c) {
        if (c < '\u1100') {
            // Latin, Greek, Cyrillic and the rest of the scripts below the first wide block: the common case.
            return false;
        }
        UnicodeBlock block = UnicodeBlock.of(c);
        if (block == null) {
            // Not in any block yet: no terminal can know it as wide.
            return false;
        }
        return WIDE_BLOCKS.contains(block)
                || (block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < FIRST_HALF_WIDTH_FORM);
    }

    /** The columns {@code text} takes. */
    public static int of(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += isWide(text.charAt(i)) ? 2 : 1;
        }
        return columns;
    }
}
