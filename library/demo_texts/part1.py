"""Demo items 1–3: public spaces, the Peer-to-Peer platform, budget hearings."""

from .common import AMUCA, section, steps

ITEMS = [
    {
        "slug": "public-spaces-for-women",
        "kind": "method",
        "oblast": "issyk-kul",
        "place": "issyk-kul",
        "source": AMUCA,
        "year": 2022,
        "tags": ["public-spaces", "vulnerable-groups", "womens-leadership"],
        "tracks": ["professional"],
        "texts": {
            "ky": {
                "title": "Аялдар жана аялуу топтор үчүн коомдук мейкиндиктерди уюштуруу",
                "summary": "Клуб тараткан ыкма: жергиликтүү кеңеш жана айыл өкмөтү аялдар, "
                "жаштар, улгайган адамдар жана ден соолугунун мүмкүнчүлүгү чектелген адамдар "
                "жолугуп, билим алып, өз маселелерин көтөрө турган коопсуз жана жагымдуу жайды "
                "кантип ачышат.",
                "body": [
                    section(
                        "Бул эмне үчүн маанилүү",
                        "<p>Аял депутаттар коомдук мейкиндиктердин жетишсиздигин аялдардын үнү "
                        "угулбай жатканынын себептеринин бири деп аташат. Коомдук мейкиндик — "
                        "бул туруктуу графиги жана алып баруучусу бар, баарына ачык бөлмө же "
                        "короо.</p>",
                    ),
                    steps(
                        "Кадамдар",
                        "Акысыз жана жеткиликтүү жай табыңыз: китепкана, мектеп, маданият үйү.",
                        "Айыл өкмөтү менен графикти жана жолугушууларды ким алып барарын "
                        "макулдашыңыз.",
                        "Аялдардан жана аялуу топтордон кайсы темалар жана убакыт ыңгайлуу "
                        "экенин сураңыз.",
                        "Биринчи жолугушууну өткөрүп, көтөрүлгөн маселелерди жазып алыңыз.",
                        "Маселелерди жергиликтүү кеңештин сессиясына алып чыгып, натыйжасы "
                        "тууралуу кабарлаңыз.",
                    ),
                ],
            },
            "ru": {
                "title": "Организация публичных пространств для женщин и уязвимых групп",
                "summary": "Метод, который распространяет клуб: как местный кенеш и айыл "
                "окмоту открывают безопасное и дружелюбное место, где женщины, молодёжь, пожилые "
                "люди и люди с инвалидностью встречаются, учатся и поднимают свои вопросы.",
                "body": [
                    section(
                        "Почему это важно",
                        "<p>Женщины-депутаты называют нехватку публичных пространств одной из "
                        "причин, по которым голос женщин не слышен. Публичное пространство — это "
                        "помещение или двор, открытые для всех, с постоянным расписанием и "
                        "ведущим.</p>",
                    ),
                    steps(
                        "Шаги",
                        "Найдите бесплатное и доступное помещение: библиотеку, школу, дом "
                        "культуры.",
                        "Договоритесь с айыл окмоту о расписании и о том, кто ведёт встречи.",
                        "Спросите женщин и уязвимые группы, какие темы и часы им удобны.",
                        "Проведите первую встречу и запишите поднятые вопросы.",
                        "Вынесите вопросы на сессию местного кенеша и сообщите о результатах.",
                    ),
                ],
            },
            "en": {
                "title": "Organising public spaces for women and vulnerable groups",
                "summary": "A method the Club spreads: how a local kenesh and the aiyl okmotu "
                "open a safe, friendly place where women, young people, older people and people "
                "with disabilities meet, learn and raise their questions.",
                "body": [
                    section(
                        "Why it matters",
                        "<p>Women deputies name the lack of public spaces as one of the reasons "
                        "why women's voices are not heard. A public space is a room or a yard "
                        "open to everyone, with a regular timetable and a host.</p>",
                    ),
                    steps(
                        "Steps",
                        "Find a room that is free of charge and accessible: a library, a school, "
                        "a house of culture.",
                        "Agree with the aiyl okmotu on the timetable and on who hosts the "
                        "meetings.",
                        "Ask women and vulnerable groups which topics and hours suit them.",
                        "Hold the first meeting and write down the questions raised.",
                        "Bring the questions to the session of the local kenesh and report back.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "peer-to-peer-platform",
        "kind": "practice",
        "oblast": "naryn",
        "place": "at-bashy",
        "source": AMUCA,
        "year": 2022,
        "tags": ["peer-exchange", "best-practices", "coalitions"],
        "tracks": ["partnerships"],
        "texts": {
            "ky": {
                "title": "«Peer-to-Peer» аянтчасы: муниципалитеттер бири-биринен үйрөнөт",
                "summary": "Муниципалитеттердин ортосунда консультация берүү жана тажрыйба "
                "алмашуу үчүн БАЖБАнын аянтчасы. Ысык-Көл, Ат-Башы, Базар-Коргон жана Кара-Суу "
                "райондору менен түзүлгөн меморандумдар тажрыйба алмашуу аянтчаларын ачты: "
                "депутаттар жана адистер бири-бирине барып, чечимдери менен бөлүшөт.",
                "body": [
                    section(
                        "Ал кантип иштейт",
                        "<p>Көйгөйдү чечкен муниципалитет башка муниципалитеттин кесиптештерин "
                        "кабыл алат. Депутаттар жана адистер чечимди өз көзү менен көрүп, "
                        "суроолорду берип, керектүү документтерди алып кетишет. БАЖБА сапарды "
                        "даярдоого жана тажрыйбаны жазып чыгууга жардам берет.</p>",
                    ),
                    section(
                        "Аял депутаттар эмнеге ээ болушат",
                        "<p>Башка муниципалитеттерде шериктерге, өз демилгелери үчүн даяр "
                        "мисалдарга жана чечимдин иштеп жатканын көргөндө пайда болгон "
                        "ишенимге.</p>",
                    ),
                ],
            },
            "ru": {
                "title": "Платформа «Peer-to-Peer»: муниципалитеты учатся друг у друга",
                "summary": "Платформа АМУЦА для консультаций и обмена опытом между "
                "муниципалитетами. Меморандумы с Иссык-Кульским, Ат-Башинским, "
                "Базар-Коргонским и Карасуйским районами создали площадки обмена опытом, где "
                "депутаты и специалисты ездят друг к другу и делятся решениями.",
                "body": [
                    section(
                        "Как это работает",
                        "<p>Муниципалитет, который решил проблему, принимает коллег из другого. "
                        "Депутаты и специалисты видят решение на месте, задают вопросы и увозят "
                        "с собой нужные документы. АМУЦА помогает подготовить визит и описать "
                        "опыт.</p>",
                    ),
                    section(
                        "Что получают женщины-депутаты",
                        "<p>Союзников в других муниципалитетах, готовые примеры для своих "
                        "инициатив и уверенность, которая приходит, когда видишь, что решение "
                        "работает.</p>",
                    ),
                ],
            },
            "en": {
                "title": "The Peer-to-Peer platform: municipalities learn from each other",
                "summary": "AMUCA's platform for consultations and exchange of experience "
                "between municipalities. Memoranda with the Issyk-Kul, At-Bashy, Bazar-Korgon "
                "and Kara-Suu districts set up experience-exchange platforms where deputies and "
                "staff visit each other and share solutions.",
                "body": [
                    section(
                        "How it works",
                        "<p>A municipality that has solved a problem hosts colleagues from "
                        "another one. Deputies and specialists see the solution on site, ask "
                        "questions and take home the documents they need. AMUCA helps to prepare "
                        "the visit and to write down the experience.</p>",
                    ),
                    section(
                        "What women deputies gain",
                        "<p>Allies in other municipalities, ready-made examples for their own "
                        "initiatives and the confidence that comes from seeing a solution "
                        "work.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "participatory-budget-hearings",
        "kind": "practice",
        "oblast": "jalal-abad",
        "place": "bazar-korgon",
        "source": AMUCA,
        "year": 2023,
        "tags": ["local-budget", "participation", "womens-leadership"],
        "tracks": ["professional"],
        "texts": {
            "ky": {
                "title": "Аялдар топторунун катышуусу менен бюджеттик коомдук угуулар",
                "summary": "Жергиликтүү кеңеш бюджетти бекитээрден мурун депутаттар ар бир "
                "айылда коомдук угууларды өткөрүп, аялдар топтору менен өзүнчө жолугушат: "
                "ошентип алардын артыкчылыктары — суу, бала бакчалар, көчө жарыгы — бюджеттин "
                "долбооруна кирет.",
                "body": [
                    section(
                        "Бул кандай уюштурулат",
                        "<p>Кеңештин бюджеттик комиссиясы бюджеттин долбоорунун кыскача "
                        "вариантын жөнөкөй тил менен жарыялайт. Аял депутаттар аялдар топтору "
                        "менен аялдарга ыңгайлуу убакта жолугушууларды уюштуруп, алардын "
                        "сунуштарын жазуу түрүндө чогултушат.</p>",
                    ),
                    steps(
                        "Кадамдар",
                        "Бюджеттин долбоорунун бир беттик кыскача баяндамасын кыргыз жана орус "
                        "тилдеринде жарыялаңыз.",
                        "Ар бир айылда аялдарга ыңгайлуу убакытта угууларды пландаңыз.",
                        "Аялдар топтору менен өзүнчө жолугушуу өткөрүп, алардын сунуштарын "
                        "жазып алыңыз.",
                        "Сунуштарды бюджеттик комиссияда талкуулап, ар бирине жооп бериңиз.",
                        "Кийинки угууда кайсы сунуштар бюджетке киргенин билдириңиз.",
                    ),
                ],
            },
            "ru": {
                "title": "Публичные бюджетные слушания с участием женских групп",
                "summary": "Прежде чем местный кенеш утвердит бюджет, депутаты проводят "
                "публичные слушания в каждом селе и отдельно встречаются с женскими группами, "
                "чтобы их приоритеты — вода, детские сады, уличное освещение — попали в проект "
                "бюджета.",
                "body": [
                    section(
                        "Как это устроено",
                        "<p>Бюджетная комиссия кенеша публикует краткую версию проекта бюджета "
                        "простым языком. Женщины-депутаты организуют встречи с женскими группами "
                        "в удобное для женщин время и собирают их предложения в письменном "
                        "виде.</p>",
                    ),
                    steps(
                        "Шаги",
                        "Опубликуйте краткое изложение проекта бюджета на одной странице на "
                        "кыргызском и русском языках.",
                        "Запланируйте слушания в каждом селе в часы, удобные для женщин.",
                        "Проведите отдельную встречу с женскими группами и запишите их "
                        "предложения.",
                        "Обсудите предложения в бюджетной комиссии и ответьте на каждое.",
                        "На следующих слушаниях сообщите, какие предложения вошли в бюджет.",
                    ),
                ],
            },
            "en": {
                "title": "Participatory budget hearings with women's groups",
                "summary": "Before the local kenesh approves the budget, deputies hold public "
                "hearings in every village and meet women's groups separately, so that their "
                "priorities — water, kindergartens, street lighting — reach the draft budget.",
                "body": [
                    section(
                        "How it is organised",
                        "<p>The budget commission of the kenesh publishes a short, "
                        "plain-language version of the draft budget. Women deputies organise "
                        "meetings with women's groups at hours when women can come, and collect "
                        "their proposals in writing.</p>",
                    ),
                    steps(
                        "Steps",
                        "Publish a one-page summary of the draft budget in Kyrgyz and Russian.",
                        "Plan hearings in each village, at hours convenient for women.",
                        "Hold a separate meeting with women's groups and record their proposals.",
                        "Discuss the proposals in the budget commission and answer each one.",
                        "Report at the next hearing which proposals entered the budget.",
                    ),
                ],
            },
        },
    },
]
