"""Lessons 2 and 3 of the inclusive planning course: needs assessment, then follow-up."""

from .helpers import heading, quote, reflect, task, text, tip

NEEDS_LESSON = {
    "slug": "assessing-needs",
    "estimated_minutes": 45,
    "texts": {
        "ky": {
            "title": "Муктаждыктарды баары менен бирге баалоо",
            "intro": "Инклюзивдүүлүк дал ушул муктаждыктарды баалоодо утулат же уттурулат. Адамдардын келишин күтпөй, алардын алдына өзүңүз барыңыз.",
            "body": [
                heading("Адамдарга кантип жетүү керек"),
                text(
                    "<ul><li><b>Ыңгайлуу убакытта жана ыңгайлуу жерде жолугушуулар</b>: кечинде, айыл мектебинде же ФАПта, балдар үчүн бурч менен.</li><li><b>Аялдар, жаштар жана улгайган адамдар үчүн өзүнчө фокус-топтор</b>: көптөр өз теңдештеринин арасында эркин сүйлөшөт.</li><li><b>Жеткиликтүүлүк</b>: биринчи кабаттагы бөлмө же пандус, ири шрифт жана кыргызча да, орусча да түшүндүрө алган адам.</li><li><b>Кыска сурамжылоолор</b>: айыл өкмөтүндө кагаз түрүндө жана айылдын Telegram тобунда.</li><li><b>Жынысы жана жашы боюнча бөлүнгөн маалыматтар</b>: айыл өкмөтүнөн бала бакчалар, мектептер, суу жана жумуш боюнча сандарды аялдар менен эркектер, кыздар менен балдар үчүн өзүнчө сураңыз.</li></ul>"
                ),
                tip(
                    "Жазып алып, кайра кайтарыңыз",
                    "<p>Жөнөкөй таблица жүргүзүңүз: кимден суралды, аларга эмне керек, бул канча адамга тиешелүү. Аны сиз сураган адамдарга көрсөтүңүз — бул алардын угулганын далилдейт.</p>",
                ),
                task(
                    "Бир фокус-топ өткөрүңүз",
                    "<ol><li>Акыркы угууда жок болгон бир топту тандаңыз.</li><li>Анын алты–он өкүлү менен алар үчүн ыңгайлуу убакытта жана жерде жолугуп, сураңыз: кийинки жылы биздин айылдагы жашоону эмне жакшыртмак?</li><li>Эң көп аталган үч муктаждыкты, мүмкүн болсо сандар менен жазыңыз.</li></ol>",
                ),
                reflect(
                    "Фокус-топ жөнүндө ойлонуңуз.",
                    "Мурда билбеген кандай нерсени уктуңуз?",
                    "Адамдар алардан суралганына кандай кабыл алышты?",
                    "Кеңешке биринчи кайсы муктаждыкты алып чыгасыз?",
                ),
            ],
        },
        "ru": {
            "title": "Оценка потребностей вместе со всеми",
            "intro": "Именно при оценке потребностей инклюзивность выигрывают или теряют. Идите к людям, а не ждите, пока они придут.",
            "body": [
                heading("Как дойти до людей"),
                text(
                    "<ul><li><b>Встречи в удобное время и в удобном месте</b>: вечером, в сельской школе или ФАПе, с уголком для детей.</li><li><b>Отдельные фокус-группы</b> для женщин, молодёжи и пожилых людей: многие свободнее говорят среди своих.</li><li><b>Доступность</b>: помещение на первом этаже или пандус, крупный шрифт и человек, который может объяснить и на кыргызском, и на русском.</li><li><b>Короткие опросы</b>: на бумаге в айыл окмоту и в сельской Telegram-группе.</li><li><b>Данные в разбивке по полу и возрасту</b>: попросите айыл окмоту дать цифры по детским садам, школам, воде и работе отдельно для женщин и мужчин, девочек и мальчиков.</li></ul>"
                ),
                tip(
                    "Записать и вернуть",
                    "<p>Ведите простую таблицу: кого спросили, что им нужно, скольких людей это касается. Покажите её тем, кого вы спрашивали, — это доказывает, что их услышали.</p>",
                ),
                task(
                    "Проведите одну фокус-группу",
                    "<ol><li>Выберите одну группу, которой не было на последних слушаниях.</li><li>Встретьтесь с шестью–десятью её представителями в удобное для них время и в удобном месте и спросите: что сделало бы жизнь в нашем селе лучше в следующем году?</li><li>Запишите три потребности, которые называли чаще всего, по возможности с цифрами.</li></ol>",
                ),
                reflect(
                    "Подумайте о фокус-группе.",
                    "Что вы услышали такого, чего не знали раньше?",
                    "Как люди отреагировали на то, что их спросили?",
                    "Какую потребность вы первой вынесете на кенеш?",
                ),
            ],
        },
        "en": {
            "title": "Assessing needs with everyone",
            "intro": "Inclusion is won or lost in the needs assessment. Go to people instead of waiting for them to come.",
            "body": [
                heading("Ways to reach people"),
                text(
                    "<ul><li><b>Meetings at a convenient time and place</b>: in the evening, in the village school or the medical post, with a corner for children.</li><li><b>Separate focus groups</b> for women, young people and older people: many speak more freely among their peers.</li><li><b>Accessibility</b>: a ground-floor room or a ramp, large print, and someone who can explain in Kyrgyz and in Russian.</li><li><b>Short surveys</b>: on paper at the aiyl okmotu and in the village Telegram group.</li><li><b>Data broken down by sex and age</b>: ask the aiyl okmotu for figures on kindergartens, schools, water and jobs separately for women and men, girls and boys.</li></ul>"
                ),
                tip(
                    "Record and return",
                    "<p>Keep a simple table: who was asked, what they need, how many people it concerns. Show it to the people you asked — it proves they were heard.</p>",
                ),
                task(
                    "Hold one focus group",
                    "<ol><li>Choose one group that was missing at the last hearing.</li><li>Meet six to ten of its members at a time and place that suit them, and ask: what would make life in our village better next year?</li><li>Write down the three needs named most often, with numbers where possible.</li></ol>",
                ),
                reflect(
                    "Think about the focus group.",
                    "What did you hear that you did not know before?",
                    "How did people react to being asked?",
                    "Which need will you bring to the kenesh first?",
                ),
            ],
        },
    },
}

FOLLOW_UP_LESSON = {
    "slug": "follow-up-and-reporting-back",
    "estimated_minutes": 45,
    "texts": {
        "ky": {
            "title": "Инклюзивдүү башкаруу: көзөмөл жана кайтарым байланыш",
            "intro": "Бир жолу угулуу жетишсиз. Инклюзивдүү башкаруу — адамдар өз сунуштарына эмне болгонун көрүп, катышууну уланта алышы.",
            "body": [
                heading("Айлананы жабыңыз"),
                text(
                    "<ol><li><b>Чечим.</b> Кеңеш чечим же программа кабыл алганда, тургундардын кайсы сунуштары киргенин, кайсылары кирбегенин жана эмне үчүн экенин белгилеңиз.</li><li><b>Мониторинг.</b> Айыл өкмөтү менен эки-үч жөнөкөй көрсөткүч боюнча макулдашыңыз — мисалы, бала бакчадагы жаңы орундардын же ичүүчү сууга туташтырылган үйлөрдүн саны — жана аларды ар бир чейрек сайын текшериңиз.</li><li><b>Кайтарым байланыш.</b> Ошол эле топторго кайтыңыз: жолугушуу, Telegram тобундагы билдирүү, айыл өкмөтүндөгү кулактандыруу. Эмне жасалганын, эмне жасалбаганын жана мындан ары эмне болорун айтыңыз.</li><li><b>Туруктуу катышуу.</b> Эң активдүү тургундарды комиссиянын отурумдарына, коомдук кеңешке же мониторинг тобуна чакырыңыз.</li></ol>"
                ),
                quote(
                    "Аракеттен кийин рефлексия: кабыл алынган чечимдерди талдоо жана эмнени жакшыраак кылса болорун, эмне ийгиликтүү болгонун талкуулоо.",
                    "Клубдун концепциясы, 2022: иш аркылуу окуу",
                ),
                tip(
                    "Ишке ашпаганын да айтыңыз",
                    "<p>Тургундар ийгиликсиздиктер жана алардын себептери жөнүндө да айткан депутатка көбүрөөк ишенишет. Ийгиликсиздик тууралуу унчукпоо унутулган убада катары кабыл алынат.</p>",
                ),
                task(
                    "Бир топтун алдында отчет бериңиз",
                    "<ol><li>Тургундардын атынан кеңешке алып чыккан бир сунушуңузду тандаңыз.</li><li>Ага эмне болгонун билиңиз: кабыл алындыбы, жылдырылдыбы, четке кагылдыбы — жана эмне үчүн.</li><li>Бул тууралуу сунуш киргизген адамдарга жеке же алардын Telegram тобунда айтып, мындан ары эмне кылгысы келерин сураңыз.</li></ol>",
                ),
                reflect(
                    "Аракеттен кийинки рефлексия.",
                    "Тургундар отчетуңузду кандай кабыл алышты?",
                    "Кеңештин тургундарды тартуу ыкмасында эмнени өзгөртмөксүз?",
                    "Бул модулда депутат катары өзүңүз жөнүндө эмнени билдиңиз?",
                ),
            ],
        },
        "ru": {
            "title": "Инклюзивное управление: контроль и обратная связь",
            "intro": "Быть услышанным один раз недостаточно. Инклюзивное управление означает, что люди видят, что стало с их предложениями, и могут продолжать участвовать.",
            "body": [
                heading("Замкните круг"),
                text(
                    "<ol><li><b>Решение.</b> Когда кенеш принимает решение или программу, отметьте, какие предложения жителей вошли в неё, а какие нет и почему.</li><li><b>Мониторинг.</b> Договоритесь с айыл окмоту о двух-трёх простых показателях — например, число новых мест в детском саду или дворов, подключённых к питьевой воде, — и проверяйте их каждый квартал.</li><li><b>Обратная связь.</b> Вернитесь к тем же группам: встреча, сообщение в Telegram-группе, объявление в айыл окмоту. Скажите, что сделано, что нет и что дальше.</li><li><b>Постоянное участие.</b> Пригласите самых активных жителей на заседания комиссии, в общественный совет или в группу мониторинга.</li></ol>"
                ),
                quote(
                    "После действия — рефлексия: анализ принятых решений и обсуждение того, что можно было сделать лучше и что уже получилось.",
                    "Концепция клуба, 2022: обучение в действии",
                ),
                tip(
                    "Говорите и о том, что не получилось",
                    "<p>Жители больше доверяют депутату, которая рассказывает и о неудачах, и об их причинах. Молчание о неудаче воспринимается как забытое обещание.</p>",
                ),
                task(
                    "Отчитайтесь перед одной группой",
                    "<ol><li>Выберите предложение, которое вы вынесли на кенеш от имени жителей.</li><li>Узнайте, что с ним стало: принято, отложено, отклонено — и почему.</li><li>Расскажите об этом тем, кто внёс предложение, лично или в их Telegram-группе, и спросите, что они хотят делать дальше.</li></ol>",
                ),
                reflect(
                    "Рефлексия после действия.",
                    "Как жители отреагировали на ваш отчёт?",
                    "Что бы вы изменили в том, как кенеш вовлекает жителей?",
                    "Что вы узнали о себе как о депутате в этом модуле?",
                ),
            ],
        },
        "en": {
            "title": "Inclusive governance: follow-up and reporting back",
            "intro": "Being heard once is not enough. Inclusive governance means that people can see what happened to their proposals and can keep taking part.",
            "body": [
                heading("Close the loop"),
                text(
                    "<ol><li><b>Decision.</b> When the kenesh adopts a decision or a programme, note which proposals of residents were included, which were not, and why.</li><li><b>Monitoring.</b> Agree with the aiyl okmotu on two or three simple indicators — for example, the number of new kindergarten places or of households connected to drinking water — and check them every quarter.</li><li><b>Reporting back.</b> Go back to the same groups: a meeting, a post in the Telegram group, a notice at the aiyl okmotu. Say what was done, what was not, and what comes next.</li><li><b>Lasting participation.</b> Invite the most active residents to the commission's meetings, to a public council or to the monitoring group.</li></ol>"
                ),
                quote(
                    "After the action comes reflection: analysis of the decisions taken, and discussion of what could be done better and what already went well.",
                    "The Club's concept, 2022: learning in action",
                ),
                tip(
                    "Say what did not work",
                    "<p>Residents trust a deputy more when she also reports what failed and why. Silence about a failure is read as a forgotten promise.</p>",
                ),
                task(
                    "Report back to one group",
                    "<ol><li>Choose a proposal you brought to the kenesh on behalf of residents.</li><li>Find out what happened to it: adopted, postponed or rejected — and why.</li><li>Tell the people who made the proposal, in person or in their Telegram group, and ask what they want to do next.</li></ol>",
                ),
                reflect(
                    "Reflection after the action.",
                    "How did residents react to your report?",
                    "What would you change in the way the kenesh involves residents?",
                    "What did you learn about yourself as a deputy in this module?",
                ),
            ],
        },
    },
}
