"""Made-up demo people are marked «Мисал / Пример / Example» wherever members meet them."""

import pytest

from home.club.models import Comment, OfferOfHelp
from home.members.models import MemberProfile

from .conftest import list_in_directory, make_initiative, make_member

pytestmark = pytest.mark.django_db

BADGE = {"ky": "Мисал", "ru": "Пример", "en": "Example"}


@pytest.fixture
def example(db):
    """A demo member: her profile says she is made up."""
    user = make_member("example_member", full_name="Айнура Мисалова")
    MemberProfile.objects.filter(user=user).update(is_example=True)
    return user


def badge(code):
    return f'<span class="tag tag-example">{BADGE[code]}</span>'


@pytest.mark.parametrize("code", BADGE)
def test_the_directory_marks_a_demo_member_and_no_one_else(client, aigul, example, code):
    list_in_directory(aigul, about="Депутатмын.")
    list_in_directory(example, about="Мисал.")
    client.force_login(aigul)
    page = client.get(f"/{code}/club/members/").content.decode()
    cards = {card.split("</h3>")[0]: card for card in page.split("<h3>")[1:]}
    [mine] = [card for name, card in cards.items() if "Айгүл" in name]
    [theirs] = [card for name, card in cards.items() if "Айнура" in name]
    assert badge(code) in theirs.split("</h3>")[0]
    assert "tag-example" not in mine


def test_an_initiative_its_offers_and_comments_mark_a_demo_author(client, aigul, example):
    initiative = make_initiative(example, title="Мисал: угуу")
    OfferOfHelp.objects.create(initiative=initiative, author=example, message="Жардам берем.")
    Comment.objects.create(target=initiative, author=aigul, text="Рахмат!")
    client.force_login(aigul)
    page = client.get(f"/en/club/initiatives/{initiative.pk}/").content.decode()
    # Once beside the initiative's author, once beside her offer; not beside Aigul's comment.
    assert page.count(badge("en")) == 2
    listing = client.get("/en/club/initiatives/").content.decode()
    assert badge("en") in listing


def test_her_own_profile_tells_a_demo_account_it_is_an_example(client, example):
    client.force_login(example)
    page = client.get("/ru/account/").content.decode()
    assert badge("ru") in page and "демонстрационный аккаунт" in page
