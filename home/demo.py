"""Demo content of the home page: the Club's concept (shared/reference/club-concept.md)."""

from wagtail.models import Page, Site

from .models import ClubSettings, HomePage
from .seeding import LANGUAGE_CODES, ensure_translation, ensure_user, get_locale


def _section(heading, *paragraphs):
    return ("section", {"heading": heading, "text": "".join(paragraphs)})


def _cards(heading, cards):
    return ("cards", {"heading": heading, "cards": [{"title": t, "text": x} for t, x in cards]})


HOME_TEXTS = {
    "ky": {
        "title": "Жергиликтүү кеңештердин аял депутаттарынын клубу",
        "tagline": "Аялдардын саясий укуктарын жүзөгө ашыруу үчүн виртуалдык жана реалдуу мейкиндик",
        "intro": (
            "Клуб жергиликтүү кеңештердин аял депутаттарын, депутаттыкка талапкер аялдарды "
            "жана жергиликтүү жамааттардын активист аялдарын бириктирет. Аны Борбордук Азиянын "
            "жергиликтүү башкаруу академиясы (БАЖБА) уюштурат, ал эми клубду ментор жетектейт."
        ),
        "body": [
            _section(
                "Клуб эмне үчүн керек",
                "<p>Аял депутаттар коомчулуктан, кээде үй-бүлөсүнөн да аз колдоо алышат. "
                "30% квота гана аялдардын саясий укуктарын кеңейтпейт: демилгелерди колдогон "
                "шериктер, коомдук мейкиндиктер, билим, тажрыйба жана маалымат жетишпейт.</p>",
                "<ul><li>шериктердин жоктугу</li><li>кызматтарга, ресурстарга жана окутууга "
                "чектелген жетүү</li><li>саясий иштин тажрыйбасынын жана көндүмдөрүнүн "
                "жетишсиздиги</li><li>өз позициясын коргоого көнбөгөндүк</li></ul>",
            ),
            _section(
                "Клуб кимдер үчүн",
                "<p>Жалал-Абад, Ысык-Көл, Нарын жана Ош облустарынын максаттуу "
                "муниципалитеттеринен 50 аял: жергиликтүү кеңештердин депутаттары, депутаттыкка "
                "талапкерлер жана жергиликтүү жамааттардын активисттери.</p>",
            ),
            _cards(
                "Үч окуу багыты",
                [
                    (
                        "Ийкемдүү көндүмдөр",
                        "Аял депутаттардын soft skills көндүмдөрү, анын "
                        "ичинде окутуунун инновациялык ыкмалары.",
                    ),
                    (
                        "Өнөктөштүк жана коалициялар",
                        "Натыйжалуу өнөктөштүктү жана коалицияларды түзүү көндүмдөрү.",
                    ),
                    ("Кесиптик билим", "Жергиликтүү бюджет, инклюзивдүү пландоо жана башкаруу."),
                ],
            ),
            _cards(
                "Клуб кантип иштейт",
                [
                    (
                        "Иш аркылуу окуу",
                        "Катышуучулар чыныгы тапшырманы аткарып жатып "
                        "үйрөнүшөт, андан кийин рефлексия: кабыл алынган чечимдерди талдоо.",
                    ),
                    (
                        "Онлайн иш-чаралар",
                        "Айына 1–3 жолу: өнөктөштүк, коалиция жана практикалык тапшырмалар.",
                    ),
                    ("Офлайн жолугушуулар", "Жарым жылда же жылда бир жолу."),
                    (
                        "Байланыш",
                        "Ментор жана ар бир облустан ыктыярчылар жүргүзгөн Telegram "
                        "тобу, БАЖБАнын маалымат таратмасы.",
                    ),
                ],
            ),
        ],
    },
    "ru": {
        "title": "Клуб женщин-депутатов местных кенешей",
        "tagline": "Виртуальное и реальное пространство для реализации политических прав женщин",
        "intro": (
            "Клуб объединяет женщин-депутатов местных кенешей, женщин-кандидатов в депутаты и "
            "женщин-активисток местных сообществ. Его организует Академия местного управления "
            "Центральной Азии (АМУЦА), а ведёт клуб ментор."
        ),
        "body": [
            _section(
                "Зачем нужен клуб",
                "<p>Женщины-депутаты получают низкую поддержку со стороны сообщества и даже "
                "семьи. Одна квота в 30% не расширяет политические права женщин: не хватает "
                "союзников для инициатив, публичных пространств, знаний, опыта и "
                "информации.</p>",
                "<ul><li>отсутствие союзников</li><li>ограниченный доступ к услугам, ресурсам и "
                "обучению</li><li>недостаток опыта и навыков политической работы</li>"
                "<li>женщины часто не привыкли отстаивать свою позицию</li></ul>",
            ),
            _section(
                "Для кого клуб",
                "<p>50 женщин из целевых муниципалитетов Джалал-Абадской, Иссык-Кульской, "
                "Нарынской и Ошской областей: депутаты местных кенешей, кандидаты в депутаты и "
                "активистки местных сообществ.</p>",
            ),
            _cards(
                "Три направления обучения",
                [
                    (
                        "Гибкие навыки",
                        "Soft skills женщин-депутатов, в том числе инновационные методы обучения.",
                    ),
                    (
                        "Партнёрства и коалиции",
                        "Навыки построения эффективных партнёрств и коалиций.",
                    ),
                    (
                        "Профессиональные знания",
                        "Местный бюджет, инклюзивное планирование и управление.",
                    ),
                ],
            ),
            _cards(
                "Как работает клуб",
                [
                    (
                        "Обучение в действии",
                        "Участницы учатся, выполняя реальную задачу, а "
                        "затем проводят рефлексию: анализ принятых решений.",
                    ),
                    (
                        "Онлайн-мероприятия",
                        "1–3 раза в месяц: партнёрства, коалиции и практические задания.",
                    ),
                    ("Офлайн-встречи", "Раз в полгода или в год."),
                    (
                        "Связь",
                        "Telegram-группа, которую ведут ментор и волонтёры из каждой "
                        "области, и рассылка АМУЦА.",
                    ),
                ],
            ),
        ],
    },
    "en": {
        "title": "Club of Women Deputies of Local Keneshes",
        "tagline": "A virtual and real space for women to exercise their political rights",
        "intro": (
            "The Club brings together women deputies of local keneshes, women candidates for "
            "deputy and women activists of local communities. It is organised by the Academy "
            "of Local Governance of Central Asia (AMUCA) and led by a mentor."
        ),
        "body": [
            _section(
                "Why the Club exists",
                "<p>Women deputies get little support from their community and even their "
                "family. The 30% quota alone does not widen women's political rights: they lack "
                "allies for their initiatives, public spaces, knowledge, experience and "
                "information.</p>",
                "<ul><li>no allies for their initiatives</li><li>limited access to services, "
                "resources and training</li><li>little experience and few skills of political "
                "work</li><li>women are often not used to defending their position</li></ul>",
            ),
            _section(
                "Who the Club is for",
                "<p>50 women from the target municipalities of Jalal-Abad, Issyk-Kul, Naryn and "
                "Osh oblasts: deputies of local keneshes, candidates for deputy and activists of "
                "local communities.</p>",
            ),
            _cards(
                "Three learning tracks",
                [
                    (
                        "Soft skills",
                        "The soft skills of women deputies, including innovative learning methods.",
                    ),
                    (
                        "Partnerships and coalitions",
                        "Skills to build effective partnerships and coalitions.",
                    ),
                    (
                        "Professional knowledge",
                        "The local budget, inclusive planning and governance.",
                    ),
                ],
            ),
            _cards(
                "How the Club works",
                [
                    (
                        "Learning in action",
                        "Members learn while doing a real task, then "
                        "reflect: they analyse the decisions they took.",
                    ),
                    (
                        "Online events",
                        "One to three a month: partnerships, coalitions and practical tasks.",
                    ),
                    ("Offline meetings", "Once every half-year or year."),
                    (
                        "Staying in touch",
                        "A Telegram group run by the mentor and volunteers "
                        "from each oblast, and AMUCA's mailing list.",
                    ),
                ],
            ),
        ],
    },
}

CLUB_CONTACTS = {
    "address_ky": "Бишкек ш., Шевченко көч., 114",
    "address_ru": "г. Бишкек, ул. Шевченко, 114",
    "address_en": "114 Shevchenko St., Bishkek",
    "phone": "+996 312 976530",
    "email": "club@amuca.kg",
    "telegram_url": "https://t.me/women_deputies_club",
    "mailing_list_url": "/ky/news/subscribe/",
}


def ensure_home_page():
    """Make the Kyrgyz HomePage the default site's root, replacing Wagtail's welcome page."""
    site = Site.objects.get(is_default_site=True)
    if isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    welcome = site.root_page
    home = HomePage(slug="club", locale=get_locale("ky"), **HOME_TEXTS["ky"])
    root.add_child(instance=home)
    home.save_revision().publish()
    site.root_page = home
    site.site_name = "Club of Women Deputies"
    site.save()
    if welcome.specific_class is Page and not welcome.get_children().exists():
        welcome.delete()
    return home


def seed(command):
    for code in LANGUAGE_CODES:
        get_locale(code)
    home = ensure_home_page()
    for code in LANGUAGE_CODES[1:]:
        ensure_translation(home, code, **HOME_TEXTS[code])
    site = Site.objects.get(is_default_site=True)
    ClubSettings.objects.get_or_create(site=site, defaults=CLUB_CONTACTS)
    command.stdout.write("Demo accounts (development only):")
    ensure_user(
        command,
        "administrator",
        "admin",
        "admin@club.test",
        "club-admin-2026",
        is_staff=True,
        is_superuser=True,
        first_name="AMUCA",
        last_name="Admin",
    )
