"""Every string of ours is translated into ky, ru and en, with nothing fuzzy."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ky", "ru", "en")


def _problems(locale_dir):
    problems = []
    for code in LANGUAGES:
        for catalogue in (locale_dir / code / "LC_MESSAGES").glob("*.po"):  # django, djangojs
            po = polib.pofile(str(catalogue))
            problems += [f"{code}: untranslated {e.msgid!r}" for e in po.untranslated_entries()]
            problems += [f"{code}: fuzzy {e.msgid!r}" for e in po.fuzzy_entries()]
    return problems


def test_committed_catalogues_are_complete():
    assert _problems(ROOT / "locale") == []


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path):
    """Extract strings from a copy of the tree: a new string without translations fails."""
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", "var", ".git", "tests", "*.mo", "__pycache__"),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--no-location", "-v0"]
        + [f"-l{code}" for code in LANGUAGES],
        cwd=copy,
        check=True,
    )
    assert _problems(copy / "locale") == []
