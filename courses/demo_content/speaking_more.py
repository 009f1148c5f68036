"""Lessons 2 and 3 of the public-speaking course."""

from .helpers import heading, reflect, task, text, tip

SESSION_LESSON = {
    "slug": "session-and-hearing",
    "estimated_minutes": 40,
    "texts": {
        "ky": {
            "title": "Сессияда жана коомдук угууда сүйлөө",
            "intro": "Сессиянын эрежелери бар, жана эрежелер даярданган сүйлөөчүгө жардам "
            "берет. Регламент менен күрөшпөй, аны колдонуңуз.",
            "body": [
                heading("Сессияга чейин жана сессия учурунда"),
                text(
                    "<ul><li><b>Күн тартибине кириңиз.</b> Маселелер күн тартибине кантип "
                    "киргизиле турганын алдын ала билип, төрагадан же комиссиядан өз "
                    "маселеңизди киргизүүнү сураңыз.</li><li><b>Сөз сурап, регламентке "
                    "батыңыз</b>: убакыттан ашып кеткениңиз үчүн сөзүңүз бөлүнбөсө, сизди угуу "
                    "жеңилирээк.</li><li><b>Негизгиден баштаңыз.</b> Адегенде ой жана өтүнүч, "
                    "андан кийин аргументтер.</li><li><b>Муниципалитетиңиздин сандарын "
                    "колдонуңуз</b> жана булагын атаңыз: бюджет, айыл өкмөтүнүн эсеби, "
                    "тургундардын сурамжылоосу.</li><li><b>Үн жана турум.</b> Түз туруңуз же "
                    "отуруңуз, кайрылган адамдарыңызды караңыз, керек деп ойлогонуңуздан "
                    "жайыраак сүйлөңүз.</li></ul>"
                ),
                heading("Коомдук угууда"),
                text(
                    "<p>Угууда сиз кесиптештериңиз менен гана эмес, тургундар менен "
                    "сүйлөшөсүз. Расмий терминдердин ордуна жөнөкөй сөздөрдү колдонуп, алардын "
                    "жашоосунда эмне өзгөрөрүн түшүндүрүңүз жана суроолорго убакыт калтырыңыз. "
                    "Ар бир суроону жазып алып, белгилүү бир күнгө чейин жооп берүүгө убада "
                    "бериңиз — анан убадаңызды аткарыңыз.</p>"
                ),
                tip(
                    "Сүйлөгөнүңүз үчүн кечирим сурабаңыз",
                    "<p>«Убактыңызды алганым үчүн кечиресиз» же «мен адис эмесмин, бирок…» "
                    "деген сөздөр оюңузду угулганга чейин эле алсыратат. Негизгиден "
                    "баштаңыз.</p>",
                    kind="warning",
                ),
                task(
                    "Кийинки сессияда же угууда сүйлөңүз",
                    "<ol><li>Мурунку сабактагы бир мүнөттүк сөздү колдонуңуз.</li><li>"
                    "Маселеңизди күн тартибине киргизүүнү сураңыз же ага жакын маселе боюнча "
                    "сөз сураңыз.</li><li>Андан кийин эмне болгонун жазыңыз: канча убакыт "
                    "сүйлөдүңүз, сизге кандай суроолор берилди, эмне чечилди.</li></ol>",
                ),
                reflect(
                    "Аракеттен кийинки рефлексия: кабыл алынган чечимдерди талдаңыз.",
                    "Сөзүңүздө эмне ийгиликтүү болду?",
                    "Кийинки жолу эмнени башкача кылмаксыз?",
                    "Кесиптештериңиз кандай кабыл алышты жана бул сиздин шериктериңиз жөнүндө "
                    "эмнени айтат?",
                ),
            ],
        },
        "ru": {
            "title": "Выступление на сессии и публичных слушаниях",
            "intro": "У сессии есть правила, и они помогают подготовленной выступающей. "
            "Используйте регламент, а не боритесь с ним.",
            "body": [
                heading("До и во время сессии"),
                text(
                    "<ul><li><b>Попадите в повестку.</b> Заранее узнайте, как вопросы "
                    "включаются в повестку, и попросите председателя или комиссию включить "
                    "ваш.</li><li><b>Правильно попросите слово</b> и уложитесь в регламент: вас "
                    "легче услышать, если вас не прерывают за превышение времени.</li><li><b>"
                    "Начните с главного.</b> Сначала мысль и просьба, потом аргументы.</li><li>"
                    "<b>Используйте цифры своего муниципалитета</b> и называйте источник: "
                    "бюджет, учёт айыл окмоту, опрос жителей.</li><li><b>Голос и осанка.</b> "
                    "Стойте или сидите прямо, смотрите на тех, к кому обращаетесь, говорите "
                    "медленнее, чем кажется нужным.</li></ul>"
                ),
                heading("На публичных слушаниях"),
                text(
                    "<p>На слушаниях вы говорите с жителями, а не только с коллегами. "
                    "Используйте простые слова вместо официальных терминов, объясните, что "
                    "изменится в их жизни, и оставьте время на вопросы. Записывайте каждый "
                    "вопрос и обещайте ответ к определённой дате — а потом выполняйте "
                    "обещание.</p>"
                ),
                tip(
                    "Не извиняйтесь за то, что говорите",
                    "<p>Фразы вроде «извините, что отнимаю время» или «я не специалист, но…» "
                    "ослабляют вашу мысль ещё до того, как её услышат. Начните с главного.</p>",
                    kind="warning",
                ),
                task(
                    "Выступите на ближайшей сессии или слушаниях",
                    "<ol><li>Используйте выступление на одну минуту из предыдущего "
                    "урока.</li><li>Попросите включить ваш вопрос в повестку или попросите "
                    "слово по близкому вопросу.</li><li>После этого запишите, что произошло: "
                    "сколько вы говорили, какие вопросы вам задали, что решили.</li></ol>",
                ),
                reflect(
                    "Рефлексия после действия: проанализируйте принятые решения.",
                    "Что удалось в вашем выступлении?",
                    "Что бы вы сделали по-другому в следующий раз?",
                    "Как отреагировали коллеги и что это говорит о ваших союзниках?",
                ),
            ],
        },
        "en": {
            "title": "Speaking at a session and a public hearing",
            "intro": "A session has rules, and rules help the prepared speaker. Use the "
            "procedure instead of fighting it.",
            "body": [
                heading("Before and during the session"),
                text(
                    "<ul><li><b>Get on the agenda.</b> Find out in advance how items are put on "
                    "the agenda and ask the chair or the commission to include yours.</li><li>"
                    "<b>Ask for the floor properly</b> and keep to the time limit: it is easier "
                    "to be heard when you are not cut off for running over.</li><li><b>Begin "
                    "with the point.</b> First the message and the request, then the "
                    "arguments.</li><li><b>Use numbers from your municipality</b> and name the "
                    "source: the budget, the records of the aiyl okmotu, a survey of "
                    "residents.</li><li><b>Voice and posture.</b> Stand or sit straight, look "
                    "at the people you address, speak more slowly than you think you "
                    "need to.</li></ul>"
                ),
                heading("At a public hearing"),
                text(
                    "<p>At a hearing you speak to residents, not only to colleagues. Use simple "
                    "words instead of official terms, explain what will change in their lives, "
                    "and leave time for their questions. Write down every question and promise "
                    "an answer by a date — then keep the promise.</p>"
                ),
                tip(
                    "Don't apologise for speaking",
                    "<p>Phrases such as “Sorry to take your time” or “I'm not an expert, but…” "
                    "weaken your message before it is heard. Start with the point.</p>",
                    kind="warning",
                ),
                task(
                    "Speak at the next session or hearing",
                    "<ol><li>Use the one-minute speech from the previous lesson.</li><li>Ask to "
                    "put your item on the agenda, or ask for the floor on a related item.</li>"
                    "<li>Afterwards, write down what happened: how long you spoke, what "
                    "questions you were asked, what was decided.</li></ol>",
                ),
                reflect(
                    "Reflection after the action: analyse the decisions you took.",
                    "What went well in your speech?",
                    "What would you do differently next time?",
                    "How did your colleagues react, and what does it tell you about your allies?",
                ),
            ],
        },
    },
}

OBJECTIONS_LESSON = {
    "slug": "objections-and-pressure",
    "estimated_minutes": 50,
    "texts": {
        "ky": {
            "title": "Каршы пикирлерге жана кысымга кантип жооп берүү",
            "intro": "Каршы пикирлер — сизди угуп жатышканынын белгиси. Аларга сөздүн өзүнө "
            "даярдангандай даярданыңыз.",
            "body": [
                heading("Угуу, моюнга алуу, жооп берүү, кайтуу"),
                text(
                    "<ol><li>Сөзүн бөлбөй, аягына чейин <b>угуңуз</b>; каршы пикирди жазып "
                    "алыңыз.</li><li>Андагы туура жагын <b>моюнга алыңыз</b>: «Ооба, быйыл "
                    "бюджет оор».</li><li>Факт же сунуш менен <b>жооп бериңиз</b>: "
                    "«Ошондуктан топту жылытуудан үнөмдөлгөн каражаттын эсебинен каржылоону "
                    "сунуштайм».</li><li>Негизги оюңузга жана өтүнүчүңүзгө "
                    "<b>кайтыңыз</b>.</li></ol>",
                    "<p>Маанилүү сессиянын алдында эң көп күткөн үч каршы пикириңизди жазып, "
                    "ар бирине жооп даярдаңыз.</p>",
                ),
                heading("Сөз жеке адамга өткөндө"),
                text(
                    "<p>Кээде каршы пикир маселеге эмес, сизге тиешелүү болот: жашыңызга, "
                    "тажрыйбаңызга, аял экениңизге. Ошондой эле жооп бербеңиз. Тынч айтыңыз: "
                    "«Сөзүмдү бүтүрүүгө уруксат бериңиз» же «Күн тартибиндеги маселеге кайтып "
                    "келели». Төрагадан тартип орнотууну сураңыз — бул анын милдети. Андан "
                    "кийин шериктериңиз жана ментор менен сүйлөшүңүз: мунун баарын жалгыз "
                    "көтөрүүнүн кереги жок.</p>"
                ),
                tip(
                    "Залдагы шериктер",
                    "<p>Бир-эки кесиптешиңиз менен алар сунушуңузду үн чыгарып колдой "
                    "турганына алдын ала макулдашыңыз. Экинчи үн талкуунун жүрүшүн "
                    "өзгөртөт.</p>",
                ),
                task(
                    "Үч каршы пикирге даярданыңыз",
                    "<ol><li>Мурунку сабакта көтөргөн маселеңиз боюнча күтүлгөн үч каршы "
                    "пикирди жазыңыз.</li><li>Ар бирине төрт кадам боюнча жооп жазыңыз.</li>"
                    "<li>Клубдагы кесиптешиңиз менен машыгыңыз: ал каршы пикир айтат, сиз жооп "
                    "бересиз.</li></ol>",
                ),
                reflect(
                    "Кесиптешиңиз менен болгон машыгууну ойлонуңуз.",
                    "Кайсы каршы пикирге жооп берүү эң кыйын болду жана эмне үчүн?",
                    "Тынч калууга сизге эмне жардам берди?",
                    "Клубдан же ментордон кандай колдоо керек?",
                ),
            ],
        },
        "ru": {
            "title": "Как отвечать на возражения и давление",
            "intro": "Возражения — признак того, что вас слышат. Готовьтесь к ним так же, как к "
            "самому выступлению.",
            "body": [
                heading("Выслушать, признать, ответить, вернуться"),
                text(
                    "<ol><li><b>Выслушайте</b> до конца, не перебивая; запишите "
                    "возражение.</li><li><b>Признайте</b>, что в нём верно: «Да, бюджет в этом "
                    "году напряжённый».</li><li><b>Ответьте</b> фактом или предложением: "
                    "«Поэтому я предлагаю финансировать группу за счёт экономии на "
                    "отоплении».</li><li><b>Вернитесь</b> к своей главной мысли и "
                    "просьбе.</li></ol>",
                    "<p>Перед важной сессией выпишите три возражения, которых вы ждёте больше "
                    "всего, и подготовьте ответ на каждое.</p>",
                ),
                heading("Когда переходят на личности"),
                text(
                    "<p>Иногда возражение касается не вопроса, а вас: возраста, опыта, того, "
                    "что вы женщина. Не отвечайте тем же. Спокойно скажите: «Позвольте мне "
                    "закончить» или «Давайте вернёмся к вопросу повестки». Попросите "
                    "председателя навести порядок — это его обязанность. После этого "
                    "поговорите с союзниками и с ментором: вам не нужно справляться с этим в "
                    "одиночку.</p>"
                ),
                tip(
                    "Союзники в зале",
                    "<p>Заранее договоритесь с одной-двумя коллегами, что они вслух поддержат "
                    "ваше предложение. Второй голос меняет ход обсуждения.</p>",
                ),
                task(
                    "Подготовьтесь к трём возражениям",
                    "<ol><li>По вопросу, который вы подняли в предыдущем уроке, запишите три "
                    "ожидаемых возражения.</li><li>Напишите ответ на каждое по четырём "
                    "шагам.</li><li>Потренируйтесь с коллегой по клубу: она возражает, вы "
                    "отвечаете.</li></ol>",
                ),
                reflect(
                    "Подумайте о тренировке с коллегой.",
                    "На какое возражение было труднее всего ответить и почему?",
                    "Что помогло вам сохранить спокойствие?",
                    "Какая поддержка вам нужна от клуба или ментора?",
                ),
            ],
        },
        "en": {
            "title": "Handling objections and pressure",
            "intro": "Objections are a sign that you are being heard. Prepare for them as you "
            "prepare the speech itself.",
            "body": [
                heading("Listen, acknowledge, answer, return"),
                text(
                    "<ol><li><b>Listen</b> to the end without interrupting; write the objection "
                    "down.</li><li><b>Acknowledge</b> what is true in it: “Yes, the budget is "
                    "tight this year.”</li><li><b>Answer</b> with a fact or a proposal: “That "
                    "is why I propose to fund the group from the savings on heating.”</li><li>"
                    "<b>Return</b> to your message and your request.</li></ol>",
                    "<p>Before an important session, list the three objections you most expect "
                    "and prepare an answer to each.</p>",
                ),
                heading("When it becomes personal"),
                text(
                    "<p>Sometimes the objection is not about the issue but about you: your age, "
                    "your experience, the fact that you are a woman. Do not answer in kind. Say "
                    "calmly: “Allow me to finish,” or “Let us come back to the item on the "
                    "agenda.” Ask the chair to keep order — that is the chair's duty. "
                    "Afterwards, talk to your allies and to your mentor: you do not have to "
                    "carry it alone.</p>"
                ),
                tip(
                    "Allies in the room",
                    "<p>Agree in advance with one or two colleagues that they will support your "
                    "proposal aloud. A second voice changes the course of the discussion.</p>",
                ),
                task(
                    "Prepare for three objections",
                    "<ol><li>For the issue you raised in the previous lesson, write down the "
                    "three objections you expect.</li><li>Write an answer to each using the "
                    "four steps.</li><li>Practise with a Club colleague: she raises the "
                    "objections, you answer.</li></ol>",
                ),
                reflect(
                    "Think about the practice with your colleague.",
                    "Which objection was the hardest to answer, and why?",
                    "What helped you stay calm?",
                    "What support do you need from the Club or your mentor?",
                ),
            ],
        },
    },
}
