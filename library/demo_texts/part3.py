"""Demo items 7–9: the best-practice portal, the 30% quota analysis, learning in action."""

from .common import AMUCA, section, steps

ITEMS = [
    {
        "slug": "best-practice-portal",
        "kind": "toolkit",
        "oblast": "",
        "place": None,
        "source": AMUCA,
        "year": 2022,
        "tags": ["best-practices", "peer-exchange"],
        "tracks": ["partnerships"],
        "texts": {
            "ky": {
                "title": "Жергиликтүү өз алдынча башкаруунун мыкты тажрыйбалар порталы",
                "summary": "Клубдун тууган ресурсу: Кыргызстандын муниципалитеттери сынап "
                "көргөн чечимдердин жыйнагы. Кеңешиңизде демилге сунуштоодон мурун ал жерден "
                "мисал табыңыз.",
                "body": [
                    section(
                        "Клуб менен кантип колдонуу керек",
                        "<p>Порталдан өз темаңызды издеп, сиздикине окшош муниципалитеттерден "
                        "бир-эки мисал тандап, аларды клубдун онлайн жолугушуусуна алып "
                        "келиңиз. Өз муниципалитетинин тажрыйбасын кошкон катышуучулар "
                        "башкаларга аны кайталоого жардам беришет.</p>",
                    ),
                ],
            },
            "ru": {
                "title": "Портал лучших практик местного самоуправления",
                "summary": "Ресурс-партнёр клуба: собрание решений, которые муниципалитеты "
                "Кыргызстана уже опробовали. Найдите там пример, прежде чем предлагать "
                "инициативу в своём кенеше.",
                "body": [
                    section(
                        "Как пользоваться вместе с клубом",
                        "<p>Найдите на портале свою тему, выберите один-два примера из похожих "
                        "на ваш муниципалитетов и принесите их на онлайн-встречу клуба. "
                        "Участницы, которые добавляют практику своего муниципалитета, помогают "
                        "другим её повторить.</p>",
                    ),
                ],
            },
            "en": {
                "title": "The best-practice portal of local self-government",
                "summary": "A sister resource of the Club: a collection of solutions that "
                "municipalities of Kyrgyzstan have already tried. Find an example there before "
                "you propose an initiative in your kenesh.",
                "body": [
                    section(
                        "How to use it with the Club",
                        "<p>Search the portal for your topic, choose one or two examples from "
                        "municipalities like yours and bring them to the Club's online meeting. "
                        "Members who add a practice from their own municipality help others to "
                        "repeat it.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "quota-analysis",
        "kind": "report",
        "oblast": "",
        "place": None,
        "source": AMUCA,
        "year": 2022,
        "members_only": True,
        "tags": ["quota", "womens-leadership"],
        "tracks": ["professional"],
        "document": {
            "title": "Quota analysis: questions for discussion",
            "filename": "quota-analysis-questions.txt",
            "content": "1. Кеңешиңизде канча аял депутат бар? / Сколько женщин-депутатов в "
            "вашем кенеше? / How many women deputies sit in your kenesh?\n"
            "2. Алардын демилгелерин ким колдойт? / Кто поддерживает их инициативы? / "
            "Who supports their initiatives?\n",
            "members_only": True,
            "labels": {
                "ky": "Квота боюнча талдоо: талкуулоо үчүн суроолор",
                "ru": "Анализ квоты: вопросы для обсуждения",
                "en": "Quota analysis: questions for discussion",
            },
        },
        "texts": {
            "ky": {
                "title": "30% квота эмнени өзгөрттү: клуб үчүн талдоо",
                "summary": "30% квота жергиликтүү кеңештерге көбүрөөк аялдарды алып келди, "
                "бирок өзү гана аялдардын саясий укуктарын кеңейтпейт. Талдоодо дагы эмне "
                "жетишпей жатканы көрсөтүлгөн: шериктер, коомдук мейкиндиктер, окууга жана "
                "маалыматка жетүү, өз позициясын коргоо көндүмү.",
                "body": [
                    section(
                        "Жыйынтыктар",
                        "<ul><li>Аял депутаттар коомчулуктан, атүгүл үй-бүлөсүнөн да аз колдоо "
                        "алышат.</li><li>Аларга кеңештин ичинде жана сыртында демилгелерин "
                        "колдогон шериктер жетишпейт.</li><li>Аларды чектөөчү социалдык "
                        "нормалар жана тажрыйбанын жетишсиздиги кармап турат.</li></ul>",
                    ),
                    section(
                        "Клуб бул боюнча эмне кылат",
                        "<p>Үч багыт боюнча окутуу, рефлексия менен иш аркылуу окуу, ментор "
                        "жана катышуучулар бири-бирин колдогон коопсуз, жагымдуу чөйрө.</p>",
                    ),
                ],
            },
            "ru": {
                "title": "Что изменила квота 30%: анализ для клуба",
                "summary": "Квота 30% привела в местные кенеши больше женщин, но сама по себе "
                "не расширяет их политические права. Анализ перечисляет, чего ещё не хватает: "
                "союзников, публичных пространств, доступа к обучению и информации, привычки "
                "отстаивать свою позицию.",
                "body": [
                    section(
                        "Выводы",
                        "<ul><li>Женщины-депутаты получают мало поддержки со стороны сообщества "
                        "и даже семьи.</li><li>Им не хватает союзников для своих инициатив в "
                        "кенеше и за его пределами.</li><li>Их сдерживают ограничительные "
                        "социальные нормы и недостаток опыта.</li></ul>",
                    ),
                    section(
                        "Что делает клуб",
                        "<p>Обучение по трём направлениям, обучение в действии с рефлексией, "
                        "ментор и безопасная, дружелюбная среда, в которой участницы "
                        "поддерживают друг друга.</p>",
                    ),
                ],
            },
            "en": {
                "title": "What the 30% quota changed: an analysis for the Club",
                "summary": "The 30% quota brought more women into local keneshes, but on its "
                "own it does not widen women's political rights. The analysis lists what else "
                "is needed: allies, public spaces, access to training and information, and the "
                "habit of defending one's position.",
                "body": [
                    section(
                        "Findings",
                        "<ul><li>Women deputies get little support from their community and "
                        "even their family.</li><li>They lack allies for their initiatives "
                        "inside and outside the kenesh.</li><li>Restrictive social norms and "
                        "lack of experience hold them back.</li></ul>",
                    ),
                    section(
                        "What the Club does about it",
                        "<p>Training in three tracks, learning in action with reflection, a "
                        "mentor, and a safe and friendly environment where members support each "
                        "other.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "learning-in-action",
        "kind": "method",
        "oblast": "naryn",
        "place": "at-bashy",
        "source": AMUCA,
        "year": 2022,
        "tags": ["reflection", "soft-skills"],
        "tracks": ["soft-skills"],
        "texts": {
            "ky": {
                "title": "Иш аркылуу окуу: чыныгы тапшырма, андан кийин рефлексия",
                "summary": "Клубдун окутуу ыкмасы: катышуучулар өз муниципалитетинде чыныгы "
                "тапшырманы аткарып, негизги билимге жана өз тажрыйбасына таянып үйрөнүшөт. "
                "Аракеттен кийин рефлексия болот: кандай чечимдер кабыл алынды, эмне жакшы "
                "болду жана эмнени жакшыраак жасаса болот.",
                "body": [
                    steps(
                        "Рефлексия үчүн суроолор",
                        "Мен эмнеге жетишүүнү каалагам?",
                        "Мен иш жүзүндө эмне кылдым жана кандай чечимдерди кабыл алдым?",
                        "Эмне жакшы болду жана эмне үчүн?",
                        "Кийинки жолу эмнени башкача кылам?",
                        "Кийинки жолу мага ким жардам бере алат?",
                    ),
                ],
            },
            "ru": {
                "title": "Обучение в действии: реальная задача, затем рефлексия",
                "summary": "Способ обучения клуба: участницы учатся, выполняя реальную задачу в "
                "своём муниципалитете и опираясь на базовые знания и собственный опыт. После "
                "действия — рефлексия: какие решения были приняты, что получилось и что можно "
                "сделать лучше.",
                "body": [
                    steps(
                        "Вопросы для рефлексии",
                        "Чего я хотела добиться?",
                        "Что я на самом деле сделала и какие решения приняла?",
                        "Что получилось и почему?",
                        "Что я сделаю иначе в следующий раз?",
                        "Кто мог бы мне помочь в следующий раз?",
                    ),
                ],
            },
            "en": {
                "title": "Learning in action: a real task, then reflection",
                "summary": "The Club's way of learning: members learn while doing a real task "
                "in their municipality, drawing on basic knowledge and their own experience. "
                "After the action comes reflection: which decisions were taken, what went well "
                "and what could be done better.",
                "body": [
                    steps(
                        "Questions for reflection",
                        "What did I want to achieve?",
                        "What did I actually do, and which decisions did I take?",
                        "What went well, and why?",
                        "What would I do differently next time?",
                        "Who could help me next time?",
                    ),
                ],
            },
        },
    },
]
