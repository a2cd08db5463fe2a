/**
 * Text for people, shared by every front end and free of any terminal or UI library: times
 * ({@link dev.hangtime.core.text.DurationText}, where time left rounds up), text from files made safe to show
 * ({@link dev.hangtime.core.text.SafeText}), wrapping and cutting to a width in columns
 * ({@link dev.hangtime.core.text.Wrap}, measured by {@link dev.hangtime.core.text.Columns}), a routine's timeline
 * ({@link dev.hangtime.core.text.TimelineText}) and the words about a step beside its label
 * ({@link dev.hangtime.core.text.StepText}).
 */
package dev.hangtime.core.text;
