"""Certificates: issued on completion, PDF in three languages, public verification, revoking."""

import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client

from courses import certificate_pdf
from courses.models import Certificate, LessonCompletion
from home.members.privacy import collect_member_data, erase_member
from tests.shown import shown

from .conftest import NAME, finish, lessons_of, pdf_text
from .learning import answer_url, answers, checked_lesson

pytestmark = pytest.mark.django_db


def test_completing_the_course_issues_one_certificate(member_client, named_member, certified):
    certificate = certified
    assert certificate.full_name == NAME
    assert certificate.mentor_name == "Салия Акулова"
    assert certificate.language == "ky"
    assert certificate.course_titles == {"ky": "Sözdü", "ru": "RU Sözdü", "en": "EN Sözdü"}
    assert re.fullmatch(r"[A-Za-z0-9_-]{22}", certificate.code)  # 128 random bits
    assert LessonCompletion.objects.filter(user=named_member).count() == 3


def test_the_certificate_is_shown_on_course_page_and_dashboard(member_client, certified):
    course_html = member_client.get("/ky/courses/speaking/").content.decode()
    assert 'id="certificate"' in course_html
    assert f"/ky/certificates/{certified.code}/pdf/" in course_html
    assert f"/ru/certificates/{certified.code}/pdf/" in course_html
    assert f"/en/certificates/{certified.code}/pdf/" in course_html
    dashboard = member_client.get("/ky/dashboard/").content.decode()
    assert (
        'id="certificates-heading"' in dashboard
        and f"/ky/certificates/{certified.code}/" in dashboard
    )


def test_the_pdf_has_her_name_in_kyrgyz_the_course_and_the_link(member_client, certified):
    text = pdf_text(member_client.get(f"/ky/certificates/{certified.code}/pdf/"))
    assert NAME in text
    assert "Sözdü" in text and "Салия Акулова" in text
    assert f"http://testserver/ky/certificates/{certified.code}/" in text
    russian = pdf_text(member_client.get(f"/ru/certificates/{certified.code}/pdf/"))
    assert "RU Sözdü" in russian and f"/ru/certificates/{certified.code}/" in russian
    assert "EN Sözdü" in pdf_text(member_client.get(f"/en/certificates/{certified.code}/pdf/"))


def test_only_she_downloads_her_pdf(certified, outsider):
    url = f"/ky/certificates/{certified.code}/pdf/"
    visitor = Client().get(url)
    assert visitor.status_code == 302 and "/login" in visitor["Location"]
    other = Client()
    other.force_login(outsider)
    assert other.get(url).status_code == 404


def test_anyone_verifies_a_certificate_and_unknown_codes_are_404(certified):
    visitor = Client()
    response = visitor.get(f"/ky/certificates/{certified.code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert NAME in html and "Sözdü" in html and shown("This certificate is valid.") in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-cache" in response["Cache-Control"]
    assert "/pdf/" not in html  # downloads are hers only
    assert "RU Sözdü" in visitor.get(f"/ru/certificates/{certified.code}/").content.decode()
    assert visitor.get("/ky/certificates/not-a-real-code-00000000/").status_code == 404
    assert visitor.get(f"/ky/certificates/{certified.code[:-1]}/").status_code == 404


def test_editors_revoke_a_certificate_in_the_admin(member_client, certified, db):
    editor = User.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    assert editor.has_perm("courses.change_certificate")
    admin = Client()
    admin.force_login(editor)
    listing = admin.get("/admin/club/certificates/")
    assert listing.status_code == 200 and NAME in listing.content.decode()
    assert "/admin/club/certificates/new/" not in listing.content.decode()
    edit_url = f"/admin/club/certificates/edit/{certified.pk}/"
    response = admin.post(edit_url, {"revoked": "on", "revocation_reason": "Issued by mistake."})
    assert response.status_code == 302
    certified.refresh_from_db()
    assert certified.revoked and certified.revoked_at is not None

    html = Client().get(f"/ky/certificates/{certified.code}/").content.decode()
    assert shown("This certificate has been revoked.") in html and "Issued by mistake." in html
    response = member_client.get(f"/ky/certificates/{certified.code}/pdf/")
    assert response.status_code == 302 and response["Location"].endswith(f"/{certified.code}/")


def test_nobody_adds_or_deletes_certificates_in_the_admin(admin_client, certified):
    assert admin_client.get("/admin/club/certificates/new/").status_code in (403, 404, 302)
    admin_client.post(f"/admin/club/certificates/delete/{certified.pk}/")
    assert Certificate.objects.filter(pk=certified.pk).exists()
    assert not Permission.objects.filter(codename="add_certificate").exists()


def test_undo_keeps_the_certificate_and_nothing_doubles(
    member_client, named_member, certified, public_course
):
    first = lessons_of(public_course)[0]
    member_client.post(first.url + "complete/", {"undo": "1"})
    assert Certificate.objects.get(user=named_member).code == certified.code
    member_client.post(first.url + "complete/")
    assert Certificate.objects.filter(user=named_member).count() == 1


def test_a_required_check_holds_the_certificate_back(member_client, named_member, public_course):
    lesson = checked_lesson(public_course)
    finish(member_client, public_course)
    assert not Certificate.objects.exists()
    member_client.post(answer_url(lesson), answers(lesson))
    finish(member_client, public_course)
    assert Certificate.objects.filter(user=named_member).count() == 1


def test_certificates_are_exported_and_leave_with_her_account(named_member, certified):
    section = collect_member_data(named_member)["sections"]["knowledge_checks_and_certificates"]
    assert section["certificates"][0]["code"] == certified.code
    assert section["certificates"][0]["name"] == NAME
    erase_member(named_member)
    assert not Certificate.objects.exists()
    assert Client().get(f"/ky/certificates/{certified.code}/").status_code == 404


def test_a_missing_font_fails_the_system_checks(monkeypatch, tmp_path):
    assert certificate_pdf.check_fonts() == []  # make system-deps installed DejaVu
    monkeypatch.setattr(certificate_pdf, "FONTS", {"": tmp_path / "DejaVuSans.ttf"})
    assert [warning.id for warning in certificate_pdf.check_fonts()] == ["courses.W001"]
