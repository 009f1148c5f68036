"""Sign-in, sign-out and passwords, on Django's own auth views with our templates."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import account as wagtail_account

from home.cache import private_view
from home.emails import preferred_language
from home.offline import clear_site_data
from home.ratelimits import RateLimitedFormMixin

from ..forms_auth import ClubAuthenticationForm, ClubPasswordResetForm
from ..language import path_in_language, set_language_cookie


class ClubLoginView(RateLimitedFormMixin, auth_views.LoginView):
    """After sign-in the site switches to the member's preferred language.

    Failed sign-ins from one address are limited (settings.CLUB_RATE_LIMITS["sign_in"]);
    django-axes locks one username after a few failures.
    """

    template_name = "members/login.html"
    form_class = ClubAuthenticationForm
    redirect_authenticated_user = True
    rate_limit = "sign_in"
    rate_limit_failures = True

    def get_default_redirect_url(self):
        return reverse("home:dashboard")

    def form_valid(self, form):
        response = super().form_valid(form)
        language = preferred_language(form.get_user())
        response["Location"] = path_in_language(self.request, response["Location"], language)
        # A shared phone: the pages and queue of whoever used it before are dropped.
        return clear_site_data(set_language_cookie(response, language))


class ClubLogoutView(auth_views.LogoutView):
    template_name = "members/logged_out.html"

    def get_default_redirect_url(self):
        return f"/{get_language()}/"

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You have signed out."))
        return clear_site_data(response)


class ClubPasswordResetView(RateLimitedFormMixin, auth_views.PasswordResetView):
    template_name = "members/password_reset_form.html"
    rate_limit = "password_reset"
    form_class = ClubPasswordResetForm
    email_template_name = "members/emails/password_reset_body.txt"
    subject_template_name = "members/emails/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")


class ClubPasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "members/password_reset_done.html"


class ClubPasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "members/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")


class WelcomeSetPasswordView(ClubPasswordResetConfirmView):
    """The link in the welcome email: a new member chooses her first password."""

    template_name = "members/set_password.html"


class ClubPasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "members/password_reset_complete.html"


# Her own pages: private, so no cache (the service worker's included) keeps them.
@method_decorator(private_view, name="dispatch")
class ClubPasswordChangeView(auth_views.PasswordChangeView):
    template_name = "members/password_change_form.html"
    success_url = reverse_lazy("password_change_done")


@method_decorator(private_view, name="dispatch")
class ClubPasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "members/password_change_done.html"


class AdminLoginView(RateLimitedFormMixin, wagtail_account.LoginView):
    """Wagtail's admin sign-in (cms/urls.py puts it at /admin/login/), counted with the public
    sign-in: one budget of failures per client address, whichever door she knocks at."""

    rate_limit = "sign_in"
    rate_limit_failures = True


class AdminPasswordResetView(RateLimitedFormMixin, wagtail_account.PasswordResetView):
    """Wagtail's admin password reset, counted with the Club's own reset form: a member's
    address gets no more reset emails through /admin/password_reset/ than through ours."""

    rate_limit = "password_reset"
