"""Lesson 3 of the partnerships course: from the map to a coalition."""

from .helpers import heading, quote, reflect, task, text, tip

COALITION_LESSON = {
    "slug": "from-map-to-coalition",
    "estimated_minutes": 60,
    "texts": {
        "ky": {
            "title": "Картадан коалицияга",
            "intro": "Карта — бул башталышы гана. Адамдар максат, ролдор жана байланышты "
            "кантип кармай турганы жөнүндө макулдашканда коалиция пайда болот.",
            "body": [
                heading("Беш кадам"),
                text(
                    "<ol><li><b>Жалпы максат</b> — ар бир катышуучу кайталай ала турган бир "
                    "сүйлөм: «Сентябрга чейин Кара-Суудагы мектепке коопсуз жол».</li><li>"
                    "Картаңыздагы кызыгуусу жогору үч–беш адамдан турган <b>өзөк</b> — негизги "
                    "ишти ошолор аткарат.</li><li><b>Ролдор</b>: ким айыл өкмөтү менен "
                    "сүйлөшөт, ким тургундарды чогултат, ким чыгымдарды эсептейт, ким долбоорго "
                    "жазат.</li><li><b>Макулдашуу</b>: кыска коалиция үчүн биринчи "
                    "жолугушуунун протоколу жетиштүү; узак коалиция үчүн — меморандум, БАЖБА "
                    "Ысык-Көл, Ат-Башы, Базар-Коргон жана Кара-Суу райондору менен кол "
                    "койгондой.</li><li><b>Байланыш жана отчет</b>: Telegram тобу, айына бир "
                    "жолу кыска жолугушуу жана ар бир кадам менен натыйжа тууралуу тургундарга "
                    "маалымат берүү.</li></ol>"
                ),
                quote(
                    "Аялдардын саясий укуктарын жүзөгө ашыруу үчүн виртуалдык жана реалдуу "
                    "мейкиндик.",
                    "Клубдун концепциясы, 2022",
                ),
                tip(
                    "Кичинекей жеңиштерди белгилеңиз",
                    "<p>Коалиция натыйжалар менен жашайт. Биринчи кичинекей жеңиш — жолугушуу "
                    "өттү, катка жооп келди — жөнүндө баарына айтып, ар бир өнөктөшкө ачык "
                    "ыраазычылык билдириңиз.</p>",
                ),
                task(
                    "Коалициянын биринчи жолугушуусун өткөрүңүз",
                    "<ol><li>Картаңыздан демилгеге кызыгуусу жогору үч–беш адамды "
                    "чакырыңыз.</li><li>Бир сүйлөмдөн турган максат жана ролдор боюнча "
                    "макулдашыңыз.</li><li>Кыска протокол түзүп, келгендердин баарына "
                    "жөнөтүңүз.</li></ol>",
                ),
                reflect(
                    "Аракеттен кийинки рефлексия: кабыл алынган чечимдерди талдаңыз.",
                    "Ким келди, ким келбеди жана сиздин оюңузча эмне үчүн?",
                    "Эмне боюнча макулдаштыңыздар жана эмне ачык калды?",
                    "Кийинки жолугушууда эмнени башкача кыласыз?",
                ),
            ],
        },
        "ru": {
            "title": "От карты к коалиции",
            "intro": "Карта — это только начало. Коалиция появляется, когда люди "
            "договариваются о цели, ролях и о том, как они поддерживают связь.",
            "body": [
                heading("Пять шагов"),
                text(
                    "<ol><li><b>Общая цель</b> одним предложением, которое может повторить "
                    "каждый участник: «Безопасная дорога к школе в Кара-Суу к сентябрю».</li>"
                    "<li><b>Ядро</b> из трёх–пяти человек с вашей карты с высоким интересом — "
                    "они делают основную работу.</li><li><b>Роли</b>: кто говорит с айыл "
                    "окмоту, кто собирает жителей, кто считает расходы, кто пишет в "
                    "проект.</li><li><b>Договорённость</b>: для короткой коалиции достаточно "
                    "протокола первой встречи; для долгой — меморандум, как те, что АМУЦА "
                    "подписала с Иссык-Кульским, Ат-Башинским, Базар-Коргонским и Кара-Суйским "
                    "районами.</li><li><b>Связь и отчёт</b>: Telegram-группа, короткая встреча "
                    "раз в месяц и рассказ жителям о каждом шаге и результате.</li></ol>"
                ),
                quote(
                    "Виртуальное и реальное пространство для реализации политических прав женщин.",
                    "Концепция клуба, 2022",
                ),
                tip(
                    "Отмечайте маленькие победы",
                    "<p>Коалиция живёт результатами. Расскажите всем о первой маленькой победе "
                    "— встреча состоялась, на письмо ответили — и публично поблагодарите "
                    "каждого партнёра.</p>",
                ),
                task(
                    "Проведите первую встречу коалиции",
                    "<ol><li>Пригласите с вашей карты трёх–пятерых человек с высоким интересом "
                    "к инициативе.</li><li>Договоритесь о цели одним предложением и о "
                    "ролях.</li><li>Составьте короткий протокол и разошлите его всем, кто "
                    "пришёл.</li></ol>",
                ),
                reflect(
                    "Рефлексия после действия: проанализируйте принятые решения.",
                    "Кто пришёл, кто нет и почему, как вы думаете?",
                    "О чём договорились и что осталось открытым?",
                    "Что вы сделаете по-другому на следующей встрече?",
                ),
            ],
        },
        "en": {
            "title": "From the map to a coalition",
            "intro": "A map is only the start. A coalition appears when people agree on a "
            "goal, on roles and on how they keep in touch.",
            "body": [
                heading("Five steps"),
                text(
                    "<ol><li><b>A shared goal</b> in one sentence that every member can repeat: "
                    "“A safe road to the school in Kara-Suu by September.”</li><li><b>A core "
                    "group</b> of three to five people from your map with a strong interest — "
                    "they do most of the work.</li><li><b>Roles</b>: who talks to the aiyl "
                    "okmotu, who gathers residents, who counts the costs, who writes to the "
                    "project.</li><li><b>An agreement</b>: for a short coalition, the minutes "
                    "of the first meeting are enough; for a longer one, a memorandum — like "
                    "those AMUCA signed with the Issyk-Kul, At-Bashy, Bazar-Korgon and Kara-Suu "
                    "districts.</li><li><b>Communication and reporting</b>: a Telegram group, a "
                    "short meeting once a month, and telling residents about every step and "
                    "result.</li></ol>"
                ),
                quote(
                    "A virtual and real space for women to exercise their political rights.",
                    "The Club's concept, 2022",
                ),
                tip(
                    "Celebrate small wins",
                    "<p>A coalition lives on results. Tell everyone about the first small win — "
                    "a meeting held, a letter answered — and thank each partner publicly.</p>",
                ),
                task(
                    "Hold the first meeting of your coalition",
                    "<ol><li>From your stakeholder map, invite three to five people with a "
                    "strong interest in your initiative.</li><li>Agree on the goal in one "
                    "sentence and on roles.</li><li>Write short minutes and send them to "
                    "everyone who came.</li></ol>",
                ),
                reflect(
                    "Reflection after the action: analyse the decisions taken.",
                    "Who came, who did not, and why do you think so?",
                    "What did you agree on, and what remained open?",
                    "What will you do differently at the next meeting?",
                ),
            ],
        },
    },
}
