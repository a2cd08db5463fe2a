#!/usr/bin/env bash
# Measures the `hangtime` command's sound as docs/audio.md reports it, into the PulseAudio null sinks of
# .ci/audio-setup: cues heard within 30 ms on a settled sink, on a freshly started one, and across a sound
# server killed and started again 8 s into a 24-second routine; and a long hold's wake-ups and CPU.
#
#   . .ci/audio-setup
#   ./mvnw -q -B package -DskipTests && ./mvnw -q -B test-compile
#   tui/bench/sound-bench.sh SCENARIO [RUNS [JAR]]
#
# SCENARIO  settled  RUNS runs of the routine, the recorder attached 2.5 s before each
#           fresh    the server started afresh just before each run: segment starts from 3 s on must be heard,
#                    and no sound may come late
#           restart  the server killed and started again 8 s in: cues from 3 s after its return must be heard
#           hold     RUNS times: a 20-minute heat hold with sound on, `run --plain`; after 20 s, wake-ups per
#                    second (voluntary context switches of all threads, /proc/PID/task/*/status) and CPU over 60 s
# JAR       the command's jar; default tui/target/hangtime.jar. For figures before a change, build the older
#           commit in a worktree of its own and pass its jar.
# SERVER    default: the server with the system's default modules ($HANGTIME_AUDIO_DEFAULT_DIR), whose fresh
#           sink holds back the first stream for up to 2 s; otherwise the one started with -n.
#
# Each run prints every cue's offset from its moment in ms ("-" when not heard within 30 ms at its pitch),
# then a summary. A machine too busy for the sink to keep time is reported; figures from it mean nothing.
set -euo pipefail

scenario=${1:?"settled, fresh, restart or hold"}
runs=${2:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${3:-"$root/tui/target/hangtime.jar"}

[ -n "${HANGTIME_AUDIBLE:-}" ] || { echo "sound-bench: source .ci/audio-setup first" >&2; exit 2; }
[ -f "$jar" ] && [ -d "$root/tui/target/test-classes" ] && [ -d "$root/routines/target/test-classes" ] \
  || { echo "sound-bench: build first: ./mvnw -q package -DskipTests && ./mvnw -q test-compile" >&2; exit 2; }

if [ "${SERVER:-}" = "default" ]; then
  export HANGTIME_AUDIO_DIR="$HANGTIME_AUDIO_DEFAULT_DIR" HANGTIME_AUDIO_MODULES=default
  export PULSE_SERVER="unix:$HANGTIME_AUDIO_DEFAULT_DIR/native"
fi

echo "Java: $(java -version 2>&1 | head -n 1); CPUs: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg);" \
  "server: ${HANGTIME_AUDIO_MODULES:-minimal} modules; jar: $jar"
cd "$root"
java -cp "$root/tui/target/test-classes:$root/routines/target/test-classes:$root/tui/target/hangtime.jar" \
  dev.hangtime.tui.sound.SoundBench "$jar" "$scenario" "$runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
