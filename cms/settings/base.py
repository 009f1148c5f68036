"""Settings shared by every environment.

The environment is read here and only here; dev, test and production adjust
behaviour, never read os.environ themselves.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy

from .storage import s3_media_storage

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Environment ------------------------------------------------------------------------

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
# Several sites (or a throwaway run) sharing one Redis keep apart by a key prefix.
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "")
# Seconds a visitor's copy of a public page is kept (0: no page cache). Publishing purges.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
# Django itself serves MEDIA_ROOT only where no web server does (development, browser tests).
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Uploads in an S3-compatible bucket (AWS, MinIO…) when named, shared by every server; its
# images served under MEDIA_S3_PUBLIC_DOMAIN (e.g. media.example.kg) when set.
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
MEDIA_S3_ENDPOINT_URL = os.environ.get("MEDIA_S3_ENDPOINT_URL", "")
MEDIA_S3_REGION = os.environ.get("MEDIA_S3_REGION", "")
MEDIA_S3_ACCESS_KEY = os.environ.get("MEDIA_S3_ACCESS_KEY", "")
MEDIA_S3_SECRET_KEY = os.environ.get("MEDIA_S3_SECRET_KEY", "")
MEDIA_S3_PUBLIC_DOMAIN = os.environ.get("MEDIA_S3_PUBLIC_DOMAIN", "")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database")
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Club <academylgca@gmail.com>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

# Telegram: with a bot token and a chat id (here or in Club settings), publishing a news item
# or an event posts it to the Club's group (home/outbox/telegram.py).
CLUB_TELEGRAM_BOT_TOKEN = os.environ.get("CLUB_TELEGRAM_BOT_TOKEN", "")
CLUB_TELEGRAM_CHAT_ID = os.environ.get("CLUB_TELEGRAM_CHAT_ID", "")
CLUB_TELEGRAM_API_URL = os.environ.get("CLUB_TELEGRAM_API_URL", "https://api.telegram.org")

# Packages from elsewhere (SCORM, H5P; courses/packages/): what an upload may hold at most.
PACKAGE_MAX_UPLOAD_BYTES = int(os.environ.get("PACKAGE_MAX_UPLOAD_BYTES", str(100 * 2**20)))
PACKAGE_MAX_UNPACKED_BYTES = int(os.environ.get("PACKAGE_MAX_UNPACKED_BYTES", str(300 * 2**20)))
PACKAGE_MAX_FILES = int(os.environ.get("PACKAGE_MAX_FILES", "3000"))

# xAPI: the site's learning events as statements to a learning record store (home/outbox/
# xapi.py); off while XAPI_LRS_ENDPOINT is empty.
XAPI_LRS_ENDPOINT = os.environ.get("XAPI_LRS_ENDPOINT", "")
XAPI_LRS_KEY = os.environ.get("XAPI_LRS_KEY", "")
XAPI_LRS_SECRET = os.environ.get("XAPI_LRS_SECRET", "")
XAPI_LRS_TIMEOUT = int(os.environ.get("XAPI_LRS_TIMEOUT", "20"))

SECURE_BEHIND_PROXY = env_bool("SECURE_BEHIND_PROXY", False)
SECURE_SSL = env_bool("SECURE_SSL", True)

# --- Applications -----------------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "courses",
    "home.members",
    "home.outbox",
    "home.club",
    "courses.reflections",
    "courses.circles",
    "courses.packages",
    "library",
    "news",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "home.members.apps.ClubUsersConfig",  # wagtail.users, groups named in her language
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Visitors' pages from the cache before sessions, CSP and authentication: home/pagecache.py.
    "home.pagecache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.ClubLocaleMiddleware",
    "home.middleware.SiteFromCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A visitor's stateless post (a knowledge check) goes unchecked by the CSRF middleware.
    "home.middleware.VisitorStatelessPostMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.middleware.MediaStorageErrorMiddleware",
    "home.middleware.AdminNulMiddleware",  # after authentication: her admin language
    # django-axes must stay last.
    "axes.middleware.AxesMiddleware",
]
MESSAGE_STORAGE = "home.messages.MessagesInViewLanguage"  # the admin's language, not the site's

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------

# WAL lets readers work while one writer writes; IMMEDIATE makes a writing transaction wait
# (up to `timeout`) instead of failing at once with "database is locked". Applied to every
# SQLite database, whether it is the embedded default or named by DATABASE_URL.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}

if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": VAR_DIR / "db.sqlite3"}
    }
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.sqlite3":
        _database["OPTIONS"] = {**_database.get("OPTIONS", {}), **SQLITE_OPTIONS}
        # Persistent connections buy nothing for a local file and keep WAL files open.
        _database["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------------------

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}renditions",
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}ratelimit",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
        # Rate limits must count once for the whole site, not per worker: without Redis in
        # a table of the database (home/ratelimit_cache.py; migrate creates it).
        "ratelimit": {
            "BACKEND": "home.ratelimit_cache.CounterCache",
            "LOCATION": "club_rate_limits",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }

# The page cache's generation (home/pagecache.py) lives in Redis when there is one; without
# Redis each gunicorn worker has its own local-memory cache, and the modification time of
# this file tells all of them on this machine that a publish happened.
PAGE_CACHE_GENERATION_FILE = "" if REDIS_URL else str(VAR_DIR / "page-cache-generation")

# --- Authentication ---------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend, loading permissions in one query (sessions signed in before it was
    # introduced, under ModelBackend's name, have to sign in again once)
    "home.members.backends.PermissionsInOneQuery",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
# Sessions read from Redis, written through to the database. Not with the in-process cache:
# a sign-out in one worker would not reach another worker's copy.
if REDIS_URL:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours: a locked sign-in opens again after 15 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "members/locked_out.html"

# --- Languages --------------------------------------------------------------------------

LANGUAGE_CODE = "ky"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("ky", "Кыргызча"),
    ("ru", "Русский"),
    ("en", "English"),
]
# No Wagtail release has a Kyrgyz catalogue; the Club's is in locale/vendor/ (LOCALE_PATHS).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
# The Club's own catalogue first, then the Kyrgyz and Russian catalogues of Wagtail,
# wagtail-localize, django-taggit and Django kept in locale/vendor/ (home/vendor_catalogues.py).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *sorted(path.parent for path in (BASE_DIR / "locale" / "vendor").glob("**/locale/ky")),
]
# Date formats per language, Kyrgyz dates as Kyrgyz writes them (cms/formats/__init__.py).
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "Asia/Bishkek"
USE_TZ = True

# --- Static and media -------------------------------------------------------------------

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if MEDIA_S3_BUCKET:
    STORAGES["default"] = s3_media_storage(
        MEDIA_S3_BUCKET,
        MEDIA_S3_ENDPOINT_URL,
        MEDIA_S3_REGION,
        MEDIA_S3_ACCESS_KEY,
        MEDIA_S3_SECRET_KEY,
        MEDIA_S3_PUBLIC_DOMAIN,
    )
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Wagtail ----------------------------------------------------------------------------

# Lazy: Wagtail shows it in the admin's language (the sign-in, dashboard, delete confirmation).
WAGTAIL_SITE_NAME = gettext_lazy("Club of Women Deputies")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "svg", "webp"]
# A truncated or corrupt image is a form error, not a server error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.ClubImageForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# "Translate this page" makes a draft in the other language; it goes live only when an editor
# publishes it in the translation editor (home/translation_drafts.py guards the other paths).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

if SEARCH_BACKEND == "opensearch" and OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [OPENSEARCH_URL],
            "INDEX": "club",
        }
    }
else:
    # The database backend uses PostgreSQL full-text search when DATABASE_URL points there.
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Demo accounts with printed passwords are for development machines only.
DEMO_CONTENT_ALLOWED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Background work: the task queue and the outbox ------------------------------------
# django-tasks with its database backend: `manage.py db_worker` runs the tasks (`make run`
# starts it beside the development server). Wagtail's own tasks use the same queue. Every
# email is saved in the outbox (home/outbox) and sent by a task with OUTBOX's real backend,
# so a slow or unreachable SMTP server never makes a member wait or fails her action.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
CLUB_OUTBOX_EMAIL_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "home.outbox.mail.OutboxEmailBackend"
CLUB_OUTBOX_MAX_ATTEMPTS = 10  # 1, 2, 4 … 256 minutes apart: about 8.5 hours in all
CLUB_OUTBOX_RETRY_DELAY = 60  # seconds before the first retry; doubles each time
CLUB_OUTBOX_MAX_RETRY_DELAY = 6 * 60 * 60
CLUB_OUTBOX_LEASE = 10 * 60  # a claimed message is retried after this if its worker died
CLUB_OUTBOX_KEEP_SENT_DAYS = 30
CLUB_TELEGRAM_TIMEOUT = 10
# The course and oblast reports' figures are recomputed in the background once this old.
CLUB_REPORT_FIGURES_MAX_AGE = int(os.environ.get("CLUB_REPORT_FIGURES_MAX_AGE", "900"))

# --- Sign-in for restricted pages and documents ----------------------------------------
# Restricted documents (the "Members only" collection) and pages send visitors to the
# Club's own sign-in page rather than Wagtail's bare one.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# A page protected with a password asks for it in the site's layout and three languages.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "home/password_required.html"

# --- Nothing fetched from other hosts -------------------------------------------------
# The admin must not fetch avatars from gravatar.com: no request to another host, and no
# editor's email hash leaves the site. Wagtail then shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- hardening: rate limits and Content-Security-Policy (no environment read there) ---
from .hardening import *  # noqa: E402, F403
