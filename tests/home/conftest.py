"""Fixtures of the base layer's tests (pytest-django's `admin_client` signs in a superuser)."""

import pytest
from wagtail.models import Collection


@pytest.fixture
def collection(db):
    """The root collection's id, where an upload lands unless an editor chooses another."""
    return Collection.get_first_root_node().pk
