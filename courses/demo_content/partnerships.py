"""Partnerships and coalitions: mapping stakeholders (the 18 July 2022 exercise)."""

from .helpers import heading, reflect, task, text, tip
from .partnerships_coalition import COALITION_LESSON
from .partnerships_map import MAPPING_LESSON

ALLIES_LESSON = {
    "slug": "why-allies",
    "estimated_minutes": 30,
    "texts": {
        "ky": {
            "title": "Депутатка шериктер эмне үчүн керек",
            "intro": "Клубдун концепциясында шериктердин жоктугу аял депутаттар үчүн негизги "
            "тоскоолдуктардын бири катары аталат. Бир добуш чечимди сейрек өзгөртөт; жалпы "
            "максаты бар адамдардын тобу көп учурда өзгөртөт.",
            "body": [
                heading("Өнөктөштүкпү же коалицияпы?"),
                text(
                    "<p><b>Өнөктөштүк</b> — бирге иштөө пайдалуу болгон эки же андан көп "
                    "уюмдун же адамдын узак мөөнөттүү кызматташтыгы: депутат жана айыл "
                    "өкмөтүнүн социалдык бөлүмү, кеңеш жана мектеп, клуб жана БАЖБА.</p>",
                    "<p><b>Коалиция</b> — ар түрдүү катышуучулардын бир конкреттүү максаттын "
                    "айланасында белгилүү убакытка түзүлгөн биримдиги: мисалы, үч кеңештин "
                    "депутаттары, аялдар кеңеши, жергиликтүү бейөкмөт уюм жана ата-энелер "
                    "биргелешип мектепке коопсуз жол талап кылышат. Максатка жеткенде коалиция "
                    "таркап кетиши — же өнөктөштүккө айланышы мүмкүн.</p>",
                ),
                heading("Шериктерди кайдан табуу керек"),
                text(
                    "<ul><li>кеңешиңиздин башка депутаттары, анын ичинде максатты бөлүшкөн "
                    "эркектер;</li><li>коңшу кеңештердин аял депутаттары — клуб аркылуу;</li>"
                    "<li>айыл өкмөтүнүн жана райондук администрациянын адистери;</li><li>"
                    "бейөкмөт уюмдар, аялдар кеңештери, айылдын жаштар жана расмий эмес "
                    "топтору;</li><li>облусуңузда иштеген эл аралык долбоорлор, мисалы USAIDдин "
                    "«Ийгиликтүү аймак 2» долбоору.</li></ul>"
                ),
                tip(
                    "Адегенде жалпы кызыкчылык",
                    "<p>Адамдар коалицияга сиздин эмес, өз кызыкчылыгы үчүн кошулат. Колдоо "
                    "сураардан мурун, башка тарап эмнени каалай турганын билип, демилгеңиз ага "
                    "да кантип жардам берерин көрсөтүңүз.</p>",
                ),
                task(
                    "Шериктериңиздин тизмесин түзүңүз",
                    "<ol><li>Быйыл алдыга жылдыргыңыз келген бир демилгени тандаңыз.</li><li>"
                    "Андан пайда ала турган он адамды же уюмду жазыңыз.</li><li>Жеке "
                    "тааныганыңыздарды жана сизди тааныштыруу керек болгондорду "
                    "белгилеңиз.</li></ol>",
                ),
                reflect(
                    "Тизмеңизди карап чыгыңыз.",
                    "Тизмедеги ким сизди таң калтырды?",
                    "Ушул жумада кайсы шериктиңиз менен сүйлөшө аласыз?",
                ),
            ],
        },
        "ru": {
            "title": "Зачем депутату союзники",
            "intro": "Концепция клуба называет отсутствие союзников одним из главных барьеров "
            "для женщин-депутатов. Один голос редко меняет решение; группа людей с общей "
            "целью — часто.",
            "body": [
                heading("Партнёрство или коалиция?"),
                text(
                    "<p><b>Партнёрство</b> — долгосрочное сотрудничество двух и более "
                    "организаций или людей, которым выгодно работать вместе: депутат и "
                    "социальный отдел айыл окмоту, кенеш и школа, клуб и АМУЦА.</p>",
                    "<p><b>Коалиция</b> — союз разных участников вокруг одной конкретной цели "
                    "на ограниченное время: например, депутаты трёх кенешей, женский совет, "
                    "местная НКО и родители, которые вместе добиваются безопасной дороги к "
                    "школе. Когда цель достигнута, коалиция может распасться — или перерасти в "
                    "партнёрство.</p>",
                ),
                heading("Где искать союзников"),
                text(
                    "<ul><li>другие депутаты вашего кенеша, в том числе мужчины, разделяющие "
                    "цель;</li><li>женщины-депутаты соседних кенешей — через клуб;</li><li>"
                    "специалисты айыл окмоту и районной администрации;</li><li>НКО, женские "
                    "советы, молодёжные и неформальные группы села;</li><li>международные "
                    "проекты, работающие в вашей области, например проект USAID «Успешный аймак "
                    "2».</li></ul>"
                ),
                tip(
                    "Сначала общий интерес",
                    "<p>Люди присоединяются к коалиции ради своего интереса, а не вашего. "
                    "Прежде чем просить поддержки, узнайте, чего хочет другая сторона, и "
                    "покажите, как ваша инициатива помогает и ей.</p>",
                ),
                task(
                    "Составьте список союзников",
                    "<ol><li>Выберите одну инициативу, которую хотите продвинуть в этом "
                    "году.</li><li>Запишите десять людей или организаций, которые могут от неё "
                    "выиграть.</li><li>Отметьте тех, кого вы знаете лично, и тех, с кем вас "
                    "нужно познакомить.</li></ol>",
                ),
                reflect(
                    "Посмотрите на свой список.",
                    "Кто в списке вас удивил?",
                    "С каким союзником вы могли бы поговорить на этой неделе?",
                ),
            ],
        },
        "en": {
            "title": "Why a deputy needs allies",
            "intro": "The Club's concept names the lack of allies as one of the main barriers "
            "for women deputies. One vote rarely changes a decision; a group of people with a "
            "shared goal often does.",
            "body": [
                heading("Partnership or coalition?"),
                text(
                    "<p>A <b>partnership</b> is long-term cooperation between two or more "
                    "organisations or people who gain from working together: a deputy and the "
                    "social department of the aiyl okmotu, a kenesh and a school, the Club and "
                    "AMUCA.</p>",
                    "<p>A <b>coalition</b> is an alliance of different actors around one "
                    "concrete goal for a limited time: for example, deputies of three keneshes, "
                    "a women's council, a local NGO and parents who together seek a safe road "
                    "to school. When the goal is reached, the coalition may dissolve — or grow "
                    "into a partnership.</p>",
                ),
                heading("Where to find allies"),
                text(
                    "<ul><li>other deputies of your kenesh, including men who share the "
                    "goal;</li><li>women deputies of neighbouring keneshes — through the "
                    "Club;</li><li>specialists of the aiyl okmotu and the district "
                    "administration;</li><li>NGOs, women's councils, youth and informal groups "
                    "of the village;</li><li>international projects working in your oblast, "
                    "such as the USAID project “Successful Aimak 2”.</li></ul>"
                ),
                tip(
                    "Shared interest first",
                    "<p>People join a coalition for their own interest, not for yours. Before "
                    "asking for support, find out what the other side wants and show how your "
                    "initiative helps it too.</p>",
                ),
                task(
                    "List your allies",
                    "<ol><li>Choose one initiative you want to advance this year.</li><li>Write "
                    "down ten people or organisations who could gain from it.</li><li>Mark "
                    "those you know personally, and those you need an introduction "
                    "to.</li></ol>",
                ),
                reflect(
                    "Look at your list.",
                    "Who on the list surprised you?",
                    "Which ally could you talk to this week?",
                ),
            ],
        },
    },
}

PARTNERSHIPS_COURSE = {
    "slug": "partnerships-and-coalitions",
    "track": "partnerships",
    "members_only": True,
    "level": "intermediate",
    "estimated_minutes": 150,
    "texts": {
        "ky": {
            "title": "Өнөктөштүк жана коалицияларды куруу: кызыкдар тараптардын картасы",
            "summary": "Депутатка шериктер эмне үчүн керек, демилгенин улуттук жана жергиликтүү "
            "деңгээлдеги кызыкдар тараптарынын картасын кантип түзүү — 2022-жылдын 18-июлунда "
            "клубдун катышуучулары кылгандай — жана картаны иштеген коалицияга кантип "
            "айлантуу.",
            "learning_outcomes": "<ul><li>өнөктөштүктү коалициядан айырмалап, демилгеңизге "
            "эмне керек экенин тандоо;</li><li>кызыкдар тараптардын картасын алардын "
            "кызыкчылыктары, таасири жана мүмкүн болгон кызматташтыгы боюнча түзүү;</li><li>"
            "бир демилгенин айланасында коалициянын алгачкы кадамдарын пландоо.</li></ul>",
        },
        "ru": {
            "title": "Построение партнёрств и коалиций: карта заинтересованных сторон",
            "summary": "Зачем депутату союзники, как составить карту заинтересованных сторон "
            "инициативы на национальном и местном уровне — как это сделали участницы клуба 18 "
            "июля 2022 года — и как превратить карту в работающую коалицию.",
            "learning_outcomes": "<ul><li>отличать партнёрство от коалиции и выбирать, что "
            "нужно вашей инициативе;</li><li>составлять карту заинтересованных сторон по их "
            "интересам, влиянию и возможному сотрудничеству;</li><li>планировать первые шаги "
            "коалиции вокруг одной инициативы.</li></ul>",
        },
        "en": {
            "title": "Building partnerships and coalitions: mapping stakeholders",
            "summary": "Why a deputy needs allies, how to map the stakeholders of an initiative "
            "at national and local level — as the Club's members did on 18 July 2022 — and how "
            "to turn the map into a working coalition.",
            "learning_outcomes": "<ul><li>tell a partnership from a coalition and choose what "
            "your initiative needs;</li><li>map stakeholders by their interests, influence and "
            "possible cooperation;</li><li>plan the first steps of a coalition around one "
            "initiative.</li></ul>",
        },
    },
    "lessons": [ALLIES_LESSON, MAPPING_LESSON, COALITION_LESSON],
}
