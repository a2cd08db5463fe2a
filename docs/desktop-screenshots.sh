#!/usr/bin/env bash
# Makes the README's screenshots of the desktop app, so that they show what the app really draws:
# docs/images/desktop-library.png (the library), desktop-session.png (a running hold), desktop-editor.png (the
# routine editor) and desktop-history.png (the history).
# Needs Xvfb, xdotool and ImageMagick (apt-get install xvfb xdotool imagemagick). Run from anywhere:
#   docs/desktop-screenshots.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/images"
work=$(mktemp -d)
trap 'kill "${app:-}" "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# A display of its own, on the first free number; nothing of the user's is read or written (HANGTIME_HOME).
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
server=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")" HANGTIME_HOME="$work"

window() {
  for _ in $(seq 1 600); do
    wid=$(xdotool search --onlyvisible --name Hangtime 2>/dev/null | head -n 1) && [ -n "$wid" ] && return 0
    sleep 0.2
  done
  echo "desktop-screenshots: the window did not show" >&2
  exit 1
}

# Builds what is missing and trains the class-data archive first, whose out-of-sight window must not be the one
# photographed.
"$root/hangtime-desktop" --help >/dev/null 2>&1

# The library, on the first routine. (No sound here: --sound flash keeps a missing sound card out of the picture.)
"$root/hangtime-desktop" --sound flash >/dev/null 2>&1 &
app=$!
window
sleep 2
import -window "$wid" "$out/desktop-library.png"
kill "$app"; wait "$app" 2>/dev/null || true

# A hold at 25° on the inversion routine: past the safety screen (y: none of the list applies, as the fresh
# home has no answer yet) and the safety check, the get-ready step skipped, 7 s in.
"$root/hangtime-desktop" --sound flash inversion-first-weeks >/dev/null 2>&1 &
app=$!
window
sleep 2
xdotool windowfocus --sync "$wid" key y
sleep 1
xdotool windowfocus --sync "$wid" key space
sleep 0.5
xdotool windowfocus --sync "$wid" key Return
sleep 0.5
xdotool windowfocus --sync "$wid" key Right
sleep 7.3
import -window "$wid" "$out/desktop-session.png"
kill "$app"; wait "$app" 2>/dev/null || true
# The editor on a copy of the first routine, and the history with the session above in it (cut off by the kill).
for page in editor history; do
  HANGTIME_DESKTOP_JAVA_OPTIONS="-Dhangtime.desktop.open=$page" "$root/hangtime-desktop" --sound flash \
      >/dev/null 2>&1 &
  app=$!
  window
  sleep 3
  import -window "$wid" "$out/desktop-$page.png"
  kill "$app"; wait "$app" 2>/dev/null || true
done
echo "desktop-screenshots: wrote $out/desktop-{library,session,editor,history}.png" >&2
