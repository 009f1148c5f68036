"""A mentor's scope includes the members of her circles; the review queue and the member
report filter by circle, offering only the viewer's circles and ignoring any other value."""

import csv
import io

import pytest

from courses.circles.models import Circle
from courses.models import Enrollment
from home.members.choices import Oblast
from tests.reflections.test_review import QUEUE, submitted

from .conftest import make_circle

pytestmark = pytest.mark.django_db

REPORT = "/admin/club/progress-reports/members/"
JUNK = "9" * 40


@pytest.fixture
def work(people, courses):
    """Reflections of two Osh members on a course "mentor" mentors, not "other_mentor"."""
    return {
        "member": submitted(people["member"], courses["lesson"], courses["course"], ("Mine",)),
        "other": submitted(
            people["other_member"], courses["lesson"], courses["course"], ("Theirs",)
        ),
    }


def test_a_mentor_reviews_the_reflections_of_her_circles_members(client, people, work):
    client.force_login(people["other_mentor"])
    assert client.get(f"{QUEUE}{work['member'].pk}/").status_code == 404
    make_circle("Her circle", Oblast.OSH, [people["other_mentor"]], [people["member"]])
    detail = client.get(f"{QUEUE}{work['member'].pk}/")
    assert detail.status_code == 200 and "Mine" in detail.content.decode()
    queue = client.get(QUEUE).content.decode()
    assert "Aigul Full" in queue and "Gulnara Full" not in queue
    assert client.get(f"{QUEUE}{work['other'].pk}/").status_code == 404


def test_the_queue_filters_by_her_circles_only(client, people, work, english_admin):
    hers = make_circle("Aigul's circle", Oblast.OSH, [people["mentor"]], [people["member"]])
    theirs = make_circle("Naryn circle", Oblast.NARYN, [people["other_mentor"]], [])
    client.force_login(people["mentor"])
    page = client.get(QUEUE).content.decode()
    assert "Aigul&#x27;s circle" in page and "Naryn circle" not in page  # offered: hers only
    filtered = client.get(QUEUE, {"circle": hers.pk}).content.decode()
    assert "Aigul Full" in filtered and "Gulnara Full" not in filtered
    for value in (theirs.pk, JUNK, "x"):  # not hers, or junk: ignored
        response = client.get(QUEUE, {"circle": value})
        assert response.status_code == 200
        assert "Gulnara Full" in response.content.decode()


def rows(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return {row[0] for row in list(csv.reader(io.StringIO(text)))[1:]}


def test_the_member_report_filters_by_circle(client, people, work, english_admin):
    circle = make_circle(
        "Osh circle", Oblast.OSH, [people["mentor"]], [people["member"], people["editor"]]
    )
    client.force_login(people["coordinator"])  # follows Osh
    everyone = rows(client.get(REPORT, {"export": "csv"}))
    assert {"Aigul Full", "Gulnara Full"} <= everyone
    # Her scope still applies: the editor (not in Osh) stays out although in the circle.
    assert rows(client.get(REPORT, {"export": "csv", "circle": circle.pk})) == {"Aigul Full"}
    page = client.get(REPORT).content.decode()
    assert "Osh circle" in page
    naryn = make_circle("Naryn circle", Oblast.NARYN, [people["other_mentor"]], [])
    assert "Naryn circle" not in client.get(REPORT).content.decode()
    for value in (naryn.pk, JUNK):
        response = client.get(REPORT, {"export": "csv", "circle": value})
        assert response.status_code == 200 and rows(response) == everyone
    assert Circle.objects.count() == 2


def test_the_summary_reports_offer_no_circle_filter(client, people, english_admin):
    make_circle("Osh circle", Oblast.OSH, [people["mentor"]], [people["member"]])
    client.force_login(people["editor"])
    for report in ("courses", "oblasts"):
        html = client.get(f"/admin/club/progress-reports/{report}/").content.decode()
        assert 'name="circle"' not in html
    assert 'name="circle"' in client.get(REPORT).content.decode()


def test_the_funnel_counts_only_the_circles_members(client, people, courses, english_admin):
    for name in ("member", "other_member"):
        Enrollment.objects.create(user=people[name], course_key=courses["course"].translation_key)
    circle = make_circle("Osh circle", Oblast.OSH, [people["mentor"]], [people["member"]])
    client.force_login(people["editor"])
    funnel = "/admin/club/progress-reports/funnel/"
    course = str(courses["course"].translation_key)

    def started(**query):
        rows = csv.reader(
            io.StringIO(
                b"".join(
                    client.get(
                        funnel, {"export": "csv", "course": course, **query}
                    ).streaming_content
                ).decode("utf-8-sig")
            )
        )
        return [row for row in rows if row[1] == "Started the course"][0][2]

    assert started() == "2"
    assert started(circle=circle.pk) == "1"
    assert started(circle=JUNK) == "2"
