"""In a real browser every page runs under its Content-Security-Policy with nothing blocked:
stylesheets, the reflection autosave script and its requests, the editors' Wagtail userbar.
And the policy really does block an inline script."""

import pytest

from .pages import SECTIONS, page_url, pick_lesson, url_name
from .signin import member_account, mentor_account, sign_in, sign_in_to_admin

pytestmark = pytest.mark.e2e

# Playwright adds this to every document before the page's own scripts, outside its policy.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""
PUBLIC_SECTIONS = [section for section in SECTIONS if section != "lesson"]


def blocked_on(journey, path):
    """Open `path` under its policy; what the policy blocked there."""
    response = journey.goto(path)
    assert "script-src 'self'" in response.headers.get("content-security-policy", ""), path
    journey.page.wait_for_load_state("load")
    return journey.page.evaluate("window.__cspViolations")


def csp_journey(new_journey, suffix):
    journey = new_journey("desktop", suffix=suffix)
    journey.page.add_init_script(RECORD_VIOLATIONS)
    return journey


def test_public_pages_and_forms_run_with_nothing_blocked(new_journey):
    journey = csp_journey(new_journey, "-public")
    site = journey.site
    paths = [page_url(site, section, "ky") for section in PUBLIC_SECTIONS]
    assert all(paths), dict(zip(PUBLIC_SECTIONS, paths, strict=True))
    paths += [url_name(site, "login", "ky"), "/ky/join/", "/ky/news/subscribe/"]
    found = {path: blocked_on(journey, path) for path in paths}
    assert not any(found.values()), found
    journey.assert_clean()


def test_member_pages_and_reflection_autosave_run_with_nothing_blocked(new_journey):
    journey = csp_journey(new_journey, "-member")
    site, page = journey.site, journey.page
    username, password = member_account(site, slot=4)
    lesson = pick_lesson(site, username, "ky", prompt=True)
    assert lesson, f"no lesson with a reflection prompt left for {username}"
    assert sign_in(journey, username, password, "ky", shot=False)
    for path in (url_name(site, "home:dashboard", "ky"), url_name(site, "members:account", "ky")):
        assert blocked_on(journey, path) == [], path

    assert blocked_on(journey, lesson["url"] + "reflection/") == []
    form = page.locator("#reflection-form")
    assert form.get_attribute("data-autosave") == "on"
    form.locator("textarea").first.fill("Айылдагы аялдар менен жолугушуу пландалды.")
    saved = form.get_attribute("data-saved-text")
    status = form.locator(".autosave-status")
    status.filter(has_text=saved).wait_for(timeout=15_000)  # the script ran and fetch() worked
    assert page.evaluate("window.__cspViolations") == []
    journey.shot("reflection autosaved")
    journey.assert_clean()


def test_the_editors_userbar_runs_on_public_pages(new_journey):
    journey = csp_journey(new_journey, "-userbar")
    page = journey.page
    username, password = mentor_account(journey.site)
    sign_in_to_admin(journey, username, password)
    assert blocked_on(journey, "/ky/") == []
    # userbar.js (a static file) defined its element and drew the button.
    page.wait_for_function("() => customElements.get('wagtail-userbar') !== undefined")
    journey.shot("home with the userbar")
    assert page.evaluate("window.__cspViolations") == []
    journey.assert_clean()


def test_the_policy_blocks_an_inline_script(new_journey):
    """The check above would notice: an inline script on a public page is refused."""
    journey = csp_journey(new_journey, "-control")
    page = journey.page
    journey.goto("/ky/")
    reported = page.expect_console_message(lambda m: "Content Security Policy" in m.text)
    with reported:
        directive = page.evaluate(
            """() => new Promise((resolve) => {
                document.addEventListener("securitypolicyviolation",
                    (event) => resolve(event.violatedDirective), {once: true});
                const script = document.createElement("script");
                script.textContent = "window.__ranInline = true;";
                document.body.append(script);  // an allowed inline script runs right here
                if (window.__ranInline) { resolve("ran"); }
            })"""
        )
    assert directive.startswith("script-src"), directive
    assert journey.blocked, "assert_clean() would have failed on this page"
