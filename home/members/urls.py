"""Public, language-prefixed URLs of the members app (included inside i18n_patterns).

The sign-in URLs keep Django's global names ("login", "logout", "password_reset", ...)
because settings.LOGIN_URL and django.contrib.auth refer to them; everything else lives
in the "members" namespace.
"""

from django.urls import include, path

from .views import account, auth, join, privacy

member_patterns = [
    path("account/", account.account, name="account"),
    path("account/email/<str:token>/", account.confirm_email, name="confirm_email"),
    path("account/export/", privacy.export_data, name="export"),
    path("account/delete/", privacy.delete_account, name="delete"),
    path("join/", join.join, name="join"),
    path("join/thanks/", join.join_thanks, name="join_thanks"),
    path(
        "accounts/welcome/<uidb64>/<token>/",
        auth.WelcomeSetPasswordView.as_view(),
        name="set_password",
    ),
]

urlpatterns = [
    path("accounts/login/", auth.ClubLoginView.as_view(), name="login"),
    path("accounts/logout/", auth.ClubLogoutView.as_view(), name="logout"),
    path("accounts/password/reset/", auth.ClubPasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password/reset/sent/",
        auth.ClubPasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        auth.ClubPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/done/",
        auth.ClubPasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "accounts/password/change/",
        auth.ClubPasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/change/done/",
        auth.ClubPasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("", include((member_patterns, "members"))),
]
