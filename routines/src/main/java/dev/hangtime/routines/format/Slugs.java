package dev.hangtime.routines.format;

import java.text.Normalizer;
import java.util.Locale;

/** Suggests a slug for text that is not one, so that a message can show the fix instead of describing it. */
final class Slugs {

    private Slugs() {
    }

    /** {@code "Lower Back"} becomes {@code "lower-back"}; empty if nothing usable is left. */
    static String suggest(String text) {
        if (text.length() > 200) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? "" : slug;
    }
}
