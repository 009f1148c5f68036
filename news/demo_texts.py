"""Texts of the news demo content in ky / ru / en, from shared/reference/club-concept.md
and the Russian original of the 18 July 2022 programme."""

INDEXES = {
    "news": {
        "ky": {"title": "Жаңылыктар", "intro": "Клубдун жана БАЖБАнын жаңылыктары."},
        "ru": {"title": "Новости", "intro": "Новости Клуба и АМУЦА."},
        "en": {"title": "News", "intro": "News of the Club and of AMUCA."},
    },
    "events": {
        "ky": {
            "title": "Иш-чаралар",
            "intro": "Клуб айына 1–3 жолу онлайн жана жарым жылда же жылда бир жолу офлайн чогулат.",
        },
        "ru": {
            "title": "Мероприятия",
            "intro": "Клуб встречается онлайн 1–3 раза в месяц и офлайн раз в полгода или год.",
        },
        "en": {
            "title": "Events",
            "intro": "The Club meets online 1–3 times a month and offline once every half-year or year.",
        },
    },
}

AKULOVA = {"ky": "Салия Акулова", "ru": "Салия Акулова", "en": "Saliya Akulova"}
MENTOR = {
    "ky": "Салия Акулова, клубдун ментору",
    "ru": "Салия Акулова, ментор Клуба депутатов-женщин",
    "en": "Saliya Akulova, mentor of the Club",
}
PARTICIPANTS = {"ky": "Катышуучулар", "ru": "Участники", "en": "Participants"}

# (start, end, {lang: session}, {lang: speaker} or None)
DISCUSSION_PROGRAMME = [
    (
        "13:30",
        "14:00",
        {
            "ky": "Катышуучуларды каттоо",
            "ru": "Регистрация участников",
            "en": "Registration of participants",
        },
        None,
    ),
    (
        "14:00",
        "14:20",
        {
            "ky": "Ачылыш, куттуктоо. БАЖБАнын ишмердүүлүгү тууралуу кыскача маалымат",
            "ru": "Открытие заседания, приветствие. Краткая информация о деятельности АМУЦА",
            "en": "Opening and welcome; a brief introduction to AMUCA's work",
        },
        {
            "ky": "Асель Курманалиева, БАЖБАнын директорунун милдетин аткаруучу",
            "ru": "Асель Курманалиева, и.о. директора АМУЦА",
            "en": "Asel Kurmanalieva, acting director of AMUCA",
        },
    ),
    (
        "14:20",
        "14:50",
        {
            "ky": "Жергиликтүү кеңештердин аял депутаттарынын клубунун концепциясынын долбоорун тааныштыруу",
            "ru": "Презентация проекта Концепции Клуба депутатов-женщин местных кенешей",
            "en": "Presentation of the draft concept of the Club of Women Deputies of Local Keneshes",
        },
        MENTOR,
    ),
    (
        "14:50",
        "15:10",
        {
            "ky": "Суроолор жана жооптор. Талкуу",
            "ru": "Вопросы – ответы. Обсуждение",
            "en": "Questions and answers; discussion",
        },
        PARTICIPANTS,
    ),
    ("15:10", "15:50", {"ky": "Кофе-брейк", "ru": "Кофе-брейк", "en": "Coffee break"}, None),
    (
        "15:50",
        "16:20",
        {
            "ky": "Топтордо иштөө: клубдун потенциалдуу кызыкдар тараптары — алардын кызыкчылыктары, "
            "таасири жана кызматташтыктын мүмкүн болгон түрлөрү",
            "ru": "Работа в группах: потенциальные стейкхолдеры Клуба депутатов-женщин — их интересы, "
            "влияние и возможные виды сотрудничества",
            "en": "Group work: the Club's potential stakeholders — their interests, influence and "
            "possible forms of cooperation",
        },
        {
            "ky": "Салия Акулова, клубдун ментору; катышуучулар",
            "ru": "Салия Акулова, ментор Клуба депутатов-женщин; участники",
            "en": "Saliya Akulova, mentor of the Club; participants",
        },
    ),
    (
        "16:20",
        "16:40",
        {"ky": "Топтордун презентациялары", "ru": "Презентация групп", "en": "Group presentations"},
        PARTICIPANTS,
    ),
    (
        "16:40",
        "17:00",
        {
            "ky": "Жалпы талкуу. Клубдун жакынкы пландары тууралуу маалымат",
            "ru": "Общее обсуждение. Информация о ближайших планах Клуба",
            "en": "General discussion; the Club's next plans",
        },
        {
            "ky": "Модератор Салия Акулова, клубдун ментору",
            "ru": "Модератор Салия Акулова, ментор Клуба депутатов-женщин",
            "en": "Moderator Saliya Akulova, mentor of the Club",
        },
    ),
    (
        "17:00",
        "17:30",
        {"ky": "Жыйынтыктоочу кофе", "ru": "Завершающий кофе", "en": "Closing coffee"},
        None,
    ),
]

DISCUSSION = {
    "ky": {
        "title": "Аял депутаттар клубунун концепциясын коомдук талкуулоо",
        "intro": "Борбордук Азиянын жергиликтүү башкаруу академиясы (БАЖБА) жергиликтүү "
        "кеңештердин аял депутаттарынын клубунун концепциясынын долбоорун өнөктөштөр менен "
        "талкуулайт.",
        "venue": "«Bridges» мейманканасы",
        "address": "Бишкек ш., Калык Акиев көч., 10",
        "audience": "Эл аралык уюмдар, мамлекеттик органдар, жергиликтүү кеңештердин аял "
        "депутаттары, бейөкмөт уюмдар, эксперттер, БАЖБАнын өнөктөштөрү.",
    },
    "ru": {
        "title": "Обсуждение Концепции Клуба депутатов-женщин местных кенешей",
        "intro": "Академия местного управления Центральной Азии (АМУЦА) обсуждает с партнёрами "
        "проект Концепции Клуба депутатов-женщин местных кенешей.",
        "venue": "Отель «Bridges»",
        "address": "г. Бишкек, ул. Калыка Акиева, 10",
        "audience": "Международные организации, государственные органы, депутаты-женщины "
        "местных кенешей, НКО/НПО, эксперты, партнёры АМУЦА.",
    },
    "en": {
        "title": "Public discussion of the concept of the Club of Women Deputies",
        "intro": "The Academy of Local Governance of Central Asia (AMUCA) discusses the draft "
        "concept of the Club of Women Deputies of Local Keneshes with its partners.",
        "venue": "Hotel “Bridges”",
        "address": "10 Kalyk Akiev St., Bishkek",
        "audience": "International organisations, state bodies, women deputies of local "
        "keneshes, NGOs, experts, AMUCA partners.",
    },
}

# slug, days from today, capacity, {lang: (title, intro)}, programme rows (minutes offsets)
ONLINE_SESSIONS = [
    (
        "online-partnerships-and-coalitions",
        10,
        30,
        {
            "ky": (
                "Онлайн-сессия: өнөктөштүк жана коалициялар",
                "Демилгеңизге шериктерди кантип табуу керек: тажрыйба алмашуу жана практикалык тапшырма.",
            ),
            "ru": (
                "Онлайн-сессия: партнёрства и коалиции",
                "Как найти союзников для своей инициативы: обмен опытом и практическое задание.",
            ),
            "en": (
                "Online session: partnerships and coalitions",
                "How to find allies for your initiative: sharing experience and a practical task.",
            ),
        },
    ),
    (
        "online-local-budget",
        24,
        40,
        {
            "ky": (
                "Онлайн-сессия: жергиликтүү бюджет",
                "Депутат жергиликтүү бюджетти кантип окуйт жана талкуулоого кантип катышат.",
            ),
            "ru": (
                "Онлайн-сессия: местный бюджет",
                "Как депутату читать местный бюджет и участвовать в его обсуждении.",
            ),
            "en": (
                "Online session: the local budget",
                "How a deputy reads the local budget and takes part in its discussion.",
            ),
        },
    ),
    (
        "online-stakeholder-map",
        38,
        25,
        {
            "ky": (
                "Онлайн-сессия: кызыкдар тараптардын картасы",
                "Муниципалитетиңиздин кызыкдар тараптарын аныктайбыз: кызыкчылыктары, таасири, кызматташтык.",
            ),
            "ru": (
                "Онлайн-сессия: карта заинтересованных сторон",
                "Определяем стейкхолдеров своего муниципалитета: интересы, влияние, сотрудничество.",
            ),
            "en": (
                "Online session: the stakeholder map",
                "Mapping your municipality's stakeholders: interests, influence, cooperation.",
            ),
        },
    ),
]

ONLINE_PROGRAMME = [
    (
        0,
        15,
        {
            "ky": "Саламдашуу жана күн тартиби",
            "ru": "Приветствие и повестка",
            "en": "Welcome and agenda",
        },
        AKULOVA,
    ),
    (
        15,
        60,
        {
            "ky": "Топтордо практикалык тапшырма",
            "ru": "Практическое задание в группах",
            "en": "Practical task in groups",
        },
        PARTICIPANTS,
    ),
    (
        60,
        90,
        {
            "ky": "Рефлексия: эмне жакшы болду, эмнени жакшыртса болот",
            "ru": "Рефлексия: что получилось, что можно сделать лучше",
            "en": "Reflection: what went well, what could be done better",
        },
        AKULOVA,
    ),
]

# slug, date (ISO) or None for "today at first seeding", tags, {lang: (title, intro, body paragraphs)}
NEWS = [
    (
        "club-launched",
        "2022-07-05",
        ["AMUCA"],
        {
            "ky": (
                "БАЖБА жергиликтүү кеңештердин аял депутаттарынын клубун түзөт",
                "Клуб аялдардын саясий укуктарын жүзөгө ашыруу үчүн виртуалдык жана реалдуу мейкиндик болот.",
                [
                    "2022-жылы клубга Жалал-Абад, Ысык-Көл, Нарын жана Ош облустарынын максаттуу "
                    "муниципалитеттеринен 50 аял кошулат.",
                    "Клубду ментор жетектейт; окуу үч багытта өтөт: ийкемдүү көндүмдөр, өнөктөштүк "
                    "жана коалициялар, кесиптик билим.",
                ],
            ),
            "ru": (
                "АМУЦА создаёт Клуб депутатов-женщин местных кенешей",
                "Клуб станет виртуальным и реальным пространством для реализации политических прав женщин.",
                [
                    "В 2022 году в Клуб войдут 50 женщин из целевых муниципалитетов Джалал-Абадской, "
                    "Иссык-Кульской, Нарынской и Ошской областей.",
                    "Клубом руководит ментор; обучение идёт по трём направлениям: гибкие навыки, "
                    "партнёрства и коалиции, профессиональные знания.",
                ],
            ),
            "en": (
                "AMUCA sets up the Club of Women Deputies of Local Keneshes",
                "The Club will be a virtual and real space for exercising women's political rights.",
                [
                    "In 2022, 50 women from the target municipalities of Jalal-Abad, Issyk-Kul, Naryn "
                    "and Osh oblasts join the Club.",
                    "A mentor leads the Club; learning follows three tracks: soft skills, partnerships "
                    "and coalitions, professional knowledge.",
                ],
            ),
        },
    ),
    (
        "concept-discussed-in-bishkek",
        "2022-07-20",
        ["AMUCA", "Bishkek"],
        {
            "ky": (
                "Клубдун концепциясы Бишкекте талкууланды",
                "18-июлда «Bridges» мейманканасында өнөктөштөр клубдун концепциясынын долбоорун талкуулашты.",
                [
                    "Жыйынды клубдун ментору Салия Акулова алып барды, аны БАЖБАнын директорунун "
                    "милдетин аткаруучу Асель Курманалиева ачты.",
                    "Катышуучулар топтордо клубдун кызыкдар тараптарын аныкташты: алардын "
                    "кызыкчылыктарын, таасирин жана кызматташтыктын түрлөрүн.",
                ],
            ),
            "ru": (
                "Концепцию Клуба обсудили в Бишкеке",
                "18 июля в отеле «Bridges» партнёры обсудили проект Концепции Клуба депутатов-женщин.",
                [
                    "Встречу вела ментор Клуба Салия Акулова, открыла её и.о. директора АМУЦА "
                    "Асель Курманалиева.",
                    "В группах участники определили стейкхолдеров Клуба: их интересы, влияние и "
                    "возможные виды сотрудничества.",
                ],
            ),
            "en": (
                "The Club's concept discussed in Bishkek",
                "On 18 July, partners discussed the draft concept of the Club at the hotel “Bridges”.",
                [
                    "The meeting was moderated by the Club's mentor Saliya Akulova and opened by "
                    "Asel Kurmanalieva, acting director of AMUCA.",
                    "In groups, participants identified the Club's stakeholders: their interests, "
                    "influence and possible forms of cooperation.",
                ],
            ),
        },
    ),
    (
        "telegram-group",
        "2022-08-15",
        ["Telegram"],
        {
            "ky": (
                "Клубдун Telegram тобу иштей баштады",
                "Топту ментор жана төрт облустун ар биринен ыктыярчылар жүргүзөт.",
                [
                    "Топто онлайн-сессиялар тууралуу кабарлар, тапшырмалар жана пайдалуу материалдар "
                    "жарыяланат."
                ],
            ),
            "ru": (
                "Заработала Telegram-группа Клуба",
                "Группу ведут ментор и волонтёры из каждой из четырёх областей.",
                [
                    "В группе публикуются объявления об онлайн-сессиях, задания и полезные материалы."
                ],
            ),
            "en": (
                "The Club's Telegram group is open",
                "The mentor and volunteer members from each of the four oblasts run the group.",
                ["The group carries announcements of online sessions, tasks and useful materials."],
            ),
        },
    ),
    (
        "new-online-sessions",
        None,
        ["AMUCA"],
        {
            "ky": (
                "Жаңы онлайн-сессиялар: өнөктөштүк, бюджет, кызыкдар тараптар",
                "Клуб кийинки айларда үч онлайн-сессия өткөрөт; катышуучулар сайтта катталышат.",
                ["Катталуу үчүн сайтка кирип, иш-чаранын барагындагы «Катталуу» баскычын басыңыз."],
            ),
            "ru": (
                "Новые онлайн-сессии: партнёрства, бюджет, стейкхолдеры",
                "В ближайшие месяцы Клуб проведёт три онлайн-сессии; участницы регистрируются на сайте.",
                [
                    "Чтобы зарегистрироваться, войдите на сайт и нажмите «Зарегистрироваться» на "
                    "странице мероприятия."
                ],
            ),
            "en": (
                "New online sessions: partnerships, the budget, stakeholders",
                "The Club holds three online sessions in the coming months; members register on the site.",
                ["To register, sign in and press “Register” on the event's page."],
            ),
        },
    ),
]

PARTICIPANTS_AUDIENCE = {
    "ky": "Клубдун катышуучулары: жергиликтүү кеңештердин аял депутаттары, депутаттыкка "
    "талапкерлер жана жергиликтүү жамааттардын активисттери.",
    "ru": "Участницы Клуба: депутаты-женщины местных кенешей, кандидатки в депутаты и "
    "активистки местных сообществ.",
    "en": "Members of the Club: women deputies of local keneshes, women candidates for "
    "deputy and women activists of local communities.",
}
