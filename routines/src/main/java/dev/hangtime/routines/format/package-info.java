/**
 * Routine files, format version 1 ({@code docs/routine-format.md}): {@link
 * dev.hangtime.routines.format.RoutineReader#read} gives a routine or every problem found, each a {@link
 * dev.hangtime.routines.format.Problem} told as a compiler would; {@link dev.hangtime.routines.format.RoutineWriter}
 * writes the canonical form; {@link dev.hangtime.routines.format.Durations} reads and writes durations, and {@link
 * dev.hangtime.routines.format.MessageText} escapes whatever a message echoes from a file.
 */
package dev.hangtime.routines.format;
