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


def _ensure_account(command, label, username, first, last, groups, **profile):
    """A demo user with her profile and Club groups; looked up by username, so idempotent."""
    user = ensure_user(
        command,
        label,
        username,
        f"{username}@example.org",
        DEMO_PASSWORD,
        first_name=first,
        last_name=last,
    )
    user.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in groups))
    MemberProfile.objects.get_or_create(
        user=user, defaults={"full_name": f"{first} {last}", **profile}
    )
    return user


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    bishkek = {"role": ClubRole.ACTIVIST, "oblast": Oblast.OTHER, "municipality": "Бишкек шаары"}
    _ensure_account(
        command, "mentor", MENTOR_USERNAME, "Салия", "Акулова", [MENTORS],
        preferred_language="ru", phone="+996555000111", telegram_username="saliya_akulova",
        **bishkek,
    )  # fmt: skip
    _ensure_account(
        command, "editor", EDITOR_USERNAME, "Айпери", "Садыкова", [EDITORS],
        preferred_language="ky", **bishkek,
    )  # fmt: skip
    _ensure_account(
        command, "regional coordinator", COORDINATOR_USERNAME, "Бермет", "Жумабекова",
        [MEMBERS, REGIONAL_COORDINATORS], role=ClubRole.DEPUTY, oblast=Oblast.JALAL_ABAD,
        municipality="Жалал-Абад шаары", preferred_language="ky", phone="+996772000222",
    )  # fmt: skip
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
        _ensure_account(
            command, "member", username, first, last, [MEMBERS], role=role, oblast=oblast,
            municipality=municipality, preferred_language=language, phone=phone,
            telegram_username=telegram,
        )  # fmt: skip
