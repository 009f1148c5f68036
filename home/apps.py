from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        """Whatever changes what every visitor sees starts a new site generation."""
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale, Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cache import bump_site_generation
        from .models import ClubSettings, Track

        bump = bump_site_generation
        page_published.connect(bump, dispatch_uid="generation-published")
        page_unpublished.connect(bump, dispatch_uid="generation-unpublished")
        post_page_move.connect(bump, dispatch_uid="generation-moved")
        post_delete.connect(bump, sender=Page, dispatch_uid="generation-page-deleted")
        for model in (ClubSettings, Track, PageViewRestriction, Site, Locale):
            name = model.__name__
            post_save.connect(bump, sender=model, dispatch_uid=f"generation-{name}-saved")
            post_delete.connect(bump, sender=model, dispatch_uid=f"generation-{name}-deleted")
