"""The Club space, members only, under /<lang>/club/ (included inside i18n_patterns)."""

from django.urls import path

from .views import initiatives, posts, space

app_name = "club"
urlpatterns = [
    path("club/", space.club_home, name="home"),
    path("club/members/", space.directory, name="directory"),
    path("club/profile/", space.profile, name="profile"),
    path("club/initiatives/", initiatives.initiative_list, name="initiatives"),
    path("club/initiatives/new/", initiatives.initiative_new, name="initiative_new"),
    path("club/initiatives/<int:pk>/", initiatives.initiative_detail, name="initiative"),
    path("club/initiatives/<int:pk>/edit/", initiatives.initiative_edit, name="initiative_edit"),
    path(
        "club/initiatives/<int:pk>/delete/",
        initiatives.initiative_delete,
        name="initiative_delete",
    ),
    path("club/initiatives/<int:pk>/offer/", initiatives.offer, name="offer"),
    path("club/initiatives/<int:pk>/comment/", initiatives.comment, name="comment"),
    path("club/offers/<int:pk>/withdraw/", posts.offer_delete, name="offer_delete"),
    path("club/comments/<int:pk>/delete/", posts.comment_delete, name="comment_delete"),
    path("club/report/<int:content_type_id>/<int:pk>/", posts.report, name="report"),
]
