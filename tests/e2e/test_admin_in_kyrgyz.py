"""The admin in Kyrgyz — and in Russian — as an editor, a mentor and a regional coordinator:
no English interface text on any admin view of the Club's own that her sidebar offers, on
the dashboard's panels, nor on Wagtail's main views she may open.

Interface text is what she meets: the visible text, and the names shown on hover or read
aloud (aria-label, title, placeholder, alt, a button's value, the window's title). Content
is not interface and is excused: whatever the database holds (admin_text.py reads every
model), what she types in the editor's fields, codes (URLs, e-mails, file names, slugs) and
brands. What remains may not hold an English word; every finding is printed with its URL,
so a failure reads as a to-do list.
"""

import re
from functools import cache

import pytest

from .conftest import VIEWPORTS, Journey, _test_folder
from .pages import ask_the_site
from .signin import sign_in_to_admin

pytestmark = pytest.mark.e2e

ROLES = ["editor", "saliya", "coordinator"]
LANGUAGES = {"ky": "ky-KG", "ru": "ru-RU"}
# Names that stay as they are in any language: brands, formats, codes.
BRANDS = {
    "AMUCA", "API", "AVIF", "CSV", "DeepL", "Django", "Draftail", "GIF", "HEIC", "HTML", "ID",
    "JPEG", "JPG", "JSON", "PDF", "PNG", "SEO", "SVG", "Telegram", "URL", "Wagtail", "WebP", "WEBP",
    "XLSX", "slug", "SCORM", "xAPI", "ZIP", "zip",
}  # fmt: skip
ENGLISH_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
CODES = re.compile(
    r"""(?ix)
    \b(?:https?://|www\.)\S+                     # addresses
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+               # e-mails
    | (?<![\w/])/[\w\-./?=&%#]*                  # paths
    | \b[\w-]+\.(?:jpe?g|png|gif|webp|avif|svg|pdf|docx?|xlsx?|csv|txt|odt|ods|zip|mp[34])\b
    | \b[a-z0-9]+(?:[-_][a-z0-9]+)+\b            # slugs, identifiers
    | \b[a-z_]+(?:\.[a-z_]+)+\b                  # dotted names: app.model
    """
)
ELLIPSIS = ("…", "...")

# What a reader meets in a page: its visible text nodes (an option's when its select is
# shown), and the names of visible elements. The values of the editor's fields — text
# areas, rich text, inputs — are her content, not the interface.
COLLECT = """() => {
  const found = [];
  const seen = new Set();
  const add = (how, text) => {
    text = (text || '').replace(/\\s+/g, ' ').trim();
    if (text && !seen.has(how + text)) { seen.add(how + text); found.push([how, text]); }
  };
  const values = 'textarea, [contenteditable]:not([contenteditable="false"]), script, style, '
    + 'noscript, template, iframe';
  const visible = (el) => el.checkVisibility({visibilityProperty: true});
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(values)) continue;
    const select = el.closest('select');
    if (!visible(select || el)) continue;
    add('text', node.nodeValue);
  }
  const named = '[aria-label], [title], [placeholder], [alt], input[type=submit], '
    + 'input[type=button], input[type=reset], optgroup[label]';
  for (const el of document.body.querySelectorAll(named)) {
    if (el.closest(values) || !visible(el.closest('select') || el)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'label']) {
      if (el.hasAttribute(name) && (name !== 'label' || el.tagName === 'OPTGROUP')) {
        add(name, el.getAttribute(name));
      }
    }
    if (el.matches('input[type=submit], input[type=button], input[type=reset]')) {
      add('value', el.value);
    }
  }
  add('<title>', document.title);
  return found;
}"""

# The sidebar's links and what it shows with each of its menus open (the sub-menus, the
# page explorer, the account menu): their items are drawn only when opened.
SIDEBAR = """async () => {
  const collect = __COLLECT__;
  const sidebar = document.querySelector('[data-wagtail-sidebar]');
  const links = new Set();
  const strings = [];
  const read = () => {
    sidebar.querySelectorAll('a[href]:not(.c-page-explorer__item a)').forEach((a) => {
      const url = new URL(a.href, location.href);
      if (url.origin === location.origin) links.add(url.pathname + url.search);
    });
    strings.push(...collect());
  };
  read();
  for (const button of sidebar.querySelectorAll('button[aria-haspopup]')) {
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 400));
    read();
    if (button.getAttribute('aria-expanded') === 'true') button.click();
  }
  return {links: [...links], strings};
}""".replace("__COLLECT__", COLLECT)


@cache
def _admin_text(site_key, site):
    return ask_the_site(site, "tests.e2e.admin_text", "ADMINTEXT")


def admin_text(site):
    """The database's text (content) and the URLs of Wagtail's main views, asked once."""
    return _admin_text(site.base_url, site)


class Content:
    """Decides which English words in an interface string are content (excused)."""

    def __init__(self, strings):
        self.strings = set(strings)
        self.by_word = {}
        for text in self.strings:
            for word in set(ENGLISH_WORD.findall(text)):
                self.by_word.setdefault(word, []).append(text)

    def english(self, text):
        """The English words of `text` that are neither content, code nor brand."""
        text = " ".join(text.split())
        if text in self.strings or self._cut_content(text):
            return []
        codes = [match.span() for match in CODES.finditer(text)]
        found = []
        for match in ENGLISH_WORD.finditer(text):
            word, (start, end) = match.group(), match.span()
            if word in BRANDS or any(a <= start and end <= b for a, b in codes):
                continue
            if not self._in_content(text, word, start):
                found.append(word)
        return found

    def _in_content(self, text, word, start):
        """Is this occurrence of `word` inside a content string that `text` shows whole?"""
        for content in self.by_word.get(word, ()):
            for offset in (m.start() for m in re.finditer(re.escape(word), content)):
                begin, end = start - offset, start - offset + len(content)
                if begin < 0 or text[begin:end] != content:
                    continue
                if (begin == 0 or not text[begin - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                ):
                    return True
        return False

    def _cut_content(self, text):
        """Is `text` the start of a content string, cut short with an ellipsis (a long title
        in a narrow column)?"""
        cut = next((text[: -len(e)].rstrip() for e in ELLIPSIS if text.endswith(e)), None)
        if not cut:
            return False
        words = ENGLISH_WORD.findall(cut)[:-1]  # the last may be cut in the middle
        pool = {content for word in words for content in self.by_word.get(word, ())}
        return any(content.startswith(cut) for content in pool or self.strings)


def wait_rendered(page):
    """The sidebar, the page editor's blocks and the translation editor are drawn by JS."""
    page.wait_for_load_state("load")
    page.locator("body.ready").wait_for(state="attached")
    if page.locator("[data-wagtail-sidebar]").count():
        page.locator("[data-wagtail-sidebar] nav").first.wait_for(state="attached")
    if page.locator("[data-side-panel-toggle], .js-translation-editor").count():
        page.wait_for_load_state("networkidle")


def read_view(journey, path, content, findings, reads):
    page = journey.page
    response = page.goto(journey.url(path))
    assert response is not None and response.status < 500, f"{path}: {response and response.status}"
    wait_rendered(page)
    where = page.url.removeprefix(journey.site.base_url)
    strings = page.evaluate(COLLECT)
    for toggle in page.locator("[data-side-panel-toggle]").all():
        if toggle.is_visible():
            toggle.click()
            page.wait_for_timeout(150)
            strings += page.evaluate(COLLECT)
    reads.append(where)
    judge(content, where, strings, findings)
    shot(journey, where)


def judge(content, where, strings, findings):
    """Each English string, once, with the first view it was seen on."""
    for how, text in strings:
        words = content.english(text)
        if words and text not in findings:
            findings[text] = (where, how, words)


def shot(journey, name):
    """A screenshot of what she sees first (the whole page would cost seconds a view)."""
    journey.shot(name, full_page=False)


def set_admin_language(journey, language):
    """Account → preferences → the admin's language, as she would choose it; returns the
    one she had."""
    page = journey.page
    journey.goto("/admin/account/")
    choice = page.locator("select[name$=preferred_language]")
    before = choice.input_value()
    choice.select_option(language)
    journey.navigate(page.locator("form [type=submit]").last.click)
    return before


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("username", ROLES)
def test_the_admin_speaks_her_language(browser, site, request, username, language):
    data = admin_text(site)
    content = Content(data["content"])
    context = browser.new_context(
        **VIEWPORTS["desktop"], locale=LANGUAGES[language], base_url=site.base_url
    )
    context.set_default_timeout(15_000)
    journey = Journey(context.new_page(), site, _test_folder(request, ""))
    findings, reads = {}, []
    try:
        read_view(journey, "/admin/login/", content, findings, reads)
        sign_in_to_admin(journey, username, site.credentials[username]["password"])
        before = set_admin_language(journey, language)
        journey.goto("/admin/")
        wait_rendered(journey.page)
        assert journey.lang() == language
        sidebar = journey.page.evaluate(SIDEBAR)
        judge(content, "/admin/ (sidebar)", sidebar["strings"], findings)
        menu = [path for path in sidebar["links"] if path.startswith("/admin/")]
        wagtails = [path for path, gate in data["views"] if gate is None or gate in menu]
        views = list(dict.fromkeys([*menu, *wagtails]))
        for path in views:
            read_view(journey, path, content, findings, reads)
        set_admin_language(journey, before)  # as the other journeys know her
    finally:
        context.close()

    report = [
        f"{where}  [{how}]  {text!r}  ({', '.join(words)})"
        for text, (where, how, words) in findings.items()
    ]
    print(f"\n{username} in {language}: {len(reads)} views read, {len(report)} English strings")
    assert len(menu) >= 5 and len(reads) >= 10, reads
    assert not report, f"English left in the {language} admin:\n" + "\n".join(sorted(report))
