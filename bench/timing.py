#!/usr/bin/env python3
"""Measures how well `hangtime run` keeps time on the real clock.

1. Boundary error: runs a routine of 40 segments of 2 s (80 s, 40 boundaries) with --events and compares
   each segment start, as the engine stamped it (`t`, read from the monotonic clock when the loop woke),
   with its ideal moment (the sum of the lengths before it). Reports median, p99 and worst, and the slope
   of the error over the run (ms per minute: drift). As a check from outside the process, it also times
   the whole session on this script's own monotonic clock, from the session-start line to the
   session-end line.
2. Wake-ups: runs a single 70 s hold with no cues and counts the process's voluntary context switches
   (summed over /proc/PID/task/*/status) between 5 s and 65 s, per thread, so the 60 s of a hold with
   nothing to print show how often each thread woke.

Run from the repository root after building: python3 bench/timing.py [--launcher ./hangtime]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from threadstat import threads


def routine(path, steps):
    with open(path, "w") as f:
        json.dump({"hangtime": 1, "name": "Timing bench", "cues": {"countdown": 0}, "steps": steps}, f)


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def slope(xs, ys):
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def describe(label, errors_ms, starts_s):
    print(f"  {label}: median {statistics.median(errors_ms):.2f} ms, p99 {percentile(errors_ms, 99):.2f} ms, "
          f"worst {max(errors_ms):.2f} ms, slope {slope(starts_s, errors_ms) * 60:+.3f} ms/min")


def boundaries(launcher, home):
    path = os.path.join(home, "boundaries.json")
    routine(path, [{"type": "rest", "duration": 2} for _ in range(40)])
    proc = subprocess.Popen([launcher, "run", path, "--events", "--mute"], stdout=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, env=dict(os.environ, HANGTIME_HOME=home))
    engine, origin, outside = [], None, None
    for line in proc.stdout:
        arrived = time.monotonic()
        event = json.loads(line)
        if event["event"] == "session-start":
            origin = arrived
        elif event["event"] == "segment-start":
            ideal = 2.0 * event["index"]
            engine.append((ideal, (event["t"] - ideal) * 1000))
        elif event["event"] == "session-end":
            outside = arrived - origin
    proc.wait()
    print(f"Boundary error over {len(engine)} segment starts in {2 * len(engine)} s (exit {proc.returncode}):")
    describe("as stamped by the engine", [e for _, e in engine], [s for s, _ in engine])
    print(f"  the {2 * len(engine)} s session by an outside clock: {outside:.4f} s")


def wakeups(launcher, home):
    path = os.path.join(home, "hold.json")
    routine(path, [{"type": "inversion", "angle": 20, "hold": 70}])
    # An inversion asks the safety questions first; the bench's own home answers them once.
    subprocess.run([launcher, "safety", "--confirm"], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, HANGTIME_HOME=home))
    proc = subprocess.Popen([launcher, "run", path, "--events", "--mute"], stdout=subprocess.DEVNULL,
                            stdin=subprocess.PIPE, env=dict(os.environ, HANGTIME_HOME=home))
    time.sleep(5)
    java = proc.pid
    # The launcher execs java, so the pid is the JVM's own.
    before = threads(java)
    time.sleep(60)
    after = threads(java)
    proc.stdin.close()
    proc.wait()
    total = 0
    rows = []
    for tid, (name, count, _) in after.items():
        delta = count - before.get(tid, (name, 0, 0))[1]
        total += delta
        if delta:
            rows.append((delta, name))
    print(f"Wake-ups during 60 s of a hold with nothing due: {total} in all ({total / 60:.2f}/s)")
    for delta, name in sorted(rows, reverse=True):
        print(f"  {delta:6d}  {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launcher", default="./hangtime")
    args = parser.parse_args()
    # Build first if the sources changed, so that no build runs inside a measurement.
    subprocess.run([args.launcher, "--version"], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as home:
        boundaries(args.launcher, home)
        wakeups(args.launcher, home)


if __name__ == "__main__":
    sys.exit(main())
