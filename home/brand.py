"""The Club's identity wherever it is shown: the logo of the header, emails and certificates.

Editors may upload the Club's logo and AMUCA's in Club settings; without them the header and
emails show the mark drawn for the project (static/brand/: six figures in a ring around a
golden centre, like the tunduk of a yurt) and AMUCA is named in words only.
"""

from django.conf import settings
from django.templatetags.static import static

DRAWN_LOGO = "brand/logo.svg"
#: Email programs do not show SVG: emails carry the PNG drawing of the same mark.
DRAWN_LOGO_PNG = "brand/logo.png"
#: The rendition of an uploaded logo: tall enough for a sharp header and email on any screen.
LOGO_RENDITION = "height-96"


def absolute(url):
    """`url` with the site's address in front when it is a path (for emails)."""
    return f"{settings.SITE_BASE_URL.rstrip('/')}{url}" if url.startswith("/") else url


def rendition_url(image, spec=LOGO_RENDITION):
    return image.get_rendition(spec).url if image else ""


def logo_urls(club):
    """{logo, organiser_logo}: addresses of the uploaded logos (empty when not uploaded)."""
    if club is None:
        return {"logo": "", "organiser_logo": ""}
    return {"logo": rendition_url(club.logo), "organiser_logo": rendition_url(club.organiser_logo)}


def email_logo_url(club):
    """The absolute address of the logo an email shows: the uploaded one, else the drawn mark."""
    return absolute(logo_urls(club)["logo"] or static(DRAWN_LOGO_PNG))
