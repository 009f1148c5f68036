"""Demo content of the members app, called by `manage.py seed_demo` (must be idempotent).

Accounts with printed passwords: development machines only (seed_demo checks
settings.DEMO_CONTENT_ALLOWED before calling us).
"""

from django.contrib.auth.models import Group

from home.seeding import ensure_user

from .choices import ClubRole, Oblast
from .models import MemberProfile
from .roles import EDITORS, MEMBERS, MENTORS, REGIONAL_COORDINATORS

MENTOR_USERNAME = "saliya"
EDITOR_USERNAME = "editor"
COORDINATOR_USERNAME = "coordinator"

# username, first name, last name, role, oblast, municipality, language, phone, telegram
DEMO_MEMBERS = [
    (
        "aigul",
        "Айгүл",
        "Токтогулова",
        ClubRole.DEPUTY,
        Oblast.JALAL_ABAD,
        "Базар-Коргон а/ө",
        "ky",
        "+996555101201",
        "aigul_t",
    ),
    (
        "gulnara",
        "Гульнара",
        "Исмаилова",
        ClubRole.DEPUTY,
        Oblast.OSH,
        "Кара-Суу шаары",
        "ru",
        "+996700202302",
        "",
    ),
    (
        "nurzhan",
        "Нуржан",
        "Абдыкадырова",
        ClubRole.CANDIDATE,
        Oblast.NARYN,
        "Ат-Башы а/ө",
        "ky",
        "+996772303403",
        "nurzhan_a",
    ),
    (
        "elena",
        "Елена",
        "Ким",
        ClubRole.ACTIVIST,
        Oblast.ISSYK_KUL,
        "Каракол шаары",
        "ru",
        "+996555404504",
        "",
    ),
    (
        "zhyldyz",
        "Жылдыз",
        "Осмонова",
        ClubRole.ACTIVIST,
        Oblast.OSH,
        "Ноокат а/ө",
        "ky",
        "+996705505605",
        "zhyldyz_o",
    ),
    (
        "asel",
        "Асель",
        "Мамбетова",
        ClubRole.CANDIDATE,
        Oblast.ISSYK_KUL,
        "Тюп а/ө",
        "en",
        "+996777606706",
        "asel_m",
    ),
]
DEMO_MEMBER_USERNAMES = [row[0] for row in DEMO_MEMBERS]

# Printed on the console by seed_demo; never used outside development.
DEMO_PASSWORD = "club-demo-2026"


def _profile(user, **fields):
    MemberProfile.objects.get_or_create(user=user, defaults=fields)


def _group(name):
    return Group.objects.get_or_create(name=name)[0]


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    mentor = ensure_user(
        command,
        "mentor",
        MENTOR_USERNAME,
        "saliya@example.org",
        DEMO_PASSWORD,
        first_name="Салия",
        last_name="Акулова",
    )
    mentor.groups.add(_group(MENTORS))
    _profile(
        mentor,
        full_name="Салия Акулова",
        role=ClubRole.ACTIVIST,
        oblast=Oblast.OTHER,
        municipality="Бишкек шаары",
        preferred_language="ru",
        phone="+996555000111",
        telegram_username="saliya_akulova",
    )

    editor = ensure_user(
        command,
        "editor",
        EDITOR_USERNAME,
        "editor@example.org",
        DEMO_PASSWORD,
        first_name="Айпери",
        last_name="Садыкова",
    )
    editor.groups.add(_group(EDITORS))
    _profile(
        editor,
        full_name="Айпери Садыкова",
        role=ClubRole.ACTIVIST,
        oblast=Oblast.OTHER,
        municipality="Бишкек шаары",
        preferred_language="ky",
    )

    coordinator = ensure_user(
        command,
        "regional coordinator",
        COORDINATOR_USERNAME,
        "coordinator@example.org",
        DEMO_PASSWORD,
        first_name="Бермет",
        last_name="Жумабекова",
    )
    coordinator.groups.add(_group(MEMBERS), _group(REGIONAL_COORDINATORS))
    _profile(
        coordinator,
        full_name="Бермет Жумабекова",
        role=ClubRole.DEPUTY,
        oblast=Oblast.JALAL_ABAD,
        municipality="Жалал-Абад шаары",
        preferred_language="ky",
        phone="+996772000222",
    )

    members = _group(MEMBERS)
    for (
        username,
        first,
        last,
        role,
        oblast,
        municipality,
        language,
        phone,
        telegram,
    ) in DEMO_MEMBERS:
        user = ensure_user(
            command,
            "member",
            username,
            f"{username}@example.org",
            DEMO_PASSWORD,
            first_name=first,
            last_name=last,
        )
        user.groups.add(members)
        _profile(
            user,
            full_name=f"{first} {last}",
            role=role,
            oblast=oblast,
            municipality=municipality,
            preferred_language=language,
            phone=phone,
            telegram_username=telegram,
        )
