from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        """Whatever changes what every visitor sees moves the site generation on (the page
        cache and the shared caches of home/cache.py both key on it). Every spreadsheet the
        admin writes, Wagtail's own reports included, goes through the formula-neutralising
        writer of home/exports.py, every admin search term is capped (home/admin_input.py),
        and the roots of pages and collections, the sign-in form's password, the listings'
        booleans, the translations report's count and the translated segments' dates are in
        the admin's language (home/admin_words.py). wagtail-localize keeps translations as
        drafts until published (home/translation_drafts.py) and labels every segment
        (home/segment_labels.py). A page with stems is indexed again once published, when
        the rows saved after it are in (home/search/indexing.py)."""
        from wagtail.models import Locale

        from . import (
            admin_input,
            admin_words,
            exports,
            pagecache,
            segment_labels,
            translation_drafts,
        )
        from .search import indexing

        pagecache.connect()
        pagecache.purge_when_saved(Locale)
        exports.neutralise_formulas()
        admin_input.limit_admin_search()
        admin_words.name_the_roots_in_the_admin_language()
        admin_words.label_the_login_password()
        admin_words.show_booleans_as_yes_or_no()
        admin_words.count_translations_in_the_admin_language()
        admin_words.count_items_in_the_admin_language()
        admin_words.date_translated_segments_in_the_admin_language()
        translation_drafts.install()
        segment_labels.install()
        indexing.connect()
