"""The Club's three learning tracks (concept 2022, "Tasks for 2022–2023")."""

TRACKS = [
    {
        "slug": "soft-skills",
        "colour": "#6b2d5c",
        "icon": "speech",
        "sort_order": 1,
        "ky": {
            "name": "Ийкемдүү көндүмдөр",
            "description": "Аял депутаттардын soft skills көндүмдөрү: сүйлөө, өз позициясын "
            "коргоо, сүйлөшүү, анын ичинде окутуунун инновациялык ыкмалары.",
        },
        "ru": {
            "name": "Гибкие навыки",
            "description": "Soft skills женщин-депутатов: публичные выступления, отстаивание "
            "своей позиции, переговоры, в том числе инновационные методы обучения.",
        },
        "en": {
            "name": "Soft skills",
            "description": "The soft skills of women deputies: public speaking, defending "
            "a position, negotiation, including innovative learning methods.",
        },
    },
    {
        "slug": "partnerships",
        "colour": "#14646b",
        "icon": "handshake",
        "sort_order": 2,
        "ky": {
            "name": "Өнөктөштүк жана коалициялар",
            "description": "Демилгелерди колдогон шериктерди табуу, натыйжалуу өнөктөштүктү "
            "жана коалицияларды түзүү көндүмдөрү.",
        },
        "ru": {
            "name": "Партнёрства и коалиции",
            "description": "Как найти союзников для своих инициатив и выстроить эффективные "
            "партнёрства и коалиции.",
        },
        "en": {
            "name": "Partnerships and coalitions",
            "description": "Finding allies for your initiatives and building effective "
            "partnerships and coalitions.",
        },
    },
    {
        "slug": "professional-knowledge",
        "colour": "#7a5200",
        "icon": "budget",
        "sort_order": 3,
        "ky": {
            "name": "Кесиптик билим",
            "description": "Жергиликтүү бюджет, инклюзивдүү пландоо жана башкаруу: депутаттын "
            "күнүмдүк ишине керектүү билим.",
        },
        "ru": {
            "name": "Профессиональные знания",
            "description": "Местный бюджет, инклюзивное планирование и управление: знания, "
            "нужные депутату в повседневной работе.",
        },
        "en": {
            "name": "Professional knowledge",
            "description": "The local budget, inclusive planning and governance: what a "
            "deputy needs to know in her everyday work.",
        },
    },
]
