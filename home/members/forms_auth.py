"""Sign-in and password forms of the members app."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .emails import preferred_language


class ClubAuthenticationForm(AuthenticationForm):
    """Signs in with the username or the email address."""

    username = forms.CharField(
        label=_("Username or email"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )

    def clean_username(self):
        value = self.cleaned_data["username"].strip()
        if "@" in value:
            user = (
                get_user_model()
                .objects.filter(email__iexact=value)
                .only("username")
                .order_by("pk")
                .first()
            )
            if user:
                return user.get_username()
        return value


class ClubPasswordResetForm(PasswordResetForm):
    """Also reaches invited members who have not chosen a password yet; mails in her language."""

    def get_users(self, email):
        users = get_user_model()._default_manager.filter(email__iexact=email, is_active=True)
        return (user for user in users.select_related("member_profile"))

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(preferred_language(context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)
