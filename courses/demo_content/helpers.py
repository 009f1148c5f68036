"""Short constructors for StreamField values of the demo lessons."""


def heading(text):
    return ("heading", text)


def text(*paragraphs):
    return ("text", "".join(paragraphs))


def tip(title, html, kind="tip"):
    return ("callout", {"kind": kind, "title": title, "text": html})


def quote(words, who=""):
    return ("quote", {"text": words, "attribution": who})


def task(title, html, before_next_session=True):
    return (
        "practical_task",
        {"title": title, "instructions": html, "before_next_session": before_next_session},
    )


def reflect(intro, *questions):
    return ("reflection_prompt", {"intro": intro, "questions": list(questions)})


def stakeholder_map(instructions, rows):
    """rows: (name, level, kind, interests, influence, cooperation) tuples."""
    keys = ("name", "level", "kind", "interests", "influence", "cooperation")
    return (
        "stakeholder_map",
        {
            "instructions": instructions,
            "example_stakeholders": [dict(zip(keys, r, strict=True)) for r in rows],
        },
    )
