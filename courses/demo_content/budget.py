"""Professional knowledge: the local budget, and inclusive planning."""

from .budget_influence import INFLUENCE_LESSON
from .helpers import heading, quote, reflect, task, text, tip

BUDGET_COURSE = {
    "slug": "local-budget",
    "track": "professional-knowledge",
    "members_only": False,
    "level": "beginner",
    "estimated_minutes": 150,
    "texts": {
        "ky": {
            "title": "Жергиликтүү бюджет: ал кантип түзүлөт жана депутат ага кантип таасир эте алат",
            "summary": "Айыл аймактын же шаардын бюджети жыл ичинде кантип түзүлөт, анын "
            "кирешелерин жана чыгашаларын кантип окуу керек жана депутатта өз жамаатынын — бүт "
            "жамааттын — муктаждыктарын бюджетке киргизүү үчүн кандай куралдар бар.",
            "learning_outcomes": "<ul><li>бюджеттик циклдин этаптарын жана кеңеш кайсы жерде "
            "чечим кабыл аларын түшүндүрүү;</li><li>өз муниципалитетиңиздин бюджетинин негизги "
            "кирешелерин жана чыгашаларын окуу;</li><li>каржылоо булагы жана шериктери бар "
            "бюджеттик сунуш даярдоо;</li><li>аялдар, жаштар жана мүмкүнчүлүгү чектелген "
            "адамдар катышкан угууларды пландаштыруу.</li></ul>",
        },
        "ru": {
            "title": "Местный бюджет: как он формируется и как депутат может на него влиять",
            "summary": "Как в течение года формируется бюджет айылного аймака или города, как "
            "читать его доходы и расходы и какие инструменты есть у депутата, чтобы включить в "
            "бюджет потребности своего сообщества — всего сообщества.",
            "learning_outcomes": "<ul><li>объяснить этапы бюджетного цикла и где решение "
            "принимает кенеш;</li><li>читать основные доходы и расходы бюджета своего "
            "муниципалитета;</li><li>подготовить бюджетное предложение с источником "
            "финансирования и союзниками;</li><li>спланировать слушания, в которых участвуют "
            "женщины, молодёжь и люди с инвалидностью.</li></ul>",
        },
        "en": {
            "title": "Local budget: how it is made and how a deputy can influence it",
            "summary": "How the budget of an aiyl aimak or a town is made during the year, how "
            "to read its revenues and expenditures, and which tools a deputy has to put the "
            "needs of her community — all of it — into the budget.",
            "learning_outcomes": "<ul><li>explain the stages of the budget cycle and where the "
            "kenesh decides;</li><li>read the main revenues and expenditures of your "
            "municipality's budget;</li><li>prepare a budget proposal with a source of funding "
            "and allies;</li><li>plan a hearing that includes women, young people and persons "
            "with disabilities.</li></ul>",
        },
    },
    "lessons": [
        {
            "slug": "budget-cycle",
            "estimated_minutes": 40,
            "texts": {
                "ky": {
                    "title": "Муниципалитеттин бюджеттик цикли",
                    "intro": "Жергиликтүү бюджет бир кечте жазылбайт: ал жылдык циклден өтөт, "
                    "жана депутат ар бир этапта аракет кыла алат. Бул сабакта циклдин этаптары "
                    "жана кеңеш кайсы жерде чечим кабыл алары көрсөтүлөт.",
                    "body": [
                        heading("Жылдын төрт этабы"),
                        text(
                            "<ol><li><b>Даярдоо.</b> Аткаруу органы — айыл өкмөтү же мэрия — "
                            "кирешелерди болжолдоп, ар бир багыт боюнча чыгашалардын долбоорун "
                            "даярдайт.</li><li><b>Талкуулоо жана бекитүү.</b> Долбоор тургундарга "
                            "коомдук угууларда сунушталат, аны кеңештин бюджеттик комиссиясы "
                            "карайт, ал эми жергиликтүү кеңеш сессияда бекитет.</li>"
                            "<li><b>Аткаруу.</b> Жыл ичинде аткаруу органы каражатты жумшайт; "
                            "бюджетке өзгөртүүлөр кеңештин чечими менен гана киргизилет.</li>"
                            "<li><b>Отчет.</b> Аткаруу органы бюджеттин аткарылышы боюнча отчет "
                            "берет; кеңеш отчетту карап бекитет, ал эми тургундар натыйжаларды "
                            "билүүгө укуктуу.</li></ol>",
                            "<p>Кирешелер эки булактан түшөт: муниципалитеттин <b>өз "
                            "кирешелери</b> (жер салыгы, мүлк салыгы, жергиликтүү жыйымдар, "
                            "муниципалдык мүлктү ижарага берүү) жана республикалык бюджеттен "
                            "<b>трансферттер</b>. Ар биринин үлүшүн билип, депутат кеңештин "
                            "чыныгы чечим кабыл алуу мүмкүнчүлүгү канча экенин түшүнөт.</p>",
                        ),
                        tip(
                            "Алдын ала сураңыз",
                            "<p>Бюджеттин долбоорун сессия күнү эмес, даяр болоору менен каржы "
                            "бөлүмүнөн сураңыз. Депутат кеңеш добуш бере турган документтерди "
                            "алууга укуктуу.</p>",
                        ),
                        task(
                            "Өз муниципалитетиңиздин бюджетин табыңыз",
                            "<ol><li>Айыл аймагыңыздын же шаарыңыздын быйылкы бекитилген "
                            "бюджетин жана өткөн жылдагы бюджеттин аткарылышы тууралуу отчетту "
                            "алыңыз.</li><li>Быйылкы коомдук угуулардын жана бюджет бекитиле "
                            "турган сессиянын даталарын жазып алыңыз.</li><li>Эң ири үч чыгаша "
                            "беренесин жазып чыгыңыз.</li></ol>",
                        ),
                        reflect(
                            "Тапшырмадан кийин ал кандай өткөнүн эстеңиз.",
                            "Бюджеттик документтерди алуу оңой болдубу? Сизге ким жардам берди, "
                            "ким бербеди?",
                            "Сандардын ичинен сизди эмне көбүрөөк таң калтырды?",
                            "Быйыл циклдин кайсы этабында аракет кыла аласыз?",
                        ),
                    ],
                },
                "ru": {
                    "title": "Бюджетный цикл муниципалитета",
                    "intro": "Местный бюджет не пишется за один вечер: он проходит годовой "
                    "цикл, и депутат может действовать на каждом этапе. В этом уроке — этапы "
                    "цикла и то, где решение принимает кенеш.",
                    "body": [
                        heading("Четыре этапа года"),
                        text(
                            "<ol><li><b>Подготовка.</b> Исполнительный орган — айыл окмоту или "
                            "мэрия — прогнозирует доходы и готовит проект расходов по каждому "
                            "направлению.</li><li><b>Обсуждение и утверждение.</b> Проект "
                            "представляют жителям на публичных слушаниях, его рассматривает "
                            "бюджетная комиссия кенеша, а утверждает местный кенеш на "
                            "сессии.</li><li><b>Исполнение.</b> В течение года исполнительный "
                            "орган расходует средства; изменения в бюджет вносятся только "
                            "решением кенеша.</li><li><b>Отчёт.</b> Исполнительный орган "
                            "отчитывается об исполнении бюджета; кенеш рассматривает и "
                            "утверждает отчёт, а жители имеют право знать результаты.</li></ol>",
                            "<p>Доходы поступают из двух источников: <b>собственные доходы</b> "
                            "муниципалитета (земельный налог, налог на имущество, местные сборы, "
                            "аренда муниципального имущества) и <b>трансферты</b> из "
                            "республиканского бюджета. Зная долю каждого, депутат понимает, "
                            "сколько реального простора для решений есть у кенеша.</p>",
                        ),
                        tip(
                            "Спрашивайте заранее",
                            "<p>Запросите проект бюджета в финансовом отделе сразу, как только "
                            "он подготовлен, а не в день сессии. Депутат имеет право получать "
                            "документы, по которым голосует кенеш.</p>",
                        ),
                        task(
                            "Найдите бюджет своего муниципалитета",
                            "<ol><li>Получите утверждённый бюджет своего айылного аймака или "
                            "города на этот год и отчёт об исполнении бюджета за прошлый "
                            "год.</li><li>Запишите даты публичных слушаний в этом году и сессии, "
                            "на которой утверждается бюджет.</li><li>Выпишите три самые крупные "
                            "статьи расходов.</li></ol>",
                        ),
                        reflect(
                            "После задания вспомните, как оно прошло.",
                            "Легко ли было получить бюджетные документы? Кто вам помог, а кто нет?",
                            "Что в цифрах удивило вас больше всего?",
                            "На каком этапе цикла вы можете действовать в этом году?",
                        ),
                    ],
                },
                "en": {
                    "title": "The budget cycle of a municipality",
                    "intro": "A local budget is not written in one evening: it goes through a "
                    "yearly cycle, and a deputy can act at every stage. This lesson shows the "
                    "stages and where the kenesh decides.",
                    "body": [
                        heading("Four stages of the year"),
                        text(
                            "<ol><li><b>Drafting.</b> The executive body — the aiyl okmotu or "
                            "the mayor's office — forecasts revenues and drafts the expenditures "
                            "of each area.</li><li><b>Discussion and approval.</b> The draft is "
                            "presented to residents at public hearings, examined by the "
                            "kenesh's budget commission and approved by the local kenesh at a "
                            "session.</li><li><b>Execution.</b> During the year the executive "
                            "body spends the money; the budget is changed only by a decision of "
                            "the kenesh.</li><li><b>Report.</b> The executive body reports on "
                            "how the budget was executed; the kenesh examines and approves the "
                            "report, and residents have the right to know the results.</li></ol>",
                            "<p>Revenues come from two sources: the municipality's <b>own "
                            "revenues</b> (land tax, property tax, local fees, rent of municipal "
                            "property) and <b>transfers</b> from the republican budget. Knowing "
                            "the share of each tells a deputy how much room for decisions the "
                            "kenesh really has.</p>",
                        ),
                        tip(
                            "Ask early",
                            "<p>Ask the finance department for the draft budget as soon as it "
                            "is ready, not on the day of the session. A deputy has the right to "
                            "receive the documents the kenesh votes on.</p>",
                        ),
                        task(
                            "Find your municipality's budget",
                            "<ol><li>Get this year's approved budget of your aiyl aimak or town "
                            "and the report on last year's execution.</li><li>Write down the "
                            "dates of this year's public hearings and of the session that "
                            "approves the budget.</li><li>Note the three largest expenditure "
                            "items.</li></ol>",
                        ),
                        reflect(
                            "After the task, think back on how it went.",
                            "Was it easy to get the budget documents? Who helped you, and who "
                            "did not?",
                            "What surprised you most in the figures?",
                            "At which stage of the cycle can you act this year?",
                        ),
                    ],
                },
            },
        },
        {
            "slug": "reading-the-budget",
            "estimated_minutes": 50,
            "texts": {
                "ky": {
                    "title": "Бюджетти кантип окуу керек: кирешелер жана чыгашалар",
                    "intro": "Бюджет — бул таблицалардын жыйындысы. Үч суроо аны бухгалтер "
                    "болбой туруп окууга жардам берет.",
                    "body": [
                        heading("Ар кандай бюджетке үч суроо"),
                        text(
                            "<ol><li><b>Акча кайдан келет?</b> Өз кирешелерди трансферттер менен "
                            "салыштырыңыз. Эгерде өз кирешелер аз болсо, ар бир жаңы чыгаша "
                            "республикалык бюджеттен — жана жергиликтүү салыктар канчалык жакшы "
                            "чогултуларынан — көз каранды.</li><li><b>Акча кайда кетет?</b> "
                            "Бюджеттин көп бөлүгү адатта корголгон беренелер: эмгек акы, "
                            "социалдык төгүмдөр, мектептердин, бала бакчалардын жана маданият "
                            "үйлөрүнүн коммуналдык кызматтары. Калганы — өнүктүрүүгө акча: "
                            "жолдор, суу, көчө жарыгы, балдар аянтчалары.</li><li><b>Өткөн "
                            "жылдан бери эмне өзгөрдү?</b> Ар бир ири беренени өткөн жылдын "
                            "планы жана аткарылышы менен салыштырыңыз. Чоң айырма — бюджеттик "
                            "комиссия үчүн жакшы суроо.</li></ol>",
                        ),
                        quote(
                            "30% квота гана аялдардын саясий укуктарын кеңейтпейт: билим, "
                            "тажрыйба жана маалымат да керек.",
                            "Клубдун концепциясы, 2022",
                        ),
                        tip(
                            "План жана аткарылыш",
                            "<p>Дайыма эки мамычаны караңыз: эмне пландалган жана иш жүзүндө "
                            "канча жумшалган. Жыл сайын пландалып, бирок аткарылбаган оңдоо "
                            "иштери өзү эле көп нерсени айтып турат.</p>",
                            kind="note",
                        ),
                        task(
                            "Үч суроо бериңиз",
                            "<p>Өз муниципалитетиңиздин бюджети боюнча:</p><ol><li>Бардык "
                            "кирешелердин ичинде өз кирешелердин үлүшүн эсептеңиз.</li><li>"
                            "Аткарылышы пландан 20%дан ашык айырмаланган бир беренени "
                            "табыңыз.</li><li>Бюджеттик комиссиянын кийинки отурумунда же "
                            "сессияда бере турган үч суроону жазыңыз.</li></ol>",
                        ),
                        reflect(
                            "Кыскача жооп бериңиз: жоопторуңузду ментор окуйт.",
                            "Сиздин муниципалитетте бюджеттин канча бөлүгү өнүктүрүүгө калат?",
                            "Үч сурооңуздун кайсынысы сиз өкүлчүлүк кылган аялдар жана "
                            "үй-бүлөлөр үчүн эң маанилүү жана эмне үчүн?",
                        ),
                    ],
                },
                "ru": {
                    "title": "Как читать бюджет: доходы и расходы",
                    "intro": "Бюджет — это набор таблиц. Три вопроса помогут прочитать его, не "
                    "будучи бухгалтером.",
                    "body": [
                        heading("Три вопроса к любому бюджету"),
                        text(
                            "<ol><li><b>Откуда приходят деньги?</b> Сравните собственные доходы "
                            "с трансфертами. Если собственных доходов мало, каждый новый расход "
                            "зависит от республиканского бюджета — и от того, насколько хорошо "
                            "собираются местные налоги.</li><li><b>Куда они уходят?</b> Большая "
                            "часть бюджета — обычно защищённые статьи: зарплата, социальные "
                            "отчисления, коммунальные услуги школ, детских садов и домов "
                            "культуры. Остаток — это деньги на развитие: дороги, вода, уличное "
                            "освещение, детские площадки.</li><li><b>Что изменилось с прошлого "
                            "года?</b> Сравните каждую крупную статью с планом и исполнением "
                            "прошлого года. Большая разница — хороший вопрос для бюджетной "
                            "комиссии.</li></ol>",
                        ),
                        quote(
                            "Одна квота в 30% не расширяет политические права женщин: нужны ещё "
                            "знания, опыт и информация.",
                            "Концепция клуба, 2022",
                        ),
                        tip(
                            "План и исполнение",
                            "<p>Всегда смотрите на две колонки: что было запланировано и что "
                            "фактически израсходовано. Ремонт, который планируют каждый год, но "
                            "так и не выполняют, говорит сам за себя.</p>",
                            kind="note",
                        ),
                        task(
                            "Задайте три вопроса",
                            "<p>По бюджету своего муниципалитета:</p><ol><li>Посчитайте долю "
                            "собственных доходов во всех доходах.</li><li>Найдите одну статью, "
                            "где исполнение отличается от плана больше чем на 20%.</li><li>"
                            "Запишите три вопроса, которые вы зададите на ближайшем заседании "
                            "бюджетной комиссии или на сессии.</li></ol>",
                        ),
                        reflect(
                            "Ответьте коротко: ваш ментор прочитает ответы.",
                            "Какая доля бюджета остаётся на развитие в вашем муниципалитете?",
                            "Какой из трёх ваших вопросов важнее всего для женщин и семей, "
                            "которых вы представляете, и почему?",
                        ),
                    ],
                },
                "en": {
                    "title": "Reading the budget: revenues and expenditures",
                    "intro": "A budget is a set of tables. Three questions help you read it "
                    "without being an accountant.",
                    "body": [
                        heading("Three questions to ask of any budget"),
                        text(
                            "<ol><li><b>Where does the money come from?</b> Compare own revenues "
                            "with transfers. If own revenues are small, every new expense "
                            "depends on the republican budget — and on how well local taxes are "
                            "collected.</li><li><b>Where does it go?</b> Most of the budget is "
                            "usually protected items: salaries, social contributions, utilities "
                            "of schools, kindergartens and houses of culture. What is left is "
                            "the money for development: roads, water, street lighting, "
                            "playgrounds.</li><li><b>What changed since last year?</b> Compare "
                            "each large item with last year's plan and execution. A big "
                            "difference is a good question for the budget commission.</li></ol>",
                        ),
                        quote(
                            "The 30% quota alone does not widen women's political rights: "
                            "knowledge, experience and information are needed too.",
                            "The Club's concept, 2022",
                        ),
                        tip(
                            "Plan and execution",
                            "<p>Always look at two columns: what was planned and what was "
                            "actually spent. A repair that is planned every year but never "
                            "carried out tells its own story.</p>",
                            kind="note",
                        ),
                        task(
                            "Ask three questions",
                            "<p>Using your municipality's budget:</p><ol><li>Calculate the "
                            "share of own revenues in all revenues.</li><li>Find one item whose "
                            "execution differs from the plan by more than 20%.</li><li>Write "
                            "three questions you will ask at the next meeting of the budget "
                            "commission or at the session.</li></ol>",
                        ),
                        reflect(
                            "Answer briefly: your mentor will read your answers.",
                            "What share of the budget is left for development in your "
                            "municipality?",
                            "Which of your three questions matters most for the women and "
                            "families you represent, and why?",
                        ),
                    ],
                },
            },
        },
        INFLUENCE_LESSON,
    ],
}
