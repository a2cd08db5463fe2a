"""What the kernel says of each thread of a process, for the benches that count wake-ups and CPU per thread."""
import os


def threads(pid):
    """Per thread id: (name, voluntary context switches, nanoseconds on a CPU).

    Wake-ups are voluntary context switches (/proc/PID/task/*/status): a thread that sleeps and wakes switches
    once. Time on a CPU is the scheduler's own sum (/proc/PID/task/*/schedstat), exact where utime and stime are
    charged in whole ticks. A thread that ends between the listing and the reading is left out.
    """
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                on_cpu = int(f.read().split()[0])
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches:"):
                        out[tid] = (name, int(line.split()[1]), on_cpu)
        except FileNotFoundError:
            pass
    return out
