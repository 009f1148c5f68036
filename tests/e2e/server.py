"""A real site in a subprocess: migrate, seed_demo, then gunicorn on 127.0.0.1.

Shared by the browser journeys (tests/e2e), the benchmark and the load run (tests/bench).
The site gets its own throwaway VAR_DIR (SQLite + media) unless a DATABASE_URL is given,
so it never touches the developer's database or the test database of pytest-django.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveSite:
    """One site: a database, media, and a gunicorn that can be stopped and started again."""

    def __init__(
        self,
        settings="cms.settings.test",
        database_url=None,
        workers=2,
        threads=4,
        extra_env=None,
    ):
        self.var_dir = Path(tempfile.mkdtemp(prefix="club-live-"))
        self.settings = settings
        self.database_url = database_url
        self.workers = workers
        self.threads = threads
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log_path = self.var_dir / "gunicorn.log"
        self.extra_env = extra_env or {}
        self.credentials = {}

    # --- environment -------------------------------------------------------------------

    @property
    def env(self):
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            DJANGO_SETTINGS_MODULE=self.settings,
            VAR_DIR=str(self.var_dir),
            MEDIA_ROOT=str(self.var_dir / "media"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.update(self.extra_env)  # may name another MEDIA_ROOT (servers sharing media)
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        return env

    def manage(self, *args, check=True, capture=True):
        return subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=check,
            text=True,
            capture_output=capture,
        )

    def prepare(self, seed=True):
        """Migrate the empty database and load the demo content."""
        self.manage("migrate", "--noinput", "-v0")
        if seed:
            out = self.manage("seed_demo").stdout
            # seed_demo prints "  <role>  <username>  password: <password>" per demo account.
            for line in out.splitlines():
                match = re.match(r"\s+(.+?)\s{2,}(\S+)\s+password: (\S+)\s*$", line)
                if match:
                    role, username, password = match.groups()
                    self.credentials[username] = {"role": role.strip(), "password": password}
        return self

    # --- server ------------------------------------------------------------------------

    def start(self, timeout=60):
        log = open(self.log_path, "a")  # noqa: SIM115 - kept open for the child's lifetime
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "cms.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--threads",
                str(self.threads),
                "--graceful-timeout",
                "10",
                "--timeout",
                "60",
                "--error-logfile",
                "-",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_path.read_text()[-3000:]}")
            try:
                urllib.request.urlopen(self.base_url + "/robots.txt", timeout=2).read()
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer in time")

    def stop(self, graceful=True):
        """SIGTERM lets gunicorn finish the requests it has accepted (graceful restart)."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM if graceful else signal.SIGKILL)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def restart(self):
        self.stop()
        return self.start()

    def close(self):
        self.stop()
        shutil.rmtree(self.var_dir, ignore_errors=True)

    def log_tail(self, chars=4000):
        return self.log_path.read_text()[-chars:] if self.log_path.exists() else ""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
