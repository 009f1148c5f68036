# Vendored from wagtail-lms' example project (github.com/dr-rompecabezas/wagtail-lms,
# example_project/, commit dbaf020), MIT License, Copyright (c) 2025 Felipe Villegas
# (tests/bench/peer/LICENSE.wagtail-lms). Used only to measure the peer in `make bench`.

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """
    Home page model for the example project.
    """

    body = RichTextField(blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = "Home Page"
