"""Demo content of the library, seeded by `manage.py seed_demo` (idempotent).

Nine items from the Club's concept in ky, ru and en, tagged (tag names in every language),
spread over the four pilot oblasts, two of them for Club members only. Texts:
library/demo_data/ (library.yaml, tags.yaml, items/<slug>.yaml).
"""

from pathlib import Path

from wagtail.documents import get_document_model

from home.documents import create_document
from home.models import Track
from home.seeding import (
    LANGUAGE_CODES,
    ensure_child_page,
    ensure_translated_page,
    ensure_translation,
    home_pages,
    language_columns,
    load_demo_data,
    load_demo_folder,
    localized,
    translated_texts,
)

from .documents import ensure_members_only_collection
from .models import LibraryIndexPage, LibraryItemPage, LibraryTag

DATA = Path(__file__).resolve().parent / "demo_data"
ITEM_TEXTS = ("title", "summary", "body", "source", "municipality")


def ensure_tags():
    tags = {}
    for data in load_demo_data(DATA / "tags.yaml"):
        tag, _created = LibraryTag.objects.get_or_create(
            slug=data["slug"],
            defaults={"name": data["name"]["en"], **language_columns("name", data["name"])},
        )
        tags[data["slug"]] = tag
    return tags


def ensure_document(spec):
    Document = get_document_model()
    existing = Document.objects.filter(title=spec["title"]).first()
    if existing:
        return existing
    return create_document(
        spec["title"], spec["filename"], spec["content"].encode(), spec["members_only"]
    )


def item_texts(data, document):
    """The item's fields in each language, with its document and links under that language's labels."""
    texts = translated_texts(data, *ITEM_TEXTS)
    for code in LANGUAGE_CODES:
        resources = []
        if document is not None:
            label = localized(data["document"]["label"], code)
            resources.append(("document", {"document": document, "title": label}))
        for link in data.get("links", []):
            resources.append(
                ("link", {"url": link["url"], "title": localized(link["title"], code)})
            )
        if resources:
            texts[code]["resources"] = resources
    return texts


def ensure_item(parents, data, tags, tracks):
    """The Kyrgyz item with its tags and tracks first; the translations copy them."""
    document = ensure_document(data["document"]) if "document" in data else None
    texts = item_texts(data, document)
    source = parents["ky"].get_children().filter(slug=data["slug"]).first()
    if source is None:
        source = ensure_child_page(
            parents["ky"],
            LibraryItemPage,
            data["slug"],
            kind=data["kind"],
            oblast=data["oblast"],
            year=data.get("year"),
            members_only=data.get("members_only", False),
            **texts["ky"],
        )
        source.tags.set([tags[slug] for slug in data["tags"]])
        source.tracks.set([tracks[slug] for slug in data["tracks"] if slug in tracks])
        source.save_revision().publish()
    pages = {"ky": source.specific}
    for code in LANGUAGE_CODES[1:]:
        pages[code] = ensure_translation(source.specific, code, **texts[code])
    return pages


def seed(command):
    texts = translated_texts(load_demo_data(DATA / "library.yaml"), "title", "intro")
    libraries = ensure_translated_page(
        home_pages(), LibraryIndexPage, "library", texts, show_in_menus=True
    )
    ensure_members_only_collection()
    tags = ensure_tags()
    # The Kyrgyz tracks the courses seed made; an item skips a track that is missing.
    tracks = {track.slug: track for track in Track.objects.filter(locale__language_code="ky")}
    items = load_demo_folder(DATA / "items")
    for data in items:
        ensure_item(libraries, data, tags, tracks)
    command.stdout.write(f"Library: {len(items)} items in {len(LANGUAGE_CODES)} languages.")
