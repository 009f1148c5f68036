"""Look inside an uploaded package before anything is stored.

A SCORM package is a zip with `imsmanifest.xml` at its root; an H5P activity is a zip
(`.h5p`) with `h5p.json` and `content/content.json`, bundling its libraries as exports do.
Every refusal is a `ValidationError` whose message the editor reads on the admin form.
"""

import json
import posixpath
import re
import stat
import zipfile
from dataclasses import dataclass

from defusedxml import ElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

SCORM12, SCORM2004, H5P = "scorm12", "scorm2004", "h5p"

# The file types a web package needs: pages, scripts, styles, data, pictures, sound,
# video, fonts, subtitles and documents. Anything else (programs, server scripts) is refused.
ALLOWED_EXTENSIONS = frozenset(
    ["html", "htm", "xhtml", "js", "mjs", "css", "map", "json", "xml", "xsd", "dtd", "txt"]
    + ["md", "csv", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "avif"]
    + ["mp3", "m4a", "aac", "ogg", "oga", "wav", "weba", "mp4", "m4v", "ogv", "webm", "vtt"]
    + ["srt", "woff", "woff2", "ttf", "otf", "eot", "pdf"]
)
DRIVE = re.compile(r"^[a-zA-Z]:")


@dataclass
class Inspected:
    kind: str
    launch: str  # the SCORM launch file (with its query string); "" for H5P
    names: list  # the files to store, relative to the package's folder
    unpacked_bytes: int
    sizes: dict  # {name: unpacked bytes}


def _limits():
    return (
        settings.PACKAGE_MAX_UPLOAD_BYTES,
        settings.PACKAGE_MAX_FILES,
        settings.PACKAGE_MAX_UNPACKED_BYTES,
    )


def _escapes(info):
    """True when an entry would land outside the package's folder: an absolute path, a
    drive, a backslash, a `..` step, a control character, or a link."""
    name = info.filename
    if not name or name.startswith("/") or "\\" in name or DRIVE.match(name):
        return True
    if any(ord(char) < 32 for char in name):
        return True
    if ".." in name.split("/"):
        return True
    return stat.S_ISLNK(info.external_attr >> 16)


def _check_entries(archive):
    """The files of `archive` (folders left out) after every path, type and size rule."""
    _upload, max_files, max_bytes = _limits()
    entries = [info for info in archive.infolist() if not info.is_dir()]
    if len(entries) > max_files:
        raise ValidationError(
            _("The package holds %(count)d files; at most %(limit)d are allowed.")
            % {"count": len(entries), "limit": max_files},
            code="too_many_files",
        )
    for info in archive.infolist():
        if _escapes(info):
            raise ValidationError(
                _("The package has a file outside its own folder: “%(name)s”.")
                % {"name": info.filename[:200]},
                code="escaping_path",
            )
    unpacked = sum(info.file_size for info in entries)
    if unpacked > max_bytes:
        raise ValidationError(
            _("Unpacked, the package would take %(size)s; at most %(limit)s are allowed.")
            % {"size": filesizeformat(unpacked), "limit": filesizeformat(max_bytes)},
            code="too_large_unpacked",
        )
    for info in entries:
        extension = posixpath.splitext(info.filename)[1].lower().lstrip(".")
        if extension not in ALLOWED_EXTENSIONS:
            raise ValidationError(
                _("The package has a file of a type it may not hold: “%(name)s”.")
                % {"name": info.filename[:200]},
                code="file_type",
            )
    return entries, unpacked


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _scorm_version(root, text):
    for element in root.iter():
        if _local(element.tag) == "schemaversion" and element.text:
            return SCORM12 if element.text.strip() == "1.2" else SCORM2004
    return SCORM2004 if "adlcp_v1p3" in text else SCORM12


def _scorm_launch(root):
    """The launch file of the default organization's first item (with xml:base)."""
    xml_base = "{http://www.w3.org/XML/1998/namespace}base"
    resources, referenced = {}, []
    for element in root.iter():
        local = _local(element.tag)
        if local == "resources":
            base = element.get(xml_base, "")
            for resource in element:
                if _local(resource.tag) == "resource" and resource.get("href"):
                    href = base + resource.get(xml_base, "") + resource.get("href")
                    resources[resource.get("identifier")] = href
        elif local == "item" and element.get("identifierref"):
            referenced.append(element.get("identifierref"))
    for ref in referenced:
        if ref in resources:
            return resources[ref]
    return next(iter(resources.values()), "")


def _inspect_scorm(archive, names):
    raw = archive.read("imsmanifest.xml")
    try:
        root = ElementTree.fromstring(raw)
    except Exception as error:  # defusedxml raises its own errors for entities and DTDs
        raise ValidationError(
            _("The package's imsmanifest.xml could not be read: %(error)s")
            % {"error": str(error)[:200]},
            code="bad_manifest",
        ) from error
    if _local(root.tag) != "manifest":
        raise ValidationError(_("imsmanifest.xml is not a SCORM manifest."), code="bad_manifest")
    launch = _scorm_launch(root)
    path = posixpath.normpath(launch.split("?")[0].split("#")[0]) if launch else ""
    if not path or path not in names:
        raise ValidationError(
            _("The manifest names no launch file that is in the package (“%(name)s”).")
            % {"name": launch[:200]},
            code="no_launch_file",
        )
    return _scorm_version(root, raw.decode("utf-8", "replace")), launch


def _inspect_h5p(archive, names):
    try:
        manifest = json.loads(archive.read("h5p.json"))
        main = manifest["mainLibrary"]
        dependencies = manifest["preloadedDependencies"]
        folders = {
            f"{d['machineName']}-{d['majorVersion']}.{d['minorVersion']}" for d in dependencies
        }
    except (ValueError, KeyError, TypeError) as error:
        raise ValidationError(
            _("The activity's h5p.json could not be read."), code="bad_manifest"
        ) from error
    if "content/content.json" not in names:
        raise ValidationError(_("The activity has no content/content.json."), code="no_launch_file")
    missing = sorted(f for f in folders if f"{f}/library.json" not in names)
    if missing:
        raise ValidationError(
            _(
                "The activity does not bundle the libraries it needs (%(names)s). Export it "
                "again with its libraries."
            )
            % {"names": ", ".join(missing[:5])},
            code="missing_libraries",
        )
    if not isinstance(main, str):
        raise ValidationError(_("The activity's h5p.json could not be read."), code="bad_manifest")
    return H5P, ""


def inspect_package(upload):
    """Check an uploaded file (a Django UploadedFile or any file object with a name and a
    size) and say what it is; raise ValidationError for anything the site will not store."""
    max_upload, _files, _bytes = _limits()
    name = getattr(upload, "name", "") or ""
    if not name.lower().endswith((".zip", ".h5p")):
        raise ValidationError(
            _("Upload a SCORM package (.zip) or an H5P activity (.h5p)."), code="file_type"
        )
    if upload.size > max_upload:
        raise ValidationError(
            _("The file is %(size)s; at most %(limit)s can be uploaded.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_upload)},
            code="too_large",
        )
    upload.seek(0)
    if not zipfile.is_zipfile(upload):
        raise ValidationError(_("The file is not a zip archive."), code="not_zip")
    upload.seek(0)
    with zipfile.ZipFile(upload) as archive:
        entries, unpacked = _check_entries(archive)
        names = {info.filename for info in entries}
        if "imsmanifest.xml" in names:
            kind, launch = _inspect_scorm(archive, names)
        elif "h5p.json" in names:
            kind, launch = _inspect_h5p(archive, names)
        else:
            raise ValidationError(
                _(
                    "The package has neither imsmanifest.xml (SCORM) nor h5p.json (H5P) at "
                    "its root."
                ),
                code="no_manifest",
            )
    sizes = {info.filename: info.file_size for info in entries}
    return Inspected(kind, launch, sorted(names), unpacked, sizes)
