#!/usr/bin/env python3
"""Measures what reading the settings file and a routine file costs a fresh JVM, with the reader the app uses
(Jackson's streaming parser) and with jackson-databind's ObjectMapper (docs/jackson.md).

Each mode of bench/JacksonStart.java runs in its own JVM with the flags of ./hangtime, the modes interleaved,
first without and then with a class-data archive made for that mode (as the launcher makes one for the app).
Reports, per mode, medians of: the time the read took inside the JVM (class loading and initialisation
included), and the part of it its thread spent on a CPU (which a busy machine inflates far less); the time of
the whole process as seen from here, and its CPU time (all threads: the compiler's too); and how many classes
the read loaded (the count beyond the `none` mode, which reads nothing).

Run from the repository root after building: python3 bench/jackson-start.py [runs]
It fetches jackson-databind (the version the build manages) through the Maven wrapper into a temporary folder.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "tui", "target", "hangtime.jar")
MODES = ["none", "settings-streaming", "settings-databind", "routine-streaming", "routine-databind"]
# The flags of ./hangtime, less the archive, which this script adds itself.
FLAGS = ["-XX:+UseSerialGC", "-Xms8m", "-Xmx64m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
         "-XX:+UnlockDiagnosticVMOptions", "-XX:GuaranteedSafepointInterval=0", "-XX:AsyncDeflationInterval=0",
         "-Xlog:disable", "-Xlog:all=error:stderr"]
SETTINGS = '{\n  "volume": 60,\n  "voice": false,\n  "countdown": 5,\n  "mute": false\n}\n'
ROUTINE = os.path.join(ROOT, "routines", "src", "main", "resources", "dev", "hangtime", "routines", "library",
                       "core-basics.json")


def databind_jars(work):
    """jackson-databind and what it needs, fetched by a throwaway project at the version the build manages."""
    with open(os.path.join(ROOT, "pom.xml")) as f:
        version = re.search(r"<jackson.version>([^<]+)</jackson.version>", f.read()).group(1)
    project = os.path.join(work, "fetch")
    os.makedirs(project)
    with open(os.path.join(project, "pom.xml"), "w") as f:
        f.write(f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>fetch</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies><dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId>
    <version>{version}</version></dependency></dependencies>
  <build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>
    <version>3.8.1</version></plugin></plugins></build>
</project>
""")
    lib = os.path.join(work, "lib")
    subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-B", "-f", os.path.join(project, "pom.xml"),
                    "dependency:copy-dependencies", "-DoutputDirectory=" + lib], cwd=ROOT, check=True)
    return [os.path.join(lib, name) for name in sorted(os.listdir(lib))]


def run(classpath, mode, args, extra=()):
    """The read's time and on-CPU time inside the JVM, and the whole process's time and CPU time, in ms."""
    command = ["java", *FLAGS, *extra, "-cp", classpath, "JacksonStart", mode, *args]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    out = process.stdout.read()
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"jackson-start: {mode} failed ({process.returncode})")
    took, on_cpu = out.split(" ")[:2]
    return int(took) / 1e6, int(on_cpu) / 1e6, wall, (usage.ru_utime + usage.ru_stime) * 1000


def classes_loaded(classpath, mode, args, work, extra=()):
    log = os.path.join(work, mode + ".classes")
    subprocess.run(["java", *FLAGS, *extra, "-Xlog:class+load=info:file=" + log, "-cp", classpath,
                    "JacksonStart", mode, *args], check=True, capture_output=True)
    with open(log) as f:
        return sum(1 for line in f if " source: " in line)


def archive(classpath, mode, args, work):
    """A static class-data archive of what one run of the mode loads, made as ./hangtime makes the app's."""
    listing = os.path.join(work, mode + ".list")
    jsa = os.path.join(work, mode + ".jsa")
    subprocess.run(["java", "-XX:DumpLoadedClassList=" + listing, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Xlog:disable", "-cp", classpath, "JacksonStart", mode, *args], check=True, capture_output=True)
    subprocess.run(["java", "-Xshare:dump", "-XX:SharedClassListFile=" + listing, "-XX:SharedArchiveFile=" + jsa,
                    "-XX:+UseSerialGC", "-Xlog:disable", "-cp", classpath], check=True, capture_output=True)
    return ["-XX:SharedArchiveFile=" + jsa]


def measure(label, classpath, inputs, runs, extras, work):
    print(f"\n{label}: {runs} fresh JVMs per mode, medians")
    print(f"  {'mode':<20} {'the read':>10} {'on a CPU':>10} {'whole process':>14} {'its CPU time':>13} "
          f"{'classes loaded':>15}")
    timings = {mode: ([], [], [], []) for mode in MODES}
    for _ in range(runs):
        for mode in MODES:
            for kept, value in zip(timings[mode], run(classpath, mode, inputs[mode], extras[mode])):
                kept.append(value)
    base = classes_loaded(classpath, "none", [], work, extras["none"])
    for mode in MODES:
        reads, on_cpu, walls, cpus = (statistics.median(values) for values in timings[mode])
        count = classes_loaded(classpath, mode, inputs[mode], work, extras[mode]) - base
        print(f"  {mode:<20} {reads:>7.1f} ms {on_cpu:>7.1f} ms {walls:>11.1f} ms {cpus:>10.1f} ms "
              f"{count if mode != 'none' else base:>15}")


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    if not os.path.exists(JAR):
        sys.exit("jackson-start: build first: ./mvnw -q -DskipTests package")
    with tempfile.TemporaryDirectory() as work:
        settings = os.path.join(work, "settings.json")
        with open(settings, "w") as f:
            f.write(SETTINGS)
        classes = os.path.join(work, "classes")
        classpath = os.pathsep.join([JAR, *databind_jars(work)])
        # Compiled as the app is: string concatenation as plain code, not linked at its first use.
        subprocess.run(["javac", "-XDstringConcat=inline", "-d", classes, "-cp", classpath,
                        os.path.join(ROOT, "bench", "JacksonStart.java")], check=True)
        # A jar, not a folder: a class-data archive takes classes from jars only.
        bench = os.path.join(work, "bench.jar")
        subprocess.run(["jar", "cf", bench, "-C", classes, "."], check=True)
        classpath = os.pathsep.join([bench, classpath])
        inputs = {"none": [], "settings-streaming": [settings], "settings-databind": [settings],
                  "routine-streaming": [ROUTINE], "routine-databind": [ROUTINE]}
        print(f"java: {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}")
        print(f"cores: {os.cpu_count()}; 'classes loaded' for none is the JVM's own start, for the others the "
              "classes the read adds to it")
        measure("Without an archive of the app's classes (the JDK's own archive only)", classpath, inputs, runs,
                {mode: [] for mode in MODES}, work)
        extras = {mode: archive(classpath, mode, inputs[mode], work) for mode in MODES}
        measure("With a class-data archive made for each mode, as ./hangtime makes one", classpath, inputs, runs,
                extras, work)


if __name__ == "__main__":
    main()
