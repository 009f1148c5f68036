"""Building blocks for the idempotent `seed_demo` command, shared by every app.

Each app registers a seeder with the `register_demo_seeder` hook and keeps its demo texts
in YAML files under its `demo_data/` folder. Every translatable field is written there as
`{ky: ..., ru: ..., en: ...}`, so translators review the three languages side by side
without reading Python; a StreamField is a list of `{type: ..., value: ...}` blocks.
`localized()` turns such a tree into one language's values, for any block shape.
"""

import hashlib
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail import hooks
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import TranslationSource

LANGUAGE_CODES = ("ky", "ru", "en")


def demo_seeders():
    """The seeders apps register with `register_demo_seeder`, in their hook `order`."""
    return hooks.get_hooks("register_demo_seeder")


def load_demo_data(path):
    """One YAML data file, read with `safe_load` (plain data, never Python objects).

    A text missing a language fails here, naming the file, rather than half-way through
    seeding.
    """
    with Path(path).open(encoding="utf-8") as file:
        data = yaml.safe_load(file)
    try:
        localized(data, LANGUAGE_CODES[0])
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error
    return data


def load_demo_folder(path):
    """Every YAML file of a folder (one page each), in the order of their `order` key."""
    items = [load_demo_data(file) for file in sorted(Path(path).glob("*.yaml"))]
    return sorted(items, key=lambda item: item.get("order", 0))


def localized(value, code):
    """The `code` language of a data tree.

    `{ky, ru, en}` mappings become that language's text, `{type, value}` blocks the
    `(type, value)` pairs a StreamField takes; everything else is shared by every language.
    """
    if isinstance(value, list):
        return [localized(item, code) for item in value]
    if not isinstance(value, dict):
        return value
    if value.keys() & set(LANGUAGE_CODES):
        if len(value) != len(LANGUAGE_CODES) or not all(value.get(c) for c in LANGUAGE_CODES):
            raise ValueError(f"a demo text needs exactly ky, ru and en, none empty: {value!r}")
        return value[code]
    if value.keys() == {"type", "value"}:
        return (value["type"], localized(value["value"], code))
    return {key: localized(item, code) for key, item in value.items()}


def translated_texts(data, *names):
    """`{code: {name: value}}` for those of the named fields a data file has."""
    return {
        code: {name: localized(data[name], code) for name in names if name in data}
        for code in LANGUAGE_CODES
    }


def language_columns(name, value):
    """A `{ky, ru, en}` value as the `name_ky`, `name_ru` and `name_en` columns of one row."""
    return {f"{name}_{code}": localized(value, code) for code in LANGUAGE_CODES}


def get_locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def ensure_child_page(parent, page_class, slug, **fields):
    """Return the live child of `parent` with this slug, creating and publishing it once."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = page_class(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_translation(page, code, **fields):
    """Return the `code` translation of `page`, creating it once with the given texts.

    The copy is made through wagtail-localize, so editors can later re-sync it from the
    source page; the demo texts are then written into it and published as a revision.
    """
    locale = get_locale(code)
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific
    source, _created = TranslationSource.get_or_create_from_instance(page)
    # publish=False: wagtail-localize would publish its copy on commit, after ours.
    translation, _created = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    translation = translation.specific
    for name, value in fields.items():
        if isinstance(translation._meta.get_field(name), StreamField):
            set_keeping_block_ids(translation, name, value)
        else:
            setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def set_keeping_block_ids(translation, name, value):
    """Write the demo texts into a translation's StreamField, keeping the source's block ids.

    wagtail-localize keeps every block id in a translation, and what is keyed by a block
    (answers to a knowledge check) then counts in every language; the demo texts, which have
    the same block tree in every language, would otherwise get fresh ids.
    """
    field = translation._meta.get_field(name)
    source = field.get_prep_value(getattr(translation, name))  # the copy: the source's ids
    setattr(translation, name, value)
    setattr(translation, name, _graft_ids(field.get_prep_value(getattr(translation, name)), source))


def _graft_ids(fresh, source):
    if isinstance(fresh, list) and isinstance(source, list):
        others = source + [None] * (len(fresh) - len(source))
        return [_graft_ids(item, other) for item, other in zip(fresh, others, strict=False)]
    if not (isinstance(fresh, dict) and isinstance(source, dict)):
        return fresh
    grafted = {key: _graft_ids(item, source.get(key)) for key, item in fresh.items()}
    if {"type", "value", "id"} <= fresh.keys() and source.get("type") == fresh["type"]:
        grafted["id"] = source.get("id") or fresh["id"]
    return grafted


def ensure_translated_page(parent_by_language, page_class, slug, texts, **common):
    """Create a page in Kyrgyz under `parent_by_language["ky"]`, then its ru and en copies.

    `texts` maps a language code to that language's field values; `common` holds
    values shared by every language (dates, choices, foreign keys).
    """
    source = ensure_child_page(parent_by_language["ky"], page_class, slug, **texts["ky"], **common)
    pages = {"ky": source}
    for code in LANGUAGE_CODES[1:]:
        pages[code] = ensure_translation(source, code, **texts[code])
    return pages


def home_pages():
    """The home page of each language, keyed by language code."""
    root = Site.objects.get(is_default_site=True).root_page
    return {
        page.locale.language_code: page.specific
        for page in Page.objects.filter(translation_key=root.translation_key).select_related(
            "locale"
        )
    }


def ensure_user(command, role, username, email, password, **fields):
    """A demo account with a known password, printed for the developer."""
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email, **fields}
    )
    if created:
        user.set_password(password)
        user.save()
    command.credential(role, username, password)
    return user


def ensure_snippet_translation(instance, code, **fields):
    """Return the `code` translation of a translatable snippet, creating it once."""
    locale = get_locale(code)
    existing = instance.get_translation_or_none(locale)
    if existing:
        return existing
    translation = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def ensure_picture(path):
    """The Wagtail image made from a demo picture file (an SVG drawn for the project).

    Found again by the file's hash, so seeding twice makes no second image, and a picture
    redrawn in the data folder becomes a new image rather than changing an editor's one.
    """
    content = Path(path).read_bytes()
    Image = get_image_model()
    digest = hashlib.sha1(content).hexdigest()  # as Wagtail computes `file_hash`
    existing = Image.objects.filter(file_hash=digest).first()
    if existing:
        return existing
    image = Image(
        title=Path(path).stem,
        collection=Collection.get_first_root_node(),
        file_hash=digest,
        file_size=len(content),
    )
    image.file.save(Path(path).name, ContentFile(content), save=False)
    # Saving a file into a new image records no size: read it (Willow reads SVG too).
    image._meta.get_field("file").update_dimension_fields(image, force=True)
    image.save()
    return image


def picture_file(folder, name, code):
    """`name.{code}.svg` when the picture has words in the `code` language, else `name`."""
    stem, dot, extension = name.rpartition(".")
    own = Path(folder) / f"{stem}.{code}{dot}{extension}"
    return own if own.exists() else Path(folder) / name


def with_pictures(stream, folder, code):
    """A localized stream whose `image` blocks name a picture file, as image block values.

    In the data files an image block is `{picture: <file>, alt: {ky, ru, en}, caption: ...}`;
    the picture comes from `folder`, and the alternative text from the block, in `code`.
    """
    blocks = []
    for block_type, value in stream:
        if block_type == "image" and isinstance(value, dict) and "picture" in value:
            value = {
                "image": ensure_picture(picture_file(folder, value["picture"], code)),
                "alt_text": value["alt"],
                "caption": value.get("caption", ""),
            }
        blocks.append((block_type, value))
    return blocks
