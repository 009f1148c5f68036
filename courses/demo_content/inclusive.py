"""Professional knowledge: inclusive planning and governance."""

from .helpers import heading, quote, reflect, task, text
from .inclusive_more import FOLLOW_UP_LESSON, NEEDS_LESSON

MEANING_LESSON = {
    "slug": "what-inclusive-planning-means",
    "estimated_minutes": 30,
    "texts": {
        "ky": {
            "title": "Инклюзивдүү пландоо деген эмне",
            "intro": "План ага тиешелүү адамдар аны түзүүгө катышканда инклюзивдүү болот. Муниципалитет үчүн бул кайрымдуулук эмес: тургундардын жарымын эске албаган план иш жүзүндө ишке ашпайт.",
            "body": [
                heading("Адатта кимдер жок болот"),
                text(
                    "<p>Айыл аймагыңыздагы акыркы коомдук угуунун же өнүгүү программасы боюнча акыркы жолугушуунун катышуучуларынын тизмесин караңыз. Ким жок? Көбүнчө бул кичинекей балдары бар аялдар, күндүз иштеген жаштар, улгайган адамдар, мүмкүнчүлүгү чектелген адамдар жана алыскы айылдардын үй-бүлөлөрү.</p>",
                    "<p>Инклюзивдүү пландоо ар бир кадамда үч суроо берет: бул <b>кимге</b> тиешелүү, <b>ким</b> катышты жана калгандарына <b>эмне</b> тоскоол болду — убакытпы, жерби, тилби, форматпы же «баары бир эч ким укпайт» деген ишенимби.</p>",
                ),
                quote(
                    "Чектөөчү социалдык нормалар; аялдар көбүнчө өз позициясын коргоого көнүшкөн эмес.",
                    "Клубдун концепциясы, 2022: клуб эмне үчүн керек",
                ),
                task(
                    "Залда ким жок болду?",
                    "<ol><li>Муниципалитетиңиздеги акыркы коомдук угуунун катышуучуларынын тизмесин (же протоколун) табыңыз.</li><li>Алардын ичинде канча аял, жаш, улгайган жана мүмкүнчүлүгү чектелген адам болгонун эсептеңиз.</li><li>Ким жок болгонун жана аларга эмне тоскоол болушу мүмкүн экенин жазыңыз.</li></ol>",
                ),
                reflect(
                    "Эмне тапканыңыз жөнүндө ойлонуңуз.",
                    "Кайсы топ эң көп жетишпеди жана сиздин оюңузча эмне үчүн?",
                    "Кандай кичинекей өзгөртүү аларга келүүгө мүмкүнчүлүк бермек?",
                ),
            ],
        },
        "ru": {
            "title": "Что такое инклюзивное планирование",
            "intro": "План инклюзивен, когда в его создании участвовали те, кого он касается. Для муниципалитета это не благотворительность: план, который не учитывает половину жителей, не работает на практике.",
            "body": [
                heading("Кого обычно нет"),
                text(
                    "<p>Посмотрите на список участников последних публичных слушаний или последней встречи по программе развития вашего айылного аймака. Кого нет? Часто это женщины с маленькими детьми, молодёжь, которая днём работает, пожилые люди, люди с инвалидностью и семьи из отдалённых сёл.</p>",
                    "<p>Инклюзивное планирование на каждом шаге задаёт три вопроса: <b>кого</b> это касается, <b>кто</b> участвовал и <b>что</b> помешало остальным — время, место, язык, формат или убеждённость, что «всё равно никто не послушает».</p>",
                ),
                quote(
                    "Ограничивающие социальные нормы; женщины часто не привыкли отстаивать свою позицию.",
                    "Концепция клуба, 2022: зачем нужен клуб",
                ),
                task(
                    "Кого не было в зале?",
                    "<ol><li>Найдите список участников (или протокол) последних публичных слушаний в вашем муниципалитете.</li><li>Посчитайте, сколько среди них было женщин, молодёжи, пожилых людей и людей с инвалидностью.</li><li>Запишите, кого не было и что могло им помешать.</li></ol>",
                ),
                reflect(
                    "Подумайте о том, что вы обнаружили.",
                    "Какой группы не хватало больше всего и почему, как вы думаете?",
                    "Какое небольшое изменение позволило бы им прийти?",
                ),
            ],
        },
        "en": {
            "title": "What inclusive planning means",
            "intro": "A plan is inclusive when the people it affects took part in making it. For a municipality this is not charity: a plan that ignores half of the residents fails in practice.",
            "body": [
                heading("Who is usually missing"),
                text(
                    "<p>Look at the list of participants of the last public hearing, or of the last meeting on the development programme of your aiyl aimak. Who is missing? Often it is women with small children, young people who work during the day, older people, persons with disabilities and families from remote villages.</p>",
                    "<p>Inclusive planning asks three questions at every step: <b>who</b> is affected, <b>who</b> took part, and <b>what</b> kept the others away — the time, the place, the language, the format, or the belief that “nobody will listen anyway”.</p>",
                ),
                quote(
                    "Restrictive social norms; women often are not used to defending their position.",
                    "The Club's concept, 2022: why the Club exists",
                ),
                task(
                    "Who was not in the room?",
                    "<ol><li>Find the list of participants (or the minutes) of the last public hearing in your municipality.</li><li>Count how many of them were women, young people, older people and persons with disabilities.</li><li>Write down who was missing and what might have kept them away.</li></ol>",
                ),
                reflect(
                    "Think about what you found.",
                    "Which group was missing most, and why do you think so?",
                    "What small change would have let them come?",
                ),
            ],
        },
    },
}

INCLUSIVE_COURSE = {
    "slug": "inclusive-planning",
    "track": "professional-knowledge",
    "members_only": False,
    "level": "intermediate",
    "estimated_minutes": 120,
    "texts": {
        "ky": {
            "title": "Инклюзивдүү пландоо жана башкаруу",
            "summary": "Муниципалитеттин өнүгүүсүн аялдар, жаштар, улгайган адамдар, мүмкүнчүлүгү чектелген адамдар жана алыскы айылдар угулгандай кылып кантип пландоо керек — муктаждыктарды баалоодон тартып кабыл алынган чечимдер боюнча отчетко чейин.",
            "learning_outcomes": "<ul><li>жергиликтүү кеңеш үчүн инклюзивдүү пландоо жана башкаруу эмнени билдирерин түшүндүрүү;</li><li>жолугушууларга сейрек келгендерди да камтыган муктаждыктарды баалоону өткөрүү;</li><li>чечимдердин аткарылышын көзөмөлдөп, тургундарга отчет берүү.</li></ul>",
        },
        "ru": {
            "title": "Инклюзивное планирование и управление",
            "summary": "Как планировать развитие муниципалитета так, чтобы были услышаны женщины, молодёжь, пожилые люди, люди с инвалидностью и отдалённые сёла, — от оценки потребностей до отчёта о принятых решениях.",
            "learning_outcomes": "<ul><li>объяснить, что означают инклюзивное планирование и управление для местного кенеша;</li><li>провести оценку потребностей, которая охватывает тех, кто редко приходит на встречи;</li><li>контролировать выполнение решений и отчитываться перед жителями.</li></ul>",
        },
        "en": {
            "title": "Inclusive planning and governance",
            "summary": "How to plan the development of a municipality so that women, young people, older people, persons with disabilities and remote villages are heard — from assessing needs to reporting back on the decisions.",
            "learning_outcomes": "<ul><li>explain what inclusive planning and governance mean for a local kenesh;</li><li>run a needs assessment that reaches people who rarely come to meetings;</li><li>follow up decisions and report back to residents.</li></ul>",
        },
    },
    "lessons": [MEANING_LESSON, NEEDS_LESSON, FOLLOW_UP_LESSON],
}
