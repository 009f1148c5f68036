"""Junk in the library's filters and search: a normal page, never a server error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.junk import FUZZ, every_junk_value, get, junk_values

pytestmark = pytest.mark.django_db

FILTERS = st.sampled_from([b"q", b"kind", b"tag", b"track", b"oblast", b"page", b"kind[]"])
# Valid values mixed in, so junk also meets real filters, search and pagination.
VALUES = st.one_of(
    junk_values,
    st.sampled_from([b"method", b"peer-exchange", b"naryn", b"2", b"budget", b"public spaces"]),
)


@FUZZ
@given(
    pairs=st.lists(st.tuples(FILTERS, VALUES), min_size=1, max_size=6),
    language=st.sampled_from(["ky", "ru", "en"]),
)
def test_library_filters_and_search(client, library, member, pairs, language):
    response = get(client, f"/{language}/library/", pairs)
    assert response.status_code == 200
    assert response.context["page_obj"].number >= 1
    client.force_login(member)
    assert get(client, f"/{language}/library/", pairs).status_code == 200
    client.logout()


@FUZZ
@given(pairs=st.lists(st.tuples(FILTERS, VALUES), min_size=1, max_size=4))
def test_library_item_and_feed_with_junk_query_strings(client, library, pairs):
    assert get(client, "/en/library/public-spaces-for-women/", pairs).status_code == 200
    assert get(client, "/en/library/feed/", pairs).status_code == 200


def test_every_junk_value_in_every_filter(client, library):
    for pairs in every_junk_value(["q", "kind", "tag", "track", "oblast", "page"]):
        assert get(client, "/en/library/", pairs).status_code == 200
