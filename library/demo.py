"""Demo content of the library, called by `manage.py seed_demo` (idempotent).

Nine items from the Club's concept in ky, ru and en, tagged (tag names in every language),
spread over the four pilot oblasts, two of them for Club members only.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.models import Track
from home.seeding import (
    LANGUAGE_CODES,
    ensure_child_page,
    ensure_translated_page,
    ensure_translation,
    home_pages,
)

from .demo_texts import INDEX_TEXTS, ITEMS, MUNICIPALITIES, TAGS
from .documents import ensure_members_only_collection
from .models import LibraryIndexPage, LibraryItemPage, LibraryTag

INDEX_SLUG = "library"
# Our track keys and the slugs the courses app may give them (the first match wins).
TRACK_SLUGS = {
    "soft-skills": ["soft-skills"],
    "partnerships": ["partnerships", "partnerships-and-coalitions", "coalitions"],
    "professional": ["professional-knowledge", "professional", "local-budget"],
}
TRACK_ORDER = ["soft-skills", "partnerships", "professional"]


def ensure_tags():
    tags = {}
    for slug, (name, name_ky, name_ru) in TAGS.items():
        tag, _created = LibraryTag.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "name_ky": name_ky, "name_ru": name_ru, "name_en": name},
        )
        tags[slug] = tag
    return tags


def source_tracks():
    """The Kyrgyz tracks created by the courses seed, keyed by our track keys."""
    tracks = list(Track.objects.filter(locale__language_code="ky").order_by("sort_order", "pk"))
    by_slug = {track.slug: track for track in tracks}
    found = {}
    for position, key in enumerate(TRACK_ORDER):
        match = next((by_slug[s] for s in TRACK_SLUGS[key] if s in by_slug), None)
        if match is None and len(tracks) == len(TRACK_ORDER):
            match = tracks[position]
        if match is not None:
            found[key] = match
    return found


def ensure_document(spec):
    Document = get_document_model()
    existing = Document.objects.filter(title=spec["title"]).first()
    if existing:
        return existing
    if spec["members_only"]:
        collection = ensure_members_only_collection()
    else:
        collection = Collection.get_first_root_node()
    document = Document(title=spec["title"], collection=collection)
    document.file.save(spec["filename"], ContentFile(spec["content"].encode()), save=False)
    document.save()
    return document


def item_texts(spec, document):
    texts = {}
    for code in LANGUAGE_CODES:
        fields = dict(spec["texts"][code])
        fields["source"] = spec["source"][code]
        fields["municipality"] = MUNICIPALITIES[spec["place"]][code] if spec["place"] else ""
        if document is not None:
            label = spec["document"]["labels"][code]
            fields["resources"] = [("document", {"document": document, "title": label})]
        texts[code] = fields
    return texts


def ensure_item(parents, spec, tags, tracks):
    """The Kyrgyz item with its tags and tracks first; the translations copy them."""
    document = ensure_document(spec["document"]) if "document" in spec else None
    texts = item_texts(spec, document)
    source = parents["ky"].get_children().filter(slug=spec["slug"]).first()
    if source is None:
        source = ensure_child_page(
            parents["ky"],
            LibraryItemPage,
            spec["slug"],
            kind=spec["kind"],
            oblast=spec["oblast"],
            year=spec["year"],
            members_only=spec.get("members_only", False),
            **texts["ky"],
        )
        source.tags.set([tags[slug] for slug in spec["tags"]])
        source.tracks.set([tracks[key] for key in spec["tracks"] if key in tracks])
        source.save_revision().publish()
    pages = {"ky": source.specific}
    for code in LANGUAGE_CODES[1:]:
        pages[code] = ensure_translation(source.specific, code, **texts[code])
    return pages


def seed(command):
    homes = home_pages()
    libraries = ensure_translated_page(
        homes,
        LibraryIndexPage,
        INDEX_SLUG,
        {code: INDEX_TEXTS[code] for code in LANGUAGE_CODES},
        show_in_menus=True,
    )
    ensure_members_only_collection()
    tags = ensure_tags()
    tracks = source_tracks()
    for spec in ITEMS:
        ensure_item(libraries, spec, tags, tracks)
    command.stdout.write(f"Library: {len(ITEMS)} items in {len(LANGUAGE_CODES)} languages.")
