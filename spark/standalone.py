"""A standalone Spark cluster on loopback for as long as a command runs: one
master and N workers, each a process of its own (spark-class
org.apache.spark.deploy.master.Master / worker.Worker from the pyspark
package), on free ports, stopped when the command ends, fails or is
interrupted (and, on Linux, when this process dies).

    python spark/standalone.py [--workers 2] [--cores 1] [--memory 2g] [--timeout 600] \\
        -- spark-submit --master {master} spark/cluster.py -o out.json fps.parquet

`{master}` in the command is replaced by the master's URL (also in
$SPARK_MASTER_URL). Exit code: the command's, or 2 when the cluster did not
start. Logs are in the work folder (--work, default a temporary folder
removed at the end).
"""

import argparse
import ctypes
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spark_class():
    """spark-class of the pyspark package this Python has."""
    import pyspark

    home = os.environ.get("SPARK_HOME") or os.path.dirname(pyspark.__file__)
    return home, os.path.join(home, "bin", "spark-class")


def die_with_parent():
    """Linux: the child gets SIGTERM when this process dies, however."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass
    os.setsid()


class Cluster:
    def __init__(self, workers, cores, memory, work):
        self.workers, self.cores, self.memory, self.work = workers, cores, memory, work
        self.procs = []
        self.master_port = free_port()
        self.ui_port = free_port()
        self.url = f"spark://127.0.0.1:{self.master_port}"

    def spawn(self, name, args, env):
        log = open(os.path.join(self.work, f"{name}.log"), "wb")
        proc = subprocess.Popen(
            args, stdout=log, stderr=subprocess.STDOUT, env=env, preexec_fn=die_with_parent
        )
        self.procs.append((name, proc))
        return proc

    def state(self):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=5) as r:
            return json.load(r)

    def start(self, wait=120):
        home, launcher = spark_class()
        env = dict(os.environ)
        env.update(
            SPARK_HOME=home,
            SPARK_LOCAL_IP="127.0.0.1",
            SPARK_LOG_DIR=self.work,
            SPARK_WORKER_DIR=os.path.join(self.work, "work"),
            PYSPARK_PYTHON=env.get("PYSPARK_PYTHON", sys.executable),
        )
        self.spawn(
            "master",
            [launcher, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
             "--port", str(self.master_port), "--webui-port", str(self.ui_port)],
            env,
        )
        for i in range(self.workers):
            self.spawn(
                f"worker-{i}",
                [launcher, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                 "--port", str(free_port()), "--webui-port", str(free_port()),
                 "--cores", str(self.cores), "--memory", self.memory,
                 "--work-dir", os.path.join(self.work, f"work-{i}"), self.url],
                env,
            )
        deadline = time.time() + wait
        while time.time() < deadline:
            for name, proc in self.procs:
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with {proc.returncode}: {self.tail(name)}")
            try:
                if self.state().get("aliveworkers", 0) >= self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"the cluster did not start in {wait} s: {self.tail('master')}")

    def tail(self, name):
        try:
            with open(os.path.join(self.work, f"{name}.log"), "rb") as f:
                return f.read()[-2000:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self):
        # Workers first (each stops its executors), then the master; the
        # whole process group of each, killed if it does not end.
        for name, proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.time() + 20
        for name, proc in reversed(self.procs):
            try:
                proc.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            proc.wait()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--cores", type=int, default=1, help="cores per worker")
    p.add_argument("--memory", default="2g", help="memory per worker")
    p.add_argument("--timeout", type=float, default=1800, help="seconds before everything is stopped")
    p.add_argument("--work", help="the folder of logs and executors (kept)")
    p.add_argument("command", nargs=argparse.REMAINDER)
    args = p.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        p.error("no command")
    work = args.work or tempfile.mkdtemp(prefix="clone-detect-standalone-")
    os.makedirs(work, exist_ok=True)
    cluster = Cluster(args.workers, args.cores, args.memory, work)

    def stop_on_signal(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, stop_on_signal)
    code = 2
    child = None
    try:
        cluster.start()
        print(
            f"standalone.py: master {cluster.url} with {args.workers} workers "
            f"({args.cores} cores, {args.memory} each); logs in {work}",
            file=sys.stderr,
            flush=True,
        )
        command = [c.replace("{master}", cluster.url) for c in command]
        env = dict(os.environ, SPARK_MASTER_URL=cluster.url)
        child = subprocess.Popen(command, env=env, preexec_fn=die_with_parent)
        code = child.wait(timeout=args.timeout)
    except subprocess.TimeoutExpired:
        print(f"standalone.py: the command ran over {args.timeout} s", file=sys.stderr)
        code = 124
    except KeyboardInterrupt as e:
        print(f"standalone.py: interrupted ({e})", file=sys.stderr)
        code = 130
    except Exception as e:  # noqa: BLE001
        print(f"standalone.py: {e}", file=sys.stderr)
        code = 2
    finally:
        if child is not None and child.poll() is None:
            try:
                os.killpg(child.pid, signal.SIGTERM)
                child.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(child.pid, signal.SIGKILL)
        cluster.stop()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
