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
        writer of home/exports.py, and every admin search term is capped (home/admin_input.py). wagtail-localize keeps translations
        as drafts until published (home/translation_drafts.py) and labels every segment
        (home/segment_labels.py)."""
        from wagtail.models import Locale

        from . import admin_input, exports, pagecache, segment_labels, translation_drafts

        pagecache.connect()
        pagecache.purge_when_saved(Locale)
        exports.neutralise_formulas()
        admin_input.limit_admin_search()
        translation_drafts.install()
        segment_labels.install()
