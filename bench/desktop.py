#!/usr/bin/env python3
"""Measures the desktop app as a user meets it: how soon its window shows, and what a long hold costs.

1. Start-up: launches ./hangtime-desktop N times (after one run that builds the jar and its class-data
   archive) on a display of its own (Xvfb) and takes, for each, the time from the launch to the first frame
   of the window on screen (the window reports when its renderer drew it). Reports the median, and the same
   for plain `java -jar` with the JVM's default flags and no archive, for comparison. With --floor, also for
   bench/HelloWindow.java (one label in a window of the same size, the launcher's flags, a class-data archive
   of its own): what JavaFX alone takes on this machine, under anything the app can do.
2. A long hold: starts a 10-minute inversion hold, answers the safety screen (y) and presses Space (xdotool),
   lets it settle (SETTLE s: the JIT
   compiles the redraw's code for the first minute or two), then over a window of HOLD seconds counts the process's wake-ups (voluntary context switches summed over
   /proc/PID/task/*/status, per thread), its CPU time, its peak memory (VmHWM), and how long after each change
   of the screen was due (the shown second) the frame that shows it was rendered. CPU time is read two ways:
   the kernel's on-CPU time per thread (/proc/PID/task/*/schedstat, exact), and utime + stime, which a kernel
   with tick-based accounting charges in whole ticks (4 ms at 250 Hz) to whichever thread a tick finds running,
   so that over a short window it is a sample, not a sum. Once for each pulse rate asked for (JavaFX's animation
   pulse; the launcher sets 15) and, with --timers, for JavaFX's own pulse timer as well as the one that sleeps
   while nothing changes (PausingPulseTimer).

With PULSE_SERVER set (. .ci/audio-setup), the hold plays through the sound server as a user's would.
Needs Xvfb and xdotool. Run from the repository root:  python3 bench/desktop.py [--runs 10] [--hold 30]
[--pulses 15,60] [--settle 90] [--timers pausing,javafx] [--floor]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

from threadstat import threads

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "hangtime-desktop")
JAR = os.path.join(ROOT, "desktop", "target", "hangtime-desktop.jar")
CLK_TCK = os.sysconf("SC_CLK_TCK")


def start_display():
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return server, ":" + server.stdout.readline().strip()


def environment(display, home, options):
    env = dict(os.environ, DISPLAY=display, HANGTIME_HOME=home)
    env["HANGTIME_DESKTOP_JAVA_OPTIONS"] = " ".join(options)
    return env


def read_ns(path):
    with open(path) as f:
        return int(f.read().split()[0])


def start_up(display, home, command, runs):
    """Launch to first frame, in milliseconds, for each of `runs` launches of `command`."""
    times = []
    for _ in range(runs):
        log = os.path.join(home, "shown.log")
        if os.path.exists(log):
            os.remove(log)
        options = ["-Dhangtime.desktop.shownLog=" + log, "-Dhangtime.desktop.exitWhenShown=true"]
        env = environment(display, home, options if command[0] == LAUNCHER else [])
        if command[0] != LAUNCHER:
            command = command[:1] + options + command[1:]
        launched = time.time_ns()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        times.append((read_ns(log) - launched) / 1e6)
    return times


# The flags of ./hangtime-desktop, for bench/HelloWindow.java, which the launcher does not start.
FLAGS = ["-XX:+UseSerialGC", "-Xms16m", "-Xmx192m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
         "-XX:+UnlockDiagnosticVMOptions", "-XX:GuaranteedSafepointInterval=0", "-XX:AsyncDeflationInterval=0",
         "-Djavafx.animation.pulse=15", "-Dprism.order=sw", "-Xlog:disable", "-Xlog:all=error:stderr"]


def floor(display, home, runs):
    """Launch to first frame, in milliseconds, of bench/HelloWindow.java, compiled against the app's jar."""
    work = os.path.join(home, "hello")
    os.makedirs(work, exist_ok=True)
    subprocess.run(["javac", "-nowarn", "-d", work, "-cp", JAR, os.path.join(ROOT, "bench", "HelloWindow.java")],
                   check=True, stderr=subprocess.DEVNULL)
    # A class-data archive takes classes from jars only.
    hello_jar = os.path.join(home, "hello.jar")
    subprocess.run(["jar", "cf", hello_jar, "-C", work, "."], check=True)
    classpath = JAR + os.pathsep + hello_jar
    log = os.path.join(home, "hello.log")
    env = dict(os.environ, DISPLAY=display, GDK_GL="disable")
    run = ["java", *FLAGS, "-Dhello.shownLog=" + log, "-cp", classpath, "HelloWindow"]
    classes, archive = os.path.join(home, "hello.classes"), os.path.join(home, "hello.jsa")
    subprocess.run(run[:1] + ["-XX:DumpLoadedClassList=" + classes] + run[1:], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["java", "-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + archive,
                    "-XX:+UseSerialGC", "-Xlog:disable", "-cp", classpath], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        launched = time.time_ns()
        subprocess.run(run[:1] + ["-XX:SharedArchiveFile=" + archive] + run[1:], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120, check=True)
        times.append((read_ns(log) - launched) / 1e6)
    return times


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def window(display, title, seconds=120):
    until = time.time() + seconds
    while time.time() < until:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True,
                               text=True, env=dict(os.environ, DISPLAY=display)).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise SystemExit("no window named " + title)


def hold(display, home, pulse, seconds, settle, timer):
    routines = os.path.join(home, "routines")
    os.makedirs(routines, exist_ok=True)
    with open(os.path.join(routines, "bench-hold.json"), "w") as f:
        json.dump({"hangtime": 1, "id": "bench-hold", "name": "Bench hold", "cues": {"countdown": 3},
                   "steps": [{"type": "inversion", "angle": 30, "hold": "10m"}]}, f)
    paint = os.path.join(home, f"paint-{pulse}.log")
    options = ["-Djavafx.animation.pulse=%d" % pulse, "-Dhangtime.desktop.paintLog=" + paint,
               "-Dhangtime.desktop.pausingPulse=%s" % ("true" if timer == "pausing" else "false")]
    app = subprocess.Popen([LAUNCHER, "bench-hold"], env=environment(display, home, options),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wid = window(display, "Hangtime")
        time.sleep(2)
        # A fresh home has no safety answer: the inversion hold asks it first (y: none of the list applies).
        for key in ["y", "space"]:
            subprocess.run(["xdotool", "key", "--window", wid, key], env=dict(os.environ, DISPLAY=display),
                           check=True)
            time.sleep(1)
        # The JIT compiles what the once-a-second redraw runs for the first minute or two; a long hold is what
        # comes after.
        time.sleep(settle)
        painted = len(open(paint).read().split()) if os.path.exists(paint) else 0
        before, ticks_before, t0 = threads(app.pid), cpu_ticks(app.pid), time.monotonic()
        time.sleep(seconds)
        after, ticks_after, t1 = threads(app.pid), cpu_ticks(app.pid), time.monotonic()
        peak = status(app.pid, "VmHWM") / 1024
        wall = t1 - t0
        per_thread = {}
        on_cpu = {}
        for tid, (name, count, ns) in after.items():
            _, count_before, ns_before = before.get(tid, (name, 0, 0))
            per_thread[name] = per_thread.get(name, 0) + count - count_before
            on_cpu[name] = on_cpu.get(name, 0) + ns - ns_before
        delays = [float(x) for x in open(paint).read().split()[painted:]]
        return {
            "pulse": pulse,
            "wakeups_per_s": sum(per_thread.values()) / wall,
            "cpu_percent": sum(on_cpu.values()) / 1e9 / wall * 100,
            "cpu_percent_ticks": (ticks_after - ticks_before) / CLK_TCK / wall * 100,
            "cpu_threads": sorted(((n, ns / 1e6 / wall) for n, ns in on_cpu.items() if ns), key=lambda x: -x[1]),
            "peak_mb": peak,
            "paint_ms": delays,
            "threads": sorted(((n, c / wall) for n, c in per_thread.items() if c), key=lambda x: -x[1]),
        }
    finally:
        app.terminate()
        app.wait(60)


def summary(values):
    s = sorted(values)
    return "median %.0f, min %.0f, max %.0f (n=%d)" % (statistics.median(s), s[0], s[-1], len(s))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--hold", type=int, default=30)
    parser.add_argument("--pulses", default="15")
    parser.add_argument("--timers", default="pausing")
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--settle", type=int, default=90)
    args = parser.parse_args()
    server, display = start_display()
    try:
        with tempfile.TemporaryDirectory() as home:
            # The first run builds the jar if needed and trains the class-data archive.
            start_up(display, home, [LAUNCHER], 1)
            print("load average before:", open("/proc/loadavg").read().split()[:3])
            launcher = start_up(display, home, [LAUNCHER], args.runs)
            print("window shown, ./hangtime-desktop (lean flags, class-data archive): ms", summary(launcher))
            plain = start_up(display, home, ["java", "-jar", JAR], max(3, args.runs // 2))
            print("window shown, java -jar (default flags, no archive):               ms", summary(plain))
            for timer in args.timers.split(","):
                for pulse in [int(p) for p in args.pulses.split(",")]:
                    r = hold(display, home, pulse, args.hold, args.settle, timer)
                    d = sorted(r["paint_ms"])
                    p95 = d[min(len(d) - 1, int(len(d) * 0.95))] if d else float("nan")
                    print("hold, %s pulse timer at %d/s: %.1f wake-ups/s, %.2f%% of a core (%.2f%% by ticks),"
                          " peak memory %.0f MB; paint delay median %.0f ms, p95 %.0f ms, max %.0f ms (n=%d)"
                          % (timer, pulse, r["wakeups_per_s"], r["cpu_percent"], r["cpu_percent_ticks"],
                             r["peak_mb"], statistics.median(d) if d else float("nan"), p95,
                             d[-1] if d else float("nan"), len(d)))
                    print("   wake-ups/s by thread:", ", ".join("%s %.1f" % t for t in r["threads"][:8]))
                    print("   on a CPU, ms/s by thread:", ", ".join("%s %.2f" % t for t in r["cpu_threads"][:8]))
            if args.floor:
                print("window shown, bench/HelloWindow (one label; the same flags, an archive): ms",
                      summary(floor(display, home, args.runs)))
            print("load average after:", open("/proc/loadavg").read().split()[:3])
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
