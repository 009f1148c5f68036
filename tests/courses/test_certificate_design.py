"""The certificate's design: the Club's logo, the organiser, the course's hours and the
signatory of Club settings in the certificate's language, her signature and the stamp."""

import io

import pytest
from pypdf import PdfReader

from courses.models import Certificate
from home.models import ClubSettings

from .conftest import finish, pdf_text, translate_course

pytestmark = pytest.mark.django_db

#: The gold centre of the drawn mark (static/brand/logo.svg) as a PDF fill colour.
DRAWN_MARK_GOLD = "0.7882 0.5412 0.0706 rg"


@pytest.fixture
def signed(db, image_file):
    club = ClubSettings.for_default_site()
    club.signatory_name_ky = "Мисал Кол коюучу"
    club.signatory_name_ru = "Пример Подписывающая"
    club.signatory_name_en = "Example Signatory"
    club.signatory_title_ru = "Директор (пример)"
    club.save()
    return club


@pytest.fixture
def twelve_hours(member_client, named_member, public_course):
    public_course.hours = 12
    public_course.save_revision().publish()
    translate_course(public_course, "ru", "RU")
    finish(member_client, public_course)
    return Certificate.objects.get(user=named_member)


def pdf(response):
    return PdfReader(io.BytesIO(response.content))


def content(reader):
    return reader.pages[0].get_contents().get_data().decode("latin-1")


def test_the_signatory_and_hours_are_printed_in_the_certificates_language(
    member_client, signed, twelve_hours
):
    russian = pdf_text(member_client.get(f"/ru/certificates/{twelve_hours.code}/pdf/"))
    assert "Пример Подписывающая" in russian and "Директор (пример)" in russian
    assert "12 часов обучения" in russian
    assert "Организатор: Академия местного управления Центральной Азии (АМУЦА)" in russian
    kyrgyz = pdf_text(member_client.get(f"/ky/certificates/{twelve_hours.code}/pdf/"))
    assert "Мисал Кол коюучу" in kyrgyz and "Пример" not in kyrgyz
    assert "12 саат окуу" in kyrgyz


def test_the_hours_are_those_of_the_day_it_was_issued(client, twelve_hours, public_course):
    public_course.hours = 40
    public_course.save_revision().publish()
    twelve_hours.refresh_from_db()
    assert twelve_hours.hours == 12
    page = client.get(f"/ru/certificates/{twelve_hours.code}/").content.decode()
    assert "<dt>Часы обучения</dt><dd>12</dd>" in page


def test_without_uploads_the_drawn_mark_is_the_logo(member_client, certified):
    reader = pdf(member_client.get(f"/en/certificates/{certified.code}/pdf/"))
    assert DRAWN_MARK_GOLD in content(reader)
    assert not reader.pages[0].images  # no signature, stamp or uploaded logo yet


def test_uploaded_logos_signature_and_stamp_are_drawn(member_client, signed, twelve_hours):
    signed.logo = signed.organiser_logo = signed.signature = signed.stamp = (
        ClubSettings._meta.get_field("logo").related_model.objects.get()
    )
    signed.save()
    reader = pdf(member_client.get(f"/en/certificates/{twelve_hours.code}/pdf/"))
    assert content(reader).count(" Do") == 4  # one upload, drawn in four places
    assert DRAWN_MARK_GOLD not in content(reader)
    assert "Example Signatory" in reader.pages[0].extract_text()


def test_a_course_without_hours_prints_none(member_client, certified):
    text = pdf_text(member_client.get(f"/en/certificates/{certified.code}/pdf/"))
    assert "hours of study" not in text and "Organiser:" in text
