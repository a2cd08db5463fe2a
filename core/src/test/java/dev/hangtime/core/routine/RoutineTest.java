package dev.hangtime.core.routine;

import static dev.hangtime.core.routine.Fixtures.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutineTest {

    private static Routine withId(String id) {
        return new Routine(id, "Facet relief", Optional.empty(), List.of(), Cues.INHERIT, List.of(walk(60)));
    }

    private static Routine withTags(List<String> tags) {
        return new Routine("facet-relief", "Facet relief", Optional.empty(), tags, Cues.INHERIT, List.of(walk(60)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"facet-relief", "big-3", "x"})
    void id_aSlug_isKept(String id) {
        // given / when
        Routine routine = withId(id);

        // then
        assertEquals(id, routine.id());
    }

    @Test
    void id_of64Characters_isKept() {
        // given the longest id allowed
        String id = "a".repeat(64);

        // when
        Routine routine = withId(id);

        // then
        assertEquals(id, routine.id());
    }

    @Test
    void id_of65Characters_isRefused() {
        // given an id one character too long
        String id = "a".repeat(65);

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withId(id));

        // then
        assertEquals("id must be a slug of at most 64 characters: " + id, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Facet", "facet_relief", "facet relief", "-facet", "facet-", "facet--relief",
            "facet.json", "../etc"})
    void id_notASlug_isRefused(String id) {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withId(id));

        // then
        assertEquals("id must be a slug of at most 64 characters: " + id, e.getMessage());
    }

    @Test
    void tags_slugs_areKept() {
        // given / when
        Routine routine = withTags(List.of("inversion", "facet", "big-3"));

        // then
        assertEquals(List.of("inversion", "facet", "big-3"), routine.tags());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Core", "lower back", "heat_ice", "-ice"})
    void tags_notASlug_isRefused(String tag) {
        // given a good tag followed by a bad one

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withTags(List.of("core", tag)));

        // then
        assertEquals("tag must be a slug: " + tag, e.getMessage());
    }

    @Test
    void noSteps_isRefused() {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Routine("empty",
                "Empty", Optional.empty(), List.of(), Cues.INHERIT, List.of()));

        // then
        assertEquals("a routine needs at least one step", e.getMessage());
    }

    @Test
    void stepsAndTags_areCopied() {
        // given lists the caller goes on changing
        List<Step> steps = new ArrayList<>(List.of(walk(60)));
        List<String> tags = new ArrayList<>(List.of("walk"));
        Routine routine = new Routine("walk", "Walk", Optional.empty(), tags, Cues.INHERIT, steps);

        // when
        steps.add(walk(30));
        tags.add("core");

        // then
        assertEquals(List.of(List.of(walk(60)), List.of("walk")), List.of(routine.steps(), routine.tags()));
    }
}
