"""Public, language-prefixed URLs of the news app (included inside i18n_patterns).

News and events themselves are Wagtail pages (with their feeds as routes of the pages);
here live only the mailing-list views. /<lang>/news/subscribe/ is the Club settings' default
mailing-list link.
"""

from django.urls import path

from . import views

app_name = "news"
urlpatterns = [
    path("news/subscribe/", views.subscribe, name="subscribe"),
    path("news/subscribe/confirm/<str:token>/", views.confirm, name="confirm"),
    path("news/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
