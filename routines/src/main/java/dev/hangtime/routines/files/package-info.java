/**
 * What every file Hangtime keeps needs: {@link dev.hangtime.routines.files.AtomicFile#replace} writes a whole file
 * so that a crash leaves the old or the new, {@link dev.hangtime.routines.files.RegularFiles} tells a regular
 * file from a pipe, a device or a folder that cannot be read, before anything opens it, and
 * {@link dev.hangtime.routines.files.IoTrouble} says what went wrong with a file in plain words for the user, and
 * {@link dev.hangtime.routines.files.ResourceIndex} names the files of a classpath folder (the built-in routines
 * and plans) from the index beside them.
 */
package dev.hangtime.routines.files;
