"""Forms of the news app: the event editor's cross-row checks and the mailing-list sign-up."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


def overlapping_rows(rows):
    """Pairs (earlier, later) of programme rows whose times overlap; rows are (start, end, x)."""
    ordered = sorted((row for row in rows if row[0] and row[1]), key=lambda row: row[0])
    return [
        (before, after)
        for before, after in zip(ordered, ordered[1:], strict=False)
        if after[0] < before[1]
    ]


class EventPageForm(WagtailAdminPageForm):
    """Checks what no single field can: the event's times and its programme rows together."""

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The event must end after it starts."))
        formset = self.formsets.get("programme_items")
        if formset is not None and formset.is_valid():
            rows = [
                (form.cleaned_data.get("start"), form.cleaned_data.get("end"), form)
                for form in formset.forms
                if form.cleaned_data and form not in formset.deleted_forms
            ]
            clashes = overlapping_rows(rows)
            for before, after in clashes:
                after[2].add_error(
                    "start",
                    _("This session starts before the previous one (%(session)s) ends.")
                    % {"session": before[2].cleaned_data.get("session", "")},
                )
            if clashes:
                self.add_error(None, _("Some programme rows overlap in time. Please correct them."))
        return cleaned_data


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, such as name@example.kg."),
        },
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
