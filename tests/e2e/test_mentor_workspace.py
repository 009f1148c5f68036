"""The demo mentor's admin home says what waits for her, and her reports draw every label whole.

Sign in to the admin → her panel counts the reflections waiting and links to the review
queue → the question report of her courses: each chart label, as the browser lays it out in
its real font, lies inside the chart; the table scrolls inside its box.
"""

import pytest

from .signin import mentor_account, sign_in_to_admin

pytestmark = pytest.mark.e2e

LABELS_OUTSIDE = """() => {
    const outside = [];
    for (const svg of document.querySelectorAll("svg.report-chart")) {
        const width = svg.viewBox.baseVal.width;
        for (const label of svg.querySelectorAll("text.report-chart__label")) {
            const box = label.getBBox();
            if (box.x < 0 || box.x + box.width > width) outside.push(label.textContent);
        }
    }
    return outside;
}"""


def test_the_mentors_home_and_reports(new_journey):
    mentor = new_journey("desktop", suffix="-workspace")
    page = mentor.page
    username, password = mentor_account(mentor.site)
    sign_in_to_admin(mentor, username, password)
    panel = page.locator("#club-mentor-waiting-section")
    assert panel.count() == 1, "the mentor's admin home has no panel of what waits for her"
    mentor.shot("admin home")
    mentor.navigate(panel.locator("a[href='/admin/club/reflections/']").first.click)
    assert page.url.endswith("/admin/club/reflections/")

    mentor.goto("/admin/club/progress-reports/questions/")
    mentor.shot("question report")
    assert page.locator("svg.report-chart").count() >= 1, "no chart in her question report"
    assert page.evaluate(LABELS_OUTSIDE) == []
    assert page.locator(".club-report-table table").count() == 1
    overflow = page.evaluate(
        "getComputedStyle(document.querySelector('.club-report-table')).overflowX"
    )
    assert overflow == "auto"
    mentor.goto("/admin/club/progress-reports/courses/")
    assert page.locator(".club-report-table tbody tr").count() >= 1
    mentor.assert_clean()
