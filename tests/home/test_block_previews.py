"""Editors see every block's preview in their admin language, never in English only."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import Block

from home.blocks import CONCEPT_QUOTE, TranslatedPreview
from tests.admin_language import set_admin_language

pytestmark = pytest.mark.django_db

OUR_APPS = ("home.", "courses.", "library.", "news.")


def our_blocks_with_previews():
    blocks = {}
    for block in list(Block.definition_registry.values()):
        preview = getattr(block.meta, "preview_value", None)
        if block.__class__.__module__.startswith(OUR_APPS) and preview is not None:
            blocks.setdefault(block.__class__, block)
    return list(blocks.values())


@pytest.fixture
def russian_editor(client, django_user_model):
    editor = django_user_model.objects.create_superuser("previews", "previews@x.test", "x")
    set_admin_language(editor, "ru")
    client.force_login(editor)
    return client


def test_every_preview_value_of_ours_is_translatable():
    blocks = our_blocks_with_previews()
    assert len(blocks) >= 15
    untranslated = [
        block.__class__.__name__
        for block in blocks
        if not isinstance(block.meta.preview_value, TranslatedPreview)
    ]
    assert untranslated == []


def test_previews_render_in_the_editors_language(russian_editor):
    url = reverse("wagtailadmin_block_preview")
    for block in our_blocks_with_previews():
        response = russian_editor.get(url, {"id": block.definition_prefix})
        assert response.status_code == 200, block.__class__.__name__
    with translation.override("ru"):
        russian_quote = str(CONCEPT_QUOTE)
    with translation.override("en"):
        assert russian_quote != str(CONCEPT_QUOTE)  # the catalogue has it in Russian
    quote_blocks = [
        block
        for block in our_blocks_with_previews()
        if isinstance(block.meta.preview_value.value, dict)
        and CONCEPT_QUOTE in block.meta.preview_value.value.values()
    ]
    page = russian_editor.get(url, {"id": quote_blocks[0].definition_prefix}).content.decode()
    assert russian_quote in page
    assert "Women deputies have no allies" not in page
