package dev.hangtime.routines.journal;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * An answer given on the safety screen, or its reset, as the journal keeps it.
 *
 * @param device the device whose file holds it
 * @param when when it was given, in the zone it was given in
 * @param list the version of the safety list it answered
 * @param answer as {@link JournalLine.Safety} writes it
 */
public record SafetyRecord(UUID id, String device, ZonedDateTime when, int list, String answer) {
}
