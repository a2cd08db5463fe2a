/**
 * The routines a user can run. {@link dev.hangtime.routines.library.RoutineLibrary#load} reads the built-in ones
 * and the user's folder ({@link dev.hangtime.routines.library.HangtimePaths} says where it is) into
 * {@link dev.hangtime.routines.library.LibraryEntry} values, and finds one by id or file as a
 * {@link dev.hangtime.routines.library.Lookup}. {@link dev.hangtime.routines.library.Listing} is the library as
 * a front end lists it: sorted, filtered by what the user types, unreadable files with their problems.
 */
package dev.hangtime.routines.library;
