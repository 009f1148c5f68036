"""Package files made in memory for the tests: good ones and every kind of bad one."""

import io
import json
import stat
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

MANIFEST_12 = """<?xml version="1.0"?>
<manifest identifier="demo" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Demo</title>
    <item identifier="i1" identifierref="r1"><title>Demo</title></item>
  </organization></organizations>
  <resources><resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="{launch}">
    <file href="index.html"/></resource></resources>
</manifest>"""

SCO_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>SCO</title></head>
<body><p id="state">loading</p><script src="sco.js"></script></body></html>"""


def zip_bytes(files, links=()):
    """A zip of {name: text or bytes}; names in `links` are stored as symbolic links."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def upload(files, name="package.zip", links=()):
    return SimpleUploadedFile(name, zip_bytes(files, links), content_type="application/zip")


def scorm_files(launch="index.html", script="", **extra):
    return {
        "imsmanifest.xml": MANIFEST_12.format(launch=launch),
        "index.html": SCO_PAGE,
        "sco.js": script or "window.parent.API && window.parent.API.LMSInitialize('');",
        **extra,
    }


def h5p_files(with_library=True):
    files = {
        "h5p.json": json.dumps(
            {
                "title": "Demo",
                "language": "en",
                "mainLibrary": "H5P.Demo",
                "embedTypes": ["div"],
                "preloadedDependencies": [
                    {"machineName": "H5P.Demo", "majorVersion": 1, "minorVersion": 0}
                ],
            }
        ),
        "content/content.json": json.dumps({"text": "Hello"}),
    }
    if with_library:
        files["H5P.Demo-1.0/library.json"] = json.dumps(
            {
                "machineName": "H5P.Demo",
                "majorVersion": 1,
                "minorVersion": 0,
                "patchVersion": 0,
                "preloadedJs": [{"path": "demo.js"}],
            }
        )
        files["H5P.Demo-1.0/demo.js"] = "var H5P = H5P || {};"
    return files
