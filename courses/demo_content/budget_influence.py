"""Lesson 3 of the budget course: the deputy's tools, and inclusive planning."""

from .helpers import heading, reflect, task, text, tip

INFLUENCE_LESSON = {
    "slug": "influence-and-inclusion",
    "estimated_minutes": 60,
    "texts": {
        "ky": {
            "title": "Депутат бюджетке кантип таасир эте алат — жана ар бир үндү кантип эске алат",
            "intro": "Депутат акчаны өзү жумшабайт, бирок анын чыныгы куралдары бар: комиссия, "
            "угуулар, сунуштар жана шайлоочулар алдындагы отчеттор. Тургундар менен бирге алар "
            "бюджетти өзгөртөт.",
            "body": [
                heading("Депутаттын куралдары"),
                text(
                    "<ul><li><b>Бюджеттик комиссия.</b> Сандарды сураңыз, суроо бериңиз, "
                    "сессияга чейин түзөтүүлөрдү сунуштаңыз.</li><li><b>Коомдук угуулар.</b> "
                    "Тургундарга келип, пикирин айтууга жардам бериңиз: көптөр айткан "
                    "артыкчылыкты көз жаздымда калтыруу кыйын.</li><li><b>Булагы көрсөтүлгөн "
                    "сунуш.</b> «Эмне» гана эмес, «канча» жана «кайсы беренеден» деп айтылган "
                    "түзөтүүнүн кабыл алынууга чыныгы мүмкүнчүлүгү бар.</li><li><b>Депутаттык "
                    "суроо-талап.</b> Аткаруу органына жазуу жүзүндө кайрылып, жазуу жүзүндө "
                    "жооп алыңыз.</li><li><b>Шайлоочулар алдында отчет.</b> Тургундарга эмне "
                    "чечилгенин жана эмне үчүн экенин айтып бериңиз: бул кийинки жылга "
                    "ишенимди бекемдейт.</li></ul>"
                ),
                heading("Инклюзивдүү пландоо: залда ким жок?"),
                text(
                    "<p>Аялдар, жаштар, улгайган адамдар, мүмкүнчүлүгү чектелген адамдар жана "
                    "алыскы айылдардын үй-бүлөлөрү көбүнчө угууларга келишпейт: жолугушуу "
                    "күндүзү, алыста же пандусу жок имаратта болот. Инклюзивдүү пландоо — "
                    "аларды өздөрү турган жерде суроо: кечинде айыл мектебинде кыска жолугушуу, "
                    "аялдар кеңеши менен маек, айылдын Telegram тобундагы суроо.</p>",
                    "<p>Ким сүйлөгөнүн жана эмне сураганын жазып алып, бул муктаждыктарды "
                    "комиссияга сандар менен алып келиңиз: бала бакчадан орун күтүп жаткан "
                    "канча бала бар, ичүүчү суусу жок канча үй бар.</p>",
                ),
                tip(
                    "Шериктер",
                    "<p>Сессияга чейин эки-үч башка депутат менен жана бул маселени даярдаган "
                    "айыл өкмөтүнүн адиси менен сүйлөшүңүз. Бир нече депутат колдогон сунуш "
                    "көбүрөөк өтөт.</p>",
                ),
                task(
                    "Бир бюджеттик сунуш даярдаңыз",
                    "<ol><li>Тургундардан, анын ичинде жолугушууларга сейрек келгендерден "
                    "уккан жамаатыңыздын бир артыкчылыгын тандаңыз.</li><li>Аны бир абзац менен "
                    "сүрөттөңүз: эмне, ким үчүн, канча турат жана бюджеттин кайсы беренесинен "
                    "каржыланышы мүмкүн.</li><li>Аны комиссияда же сессияда колдой турган жок "
                    "дегенде эки шерик табыңыз.</li></ol>",
                ),
                reflect(
                    "Сунушту даярдоо тажрыйбаңыз жөнүндө ойлонуңуз.",
                    "Сунушту даярдап жатып кимдин үнүн биринчи жолу уктуңуз?",
                    "Эмнеси эң кыйын болду: сандарбы, шериктерби же сөз сүйлөөбү?",
                    "Кийинки бюджеттик жылы эмнени башкача кыласыз?",
                ),
            ],
        },
        "ru": {
            "title": "Как депутат может влиять на бюджет — и учесть каждый голос",
            "intro": "Депутат не тратит деньги сама, но у неё есть реальные инструменты: "
            "комиссия, слушания, предложения и отчёты перед избирателями. Вместе с жителями "
            "они меняют бюджет.",
            "body": [
                heading("Инструменты депутата"),
                text(
                    "<ul><li><b>Бюджетная комиссия.</b> Запрашивайте цифры, задавайте вопросы, "
                    "вносите поправки до сессии.</li><li><b>Публичные слушания.</b> Помогите "
                    "жителям прийти и высказаться: приоритет, который называют многие, трудно "
                    "проигнорировать.</li><li><b>Предложение с источником.</b> Поправка, в "
                    "которой сказано не только «что», но и «сколько» и «за счёт какой статьи», "
                    "имеет реальный шанс быть принятой.</li><li><b>Депутатский запрос.</b> "
                    "Обратитесь к исполнительному органу письменно и получите письменный "
                    "ответ.</li><li><b>Отчёт перед избирателями.</b> Расскажите жителям, что "
                    "решили и почему: это укрепляет доверие на следующий год.</li></ul>"
                ),
                heading("Инклюзивное планирование: кого нет в зале?"),
                text(
                    "<p>Женщины, молодёжь, пожилые люди, люди с инвалидностью и семьи из "
                    "отдалённых сёл часто не приходят на слушания: встреча днём, далеко или в "
                    "здании без пандуса. Инклюзивное планирование — это спросить их там, где "
                    "они есть: короткая встреча вечером в сельской школе, разговор с женским "
                    "советом, вопрос в сельской Telegram-группе.</p>",
                    "<p>Запишите, кто выступил и что просил, и принесите эти потребности в "
                    "комиссию с цифрами: сколько детей ждут места в детском саду, сколько "
                    "дворов без питьевой воды.</p>",
                ),
                tip(
                    "Союзники",
                    "<p>До сессии поговорите с двумя-тремя другими депутатами и со "
                    "специалистом айыл окмоту, который готовит этот вопрос. Предложение, "
                    "которое поддерживают несколько депутатов, проходит чаще.</p>",
                ),
                task(
                    "Подготовьте одно бюджетное предложение",
                    "<ol><li>Выберите один приоритет своего сообщества, о котором вы услышали "
                    "от жителей, в том числе от тех, кто редко приходит на встречи.</li><li>"
                    "Опишите его одним абзацем: что, для кого, сколько стоит и за счёт какой "
                    "статьи бюджета его можно профинансировать.</li><li>Найдите как минимум "
                    "двух союзников, которые поддержат его на комиссии или сессии.</li></ol>",
                ),
                reflect(
                    "Подумайте о своём опыте подготовки предложения.",
                    "Чей голос вы услышали впервые, готовя предложение?",
                    "Что было труднее всего: цифры, союзники или выступление?",
                    "Что вы сделаете по-другому в следующем бюджетном году?",
                ),
            ],
        },
        "en": {
            "title": "How a deputy can influence the budget — and include every voice",
            "intro": "A deputy does not spend the money herself, but she has real tools: the "
            "commission, the hearings, proposals and reports to voters. Used together with "
            "residents, they change the budget.",
            "body": [
                heading("A deputy's tools"),
                text(
                    "<ul><li><b>The budget commission.</b> Ask for the figures, ask questions, "
                    "propose amendments before the session.</li><li><b>Public hearings.</b> "
                    "Help residents come and speak: a priority named by many people is hard to "
                    "ignore.</li><li><b>A proposal with a source.</b> An amendment that says "
                    "not only “what” but also “how much” and “from which item” has a real "
                    "chance of being accepted.</li><li><b>A deputy's request.</b> Write to the "
                    "executive body and receive a written answer.</li><li><b>Reporting to "
                    "voters.</b> Tell residents what was decided and why: it builds trust for "
                    "the next year.</li></ul>"
                ),
                heading("Inclusive planning: who is not in the room?"),
                text(
                    "<p>Women, young people, older people, persons with disabilities and "
                    "families from remote villages often do not come to hearings: the meeting "
                    "is in the afternoon, far away, or in a building without a ramp. Inclusive "
                    "planning means asking them where they are: a short evening meeting in the "
                    "village school, a conversation with the women's council, a question in the "
                    "village Telegram group.</p>",
                    "<p>Write down who spoke and what they asked for, and bring these needs to "
                    "the commission with numbers: how many children are waiting for a "
                    "kindergarten place, how many households have no drinking water.</p>",
                ),
                tip(
                    "Allies",
                    "<p>Before the session, talk to two or three other deputies and to the "
                    "specialist of the aiyl okmotu who prepares the item. A proposal supported "
                    "by several deputies passes more often.</p>",
                ),
                task(
                    "Prepare one budget proposal",
                    "<ol><li>Choose one priority of your community that you heard from "
                    "residents, including those who rarely come to meetings.</li><li>Describe "
                    "it in one paragraph: what, for whom, how much it costs, and from which "
                    "budget item it could be funded.</li><li>Find at least two allies who will "
                    "support it at the commission or the session.</li></ol>",
                ),
                reflect(
                    "Think about your experience of preparing the proposal.",
                    "Whose voice did you hear for the first time while preparing the proposal?",
                    "What was the hardest part: the figures, the allies or speaking up?",
                    "What will you do differently in the next budget year?",
                ),
            ],
        },
    },
}
