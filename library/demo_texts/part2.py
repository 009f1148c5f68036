"""Demo items 4–6: stakeholder mapping, inclusive planning, mentoring circles."""

from .common import AMUCA, MENTOR, section, steps

ITEMS = [
    {
        "slug": "stakeholder-mapping",
        "kind": "method",
        "oblast": "other",
        "place": "bishkek",
        "source": MENTOR,
        "year": 2022,
        "tags": ["stakeholders", "coalitions"],
        "tracks": ["partnerships"],
        "document": {
            "title": "Stakeholder map template",
            "filename": "stakeholder-map-template.csv",
            "content": "Кызыкдар тарап / Заинтересованная сторона / Stakeholder,"
            "Деңгээл / Уровень / Level,Кызыкчылыктар / Интересы / Interests,"
            "Таасир / Влияние / Influence,Кызматташтык / Сотрудничество / Cooperation\n",
            "members_only": False,
            "labels": {
                "ky": "Кызыкдар тараптардын картасынын үлгүсү",
                "ru": "Шаблон карты заинтересованных сторон",
                "en": "Stakeholder map template",
            },
        },
        "texts": {
            "ky": {
                "title": "Кызыкдар тараптардын картасы: кызыкчылыктар, таасир, кызматташтык",
                "summary": "Клубдун концепциясын коомдук талкуулоодон (2022-жылдын 18-июлу, "
                "Бишкек) алынган топтук көнүгүү: катышуучулар клубдун улуттук жана жергиликтүү "
                "деңгээлдеги кызыкдар тараптарын, ар биринин кызыкчылыктарын, таасирин жана "
                "кызматташуунун мүмкүн болгон түрлөрүн аныкташат.",
                "body": [
                    section(
                        "Картага кимдерди киргизүү керек",
                        "<p>Мамлекеттик органдар, эл аралык уюмдар, жарандык коом уюмдары жана "
                        "расмий эмес жергиликтүү топтор — улуттук жана жергиликтүү "
                        "деңгээлде.</p>",
                    ),
                    steps(
                        "Кантип өткөрүү керек",
                        "Төрт-беш кишиден турган топторго бөлүнүңүз.",
                        "Ар бир топ бир деңгээлдеги кызыкдар тараптарды тизмелейт: улуттук же "
                        "жергиликтүү.",
                        "Ар бир тарап үчүн анын кызыкчылыктарын жана таасиринин күчүн жазыңыз.",
                        "Алардын ар бири менен кызматташуунун мүмкүн болгон түрүн сунуштаңыз.",
                        "Топтор өз карталарын тааныштырат; ментор жыйынтык чыгарып, жалпы "
                        "шериктерди атайт.",
                    ),
                ],
            },
            "ru": {
                "title": "Карта заинтересованных сторон: интересы, влияние, сотрудничество",
                "summary": "Групповое упражнение с публичного обсуждения концепции клуба "
                "(18 июля 2022 года, Бишкек): участницы перечисляют заинтересованные стороны "
                "клуба на национальном и местном уровнях и для каждой — её интересы, влияние и "
                "возможные формы сотрудничества.",
                "body": [
                    section(
                        "Кого наносить на карту",
                        "<p>Государственные органы, международные организации, организации "
                        "гражданского общества и неформальные местные группы — на национальном "
                        "и местном уровнях.</p>",
                    ),
                    steps(
                        "Как провести",
                        "Разделитесь на группы по четыре-пять человек.",
                        "Каждая группа перечисляет заинтересованные стороны одного уровня: "
                        "национального или местного.",
                        "Для каждой стороны запишите её интересы и силу её влияния.",
                        "Предложите возможную форму сотрудничества с каждой из них.",
                        "Группы представляют свои карты; ментор подводит итог и называет общих "
                        "союзников.",
                    ),
                ],
            },
            "en": {
                "title": "Stakeholder mapping: interests, influence, cooperation",
                "summary": "A group exercise from the public discussion of the Club's concept "
                "(18 July 2022, Bishkek): members list the Club's stakeholders at national and "
                "local level and, for each, their interests, their influence and possible forms "
                "of cooperation.",
                "body": [
                    section(
                        "Who goes on the map",
                        "<p>State bodies, international organisations, civil-society "
                        "organisations and informal local groups — at national and at local "
                        "level.</p>",
                    ),
                    steps(
                        "How to run it",
                        "Split into groups of four or five.",
                        "Each group lists the stakeholders of one level: national or local.",
                        "For each stakeholder, write down their interests and how strong their "
                        "influence is.",
                        "Suggest a possible form of cooperation with each of them.",
                        "Groups present their maps; the mentor sums up and names the common "
                        "allies.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "inclusive-development-planning",
        "kind": "case-study",
        "oblast": "osh",
        "place": "kara-suu",
        "source": AMUCA,
        "year": 2023,
        "tags": ["inclusive-planning", "vulnerable-groups", "participation"],
        "tracks": ["professional"],
        "texts": {
            "ky": {
                "title": "Муниципалитеттин өнүгүү программасын инклюзивдүү пландоо",
                "summary": "Депутаттар айыл аймагынын өнүгүү программасы аялдардын, жаштардын, "
                "улгайган адамдардын жана ден соолугунун мүмкүнчүлүгү чектелген адамдардын "
                "муктаждыктарын чагылдырышына кантип жетишет: жынысы жана жашы боюнча бөлүнгөн "
                "маалыматтар, ар бир топ менен консультациялар жана пландалган ар бир "
                "объекттин жеткиликтүүлүгүн текшерүү.",
                "body": [
                    section(
                        "Идея",
                        "<p>Инклюзивдүү пландоо жана башкаруу — клубдун үч окуу багытынын бири. "
                        "План ал тийиштүү болгон адамдар аны жазууга катышып, анын кантип "
                        "аткарылып жатканын текшере алганда инклюзивдүү болот.</p>",
                    ),
                    steps(
                        "Депутат үчүн суроолор",
                        "Кырдаалды талдоодо жынысы жана жашы боюнча бөлүнгөн маалыматтар "
                        "колдонулдубу?",
                        "Аялдар, жаштар жана ден соолугунун мүмкүнчүлүгү чектелген адамдар "
                        "менен өзүнчө консультациялар өткөрүлдүбү?",
                        "Пландалган ар бир имарат жана көчө майыптар арабасы жана балдар "
                        "арабасы үчүн жеткиликтүүбү?",
                        "Программада аткаруу үчүн ким жооптуу экени жана натыйжалар боюнча "
                        "качан отчет берилери көрсөтүлгөнбү?",
                    ),
                ],
            },
            "ru": {
                "title": "Инклюзивное планирование программы развития муниципалитета",
                "summary": "Как депутаты добиваются того, чтобы программа развития айылного "
                "аймака отражала нужды женщин, молодёжи, пожилых людей и людей с "
                "инвалидностью: данные в разбивке по полу и возрасту, консультации с каждой "
                "группой и проверка доступности каждого планируемого объекта.",
                "body": [
                    section(
                        "Идея",
                        "<p>Инклюзивное планирование и управление — одно из трёх направлений "
                        "обучения клуба. План инклюзивен, когда люди, которых он касается, "
                        "участвуют в его написании и могут проверить, как он выполняется.</p>",
                    ),
                    steps(
                        "Вопросы для депутата",
                        "Используются ли в анализе ситуации данные в разбивке по полу и возрасту?",
                        "Проводились ли отдельные консультации с женщинами, молодёжью и людьми "
                        "с инвалидностью?",
                        "Доступны ли каждое планируемое здание и улица для инвалидной и детской "
                        "колясок?",
                        "Указано ли в программе, кто отвечает за выполнение и когда отчитывается "
                        "о результатах?",
                    ),
                ],
            },
            "en": {
                "title": "Inclusive planning of a municipality's development programme",
                "summary": "How deputies make sure that the development programme of an aiyl "
                "aimak reflects the needs of women, young people, older people and people with "
                "disabilities: data broken down by sex and age, consultations with each group "
                "and an accessibility check of every planned object.",
                "body": [
                    section(
                        "The idea",
                        "<p>Inclusive planning and governance is one of the Club's three "
                        "learning tracks. A plan is inclusive when the people it affects take "
                        "part in writing it and can check how it is carried out.</p>",
                    ),
                    steps(
                        "Questions for a deputy",
                        "Does the analysis of the situation use data broken down by sex and age?",
                        "Were women, young people and people with disabilities consulted "
                        "separately?",
                        "Is every planned building and street accessible for a wheelchair and a "
                        "pram?",
                        "Does the programme say who is responsible and when results are reported?",
                    ),
                ],
            },
        },
    },
    {
        "slug": "mentoring-circles",
        "kind": "method",
        "oblast": "issyk-kul",
        "place": "issyk-kul",
        "source": MENTOR,
        "year": 2023,
        "members_only": True,
        "tags": ["mentoring", "soft-skills", "womens-leadership"],
        "tracks": ["soft-skills"],
        "texts": {
            "ky": {
                "title": "Жаңы шайланган аял депутаттар үчүн насаатчылык тегеректери",
                "summary": "Беш-жети катышуучудан турган чакан топтор айына бир жолу ментор "
                "менен онлайн жолугушат: ар бири өз кеңешинен чыныгы кырдаалды алып келет, "
                "тегерек аны талкуулап, кийинки кадам боюнча макулдашат, ал эми кийинки "
                "жолугушууда натыйжасына рефлексия жасайт.",
                "body": [
                    section(
                        "Тегеректин эрежелери",
                        "<ul><li>Тегеректе айтылган сөз тегеректе калат.</li><li>Ар ким өз "
                        "тажрыйбасы тууралуу айтат.</li><li>Кеңеш сунушталат, бирок "
                        "таңууланбайт.</li></ul>",
                    ),
                    steps(
                        "Беш кадамдан турган жолугушуу",
                        "Жаңылыктар айлампасы: ар бирине бир мүнөттөн.",
                        "Бир катышуучу өз кырдаалын айтып берет.",
                        "Айыптоо үчүн эмес, түшүнүү үчүн берилген суроолор.",
                        "Тегеректин идеялары; катышуучу кийинки кадамын өзү тандайт.",
                        "Рефлексия: өткөн жолу эмне жакшы болду жана эмнени жакшыраак жасоо керек.",
                    ),
                ],
            },
            "ru": {
                "title": "Менторские круги для впервые избранных женщин-депутатов",
                "summary": "Небольшие группы из пяти–семи участниц раз в месяц встречаются "
                "онлайн с ментором: каждая приносит реальную ситуацию из своего кенеша, круг "
                "обсуждает её и договаривается о следующем шаге, а на следующей встрече "
                "проводит рефлексию по результату.",
                "body": [
                    section(
                        "Правила круга",
                        "<ul><li>Сказанное в круге остаётся в круге.</li><li>Каждая говорит о "
                        "своём опыте.</li><li>Совет предлагают, но не навязывают.</li></ul>",
                    ),
                    steps(
                        "Встреча в пять шагов",
                        "Круг новостей: по минуте на каждую.",
                        "Одна участница рассказывает о своей ситуации.",
                        "Вопросы, чтобы понять, а не осудить.",
                        "Идеи круга; участница сама выбирает следующий шаг.",
                        "Рефлексия: что получилось в прошлый раз и что сделать лучше.",
                    ),
                ],
            },
            "en": {
                "title": "Mentoring circles for newly elected women deputies",
                "summary": "Small groups of five to seven members meet online once a month "
                "with the mentor: each brings a real situation from her kenesh, the circle "
                "discusses it and agrees on a next step, then reflects on the result at the "
                "next meeting.",
                "body": [
                    section(
                        "Rules of the circle",
                        "<ul><li>What is said in the circle stays in the circle.</li><li>Each "
                        "member speaks about her own experience.</li><li>Advice is offered, "
                        "never imposed.</li></ul>",
                    ),
                    steps(
                        "A meeting in five steps",
                        "A round of news: one minute each.",
                        "One member presents her situation.",
                        "Questions to understand, not to judge.",
                        "Ideas from the circle; she chooses her next step herself.",
                        "Reflection: what went well last time and what to do better.",
                    ),
                ],
            },
        },
    },
]
