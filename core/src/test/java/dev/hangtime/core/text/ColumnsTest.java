package dev.hangtime.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void of_latinAndPunctuation_oneColumnEach() {
        assertEquals(13, Columns.of("Inversion 20°"));
    }

    @Test
    void of_kanaAndIdeographs_twoColumnsEach() {
        assertEquals(10, Columns.of("背中の痛み"));
    }

    @Test
    void of_hangul_twoColumnsEach() {
        assertEquals(4, Columns.of("허리"));
    }

    @Test
    void isWide_fullWidthForms_butNotHalfWidthOnes() {
        assertEquals(List.of(true, false), List.of(Columns.isWide('Ａ'), Columns.isWide('ｱ')));
    }

    @Test
    void isWide_ideographicSpaceAndFullStop() {
        assertEquals(List.of(true, true), List.of(Columns.isWide('\u3000'), Columns.isWide('。')));
    }
}
