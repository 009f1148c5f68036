"""Download all her data as JSON; delete her account."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from home.cache import private_view
from home.offline import clear_site_data

from ..privacy import collect_member_data, erase_member


@private_view
@require_GET
@login_required
def export_data(request):
    data = collect_member_data(request.user)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"club-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        max_length=128,
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand that my account and my learning data will be deleted."),
        error_messages={"required": gettext_lazy("Tick the box to confirm.")},
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        if not user.has_usable_password():
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."), code="wrong_password")
        return password


@private_view
@login_required
def delete_account(request):
    if request.method == "POST":
        form = DeleteAccountForm(request.POST, user=request.user)
        if form.is_valid():
            user = get_user_model().objects.get(pk=request.user.pk)
            logout(request)
            erase_member(user)
            messages.success(request, _("Your account and your personal data have been deleted."))
            # Her pages, queue and drafts kept on this phone go with the account.
            return clear_site_data(redirect(f"/{get_language()}/"))
    else:
        form = DeleteAccountForm(user=request.user)
    return render(request, "members/delete_account.html", {"form": form})
