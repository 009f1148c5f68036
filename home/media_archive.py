"""Uploaded files into and out of a backup archive through Django's storage API, so a
backup holds the same media whether they live under MEDIA_ROOT or in an S3 bucket."""

import tarfile

from django.core.files import File
from django.core.files.storage import default_storage


def stored_names(storage=default_storage, folder=""):
    """Every file name in the storage, folders walked depth first."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a fresh site without any upload yet
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from stored_names(storage, f"{folder}/{sub}" if folder else sub)


def add_media(tar, storage=default_storage, arcname="media"):
    """Write each stored file into the open tar under `arcname/`, streamed, never all in memory."""
    for name in stored_names(storage):
        info = tarfile.TarInfo(f"{arcname}/{name}")
        info.size = storage.size(name)
        with storage.open(name, "rb") as handle:
            tar.addfile(info, handle)


def restore_media(folder, storage=default_storage):
    """Put every file under `folder` (an extracted archive's media/) back under its own name."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if storage.exists(name):
            storage.delete(name)  # else the storage would save it under another name
        with path.open("rb") as handle:
            storage.save(name, File(handle))
