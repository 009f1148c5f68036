"""Building blocks for the idempotent `seed_demo` command, shared by every app."""

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationSource

LANGUAGE_CODES = ("ky", "ru", "en")


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
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


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
