#!/usr/bin/env bash
# Measures the full-screen terminal app against the targets in notes/performance.md: wake-ups per second,
# CPU and memory during a long hold, and the time from launch to the first screen.
#
#   tui/bench/screen-bench.sh [WARMUP_SECONDS [MEASURE_SECONDS]]      (defaults: 120 and 120)
#
# Run it after `./mvnw -q package` (it builds nothing). Needs tmux and python3. Nothing is written outside a
# temporary folder, which is removed at the end.
#
# JAVA_FLAGS     the JVM flags; default: those recommended for the launcher (docs/terminal-app.md)
# APP            how to start the session screen, before the routine file; default: the test launcher
#                dev.hangtime.tui.screen.ScreenDemo, which opens a routine file on the session screen as
#                `hangtime run FILE` does in a terminal. For the command itself:
#                APP="-jar tui/target/hangtime.jar run" APP_CLASSPATH=tui/target/hangtime.jar
# APP_CLASSPATH  the class path APP runs with, for the class-data archive's training run
# TRAINING       the training run's main class; default dev.hangtime.tui.screen.ArchiveTraining, which paints
#                every screen; for the command itself, dev.hangtime.tui.Training, as the launcher runs it
#
# Wake-ups are voluntary context switches summed over every thread (/proc/PID/task/*/status): a count, not a
# time, so a busy machine does not blur it. CPU is user + system time of the process over the same window.
set -euo pipefail

warmup=${1:-120}
window=${2:-120}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/tui/target/hangtime.jar"
classes="$root/tui/target/test-classes"
flags=${JAVA_FLAGS:-"-XX:+UseSerialGC -Xmx32m -Xss512k -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
-XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=0"}

for tool in tmux python3 java jar; do
  command -v "$tool" >/dev/null || { echo "screen-bench: $tool is needed" >&2; exit 2; }
done
[ -f "$jar" ] && [ -d "$classes" ] || { echo "screen-bench: run ./mvnw -q package first" >&2; exit 2; }

work=$(mktemp -d)
socket="screen-bench-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Class-data sharing cannot archive classes from a folder, so the test launcher goes into a jar of its own.
jar cf "$work/screen-demo.jar" -C "$classes" .
app_classpath=${APP_CLASSPATH:-"$jar:$work/screen-demo.jar"}
app=${APP:-"-cp $app_classpath dev.hangtime.tui.screen.ScreenDemo"}
routine="$work/long-hold.json"
cat > "$routine" <<'JSON'
{"hangtime": 1, "id": "long-hold", "name": "Long hold", "steps": [
  {"type": "heat", "duration": "20m", "checkEvery": "5m", "note": "Lie still with the pack in place."}]}
JSON

export LANG=C.UTF-8 LC_ALL=C.UTF-8
marker="press Space to start"
first_screen="$root/tui/bench/first-screen.py"

echo "JVM flags: $flags"
echo "Java: $(java -version 2>&1 | head -n 1); CPUs: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# A training run lists the classes it loads, and they go into a static class-data archive, as the launcher
# does once after the build.
# shellcheck disable=SC2086
java -XX:DumpLoadedClassList="$work/app.classes" -Xlog:disable $flags -cp "$app_classpath" \
  "${TRAINING:-dev.hangtime.tui.screen.ArchiveTraining}"
java -Xshare:dump -XX:SharedClassListFile="$work/app.classes" -XX:SharedArchiveFile="$work/app.jsa" \
  -XX:+UseSerialGC -Xlog:disable -cp "$app_classpath" >/dev/null
echo "First screen, 80x24, 10 runs each:"
# shellcheck disable=SC2086
echo "  without a class-data archive: $(python3 "$first_screen" 10 "$marker" java $flags $app "$routine" | tail -n 1)"
# shellcheck disable=SC2086
echo "  with the archive:             $(python3 "$first_screen" 10 "$marker" java -XX:SharedArchiveFile="$work/app.jsa" \
  $flags $app "$routine" | tail -n 1)"
echo

tmux -L "$socket" new-session -d -s hold -x 100 -y 30 \
  "exec java -XX:SharedArchiveFile=$work/app.jsa $flags $app $routine"
pid=$(tmux -L "$socket" display-message -p -t hold '#{pane_pid}')
sleep 2
tmux -L "$socket" send-keys -t hold Space
sleep "$warmup"

threads() {
  for t in /proc/"$pid"/task/*; do
    printf '%s %s %s\n' "$(basename "$t")" "$(awk '/^voluntary_ctxt_switches/ {print $2}' "$t/status")" \
      "$(tr ' ' '_' < "$t/comm")"
  done | sort
}
ticks() { awk '{print $14 + $15}' /proc/"$pid"/stat; }

threads > "$work/before"; cpu_before=$(ticks)
sleep "$window"
threads > "$work/after"; cpu_after=$(ticks)
hz=$(getconf CLK_TCK)

echo "A 20-minute heat step, measured for ${window} s after ${warmup} s:"
join "$work/before" "$work/after" | awk -v s="$window" '
  { d = $4 - $2; total += d; if (d > 0) detail = detail sprintf("%s %.2f, ", $3, d / s) }
  END { printf "  wake-ups: %.2f per second (%s)\n", total / s, detail }'
awk -v t=$((cpu_after - cpu_before)) -v s="$window" -v hz="$hz" \
  'BEGIN { printf "  CPU: %.3f%% of a core\n", 100 * t / hz / s }'
awk '/^VmRSS|^VmHWM/ { printf "  %s %d MB\n", $1, $2 / 1024 }' /proc/"$pid"/status
