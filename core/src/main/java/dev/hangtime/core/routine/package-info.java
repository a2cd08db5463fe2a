/**
 * Routines as values, and what they expand to: {@link dev.hangtime.core.routine.Routine} and its
 * {@link dev.hangtime.core.routine.Step}s (one record per step type, each checking the format's rules as it is
 * built), {@link dev.hangtime.core.routine.Expansion#expand} into a {@link dev.hangtime.core.routine.Timeline} of
 * {@link dev.hangtime.core.routine.Segment}s, the format's {@link dev.hangtime.core.routine.Limits} (lengths
 * counted as people see them), {@link dev.hangtime.core.routine.Size} (what a routine expands to, measured without
 * expanding it) and the {@link dev.hangtime.core.routine.Warnings} shown but not refused.
 */
package dev.hangtime.core.routine;
