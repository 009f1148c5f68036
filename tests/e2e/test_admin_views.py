"""Every admin list and edit view of the Club's own, asked for in the browser's session of an
editor, a mentor and a regional coordinator: none answers 5xx; what one may not see is
refused (403, a redirect, or 404 outside her scope), never a server error.

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
    """(path, status, redirected) for each path: its first answer as the server gave it to
    her browser session (a redirect not followed). The statuses are what this test asserts;
    rendering each page in the tab as well asserted nothing more and doubled the server's
    and the browser's work (the admin-in-Kyrgyz journeys render her views in the browser)."""
    seen = []
    for path in paths:
        status = journey.page.request.get(journey.url(path), max_redirects=0).status
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
    first_open = next(path for path, status, redirected in seen if status == 200)
    journey.goto(first_open)  # one of them, as she sees it
    journey.shot(f"first admin view open to {username}")

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
