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
    email = forms.EmailField(label=_("Email"), max_length=254)
    field_order = ["full_name", "email"]  # then the rest of PROFILE_FIELDS, in order

    class Meta:
        model = MemberProfile
        fields = PROFILE_FIELDS
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["email"].initial = user.email

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if email_in_use(email, exclude_user=self.user):
            raise forms.ValidationError(
                _("Another account already uses this email."), code="duplicate_email"
            )
        return email

    def clean_telegram_username(self):
        return normalise_telegram(self.cleaned_data.get("telegram_username", ""))

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.user = self.user
        if commit:
            self.user.email = self.cleaned_data["email"]
            self.user.save(update_fields=["email"])
            profile.save()
        return profile
