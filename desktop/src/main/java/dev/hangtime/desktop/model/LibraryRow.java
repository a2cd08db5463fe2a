package dev.hangtime.desktop.model;

/**
 * One line of the library list.
 *
 * @param title the routine's name, or the file's name
 * @param subtitle length, steps that wait and tags; or, for a file that cannot be read, its first problem
 * @param broken whether it is a file that cannot be read
 */
public record LibraryRow(String title, String subtitle, boolean broken) {
}
