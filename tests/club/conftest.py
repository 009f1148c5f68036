"""Members, a mentor, an editor and Club content for the Club space's tests."""

import pytest
from django.contrib.auth.models import User

from home.club.models import ClubProfile, Initiative
from home.members.choices import ClubRole, Oblast
from home.members.roles import EDITORS, MENTORS, REGIONAL_COORDINATORS
from home.tracks import Track
from tests.members.conftest import PASSWORD, make_member

__all__ = ["PASSWORD", "make_member"]


@pytest.fixture
def aigul(db):
    return make_member(
        "aigul",
        oblast=Oblast.JALAL_ABAD,
        full_name="Айгүл Токтогулова",
        municipality="Базар-Коргон",
        phone="+996555101201",
        telegram_username="aigul_t",
    )


@pytest.fixture
def gulnara(db):
    return make_member(
        "gulnara",
        language="ru",
        oblast=Oblast.OSH,
        full_name="Гульнара Исмаилова",
        municipality="Кара-Суу",
        role=ClubRole.CANDIDATE,
    )


@pytest.fixture
def outsider(db):
    """Signed in, but not (or no longer) in any Club group."""
    return User.objects.create_user("outsider", "outsider@example.org", PASSWORD)


@pytest.fixture
def mentor(db):
    return make_member("saliya", group=MENTORS, oblast=Oblast.OTHER, full_name="Салия Акулова")


@pytest.fixture
def coordinator(db):
    return make_member("bermet", group=REGIONAL_COORDINATORS, full_name="Бермет Жумабекова")


@pytest.fixture
def editor(db):
    return make_member("editor", group=EDITORS, oblast=Oblast.OTHER, full_name="Айпери Садыкова")


@pytest.fixture
def tracks(db):
    """Two tracks in Kyrgyz with their Russian and English translations."""
    from home.seeding import ensure_snippet_translation, get_locale

    made = {}
    for slug, names in {
        "partnerships": ("Өнөктөштүк", "Партнёрство", "Partnerships"),
        "budget": ("Бюджет", "Бюджет", "Budget"),
    }.items():
        track = Track.objects.create(slug=slug, name=names[0], locale=get_locale("ky"))
        ensure_snippet_translation(track, "ru", name=names[1])
        ensure_snippet_translation(track, "en", name=names[2])
        made[slug] = track
    return made


def list_in_directory(user, **fields):
    profile, _created = ClubProfile.objects.update_or_create(
        user=user, defaults={"listed": True, **fields}
    )
    return profile


def make_initiative(author, title="Бюджеттик угуу", **fields):
    values = {
        "problem": "Аялдар угууга келбейт.",
        "goal": "30 аял келсин.",
        "help_needed": "Чакыруунун үлгүсү керек.",
        "municipality": "Базар-Коргон",
        "oblast": Oblast.JALAL_ABAD,
        "language": "ky",
    }
    values.update(fields)
    return Initiative.objects.create(author=author, title=title, **values)
