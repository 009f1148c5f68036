"""Read what a lesson asks for, and find lessons and courses by their translation keys."""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.fields import StreamField
from wagtail.models import Page

PROMPT_BLOCK = "reflection_prompt"
STAKEHOLDER_BLOCK = "stakeholder_map"


def _stream_blocks(page, types):
    """The page's blocks of these types. Only they are converted: converting every block
    would fetch the lesson's pictures and documents for nothing."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            stream = getattr(page, field.name) or []
            for index, raw in enumerate(getattr(stream, "raw_data", [])):
                if raw["type"] in types:
                    yield stream[index]


def _text(value):
    source = getattr(value, "source", value)  # RichText has .source
    return str(source or "").strip()


def lesson_tasks(page):
    """{"prompts": [{"intro", "questions"}], "questions": [...], "stakeholder_maps": [...]}.

    Kept on the page object: a lesson page asks it twice (her status box and the shared
    reflections under it)."""
    if not hasattr(page, "_lesson_tasks"):
        page._lesson_tasks = _read_tasks(page)
    return page._lesson_tasks


def _read_tasks(page):
    prompts, maps = [], []
    for block in _stream_blocks(page, {PROMPT_BLOCK, STAKEHOLDER_BLOCK}):
        if block.block_type == PROMPT_BLOCK:
            value = block.value
            questions = [_text(q) for q in (value.get("questions") or []) if _text(q)]
            prompts.append({"intro": value.get("intro"), "questions": questions})
        elif block.block_type == STAKEHOLDER_BLOCK:
            maps.append(block.value)
    questions = [question for prompt in prompts for question in prompt["questions"]]
    return {"prompts": prompts, "questions": questions, "stakeholder_maps": maps}


def course_of(lesson_page):
    """The CoursePage above a lesson (its parent in the contract's tree)."""
    course = getattr(lesson_page, "course", None)  # LessonPage.course: one query, cached
    if course is None:
        parent = lesson_page.get_parent()
        course = parent.specific if parent else None
    return course


def pages_by_key(keys, language=None):
    """{translation_key: page} in `language` (falling back to any locale), in two queries."""
    keys = {key for key in keys if key}
    if not keys:
        return {}
    language = language or get_language()
    pages = Page.objects.filter(translation_key__in=keys).select_related("locale")
    found = {}
    for page in pages:
        current = found.get(page.translation_key)
        if current is None or page.locale.language_code == language:
            found[page.translation_key] = page
    return found


def page_in_language(key, language):
    return pages_by_key([key], language).get(key)


def absolute(url):
    return settings.SITE_BASE_URL + url if url.startswith("/") else url


def reflection_link(reflection, language, request=None):
    """(lesson title, absolute URL of her reflection page) in `language`, for emails."""
    lesson = page_in_language(reflection.lesson_key, language)
    if lesson is None:
        return "", ""
    url = lesson.get_url(request) or ""
    return lesson.title, absolute(url + "reflection/") if url else ""
