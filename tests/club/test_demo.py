"""The demo: members listed with profiles, two example initiatives with answers, one shared
reflection with comments; idempotent."""

import pytest

from courses.reflections.models import Reflection
from home.club.models import ClubProfile, Comment, Initiative, OfferOfHelp
from home.seeding import LANGUAGE_CODES, load_demo_data

pytestmark = pytest.mark.django_db


def counts():
    return (
        ClubProfile.objects.count(),
        Initiative.objects.count(),
        OfferOfHelp.objects.count(),
        Comment.objects.count(),
        Reflection.objects.filter(shared_at__isnull=False).count(),
    )


def test_the_demo_seeds_the_club_space_once(seed_command, demo_site):
    """The shared demo site ran every seeder once (tests/shared_seed.py); again, nothing new."""
    from courses import demo as courses_demo
    from courses.reflections import demo as reflections_demo
    from courses.reflections import demo_shared
    from home.club import demo
    from home.members import demo as members_demo

    seeders = [
        members_demo.seed,
        courses_demo.seed,
        reflections_demo.seed,
        demo.seed,
        demo_shared.seed,
    ]
    assert ClubProfile.objects.filter(listed=True).count() == 5
    assert ClubProfile.objects.filter(tracks__isnull=False).distinct().count() == 5
    initiatives = list(Initiative.objects.order_by("created_at"))
    assert len(initiatives) == 2
    for initiative in initiatives:
        assert initiative.offers.count() >= 2 and initiative.comments.count() >= 1
        assert initiative.title.split(":")[0] in {"Мисал", "Пример", "Example"}
    coalition = Initiative.objects.get(author__username="elena")
    assert coalition.attachment.startswith("stakeholder_map:") and coalition.language == "ru"
    shared = Reflection.objects.get(shared_at__isnull=False)
    assert shared.user.username == "aigul" and shared.club_comments.count() == 2
    # Texts in each author's language: Asel writes in English, Gulnara in Russian.
    assert initiatives[0].comments.get(author__username="asel").text.startswith("Think")
    assert OfferOfHelp.objects.get(author__username="gulnara").message.startswith("Попробуйте")
    # Every author is a made-up person, marked as an example wherever members see her.
    authors = {initiative.author for initiative in initiatives}
    assert all(author.member_profile.is_example for author in authors)

    before = counts()
    for seed in seeders:
        seed(seed_command)
    assert counts() == before


def test_every_demo_text_is_in_three_languages():
    from home.club import demo

    data = load_demo_data(demo.DATA)  # raises on a missing language
    titles = [item["title"] for item in data["initiatives"]]
    for title in titles:
        assert set(title) == set(LANGUAGE_CODES)
        assert title["ky"].startswith("Мисал:") and title["ru"].startswith("Пример:")
        assert title["en"].startswith("Example:")


def test_without_demo_members_the_club_demo_skips(seed_command, db):
    from home.club import demo

    demo.seed(seed_command)
    assert counts() == (0, 0, 0, 0, 0)
