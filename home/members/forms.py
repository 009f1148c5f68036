"""Forms members fill in: joining the Club and editing her own profile."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from home.forms import KeepOmittedFieldsMixin

from .models import MemberProfile, MembershipApplication
from .validators import normalise_phone, normalise_telegram


def email_in_use(email, exclude_user=None):
    users = get_user_model().objects.filter(email__iexact=email)
    if exclude_user is not None:
        users = users.exclude(pk=exclude_user.pk)
    return users.exists()


class PhoneCleanMixin:
    def clean_phone(self):
        return normalise_phone(self.cleaned_data.get("phone", ""))


class JoinForm(PhoneCleanMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I agree that AMUCA stores and processes the data in this form to run the Club "
            "and my learning."
        ),
        required=True,
        error_messages={"required": _("The Club cannot accept you without this consent.")},
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "full_name",
            "email",
            "phone",
            "role",
            "oblast",
            "municipality",
            "motivation",
            "consent",
        ]
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "motivation": forms.Textarea(attrs={"rows": 6}),
        }

    def clean_email(self):
        # An address with an account or a waiting application is not an error here: the
        # answer must not tell who has applied (services.receive_application writes to it).
        return self.cleaned_data["email"].strip().lower()


# The profile fields a member edits on her account page and editors in the admin.
PROFILE_FIELDS = [
    "full_name",
    "role",
    "oblast",
    "municipality",
    "preferred_language",
    "phone",
    "telegram_username",
    "notify_feedback",
    "notify_events",
    "notify_news",
    "notify_new_courses",
    "notify_course_nudge",
    "notify_reflection_digest",
]


class ProfileForm(KeepOmittedFieldsMixin, PhoneCleanMixin, forms.ModelForm):
    """Her profile. A new email is not stored here: it needs her password, and is kept once
    she confirms it from the new address (home/members/email_change.py); `new_email` says
    which address to send the link to."""

    email = forms.EmailField(label=_("Email"), max_length=254)
    current_password = forms.CharField(
        label=_("Your current password"),
        help_text=_("Needed only to change your email."),
        required=False,
        max_length=128,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ["full_name", "email", "current_password"]  # then PROFILE_FIELDS, in order

    class Meta:
        model = MemberProfile
        fields = PROFILE_FIELDS
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        self.new_email = ""
        super().__init__(*args, **kwargs)
        self.fields["email"].initial = user.email

    def changes_email(self):
        """Whether the submitted address differs from hers (before validation)."""
        submitted = str(self.data.get(self.add_prefix("email"), "")).strip()
        return bool(submitted) and submitted.lower() != self.user.email.lower()

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if email_in_use(email, exclude_user=self.user):
            raise forms.ValidationError(
                _("Another account already uses this email."), code="duplicate_email"
            )
        return email

    def clean_telegram_username(self):
        return normalise_telegram(self.cleaned_data.get("telegram_username", ""))

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if email and email.lower() != self.user.email.lower():
            password = cleaned.get("current_password", "")
            if not password:
                self.add_error(
                    "current_password",
                    forms.ValidationError(
                        _("Enter your current password to change your email."),
                        code="password_required",
                    ),
                )
            elif not self.user.check_password(password):
                self.add_error(
                    "current_password",
                    forms.ValidationError(_("The password is not correct."), code="wrong_password"),
                )
            else:
                self.new_email = email
        return cleaned

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.user = self.user
        if commit:
            profile.save()
        return profile
