"""Soft skills: defending your position — public speaking for deputies."""

from .helpers import heading, quote, reflect, task, text, tip
from .speaking_more import OBJECTIONS_LESSON, SESSION_LESSON

MESSAGE_LESSON = {
    "slug": "prepare-your-message",
    "estimated_minutes": 30,
    "texts": {
        "ky": {
            "title": "Билдирүүңүздү даярдаңыз",
            "intro": "Көпчүлүк сөздөр башталбай жатып эле ийгиликсиз болот: сүйлөөчү угуучулар "
            "эмне кылышы керек экенин чечпей калат. Аягынан баштаңыз.",
            "body": [
                heading("Бир ой, үч аргумент, бир өтүнүч"),
                text(
                    "<p>Биринчи сүйлөмдү жазардан мурун үч суроого жооп бериңиз: <b>ким</b> угат "
                    "(депутаттар, тургундар, айыл өкмөтүнүн башчысы), алар <b>эмнени</b> эстеп "
                    "калышы керек жана сөзүңүздөн кийин <b>эмне</b> кылышы керек — добуш берүү, "
                    "угууга келүү, сунушту колдоо.</p>",
                    "<ol><li><b>Негизги ой</b>: бир сүйлөм, мисалы: «Биздин айылдагы бала "
                    "бакчага быйыл экинчи топ керек».</li><li><b>Үч аргумент</b>: "
                    "муниципалитетиңизден бир факт (кезекте 42 бала), бир адамдын окуясы жана "
                    "баасы же пайдасы.</li><li><b>Өтүнүч</b>: так эмнени жана кайсы мөөнөткө "
                    "чейин сурайсыз.</li></ol>",
                ),
                quote(
                    "Аялдар көбүнчө өз позициясын коргоого көнүшкөн эмес. Клуб — муну "
                    "машыктыруу үчүн коопсуз жай.",
                    "Клубдун концепциясы, 2022",
                ),
                tip(
                    "Бир мүнөттүк текшерүү",
                    "<p>Негизги оюңузду жана өтүнүчүңүздү бир мүнөттө айта албасаңыз, сөз али "
                    "даяр эмес. Аны досуңузга же клубдагы кесиптешиңизге үн чыгарып айтып "
                    "бериңиз.</p>",
                ),
                task(
                    "Бир мүнөттүк сөз жазыңыз",
                    "<ol><li>Кийинки сессияда көтөргүңүз келген муниципалитетиңиздин бир "
                    "маселесин тандаңыз.</li><li>Негизги ойду бир сүйлөм менен, үч аргументти "
                    "жана өтүнүчтү жазыңыз.</li><li>Таймер менен үн чыгарып окуңуз: бир "
                    "мүнөттөн ашпасын.</li></ol>",
                ),
                reflect(
                    "Даярдык кандай өткөнүн ойлонуңуз.",
                    "Бир ойду тандоо кыйын болдубу? Эмнени калтырдыңыз?",
                    "Сиздин оюңузча, кайсы аргумент кесиптештериңизди эң көп ынандырат жана "
                    "эмне үчүн?",
                ),
            ],
        },
        "ru": {
            "title": "Подготовьте своё сообщение",
            "intro": "Большинство выступлений проваливаются ещё до начала: выступающая не "
            "решила, что должны сделать слушатели. Начните с конца.",
            "body": [
                heading("Одна мысль, три аргумента, одна просьба"),
                text(
                    "<p>Прежде чем написать первое предложение, ответьте на три вопроса: "
                    "<b>кто</b> будет слушать (депутаты, жители, глава айыл окмоту), <b>что</b> "
                    "одно они должны запомнить и <b>что</b> они должны сделать после "
                    "выступления — проголосовать, прийти на слушания, поддержать "
                    "предложение.</p>",
                    "<ol><li><b>Главная мысль</b>: одно предложение, например: «Детскому саду в "
                    "нашем селе в этом году нужна вторая группа».</li><li><b>Три "
                    "аргумента</b>: факт из вашего муниципалитета (42 ребёнка в очереди), "
                    "история конкретного человека и стоимость или польза.</li><li><b>Просьба"
                    "</b>: о чём именно вы просите и к какому сроку.</li></ol>",
                ),
                quote(
                    "Женщины часто не привыкли отстаивать свою позицию. Клуб — безопасное "
                    "место, чтобы это практиковать.",
                    "Концепция клуба, 2022",
                ),
                tip(
                    "Проверка одной минутой",
                    "<p>Если вы не можете изложить главную мысль и просьбу за одну минуту, "
                    "выступление ещё не готово. Произнесите его вслух подруге или коллеге по "
                    "клубу.</p>",
                ),
                task(
                    "Напишите выступление на одну минуту",
                    "<ol><li>Выберите вопрос своего муниципалитета, который хотите поднять на "
                    "ближайшей сессии.</li><li>Запишите главную мысль одним предложением, три "
                    "аргумента и просьбу.</li><li>Прочитайте вслух с таймером: не больше одной "
                    "минуты.</li></ol>",
                ),
                reflect(
                    "Подумайте, как прошла подготовка.",
                    "Трудно ли было выбрать одну мысль? Что вы оставили за рамками?",
                    "Какой аргумент, по-вашему, сильнее всего убедит коллег и почему?",
                ),
            ],
        },
        "en": {
            "title": "Prepare your message",
            "intro": "Most speeches fail before they begin: the speaker has not decided what "
            "she wants the listeners to do. Start with the end.",
            "body": [
                heading("One message, three arguments, one request"),
                text(
                    "<p>Before you write a single sentence, answer three questions: <b>who</b> "
                    "will listen (deputies, residents, the head of the aiyl okmotu), <b>what</b> "
                    "one thing they should remember, and <b>what</b> they should do after your "
                    "speech — vote, come to a hearing, support a proposal.</p>",
                    "<ol><li><b>Message</b>: one sentence, e.g. “The kindergarten in our "
                    "village needs a second group this year.”</li><li><b>Three arguments</b>: "
                    "a fact from your municipality (42 children on the waiting list), one "
                    "person's story, and the cost or the benefit.</li><li><b>Request</b>: what "
                    "exactly you ask for, and by when.</li></ol>",
                ),
                quote(
                    "Women are often not used to defending their position. The Club is a safe "
                    "place to practise.",
                    "The Club's concept, 2022",
                ),
                tip(
                    "The one-minute test",
                    "<p>If you cannot say your message and your request in one minute, the "
                    "speech is not ready yet. Say it aloud to a friend or a Club colleague.</p>",
                ),
                task(
                    "Write a one-minute speech",
                    "<ol><li>Choose an issue of your municipality that you want to raise at the "
                    "next session.</li><li>Write the message in one sentence, three arguments "
                    "and the request.</li><li>Read it aloud with a timer: no more than one "
                    "minute.</li></ol>",
                ),
                reflect(
                    "Think about how the preparation went.",
                    "Was it hard to choose one message? What did you leave out?",
                    "Which argument do you think will convince your colleagues most, and why?",
                ),
            ],
        },
    },
}

SPEAKING_COURSE = {
    "slug": "public-speaking",
    "track": "soft-skills",
    "members_only": False,
    "level": "beginner",
    "estimated_minutes": 120,
    "texts": {
        "ky": {
            "title": "Өз позицияңды коргоо: депутаттар үчүн эл алдында сүйлөө",
            "summary": "Кыска жана так сөздү кантип даярдоо, кеңештин сессиясында же коомдук "
            "угууда кантип сүйлөө жана каршы пикирге же кысымга кабылганда өз позицияңды "
            "кантип тынч коргоо.",
            "learning_outcomes": "<ul><li>сөздү бир негизги ойдун жана үч аргументтин "
            "айланасында түзүү;</li><li>сессияда же угууда регламентке батуу;</li><li>өз "
            "оюңузду жоготпой, каршы пикирлерге жооп берүү.</li></ul>",
        },
        "ru": {
            "title": "Отстаивать свою позицию: публичные выступления для депутатов",
            "summary": "Как подготовить короткое и ясное выступление, выступить на сессии "
            "кенеша или публичных слушаниях и спокойно отстоять свою позицию, встретив "
            "возражения или давление.",
            "learning_outcomes": "<ul><li>строить выступление вокруг одной главной мысли и трёх "
            "аргументов;</li><li>укладываться в регламент на сессии или слушаниях;</li><li>"
            "отвечать на возражения, не теряя своей мысли.</li></ul>",
        },
        "en": {
            "title": "Defending your position: public speaking for deputies",
            "summary": "How to prepare a short, clear speech, speak at a kenesh session or a "
            "public hearing, and hold your ground calmly when you meet objections or pressure.",
            "learning_outcomes": "<ul><li>build a speech around one key message and three "
            "arguments;</li><li>keep within the time limit at a session or a hearing;</li><li>"
            "answer objections without losing your point.</li></ul>",
        },
    },
    "lessons": [MESSAGE_LESSON, SESSION_LESSON, OBJECTIONS_LESSON],
}
