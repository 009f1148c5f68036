"""Kyrgyz and Russian catalogues of other projects' admin strings, kept in locale/vendor/.

No Wagtail release ships a Kyrgyz catalogue, and Wagtail's Russian one has gaps. The Club
keeps, for each package the admin shows (Wagtail and its contrib apps, wagtail-localize,
django-taggit, Django's core and auth strings), a complete catalogue per language in the
package's own layout — ``locale/vendor/wagtail/admin/locale/ky/LC_MESSAGES/django.po`` —
so each file could be offered upstream as it is. ``LOCALE_PATHS`` lists them after the
Club's own catalogue, so Django (and its JavaScript catalogue) prefers them to the
packages'. ``manage.py vendor_messages`` brings them up to date with the installed
releases; ``--check`` (run by ``make test``) names every msgid without a translation.
"""

import functools
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings

VENDOR_ROOT = Path(settings.BASE_DIR) / "locale" / "vendor"
ADMIN_LANGUAGES = ("ky", "ru")
DOMAINS = ("django", "djangojs")
#: Apps whose strings the admin shows; an installed app under one of these names is vendored.
VENDORED_APPS = ("wagtail", "wagtail_localize", "taggit", "django.contrib.auth")
#: Packages whose templates and Python are scanned for strings missing from their own
#: English catalogue (a release can add strings before its catalogues are regenerated).
SCANNED_PACKAGES = ("wagtail", "wagtail_localize")
#: The Plural-Forms of a language whose upstream catalogue does not exist yet.
PLURAL_FORMS = {
    "ky": "nplurals=1; plural=0;",
    "ru": (
        "nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<12 || n%100>14) ? 1 : n%10==0 || (n%10>=5 && n%10<=9) || "
        "(n%100>=11 && n%100<=14)? 2 : 3);"
    ),
}
GLOSSARY = VENDOR_ROOT / "GLOSSARY.md"
GLOSSARY_ROW = re.compile(r"^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdfir]|\{\w*\}")


@dataclass(frozen=True)
class Catalogue:
    """One package's catalogue for one domain: where it lives upstream and here."""

    name: str  # dotted, e.g. "wagtail.admin"
    path: Path  # the package directory that holds locale/
    domain: str

    def upstream(self, language):
        return self.path / "locale" / language / "LC_MESSAGES" / f"{self.domain}.po"

    def vendored(self, language):
        folder = VENDOR_ROOT.joinpath(*self.name.split(".")) / "locale"
        return folder / language / "LC_MESSAGES" / f"{self.domain}.po"

    def __str__(self):
        return f"{self.name} ({self.domain})"


def catalogues():
    """Every vendored catalogue of the installed apps, Django's own core strings first."""
    django_conf = _package_dir("django") / "conf"
    app_paths = [("django.conf", django_conf)] + [
        (config.name, Path(config.path))
        for config in apps.get_app_configs()
        if any(config.name == p or config.name.startswith(p + ".") for p in VENDORED_APPS)
    ]
    return [
        Catalogue(name, path, domain)
        for name, path in app_paths
        for domain in DOMAINS
        if (path / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po").exists()
    ]


def glossary():
    """The admin's words as {language: {msgid: translation}}, from the first table of
    locale/vendor/GLOSSARY.md (the second names ideas, not msgids)."""
    words = {language: {} for language in ADMIN_LANGUAGES}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("| idea"):
            break
        match = GLOSSARY_ROW.match(line.strip())
        if match and match[1] not in ("en", "---"):
            for language, word in zip(ADMIN_LANGUAGES, (match[2], match[3]), strict=True):
                words[language][match[1]] = word
    return words


def _key(entry):
    return (entry.msgctxt or "", entry.msgid)


def _translated(entry):
    return entry is not None and entry.translated() and "fuzzy" not in entry.flags


def _entries(path):
    if not path.exists():
        return {}
    return {_key(e): e for e in polib.pofile(str(path)) if not e.obsolete}


@functools.cache
def scanned_messages():
    """Strings in the packages' code, by catalogue: what a release's English catalogue may
    lack. Extracted with Django's makemessages from a copy without the packages' locale/
    (once per process: the installed packages do not change under it)."""
    by_path = {c.path.resolve(): c for c in catalogues() if c.domain == "django"}
    found = {c: [] for c in by_path.values()}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for package in SCANNED_PACKAGES:
            shutil.copytree(
                _package_dir(package),
                root / package,
                ignore=shutil.ignore_patterns("locale", "tests", "test", "static", "*.pyc"),
            )
        (root / "locale").mkdir()
        subprocess.run(
            [sys.executable, "-m", "django", "makemessages", "-l", "en", "--no-wrap",
             "--add-location=file", "-v0"],
            cwd=root, check=True,
            env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
        )  # fmt: skip
        extracted = polib.pofile(str(root / "locale" / "en" / "LC_MESSAGES" / "django.po"))
        site_packages = _package_dir(SCANNED_PACKAGES[0]).parent
        for entry in extracted:
            for occurrence, _line in entry.occurrences:
                catalogue = _owner(site_packages / occurrence, by_path)
                if catalogue is not None:
                    found[catalogue].append(entry)
                    break
    return found


def _package_dir(name):
    return Path(importlib.import_module(name).__file__).parent


def _owner(file_path, by_path):
    """The catalogue of the nearest folder that has its own locale/ (None: an app that is
    not installed, such as Wagtail's style guide)."""
    for folder in file_path.resolve().parents:
        if (folder / "locale").is_dir():
            return by_path.get(folder)
    return None


def expected_entries(catalogue, scanned):
    """The catalogue's msgids: its English catalogue plus strings found only in the code."""
    entries = {_key(e): e for e in polib.pofile(str(catalogue.upstream("en"))) if not e.obsolete}
    for entry in scanned.get(catalogue, ()):
        entries.setdefault(_key(entry), entry)
    return list(entries.values())


def update(language, scanned, fills=None):
    """Write each vendored catalogue anew for the installed releases: every msgid, its
    translation kept from our file, else taken from upstream, else from ``fills``."""
    written = []
    memory = _memory(language)
    words = glossary()[language]
    for catalogue in catalogues():
        ours = _entries(catalogue.vendored(language))
        upstream_path = catalogue.upstream(language)
        upstream = _entries(upstream_path)
        po = polib.POFile(wrapwidth=0)
        plural_forms = PLURAL_FORMS[language]
        if upstream_path.exists():
            plural_forms = polib.pofile(str(upstream_path)).metadata.get(
                "Plural-Forms", plural_forms
            )
        po.metadata = {
            "Project-Id-Version": f"{catalogue.name} (Club of Women Deputies' admin)",
            "Language": language,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "PO-Revision-Date": "2026-12-07 00:00+0600",
            "Last-Translator": "AMUCA editors <academylgca@gmail.com>",
            "Language-Team": f"{language} (Club of Women Deputies of Local Keneshes)",
            "Plural-Forms": plural_forms.rstrip(";") + ";",
        }
        for source in expected_entries(catalogue, scanned):
            entry = polib.POEntry(
                msgid=source.msgid,
                msgctxt=source.msgctxt,
                msgid_plural=source.msgid_plural,
                comment=source.comment,
                flags=[f for f in source.flags if f != "fuzzy"],
            )
            _translate(entry, ours, upstream, fills or {}, memory)
            if not entry.msgctxt and entry.msgid in words:
                entry.msgstr = words[entry.msgid]
            po.append(entry)
        target = catalogue.vendored(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(target))
        written.append(target)
    return written


def _memory(language):
    """Upstream's translations of the same msgid in another package's catalogue."""
    memory = {}
    for catalogue in catalogues():
        for key, entry in _entries(catalogue.upstream(language)).items():
            if _translated(entry):
                memory.setdefault(key, entry)
    return memory


def _translate(entry, ours, upstream, fills, memory):
    """Ours first (a fix stays fixed), then upstream's, the translators' fill, the memory."""
    key = _key(entry)
    for found in (ours.get(key), upstream.get(key)):
        if _translated(found) and bool(found.msgid_plural) == bool(entry.msgid_plural):
            entry.msgstr, entry.msgstr_plural = found.msgstr, dict(found.msgstr_plural)
            return
    remembered = memory.get(key)
    if key not in fills and _translated(remembered):
        if bool(remembered.msgid_plural) == bool(entry.msgid_plural):
            entry.msgstr, entry.msgstr_plural = remembered.msgstr, dict(remembered.msgstr_plural)
        return
    filled = fills.get(key)
    if filled is None:
        return
    if entry.msgid_plural:
        forms = [filled] if isinstance(filled, str) else filled
        entry.msgstr_plural = dict(enumerate(forms))
    else:
        entry.msgstr = filled


def problems(languages=ADMIN_LANGUAGES):
    """Every msgid the admin may show that has no translation, or whose translation drops
    or invents a named placeholder — in the words a translator acts on."""
    found = []
    scanned = scanned_messages()
    for catalogue in catalogues():
        for language in languages:
            ours = _entries(catalogue.vendored(language))
            for source in expected_entries(catalogue, scanned):
                entry = ours.get(_key(source))
                where = f"{catalogue.vendored(language).relative_to(settings.BASE_DIR)}"
                if not _translated(entry):
                    found.append(f"{where}: no translation for {source.msgid!r}")
                elif _placeholders_problem(entry, source):
                    found.append(f"{where}: placeholders differ in {source.msgid!r}")
    return found


def _placeholders_problem(entry, source):
    """A translation that invents a named placeholder, or drops one its plural form needs."""
    texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    translated = set().union(*(PLACEHOLDER.findall(t) for t in texts))
    allowed = set(PLACEHOLDER.findall(source.msgid + " " + source.msgid_plural))
    needed = set(PLACEHOLDER.findall(source.msgid_plural or source.msgid))
    return bool(translated - allowed or needed - translated)
