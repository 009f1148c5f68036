from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from home.admin_account import ClubAccountView
from home.cache import private_view
from home.members.views.auth import AdminLoginView, AdminPasswordResetView
from home.offline import service_worker
from home.sitemaps import AllLanguagesSitemap
from home.translation_drafts import DraftUpdateTranslationsView
from home.views import robots_txt, serve_media
from home.views import serve as serve_page

# Of Wagtail's front-end URLs only the password form of a protected page: its page view is
# the Club's own (below), and its bare sign-in page would be a second door beside the Club's
# rate-limited one: its name (which Wagtail reverses) leads to the Club's.
wagtail_password_urls = [
    url for url in wagtail_urls.urlpatterns if url.name == "wagtailcore_authenticate_with_password"
]

urlpatterns = [
    # Wagtail's sign-in and password reset, under the same rate limits as the public ones
    # (home/ratelimits.py); matched before Wagtail's own URLs of the same names, and never
    # cached, as Wagtail keeps its own.
    path("admin/login/", private_view(AdminLoginView.as_view()), name="wagtailadmin_login"),
    path(
        "admin/password_reset/",
        private_view(AdminPasswordResetView.as_view()),
        name="wagtailadmin_password_reset",
    ),
    # Wagtail's account page, its language option naming the language really used.
    path(
        "admin/account/",
        private_view(require_admin_access(ClubAccountView.as_view())),
        name="wagtailadmin_account",
    ),
    # wagtail-localize's "Sync translated pages", never publishing untranslated text.
    path(
        "admin/localize/update/<int:translation_source_id>/",
        private_view(require_admin_access(DraftUpdateTranslationsView.as_view())),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # SCORM and H5P packages of lessons, after the lesson's members-only check.
    path("packages/", include("courses.packages.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The service worker's scope is the folder it is served from: the whole site.
    path("sw.js", service_worker, name="service_worker"),
]

# Uploaded images (lesson pictures): nginx serves them in production; `make run` and the
# browser journeys' server have no nginx in front. Documents never: they go through
# /documents/ and its permission check (members-only collection).
if settings.SERVE_MEDIA:
    urlpatterns.append(
        re_path(
            r"^media/(?P<path>(?:original_images|images)/[^/]+)$",
            serve_media,
        )
    )

# Every public page carries its language: /ky/, /ru/, /en/. "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("", include("home.members.urls")),
    path("", include("home.urls")),
    path("", include("home.club.urls")),
    path("", include("courses.urls")),
    path("", include("courses.reflections.urls")),
    path("", include("library.urls")),
    path("", include("news.urls")),
    # The password form (under _util/) first: the page route below takes any path. Then
    # Wagtail's page view with a cached route (home/views.py).
    path("", include(wagtail_password_urls)),
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="login", query_string=True),
        name="wagtailcore_login",
    ),
    re_path(serve_pattern, serve_page, name="wagtail_serve"),
    prefix_default_language=True,
)

# Never Django's default: it re-reads a form body that could not be parsed (see the view).
handler400 = "home.views.bad_request"
