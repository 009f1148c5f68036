"""Translations never leak, in a real browser: the demo editor, her admin in Kyrgyz, writes a
lesson with a knowledge check in a Russian course and publishes it, sends it for translation
into Kyrgyz and English, translates every segment in the translation editor, follows the
translation status board, and publishes the Kyrgyz lesson.

After every step a visitor who has never signed in (a fresh browser context) looks at every
place on /ky/ the lesson could show: its possible addresses, the Kyrgyz course with its lesson
list, the catalogue, the sitemap. The Russian text never appears there, and the lesson answers
404 until the Kyrgyz translation is published; then it answers with the Kyrgyz text at a slug
made from the Kyrgyz title. The English translation, never published, stays 404.

The editor's actions read her Kyrgyz admin: the labels clicked are Kyrgyz on purpose.
"""

import re

import pytest
from django.utils.text import slugify

from .conftest import open_journey
from .pages import discover
from .signin import sign_in_to_admin

pytestmark = pytest.mark.e2e

# The lesson she writes, in Russian, and her translation of each text into Kyrgyz.
RUSSIAN = {
    "title": "Проверочный урок о публичных слушаниях",
    "intro": "Депутат готовится к публичным слушаниям по бюджету.",
    "text": "Слушания объявляют заранее и приглашают жителей всех сёл.",
    "check": "Проверьте себя перед слушаниями",
    "question": "Кто утверждает местный бюджет после слушаний?",
    "right": "Местный кенеш на открытой сессии",
    "right_feedback": "Верно: бюджет утверждает кенеш.",
    "wrong": "Только глава айыл окмоту",
    "wrong_feedback": "Нет: глава готовит проект, решает кенеш.",
}
KYRGYZ = {
    "title": "Коомдук угуулар боюнча текшерүү сабагы",
    "intro": "Депутат бюджет боюнча коомдук угууларга даярданат.",
    "text": "Угуулар алдын ала жарыяланып, бардык айылдардын тургундары чакырылат.",
    "check": "Угууларга чейин өзүңүздү текшериңиз",
    "question": "Угуулардан кийин жергиликтүү бюджетти ким бекитет?",
    "right": "Ачык сессиядагы жергиликтүү кеңеш",
    "right_feedback": "Туура: бюджетти кеңеш бекитет.",
    "wrong": "Айыл өкмөтүнүн башчысы гана",
    "wrong_feedback": "Жок: башчы долбоорду даярдайт, кеңеш чечет.",
}
ENGLISH_MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
OPTION = "body-1-value-questions-0-value-options-{}-value-"


def public_russian_course(site):
    """The last public Russian course the demo has: the journeys that follow a course to its
    end take the first ones."""
    courses = [
        page
        for page in discover(site)["pages"]["courses.coursepage"]["ru"]
        if not page["members_only"]
    ]
    return courses[-1]


def slug_of(title):
    """The slug Wagtail makes of a title here (transliterated: no unicode slugs)."""
    from wagtail.coreutils import string_to_ascii

    return slugify(string_to_ascii(title))


class Visitor:
    """Someone who never signed in, looking at the public site afresh after each step."""

    def __init__(self, browser, site, request):
        self.browser = browser
        self.site = site
        self.request = request
        self.steps = 0  # her screenshots, numbered across her fresh contexts

    def open(self):
        journey = open_journey(self.browser, self.site, self.request, suffix="-visitor")
        journey.step = self.steps
        return journey.page.context, journey

    def get(self, page, path):
        response = page.request.get(self.site.base_url + path if path[0] == "/" else path)
        return response.status, response.text()

    def look(self, path):
        """(status, HTML) of one page, in a fresh browser context."""
        context, journey = self.open()
        try:
            return self.get(journey.page, path)
        finally:
            context.close()

    def translations(self, path):
        """{language: path} of a page, from its hreflang links."""
        html = self.look(path)[1]
        links = re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', html)
        return {language: href.removeprefix(self.site.base_url) for language, href in links}

    def nothing_leaks(self, step, kyrgyz, english, published=False):
        """/ky/ shows none of the Russian text, and the lesson is 404 until `published`."""
        context, journey = self.open()
        page = journey.page
        try:
            journey.goto(kyrgyz["course"])
            journey.shot(f"the Kyrgyz course: {step}")
            seen = {"course": page.content()}
            if published:
                journey.goto(kyrgyz["lesson"])
                journey.shot(f"the Kyrgyz lesson: {step}")
            self.steps = journey.step
            journey.assert_clean()
            for name in ("catalogue", "home", "sitemap"):
                status, seen[name] = self.get(page, kyrgyz[name])
                assert status == 200, (step, name, status)
            for url in kyrgyz["lessons"]:
                status, html = self.get(page, url)
                if published and url == kyrgyz["lesson"]:
                    assert status == 200, (step, url)
                    seen[url] = html
                else:
                    assert status == 404, f"{step}: {url} answers {status} before it is published"
            for where, html in seen.items():
                leaked = [text for text in RUSSIAN.values() if text in html]
                assert not leaked, f"{step}: Russian text on the Kyrgyz site ({where}): {leaked}"
            listed = [url for url in kyrgyz["lessons"] if url in seen["course"]]
            if not published:
                assert not listed, f"{step}: the Kyrgyz course lists {listed}"
                assert not [url for url in kyrgyz["lessons"] if url in seen["sitemap"]]
            for url in english["lessons"]:
                status, _html = self.get(page, url)
                assert status == 404, f"{step}: the English draft {url} answers {status}"
            status, html = self.get(page, english["course"])
            assert status == 200 and RUSSIAN["title"] not in html, step
            return seen
        finally:
            context.close()


def write_lesson(journey, course_pk):
    """In the explorer, open the Russian course, add a lesson with a knowledge check and
    publish it; the lesson's path on the site."""
    page = journey.page
    journey.goto(f"/admin/pages/{course_pk}/")
    journey.shot("the Russian course in the explorer")
    journey.navigate(page.locator(f"a[href='/admin/pages/{course_pk}/add_subpage/']").first.click)
    assert "/admin/pages/add/courses/lessonpage/" in page.url, page.url
    page.fill("input[name=title]", RUSSIAN["title"])
    page.fill("textarea[name=intro]", RUSSIAN["intro"])

    body = page.locator("[data-contentpath=body]")
    body.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Текст", exact=True).click()  # the text block
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type(RUSSIAN["text"])
    body.locator("button.c-sf-add-button:not([data-streamfield-list-add])").last.click()
    page.get_by_role("option", name="Билимди текшерүү").click()  # a knowledge check

    page.fill("input[name='body-1-value-title']", RUSSIAN["check"])
    page.fill("textarea[name='body-1-value-questions-0-value-text']", RUSSIAN["question"])
    options = page.locator("div:has(> input[name='body-1-value-questions-0-value-options-count'])")
    options.locator("button[data-streamfield-list-add]").last.click()  # a second answer
    for number, answer in enumerate(("right", "wrong")):
        prefix = OPTION.format(number)
        page.fill(f"input[name='{prefix}text']", RUSSIAN[answer])
        page.fill(f"textarea[name='{prefix}feedback']", RUSSIAN[f"{answer}_feedback"])
    page.check(f"input[name='{OPTION.format(0)}correct']")
    journey.shot("the lesson written in Russian")

    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    journey.navigate(page.locator("button[name=action-publish]").click)
    journey.shot("the lesson published")
    errors = page.locator(".error-message").all_inner_texts()
    assert not errors, errors
    messages = page.locator(".messages")
    live = messages.locator("a[href^='/ru/']").first.get_attribute("href")
    edit = messages.locator("a[href$='/edit/']").first.get_attribute("href")
    return live, int(re.search(r"/admin/pages/(\d+)/edit/", edit)[1])


def translation_editors(journey, lesson_pk):
    """From the Russian lesson's status panel ("Switch language"): the edit URLs of its
    Kyrgyz and English translations."""
    page = journey.page
    journey.goto(f"/admin/pages/{lesson_pk}/edit/")
    toggle = page.locator("header [data-side-panel-toggle='status']")
    toggle.click()
    page.get_by_text("Тилди алмаштыруу").click()  # "Switch language"
    found = {}
    for language, name in (("ky", "Кыргызча"), ("en", "English")):
        link = page.locator("a[href$='/edit/']:visible", has_text=name).first
        found[language] = link.get_attribute("href")
    journey.shot("the lesson's translations")
    toggle.click()  # the panel stays as she leaves it: closed, it hides no segment
    return found


def translate_segments(journey, texts):
    """In wagtail-localize's editor: each Russian text's segment gets its Kyrgyz text, saved."""
    page = journey.page
    for key in texts:
        source = page.locator("p", has_text=re.compile(f"^{re.escape(RUSSIAN[key])}$"))
        segment = page.locator("li.incomplete").filter(has=source).first
        segment.get_by_role("button", name="Которуу").click()  # "Translate"
        segment.locator("textarea").fill(KYRGYZ[key])
        with page.expect_response(
            lambda r: "/strings/" in r.url and r.request.method != "GET"
        ) as saved:
            segment.get_by_role("button", name="Сактоо").click()  # "Save"
        assert saved.value.ok, (key, saved.value.status)
        page.locator("li.complete").filter(has=source).first.wait_for()


def board_cell(journey, title, step):
    """The Kyrgyz cell of the lesson's row on Reports → Translation status."""
    journey.goto("/admin/translation-status/?language=ky&type=courses.lessonpage")
    row = journey.page.locator("tr", has_text=title)
    row.scroll_into_view_if_needed()
    journey.shot(f"board: {step}")
    cell = row.locator("td[data-language=ky]")
    return cell.get_attribute("data-state"), cell.inner_text()


def choose_admin_language(journey, language):
    """Account → Preferences: her admin language; the one she had before."""
    journey.goto("/admin/account/")
    field = journey.page.locator("select[name=locale-preferred_language]")
    before = field.input_value()
    field.select_option(language)
    form = journey.page.locator("form:has(select[name=locale-preferred_language])")
    journey.navigate(form.locator("[type=submit]").last.click)
    return before


def test_a_lesson_written_in_russian_never_shows_untranslated_on_the_kyrgyz_site(
    new_journey, browser, request
):
    editor = new_journey("desktop", suffix="-editor")
    site = editor.site
    course = public_russian_course(site)
    visitor = Visitor(browser, site, request)

    sign_in_to_admin(editor, "editor", site.credentials["editor"]["password"])
    chosen = choose_admin_language(editor, "ky")
    # As she had it, for the journeys after this one.
    request.addfinalizer(lambda: choose_admin_language(editor, chosen))
    assert editor.lang() == "ky"
    page = editor.page

    # 1. The lesson, written and published in Russian.
    ru_lesson, lesson_pk = write_lesson(editor, course["pk"])
    status, html = visitor.look(ru_lesson)
    assert status == 200 and RUSSIAN["intro"] in html and RUSSIAN["text"] in html
    source_slug = ru_lesson.rstrip("/").rsplit("/", 1)[1]

    urls = visitor.translations(course["url"])
    ky_course, en_course = urls["ky"], urls["en"]
    ky_slug = slug_of(KYRGYZ["title"])
    assert ky_slug.isascii() and ky_slug != source_slug
    kyrgyz = {
        "course": ky_course,
        "catalogue": ky_course.rstrip("/").rsplit("/", 1)[0] + "/",
        "home": "/ky/",
        "sitemap": "/sitemap.xml",
        "lesson": f"{ky_course}{ky_slug}/",
        # The draft keeps the Russian slug until its title is translated and published.
        "lessons": [f"{ky_course}{slug}/" for slug in (source_slug, f"{source_slug}-2", ky_slug)],
    }
    english = {
        "course": en_course,
        "lessons": [f"{en_course}{slug}/" for slug in (source_slug, f"{source_slug}-2")],
    }
    visitor.nothing_leaks("published in Russian", kyrgyz, english)

    # 2. "Translate this page" into Kyrgyz and English.
    editor.goto(f"/admin/pages/{course['pk']}/")
    row = page.locator("tr", has_text=RUSSIAN["title"])
    row.locator("[data-w-dropdown-target=toggle]").first.click()
    editor.navigate(page.locator(f"a[href='/admin/localize/submit/page/{lesson_pk}/']").click)
    editor.shot("translate this page")
    page.get_by_label("Кыргызча").check()
    page.get_by_label("English").check()
    editor.navigate(page.locator("main [type=submit]").click)
    editor.shot("sent for translation")
    visitor.nothing_leaks("sent for translation", kyrgyz, english)

    # 3. The translation editor, in Kyrgyz, segment by segment.
    editors = translation_editors(editor, lesson_pk)
    editor.goto(editors["ky"])
    page.locator("li.incomplete").first.wait_for()
    editor.shot("the translation editor")
    text = page.locator("body").text_content()
    assert "Русский → Кыргызча" in text, "the editor's header is not in Kyrgyz"
    assert "Русский to Кыргызча translation" not in text
    assert "More actions" not in text
    assert "Суроо › Жооп › Түшүндүрмө" in text  # the label of an answer's feedback

    first = ["title", "intro", "text", "check"]
    translate_segments(editor, first)
    editor.shot("half translated")
    text = page.locator("body").text_content()
    assert not ENGLISH_MONTHS.search(text), ENGLISH_MONTHS.search(text)
    visitor.nothing_leaks("half translated", kyrgyz, english)

    state, label = board_cell(editor, RUSSIAN["title"], "in progress")
    assert state == "in_progress", (state, label)
    percent = int(re.search(r"(\d+)\s*%", label)[1])
    assert 0 < percent < 100, label
    visitor.nothing_leaks("in progress on the board", kyrgyz, english)

    editor.goto(editors["ky"])
    page.locator("li.incomplete").first.wait_for()
    translate_segments(editor, [key for key in RUSSIAN if key not in first])
    editor.shot("every segment translated")
    visitor.nothing_leaks("every segment translated", kyrgyz, english)

    state, label = board_cell(editor, RUSSIAN["title"], "draft")
    assert state == "draft", (state, label)
    visitor.nothing_leaks("a draft on the board", kyrgyz, english)

    # 4. Published in Kyrgyz: the Kyrgyz lesson at its Kyrgyz slug, still no Russian.
    editor.goto(editors["ky"])
    publish = page.get_by_role("button", name=re.compile("^Жарыялоо"))  # "Publish in Kyrgyz"
    editor.navigate(publish.click)
    editor.shot("published in Kyrgyz")
    seen = visitor.nothing_leaks("published in Kyrgyz", kyrgyz, english, published=True)
    lesson = seen[kyrgyz["lesson"]]
    for key in ("title", "intro", "text", "check", "question", "right", "wrong"):
        assert KYRGYZ[key] in lesson, key
    assert kyrgyz["lesson"] in seen["course"], "the Kyrgyz course does not list the lesson"
    assert kyrgyz["lesson"] in seen["sitemap"]
    assert board_cell(editor, RUSSIAN["title"], "live")[0] == "live"
    editor.assert_clean()
