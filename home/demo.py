"""Demo content of the home page: the Club's concept (shared/reference/club-concept.md).

Texts, Club contacts and the administrator account: home/demo_data/home.yaml.
"""

from pathlib import Path

from wagtail.models import Page, Site

from .models import ClubSettings, HomePage
from .seeding import (
    LANGUAGE_CODES,
    ensure_translation,
    ensure_user,
    get_locale,
    language_columns,
    load_demo_data,
    translated_texts,
)

DATA = Path(__file__).resolve().parent / "demo_data" / "home.yaml"


def ensure_home_page(fields, site_name):
    """Make the Kyrgyz HomePage the default site's root, replacing Wagtail's welcome page."""
    site = Site.objects.get(is_default_site=True)
    if site.site_name != site_name:  # the admin shows it to editors in every language
        site.site_name = site_name
        site.save(update_fields=["site_name"])
    if isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    welcome = site.root_page
    home = HomePage(slug="club", locale=get_locale("ky"), **fields)
    root.add_child(instance=home)
    home.save_revision().publish()
    site.root_page = home
    site.save()
    if welcome.specific_class is Page and not welcome.get_children().exists():
        welcome.delete()
    return home


def seed(command):
    data = load_demo_data(DATA)
    texts = translated_texts(data, "title", "tagline", "intro", "body")
    for code in LANGUAGE_CODES:
        get_locale(code)
    home = ensure_home_page(texts["ky"], data["site_name"])
    for code in LANGUAGE_CODES[1:]:
        ensure_translation(home, code, **texts[code])
    site = Site.objects.get(is_default_site=True)
    contacts = dict(data["club_settings"])
    for field in ("address", "signatory_name", "signatory_title"):
        contacts.update(language_columns(field, contacts.pop(field)))
    ClubSettings.objects.get_or_create(site=site, defaults=contacts)
    command.stdout.write("Demo accounts (development only):")
    admin = data["administrator"]
    ensure_user(
        command,
        "administrator",
        admin["username"],
        admin["email"],
        admin["password"],
        is_staff=True,
        is_superuser=True,
        first_name=admin["first_name"],
        last_name=admin["last_name"],
    )
