/**
 * What the shared layer tells the user, as values: {@link dev.hangtime.core.notice.Notice} and where it goes,
 * {@link dev.hangtime.core.notice.Notices}. Shared code never prints; the front ends word and place notices.
 */
package dev.hangtime.core.notice;
