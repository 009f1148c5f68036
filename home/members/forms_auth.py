"""Sign-in and password forms of the members app."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

from home.emails import preferred_language, send_email


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
        """Through the one composer: "<name>_body.txt" names the email, her language its words."""
        name = email_template_name.removesuffix("_body.txt")
        send_email(name, context, to=[args[1]], language=preferred_language(context["user"]))
