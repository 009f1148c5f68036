"""Fixtures of the base layer's tests: the admin's upload forms."""

import pytest
from wagtail.models import Collection


@pytest.fixture
def admin_client(client, django_user_model):
    """Signed in as a superuser: every admin upload form is open."""
    client.force_login(django_user_model.objects.create_superuser("root", "root@x.test", "x"))
    return client


@pytest.fixture
def collection(db):
    """The root collection's id, where an upload lands unless an editor chooses another."""
    return Collection.get_first_root_node().pk
