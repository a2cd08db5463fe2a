package dev.hangtime.routines.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hangtime.core.safety.PainReading;
import dev.hangtime.routines.journal.History;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pain scores read back from every device's journal, in the order they were given. */
class PainReadingsTest {

    @TempDir
    Path folder;

    static String session(int n, String wall, Integer before, Integer after) {
        String id = String.format("00000000-0000-4000-8000-%012d", n);
        return "{\"v\":1,\"type\":\"session-start\",\"session\":\"" + id + "\",\"wall\":\"" + wall + "\",\"zone\":\"UTC\","
                + "\"routine\":{\"id\":\"walk\",\"name\":\"Walk\",\"hash\":\"h\"},\"segments\":1,\"planned\":60,"
                + (before == null ? "" : "\"painBefore\":" + before + ",") + "\"pid\":1}\n"
                + (after == null ? "" : "{\"v\":1,\"type\":\"pain\",\"session\":\"" + id + "\",\"wall\":\"" + wall
                        + "\",\"zone\":\"UTC\",\"afterSession\":true,\"score\":" + after + "}\n");
    }

    static String alone(int n, String wall, int score) {
        return "{\"v\":1,\"type\":\"pain\",\"session\":\"" + String.format("00000000-0000-4000-9000-%012d", n)
                + "\",\"wall\":\"" + wall + "\",\"zone\":\"UTC\",\"afterSession\":false,\"score\":" + score + "}\n";
    }

    @Test
    void readings_mergeDevicesInTheOrderGiven_andTheLastSessionWithBothScoresSaysWhetherItRose() throws IOException {
        Files.writeString(folder.resolve("laptop.jsonl"), session(1, "2026-03-02T08:00:00Z", 3, 6)
                + alone(2, "2026-03-04T20:00:00Z", 5));
        Files.writeString(folder.resolve("desktop.jsonl"), session(3, "2026-03-03T08:00:00Z", 4, null)
                + session(4, "2026-03-05T08:00:00Z", 2, 5));

        History history = History.read(folder);

        assertEquals(List.of(
                new PainReading(LocalDate.of(2026, 3, 2), OptionalInt.of(3), OptionalInt.of(6)),
                new PainReading(LocalDate.of(2026, 3, 3), OptionalInt.of(4), OptionalInt.empty()),
                new PainReading(LocalDate.of(2026, 3, 4), OptionalInt.of(5), OptionalInt.empty()),
                new PainReading(LocalDate.of(2026, 3, 5), OptionalInt.of(2), OptionalInt.of(5))),
                PainReadings.of(history));
        assertEquals(true, PainReadings.lastSessionRose(history));
    }
}
