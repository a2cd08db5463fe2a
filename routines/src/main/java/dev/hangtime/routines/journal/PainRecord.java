package dev.hangtime.routines.journal;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** A pain score given on its own, outside a session ({@code hangtime pain}). */
public record PainRecord(UUID id, String device, ZonedDateTime when, OptionalInt score, Optional<String> note) {
}
