"""Shared texts of the library demo: index page, tags, places, sources."""

INDEX_TEXTS = {
    "ky": {
        "title": "Инновациялар китепканасы",
        "intro": "Аял депутаттар жана активисттер үчүн тажрыйбалар, ыкмалар, кейстер жана "
        "куралдар: Кыргызстандын муниципалитеттеринде сыналган, сиздин муниципалитетте "
        "кайталоого даяр.",
    },
    "ru": {
        "title": "Библиотека инноваций",
        "intro": "Практики, методы, кейсы и инструменты для женщин-депутатов и активисток: "
        "опробованы в муниципалитетах Кыргызстана и готовы к повторению в вашем.",
    },
    "en": {
        "title": "Innovations library",
        "intro": "Practices, methods, cases and toolkits for women deputies and activists: "
        "tried in municipalities of Kyrgyzstan, ready to repeat in yours.",
    },
}

# slug: (English main name, ky, ru)
TAGS = {
    "public-spaces": ("Public spaces", "Коомдук мейкиндиктер", "Публичные пространства"),
    "vulnerable-groups": ("Vulnerable groups", "Аялуу топтор", "Уязвимые группы"),
    "peer-exchange": ("Peer-to-peer exchange", "Тажрыйба алмашуу", "Обмен опытом"),
    "local-budget": ("Local budget", "Жергиликтүү бюджет", "Местный бюджет"),
    "participation": ("Citizen participation", "Жарандардын катышуусу", "Участие граждан"),
    "stakeholders": ("Stakeholders", "Кызыкдар тараптар", "Заинтересованные стороны"),
    "coalitions": (
        "Partnerships and coalitions",
        "Өнөктөштүк жана коалициялар",
        "Партнёрства и коалиции",
    ),
    "inclusive-planning": ("Inclusive planning", "Инклюзивдүү пландоо", "Инклюзивное планирование"),
    "mentoring": ("Mentoring", "Насаатчылык", "Наставничество"),
    "soft-skills": ("Soft skills", "Ийкемдүү көндүмдөр", "Гибкие навыки"),
    "womens-leadership": ("Women's leadership", "Аялдардын лидерлиги", "Женское лидерство"),
    "quota": ("Gender quota", "Гендердик квота", "Гендерная квота"),
    "best-practices": ("Best practices", "Мыкты тажрыйбалар", "Лучшие практики"),
    "reflection": ("Reflection", "Рефлексия", "Рефлексия"),
}

MUNICIPALITIES = {
    "issyk-kul": {
        "ky": "Ысык-Көл району",
        "ru": "Иссык-Кульский район",
        "en": "Issyk-Kul district",
    },
    "at-bashy": {"ky": "Ат-Башы району", "ru": "Ат-Башинский район", "en": "At-Bashy district"},
    "bazar-korgon": {
        "ky": "Базар-Коргон району",
        "ru": "Базар-Коргонский район",
        "en": "Bazar-Korgon district",
    },
    "kara-suu": {"ky": "Кара-Суу району", "ru": "Карасуйский район", "en": "Kara-Suu district"},
    "bishkek": {"ky": "Бишкек шаары", "ru": "город Бишкек", "en": "Bishkek"},
}

AMUCA = {"ky": "БАЖБА", "ru": "АМУЦА", "en": "AMUCA"}
MENTOR = {
    "ky": "Салия Акулова, клубдун ментору",
    "ru": "Салия Акулова, ментор клуба",
    "en": "Saliya Akulova, mentor of the Club",
}


def section(heading, text):
    return ("section", {"heading": heading, "text": text})


def steps(heading, *items):
    return ("steps", {"heading": heading, "steps": list(items)})
