"""Members-only items never reach anonymous visitors; Club members see them everywhere."""

import pytest
from wagtail.models import PageViewRestriction

from .conftest import item, titles

pytestmark = pytest.mark.django_db

MEMBERS_ONLY_TITLES = {
    "en": "Example: Mentoring circles for newly elected women deputies",
    "ru": "Пример: круги наставничества для впервые избранных женщин-депутатов",
    "ky": "Мисал: Жаңы шайланган аял депутаттар үчүн ментордук тегеректер",
}


@pytest.mark.parametrize("code", ["ky", "ru", "en"])
def test_anonymous_list_search_and_tag_counts_hide_members_only(client, library, code):
    response = client.get(f"/{code}/library/")
    assert MEMBERS_ONLY_TITLES[code] not in titles(response)
    assert MEMBERS_ONLY_TITLES[code] not in response.content.decode()
    cloud = {tag.slug: tag.item_count for tag in response.context["tags"]}
    assert "mentoring" not in cloud and "quota" not in cloud
    assert cloud["womens-leadership"] == 2  # two of its four items are members-only
    search_word = MEMBERS_ONLY_TITLES[code].split()[1]
    found = client.get(f"/{code}/library/", {"q": search_word})
    assert MEMBERS_ONLY_TITLES[code] not in titles(found)
    by_tag = client.get(f"/{code}/library/", {"tag": "mentoring"})
    assert MEMBERS_ONLY_TITLES[code] not in titles(by_tag)


@pytest.mark.parametrize("code", ["ky", "ru", "en"])
def test_members_see_members_only_items(member_client, library, code):
    response = member_client.get(f"/{code}/library/")
    assert MEMBERS_ONLY_TITLES[code] in titles(response)
    cloud = {tag.slug: tag.item_count for tag in response.context["tags"]}
    assert cloud["mentoring"] == 1 and cloud["womens-leadership"] == 4
    found = member_client.get(f"/{code}/library/", {"q": MEMBERS_ONLY_TITLES[code].split()[1]})
    assert MEMBERS_ONLY_TITLES[code] in titles(found)
    assert response["Cache-Control"].count("private") == 1


def test_members_only_item_sends_anonymous_visitors_to_login(client, library):
    response = client.get("/ru/library/mentoring-circles/")
    assert response.status_code == 302
    assert response["Location"].startswith("/ru/accounts/login/?next=")
    assert "mentoring-circles" in response["Location"]


def test_members_only_item_refuses_signed_in_non_members(outsider_client, library):
    response = outsider_client.get("/en/library/mentoring-circles/")
    assert response.status_code == 403
    assert "Mentoring circles" not in response.content.decode().split("<main")[1]


def test_members_only_item_opens_for_members(member_client, library):
    response = member_client.get("/ky/library/mentoring-circles/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert MEMBERS_ONLY_TITLES["ky"] in response.content.decode()


def test_related_items_hide_members_only_from_anonymous(client, member, library):
    # "Participatory budget hearings" shares "Women's leadership" with two members-only items.
    anonymous = client.get("/en/library/participatory-budget-hearings/")
    assert anonymous.context["related_items"]
    assert all(not entry.members_only for entry in anonymous.context["related_items"])
    client.force_login(member)
    member = client.get("/en/library/participatory-budget-hearings/")
    assert any(entry.members_only for entry in member.context["related_items"])


def test_feed_lists_public_items_only(client, member, library):
    for signed_in in (False, True):
        if signed_in:
            client.force_login(member)
        response = client.get("/en/library/feed/")
        assert response.status_code == 200
        body = response.content.decode()
        assert "Organising public spaces" in body
        assert "Mentoring circles" not in body and "30% quota" not in body
        assert "<category>Public spaces</category>" in body


def test_sitemap_leaves_members_only_items_out(client, library):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/library/public-spaces-for-women/" in sitemap
    assert "/ky/library/learning-in-action/" in sitemap
    assert "mentoring-circles" not in sitemap
    assert "quota-analysis" not in sitemap
    assert item("en", "mentoring-circles").get_sitemap_urls() == []


def test_feed_leaves_out_items_with_a_wagtail_privacy_setting(client, library):
    page = item("en", "public-spaces-for-women")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    body = client.get("/en/library/feed/").content.decode()
    assert "Organising public spaces" not in body
    assert "Participatory budget hearings" in body


def test_list_search_and_related_items_leave_out_private_pages_for_non_members(
    client, member, library
):
    page = item("en", "participatory-budget-hearings")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    listed = client.get("/en/library/")
    assert page.title not in titles(listed)
    assert page.title not in titles(client.get("/en/library/", {"q": "hearings"}))
    cloud = {tag.slug: tag.item_count for tag in listed.context["tags"]}
    assert "local-budget" not in cloud
    related = client.get("/en/library/inclusive-development-planning/").context["related_items"]
    assert page.pk not in {entry.pk for entry in related}
    client.force_login(member)
    assert page.title in titles(client.get("/en/library/"))


def test_the_kept_tag_cloud_and_count_are_per_audience_and_follow_publishing(
    client, member, library
):
    """Members fill the cache first; visitors still get their own cloud and count, and an
    item unpublished afterwards leaves both at once."""
    client.force_login(member)
    members = client.get("/en/library/")
    members_count = members.context["page_obj"].paginator.count
    client.logout()
    visitors = client.get("/en/library/")
    assert visitors.context["page_obj"].paginator.count == members_count - 2
    assert "mentoring" not in {tag.slug for tag in visitors.context["tags"]}

    item("en", "mentoring-circles").unpublish()
    client.force_login(member)
    after = client.get("/en/library/")
    assert after.context["page_obj"].paginator.count == members_count - 1
    assert "mentoring" not in {tag.slug for tag in after.context["tags"]}
