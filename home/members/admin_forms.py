"""Forms of the members app's Wagtail admin views."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .forms import PROFILE_FIELDS, email_in_use
from .models import MemberProfile


class InviteForm(WagtailAdminModelForm):
    """Editors invite a woman by email: her account is created and she chooses a password."""

    email = forms.EmailField(label=_("Email"), max_length=254)

    class Meta:
        model = MemberProfile
        fields = ["email", "full_name", "role", "oblast", "municipality", "preferred_language"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if email_in_use(email):
            raise forms.ValidationError(
                _("An account with this email already exists."), code="duplicate_email"
            )
        return email.lower()


class MemberProfileAdminForm(WagtailAdminModelForm):
    class Meta:
        model = MemberProfile
        fields = PROFILE_FIELDS
