"""Every admin list and edit view of the Club's own, opened in the browser as an editor, a
mentor and a regional coordinator: none answers 5xx; what one may not see is refused (403, a
redirect, or 404 outside her scope), never a server error.

The views come from Django's URL resolver and Wagtail's registries (tests/admin_routes.py,
asked inside the live site by discover.py), so a view added later is opened too.
"""

import pytest

from .pages import discover
from .signin import sign_in

pytestmark = pytest.mark.e2e

ROLES = ["editor", "saliya", "coordinator"]
REFUSED = {403, 404}
# Lists editors work in every day: they must open, not merely not fail.
EDITOR_OPENS = ["/admin/club-members/", "/admin/club-applications/", "/admin/news/participants/"]


def open_every_view(journey, paths):
    """(path, status, redirected) for each path: its first answer as the server gave it (a
    redirect not followed), and each page answering 200 opened in the browser tab."""
    seen = []
    for path in paths:
        response = journey.page.request.get(journey.url(path), max_redirects=0)
        status = response.status
        if status == 200 and "text/html" in response.headers.get("content-type", ""):
            opened = journey.page.goto(journey.url(path))
            assert opened is not None, path
            status = opened.status
        seen.append((path, status, 300 <= status < 400))
    return seen


@pytest.mark.parametrize("username", ROLES)
def test_every_admin_view_of_the_club_opens_or_is_refused(new_journey, username):
    journey = new_journey("desktop", suffix=f"-{username}")
    admin = discover(journey.site)["admin"]
    assert len(admin["lists"]) >= 30 and len(admin["edits"]) >= 10
    assert "/admin/club-members/" in admin["lists"]
    assert any(path.startswith("/admin/club-members/edit/") for path in admin["edits"])

    password = journey.site.credentials[username]["password"]
    assert sign_in(journey, username, password, lang="en", shot=False)
    seen = open_every_view(journey, admin["lists"] + admin["edits"])
    journey.shot(f"last admin view as {username}")

    errors = [(path, status) for path, status, _ in seen if status >= 500]
    assert errors == [], errors
    # Each answer is the page (200), a refusal, or a redirect (Wagtail's "permission denied"
    # back to the dashboard); 405 for a view that only takes a POST.
    odd = [
        (path, status)
        for path, status, redirected in seen
        if not (status == 200 or status in REFUSED or redirected or status == 405)
    ]
    assert odd == [], odd
    opened = {path for path, status, redirected in seen if status == 200 and not redirected}
    member_edits = [p for p in admin["edits"] if p.startswith("/admin/club-members/edit/")]
    if username == "editor":
        assert set(EDITOR_OPENS + member_edits) <= opened
    else:
        # Mentors and coordinators may not change a member's profile.
        assert not set(member_edits) & opened
