"""Issuing certificates, finding hers, and their addresses in every language."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from home.members.access import is_club_member
from home.members.models import member_name

from .models.certificates import Certificate


def certificate_of(user, course):
    """Her certificate of `course` (any language), or None."""
    if not user.is_authenticated:
        return None
    return Certificate.objects.filter(user=user, course_key=course.translation_key).first()


def course_titles(course):
    """{language code: title} of the course's live translations (one query)."""
    titles = dict(
        course.get_translations(inclusive=True).live().values_list("locale__language_code", "title")
    )
    return titles or {course.locale.language_code: course.title}


def issue_certificate(user, course):
    """Her certificate of `course`, issued once (concurrent requests leave one); (it, created).

    Issued in the language of the course page she completed, with the names of today.
    """
    existing = certificate_of(user, course)
    if existing is not None or not is_club_member(user):
        return existing, False
    mentor = course.mentor
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                user=user,
                course_key=course.translation_key,
                full_name=member_name(user),
                course_titles=course_titles(course),
                mentor_name=member_name(mentor) if mentor else "",
                hours=course.hours,
                language=course.locale.language_code,
            )
    except IntegrityError:
        return Certificate.objects.get(user=user, course_key=course.translation_key), False
    return certificate, True


def certificate_url(certificate, language, name="courses:certificate"):
    """The certificate's verification page (or, with name=…_pdf, its PDF) in `language`."""
    with translation.override(language):
        return reverse(name, kwargs={"code": certificate.code})


def pdf_links(certificate):
    """[(language code, language name, PDF address)], her certificate's language first."""
    names = dict(settings.LANGUAGES)
    codes = sorted(names, key=lambda code: code != certificate.language)
    return [
        (code, names[code], certificate_url(certificate, code, "courses:certificate_pdf"))
        for code in codes
    ]
