package dev.hangtime.routines.format;

import dev.hangtime.core.routine.Limits;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Slugs made from text that is not one: to suggest the fix in a message instead of describing it, and to give a
 * routine file without an {@code id} the id its file name means.
 */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "Lower Back"} becomes {@code "lower-back"}; empty if nothing usable is left. */
    public static String suggest(String text) {
        if (text.length() > 200) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? "" : slug;
    }

    /**
     * The id a routine file's name gives when the file has no {@code id}: the name without its folder and its
     * {@code .json}, made a slug ({@code My Morning.json} is {@code my-morning}); empty when nothing of a slug is
     * left, or too much.
     */
    public static Optional<String> ofFileName(String file) {
        String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String name = base.endsWith(".json") ? base.substring(0, base.length() - ".json".length()) : base;
        String id = Limits.isSlug(name) ? name : suggest(name);
        return id.isEmpty() || id.length() > Limits.MAX_ID ? Optional.empty() : Optional.of(id);
    }
}
