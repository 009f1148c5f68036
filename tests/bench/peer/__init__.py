"""The peer of the comparison in `make bench`: wagtail-lms 0.11.1 in its example project,
in its own venv (var/peer/venv) and its own process (project/worker.py).

`start()` installs the venv when requirements.txt changed (pip, with this machine's pip
configuration) and starts the worker; it never raises: a peer that cannot be installed or
started comes back as a `Peer` whose `why` says so, and the bench carries on without it.
"""

import hashlib
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
VAR_DIR = REPO / "var" / "peer"
VENV = VAR_DIR / "venv"
PYTHON = VENV / "bin" / "python"
REQUIREMENTS = HERE / "requirements.txt"
STAMP = VENV / ".installed"
LOG = VAR_DIR / "worker.log"
READY_SECONDS = 600  # migrate and the scenario's pages on a loaded 2-core machine
ANSWER_SECONDS = 300
CLUB_ENVIRONMENT = {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "VAR_DIR", "MEDIA_ROOT", "REDIS_URL"}


class PeerError(Exception):
    pass


def _run(what, args, timeout):
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise PeerError(f"{what} failed: {lines[-1] if lines else result.returncode}")


def install():
    """The venv with requirements.txt, installed once (again when the file changes)."""
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print(f"Installing the peer (wagtail-lms) into {VENV} (first run, about a minute) ...")
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    _run("creating its venv", [sys.executable, "-m", "venv", "--clear", str(VENV)], timeout=300)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--no-input"]
    _run("installing it", [*pip, "-r", str(REQUIREMENTS)], timeout=1200)
    STAMP.write_text(wanted)


class Peer:
    """The worker process; `ask()` sends one command and returns its answer."""

    def __init__(self, why=None):
        self.why = why  # why the peer is not measured, or None
        self.process = None
        self.versions = {}

    def start(self):
        try:
            install()
            self.log = LOG.open("w")
            self.process = subprocess.Popen(
                [str(PYTHON), str(HERE / "project" / "worker.py")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self.log,
                text=True,
                cwd=HERE / "project",
                env={k: v for k, v in os.environ.items() if k not in CLUB_ENVIRONMENT},
            )
        except (OSError, subprocess.SubprocessError, PeerError) as error:
            self.fail(error)
        return self

    def _answer(self, seconds):
        ready, _, _ = select.select([self.process.stdout], [], [], seconds)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            raise PeerError(f"no answer from the worker (see {LOG.relative_to(REPO)})")
        answer = json.loads(line)
        if "error" in answer:
            raise PeerError(answer["error"])
        return answer

    def ready(self):
        """Waits for the worker's database (it is built while this site seeds its own)."""
        if self.why is None and not self.versions:
            try:
                self.versions = self._answer(READY_SECONDS)["versions"]
            except (OSError, ValueError, KeyError, PeerError) as error:
                self.fail(error)
        return self.why is None

    def ask(self, *command):
        try:
            self.process.stdin.write(json.dumps(command) + "\n")
            self.process.stdin.flush()
            return self._answer(ANSWER_SECONDS)
        except (OSError, ValueError, PeerError) as error:
            self.fail(error)
            raise PeerError(self.why) from error

    def fail(self, error):
        self.why = str(error) or type(error).__name__
        self.stop()

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None:
            self.log.close()
        self.process = None


def start(enabled=True):
    """A started Peer, or one that says why it is not measured."""
    if not enabled:
        return Peer("left out (--no-peer)")
    started = time.perf_counter()
    peer = Peer().start()
    if peer.why is None and time.perf_counter() - started > 5:
        print(f"Peer installed in {time.perf_counter() - started:.0f} s.")
    return peer
