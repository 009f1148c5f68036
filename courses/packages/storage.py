"""A package's files in the site's media storage (the local folder or the S3 bucket)."""

import zipfile

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

CHUNK = 64 * 1024


def _read_bounded(archive, name, budget):
    """The bytes of one entry, refusing more than `budget` whatever its header claims."""
    data = bytearray()
    with archive.open(name) as source:
        while chunk := source.read(CHUNK):
            data += chunk
            if len(data) > budget:
                raise ValidationError(
                    _("The package unpacks to more than it declares."), code="too_large_unpacked"
                )
    return bytes(data)


def store_package(package, upload, inspected):
    """Unpack the inspected upload under the package's folder; on any failure remove what
    was written, so a refused package leaves nothing behind."""
    written = []
    budget = inspected.unpacked_bytes
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            for name in inspected.names:
                data = _read_bounded(archive, name, budget)
                budget -= len(data)
                written.append(default_storage.save(package.storage_path(name), ContentFile(data)))
    except Exception:
        for path in written:
            default_storage.delete(path)
        raise
    package.kind = inspected.kind
    package.launch = inspected.launch
    package.file_count = len(inspected.names)
    package.files = [[name, inspected.sizes[name]] for name in inspected.names]
    package.unpacked_bytes = inspected.unpacked_bytes


def delete_files(package, names):
    for name in names:
        default_storage.delete(package.storage_path(name))


def stored_names(package):
    """Every file of the package in storage (walked folder by folder)."""
    names, folders = [], [""]
    while folders:
        folder = folders.pop()
        try:
            subfolders, files = default_storage.listdir(package.storage_path(folder))
        except FileNotFoundError:
            continue
        names += [f"{folder}{name}" for name in files]
        folders += [f"{folder}{sub}/" for sub in subfolders]
    return names
