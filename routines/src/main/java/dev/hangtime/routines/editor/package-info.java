/**
 * Routines written in a form rather than by hand: a draft of the routine and its steps as typed
 * ({@link dev.hangtime.routines.editor.RoutineDraft}, {@link dev.hangtime.routines.editor.DraftStep}), the
 * fields of each step type ({@link dev.hangtime.routines.editor.StepForms}), the file a draft stands for
 * ({@link dev.hangtime.routines.editor.DraftJson}), a routine taken apart into a draft
 * ({@link dev.hangtime.routines.editor.DraftOf}), and the draft checked by the reader {@code hangtime validate}
 * uses, each remark placed at its field ({@link dev.hangtime.routines.editor.DraftCheck}).
 */
package dev.hangtime.routines.editor;
