#!/usr/bin/env python3
"""Time from launching a command in a fresh 80x24 pseudo-terminal to the first full screen it draws.

Usage: first-screen.py RUNS MARKER [--leave-with-esc] COMMAND...

Starts COMMAND RUNS times. Each time, the clock starts just before the fork and stops when MARKER (text
that only the first complete frame holds, such as its ready banner) has been written to the terminal. The
harness answers the cursor-position query Lanterna uses to learn the window size, as a terminal would,
then presses q (which leaves a session that has not started), or Esc with --leave-with-esc (which leaves the
library, where q would filter), and waits for the command to end; only a command still running 10 s later is
sent SIGTERM. Lanterna skips blank cells with cursor moves, so a MARKER is best one word. Prints each run in milliseconds, then the median and the
minimum.
"""
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import fcntl
import time

ROWS, COLS = 24, 80
SIZE_QUERY = b"\x1b[6n"


def one_run(marker, argv, leave):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    seen = b""
    elapsed = None
    deadline = start + 20
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        while SIZE_QUERY in seen:
            os.write(fd, b"\x1b[%d;%dR" % (ROWS, COLS))
            seen = seen.replace(SIZE_QUERY, b"", 1)
        if marker in seen:
            elapsed = (time.monotonic() - start) * 1000
            break
    os.write(fd, leave)
    ended = False
    try:
        # Drain what the app writes as it restores the terminal, so it is not blocked on a full pty.
        end = time.monotonic() + 10
        while time.monotonic() < end and not ended:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready and not os.read(fd, 65536):
                break
            ended = os.waitpid(pid, os.WNOHANG)[0] == pid
    except OSError:
        pass
    if not ended:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    runs = int(sys.argv[1])
    marker = sys.argv[2].encode()
    argv = sys.argv[3:]
    leave = b"q"
    if argv and argv[0] == "--leave-with-esc":
        leave, argv = b"\x1b", argv[1:]
    times = []
    for _ in range(runs):
        ms = one_run(marker, argv, leave)
        if ms is None:
            print("no first screen within 20 s", file=sys.stderr)
            sys.exit(1)
        times.append(ms)
        print("%.0f" % ms)
    print("median %.0f ms, min %.0f ms" % (statistics.median(times), min(times)))


if __name__ == "__main__":
    main()
