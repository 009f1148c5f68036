"""Lesson 2 of the partnerships course: the stakeholder map (the 18 July 2022 exercise)."""

from .helpers import heading, reflect, stakeholder_map, text, tip

MAPPING_LESSON = {
    "slug": "stakeholder-map",
    "estimated_minutes": 60,
    "texts": {
        "ky": {
            "title": "Кызыкдар тараптардын картасы: кызыкчылыктар, таасир, кызматташтык",
            "intro": "2022-жылдын 18-июлунда Бишкекте клубдун концепциясын коомдук талкуулоодо "
            "катышуучулар топтордо клубдун потенциалдуу кызыкдар тараптарынын картасын "
            "түзүштү. Эми ушундай эле картаны өз демилгеңиз үчүн түзүңүз.",
            "body": [
                heading("Тараптардын төрт түрү, эки деңгээл"),
                text(
                    "<p>Кызыкдар тараптар — демилгеңизге таасир эте ала турган же демилге "
                    "аларга таасир эте турган бардык адамдар жана уюмдар. Эки деңгээлди — "
                    "<b>улуттук</b> жана <b>жергиликтүү</b> — жана төрт түрдү караңыз: "
                    "<b>мамлекеттик органдар</b>, <b>эл аралык уюмдар</b>, <b>жарандык коомдун "
                    "уюмдары</b> жана <b>расмий эмес топтор</b> (аялдар кеңеши, ата-энелер, "
                    "аксакалдар, айылдын Telegram тобу).</p>",
                    "<p>Ар бир тарап үчүн үч суроого жооп бериңиз: анын <b>кызыкчылыктары</b> "
                    "кандай? Анын чечимге <b>таасири</b> канчалык күчтүү? Кандай "
                    "<b>кызматташтык</b> мүмкүн — маалымат, биргелешкен иш-чаралар, каржылоо, "
                    "биргелешкен сунуш?</p>",
                ),
                stakeholder_map(
                    "<p>Демилгеңиз үчүн карта түзүңүз: улуттук деңгээлде жок дегенде үч жана "
                    "жергиликтүү деңгээлде беш тарап. Төмөнкү мисалдар клубдун өз картасынан "
                    "алынган; аларды өзүңүздүкү менен алмаштырыңыз.</p>",
                    [
                        (
                            "Борбордук Азиянын жергиликтүү башкаруу академиясы (БАЖБА)",
                            "national",
                            "civil_society",
                            "Жергиликтүү өз алдынча башкаруу органдарын окутуу; клуб үчүн "
                            "туруктуу аянтча",
                            "medium",
                            "Окуу аянтчасы, маалымат таратуу, эксперттик колдоо",
                        ),
                        (
                            "USAIDдин «Ийгиликтүү аймак 2» долбоору",
                            "national",
                            "international",
                            "Төрт облустун 50 муниципалитетинде күчтүү жергиликтүү өз алдынча "
                            "башкаруу",
                            "medium",
                            "Окутуу, тажрыйба алмашуу аянтчалары, чакан гранттар",
                        ),
                        (
                            "Жергиликтүү кеңеш",
                            "local",
                            "state",
                            "Тургундар колдогон чечимдер; кабыл алына турган бюджет",
                            "high",
                            "Биргелешкен угуулар, комиссиялардагы иш, биргелешкен сунуштар",
                        ),
                        (
                            "Айыл өкмөтү",
                            "local",
                            "state",
                            "Өз убагында жана бюджеттин чегинде аткарылган программалар",
                            "high",
                            "Маалыматтар жана сандар, биргелешкен пландоо, тургундар алдында отчет",
                        ),
                        (
                            "Айылдын аялдар кеңеши",
                            "local",
                            "informal",
                            "Бала бакчадагы орундар, суу, балдардын коопсуздугу",
                            "medium",
                            "Муктаждыктарды чогултуу, аялдардын угууларга катышуусу",
                        ),
                    ],
                ),
                tip(
                    "Таасир — бул бийлик гана эмес",
                    "<p>Расмий эмес топтун расмий бийлиги аз болушу мүмкүн, бирок тургундардын "
                    "кантип добуш берерине жана угууга келерине чоң таасири бар. Экөөнү тең "
                    "белгилеңиз.</p>",
                ),
                reflect(
                    "Даяр картаңызды карап чыгыңыз.",
                    "Кайсы тараптын таасири чоң, бирок ал демилгеңиз жөнүндө азырынча билбейт?",
                    "Кимдин кызыкчылыктары сиздикине каршы келет жана аларга эмне сунуштай аласыз?",
                ),
            ],
        },
        "ru": {
            "title": "Карта заинтересованных сторон: интересы, влияние, сотрудничество",
            "intro": "18 июля 2022 года на публичном обсуждении концепции клуба в Бишкеке "
            "участницы в группах составили карту потенциальных заинтересованных сторон клуба. "
            "Теперь сделайте то же самое для своей инициативы.",
            "body": [
                heading("Четыре вида сторон, два уровня"),
                text(
                    "<p>Заинтересованные стороны — все, кто может повлиять на вашу инициативу "
                    "или на кого она повлияет. Посмотрите на два уровня — <b>национальный</b> и "
                    "<b>местный</b> — и на четыре вида: <b>государственные органы</b>, "
                    "<b>международные организации</b>, <b>организации гражданского "
                    "общества</b> и <b>неформальные группы</b> (женский совет, родители, "
                    "аксакалы, сельская Telegram-группа).</p>",
                    "<p>Для каждой стороны ответьте на три вопроса: каковы её "
                    "<b>интересы</b>? Насколько сильно её <b>влияние</b> на решение? Какая "
                    "форма <b>сотрудничества</b> возможна — информация, совместные мероприятия, "
                    "финансирование, совместное предложение?</p>",
                ),
                stakeholder_map(
                    "<p>Составьте карту для своей инициативы: не менее трёх сторон на "
                    "национальном уровне и пяти на местном. Примеры ниже — из карты самого "
                    "клуба; замените их своими.</p>",
                    [
                        (
                            "Академия местного управления Центральной Азии (АМУЦА)",
                            "national",
                            "civil_society",
                            "Обучение органов местного самоуправления; устойчивая платформа "
                            "для клуба",
                            "medium",
                            "Платформа обучения, рассылка, экспертная поддержка",
                        ),
                        (
                            "Проект USAID «Успешный аймак 2»",
                            "national",
                            "international",
                            "Сильное местное самоуправление в 50 муниципалитетах четырёх областей",
                            "medium",
                            "Обучение, площадки обмена опытом, малые гранты",
                        ),
                        (
                            "Местный кенеш",
                            "local",
                            "state",
                            "Решения, которые поддерживают жители; бюджет, который проходит",
                            "high",
                            "Совместные слушания, работа в комиссиях, совместные предложения",
                        ),
                        (
                            "Айыл окмоту",
                            "local",
                            "state",
                            "Программы, выполненные в срок и в рамках бюджета",
                            "high",
                            "Данные и цифры, совместное планирование, отчёты перед жителями",
                        ),
                        (
                            "Женский совет села",
                            "local",
                            "informal",
                            "Места в детском саду, вода, безопасность детей",
                            "medium",
                            "Сбор потребностей, участие женщин в слушаниях",
                        ),
                    ],
                ),
                tip(
                    "Влияние — это не только власть",
                    "<p>У неформальной группы может быть мало формальной власти, но большое "
                    "влияние на то, как голосуют жители и придут ли они на слушания. Отмечайте "
                    "и то, и другое.</p>",
                ),
                reflect(
                    "Посмотрите на готовую карту.",
                    "У какой стороны высокое влияние, но она ещё не знает о вашей инициативе?",
                    "Чьи интересы противоречат вашим и что вы могли бы им предложить?",
                ),
            ],
        },
        "en": {
            "title": "Mapping stakeholders: interests, influence, cooperation",
            "intro": "On 18 July 2022, at the public discussion of the Club's concept in "
            "Bishkek, participants worked in groups to map the Club's potential stakeholders. "
            "Now do the same for your own initiative.",
            "body": [
                heading("Four kinds of stakeholders, two levels"),
                text(
                    "<p>Stakeholders are everyone who can affect your initiative or is affected "
                    "by it. Look at two levels — <b>national</b> and <b>local</b> — and at four "
                    "kinds: <b>state bodies</b>, <b>international organisations</b>, "
                    "<b>civil-society organisations</b> and <b>informal groups</b> (a women's "
                    "council, parents, elders, a village Telegram group).</p>",
                    "<p>For each stakeholder answer three questions: what are their "
                    "<b>interests</b>? How strong is their <b>influence</b> on the decision? "
                    "What form of <b>cooperation</b> is possible — information, joint events, "
                    "funding, a joint proposal?</p>",
                ),
                stakeholder_map(
                    "<p>Make a map for your initiative: at least three stakeholders at national "
                    "level and five at local level. The examples below come from the Club's own "
                    "map; replace them with yours.</p>",
                    [
                        (
                            "Academy of Local Governance of Central Asia (AMUCA)",
                            "national",
                            "civil_society",
                            "Training of local self-government bodies; a lasting platform for "
                            "the Club",
                            "medium",
                            "Learning platform, mailing list, expert support",
                        ),
                        (
                            "USAID project “Successful Aimak 2”",
                            "national",
                            "international",
                            "Stronger local self-government in 50 municipalities of four oblasts",
                            "medium",
                            "Training, experience-exchange platforms, small grants",
                        ),
                        (
                            "Local kenesh",
                            "local",
                            "state",
                            "Decisions that residents support; a budget that passes",
                            "high",
                            "Joint hearings, commission work, joint proposals",
                        ),
                        (
                            "Aiyl okmotu",
                            "local",
                            "state",
                            "Programmes delivered on time and within the budget",
                            "high",
                            "Data and figures, joint planning, reports to residents",
                        ),
                        (
                            "Women's council of the village",
                            "local",
                            "informal",
                            "Kindergarten places, water, the safety of children",
                            "medium",
                            "Gathering needs, bringing women to hearings",
                        ),
                    ],
                ),
                tip(
                    "Influence is not only power",
                    "<p>An informal group may have little formal power but a great influence on "
                    "how residents vote and whether they come to a hearing. Mark both.</p>",
                ),
                reflect(
                    "Look at your finished map.",
                    "Which stakeholder has a strong influence but does not know about your "
                    "initiative yet?",
                    "Whose interests conflict with yours, and what could you offer them?",
                ),
            ],
        },
    },
}
