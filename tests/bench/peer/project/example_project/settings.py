# Vendored from wagtail-lms' example project (github.com/dr-rompecabezas/wagtail-lms,
# example_project/, commit dbaf020), MIT License, Copyright (c) 2025 Felipe Villegas
# (tests/bench/peer/LICENSE.wagtail-lms). Used only to measure the peer in `make bench`.
# Trimmed: the search app (its view is not on the measured pages) and USE_L10N (gone in
# Django 5) are left out; everything else as in the example.

"""
Django settings for example_project.

This is a minimal Wagtail project configured to demonstrate wagtail-lms.
For production use, refer to Django's deployment checklist.
"""

import os

# Build paths inside the project like this: os.path.join(BASE_DIR, ...)
BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "django-insecure-example-key-change-in-production"

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = True

ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]


# Application definition

INSTALLED_APPS = [
    "home",
    # Wagtail LMS - the package we're testing
    "wagtail_lms",
    # Wagtail apps
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django apps
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "example_project.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [
            os.path.join(BASE_DIR, "example_project", "templates"),
        ],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "example_project.wsgi.application"


# Database
# https://docs.djangoproject.com/en/5.2/ref/settings/#databases

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.path.join(BASE_DIR, "example_project", "db.sqlite3"),
        # Increase timeout for concurrent SCORM API writes
        # SQLite locks the entire DB for writes, so we need to wait longer
        "OPTIONS": {
            "timeout": 20,  # Wait up to 20 seconds for locks to release
        },
    }
}


# Password validation
# https://docs.djangoproject.com/en/5.2/ref/settings/#auth-password-validators

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
    },
    {
        "NAME": "django.contrib.auth.password_validation.CommonPasswordValidator",
    },
    {
        "NAME": "django.contrib.auth.password_validation.NumericPasswordValidator",
    },
]


# Internationalization
# https://docs.djangoproject.com/en/5.2/topics/i18n/

LANGUAGE_CODE = "en-us"

TIME_ZONE = "UTC"

USE_I18N = True

USE_TZ = True


# Static files (CSS, JavaScript, Images)
# https://docs.djangoproject.com/en/5.2/howto/static-files/

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]

STATICFILES_DIRS = [
    os.path.join(BASE_DIR, "example_project", "static"),
]

STATIC_ROOT = os.path.join(BASE_DIR, "example_project", "static_collected")
STATIC_URL = "/static/"

MEDIA_ROOT = os.path.join(BASE_DIR, "example_project", "media")
MEDIA_URL = "/media/"


# Wagtail settings

WAGTAIL_SITE_NAME = "Wagtail LMS Example"

# Base URL to use when referring to full URLs within the Wagtail admin backend
# e.g. in notification emails. Don't include '/admin' or a trailing slash
WAGTAILADMIN_BASE_URL = "http://localhost:8000"

# Default primary key field type
# https://docs.djangoproject.com/en/5.2/ref/settings/#default-auto-field

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# Wagtail LMS settings (optional — defaults shown)
# SCORM
# WAGTAIL_LMS_SCORM_UPLOAD_PATH = 'scorm_packages/'
# WAGTAIL_LMS_SCORM_CONTENT_PATH = 'scorm_content/'
# WAGTAIL_LMS_AUTO_ENROLL = False
# WAGTAIL_LMS_CACHE_CONTROL = {
#     "text/html": "no-cache",
#     "text/css": "max-age=86400",
#     "application/javascript": "max-age=86400",
#     "text/javascript": "max-age=86400",
#     "image/*": "max-age=604800",
#     "font/*": "max-age=604800",
#     "default": "max-age=86400",
# }
# WAGTAIL_LMS_REDIRECT_MEDIA = False
# H5P
# WAGTAIL_LMS_H5P_UPLOAD_PATH = 'h5p_packages/'
# WAGTAIL_LMS_H5P_CONTENT_PATH = 'h5p_content/'
