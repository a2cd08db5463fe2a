/**
 * The {@code hangtime} command line. {@link dev.hangtime.tui.cli.Cli#execute} runs a command against a
 * {@link dev.hangtime.tui.cli.Console} (its streams, environment and working folder) and returns its exit
 * status; {@link dev.hangtime.tui.cli.LibraryLaunch#open} is bare {@code hangtime}, the library in a terminal.
 * Each command is a class of its own ({@code RunCommand}, {@code ShowCommand}, {@code HistoryCommand}, …) that
 * reads its arguments from its {@code CommandForm} and prints what the shared text classes word.
 */
package dev.hangtime.tui.cli;
