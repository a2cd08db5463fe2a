package dev.hangtime.routines.editor;

/** How a field of the editor's form is typed in and how it is written to the routine file. */
public enum FieldKind {
    /** One line of text, written as a JSON string. */
    TEXT,
    /** Text of several lines (a step's note), written as a JSON string. */
    NOTE,
    /** A whole number, written as a JSON number; anything else is written as typed, for the reader to refuse. */
    INTEGER,
    /** A duration as people write it ("90s", "1:30", "2 min"), or whole seconds. */
    DURATION,
    /** A whole number, or several separated by commas (reps per set): a JSON number or a list of numbers. */
    INTEGERS,
    /** Words separated by commas (tags): a JSON list of strings. */
    WORDS,
    /** One of a few words, written as a JSON string. */
    CHOICE,
    /** true or false. */
    FLAG
}
