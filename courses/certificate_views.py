"""The public verification page of a certificate, and its PDF for the member who earned it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.cache import private_view
from home.models import ClubSettings

from .certificate_pdf import render_certificate
from .certificates import certificate_url, pdf_links
from .models.certificates import Certificate


@private_view
def verify_certificate(request, code):
    """Anyone holding the code sees whose certificate it is and whether it is valid.

    Never cached, so a revocation shows at once; an unknown code is a 404.
    """
    certificate = get_object_or_404(Certificate, code=code)
    own = request.user.is_authenticated and certificate.user_id == request.user.pk
    context = {
        "certificate": certificate,
        "course_title": certificate.course_title(get_language()),
        "pdf_links": pdf_links(certificate) if own and certificate.is_valid else [],
    }
    return TemplateResponse(request, "courses/certificate.html", context)


@private_view
@login_required
def certificate_pdf(request, code):
    """Her certificate as a PDF in the language of the address (/ky/, /ru/ or /en/)."""
    certificate = get_object_or_404(Certificate, code=code, user=request.user)
    language = get_language()
    verify_url = request.build_absolute_uri(certificate_url(certificate, language))
    if certificate.revoked:
        messages.error(request, _("This certificate has been revoked: it cannot be downloaded."))
        return HttpResponseRedirect(verify_url)
    response = HttpResponse(
        render_certificate(certificate, language, verify_url, ClubSettings.for_request(request)),
        content_type="application/pdf",
    )
    filename = f"certificate-{certificate.code[:8]}-{language}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
