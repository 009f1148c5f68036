"""Forms of the Club space: her directory entry, initiatives, offers, comments, reports, filters.

Every text has a length limit (the model's, and `maxlength` in the browser); everything is
plain text, escaped wherever it is shown.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.members.choices import ClubRole, Oblast

from .attachments import attachment_choices
from .models import (
    ClubProfile,
    Comment,
    Initiative,
    InitiativeStatus,
    OfferOfHelp,
    Report,
    ReportReason,
)
from .tracks import localized_tracks, track_queryset

SEARCH_MAX_LENGTH = 100


class ClubProfileForm(forms.ModelForm):
    """Her choice to appear in the directory, and what members then see."""

    tracks = forms.ModelMultipleChoiceField(
        label=_("Tracks that interest me"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ClubProfile
        fields = [
            "listed",
            "about",
            "tracks",
            "show_telegram",
            "show_phone",
            "show_email",
            "notify_replies",
        ]
        widgets = {"about": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "about": _("A few words for other members: your work, your questions, your plans."),
        }

    def __init__(self, *args, member_profile=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.member_profile = member_profile
        self.fields["tracks"].queryset = track_queryset()
        if self.instance.pk and not self.is_bound:
            # The same tracks, in the language she is reading now.
            keys = {track.translation_key for track in self.instance.tracks.all()}
            self.initial["tracks"] = [
                track.pk for key, track in localized_tracks().items() if key in keys
            ]

    def clean(self):
        data = super().clean()
        profile, user = self.member_profile, self.instance.user
        missing = {
            "show_telegram": (
                not getattr(profile, "telegram_username", ""),
                _("Add your Telegram username to your profile first."),
            ),
            "show_phone": (
                not getattr(profile, "phone", ""),
                _("Add your phone number to your profile first."),
            ),
            "show_email": (not user.email, _("Add your email address to your profile first.")),
        }
        for name, (empty, message) in missing.items():
            if data.get(name) and empty:
                self.add_error(name, message)
        return data


class InitiativeForm(forms.ModelForm):
    attachment = forms.ChoiceField(label=_("Attach from your learning"), required=False)

    class Meta:
        model = Initiative
        fields = [
            "title",
            "problem",
            "goal",
            "help_needed",
            "municipality",
            "oblast",
            "track",
            "status",
        ]
        labels = {
            "title": _("Title"),
            "problem": _("What problem do you want to solve?"),
            "goal": _("What do you want to achieve?"),
            "help_needed": _("What help do you need?"),
            "municipality": _("Municipality"),
            "oblast": _("Oblast"),
            "track": _("Track"),
            "status": _("Status"),
        }
        help_texts = {
            "municipality": _("The aiyl aimak or town where the initiative takes place."),
            "help_needed": _(
                "For example: partners for a hearing, advice on the local budget, "
                "a contact in the aiyl okmotu."
            ),
        }
        widgets = {
            "problem": forms.Textarea(attrs={"rows": 5}),
            "goal": forms.Textarea(attrs={"rows": 4}),
            "help_needed": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, author, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["track"].queryset = track_queryset()
        self.fields["track"].empty_label = _("No particular track")
        if self.instance.track_id and not self.is_bound:
            current = localized_tracks().get(self.instance.track.translation_key)
            self.initial["track"] = current.pk if current else None
        groups = attachment_choices(author)
        self.fields["attachment"].choices = [("", _("Nothing"))] + groups
        self.fields["attachment"].initial = self.instance.attachment
        if not groups:
            del self.fields["attachment"]

    def save(self, commit=True):
        initiative = super().save(commit=False)
        if "attachment" in self.fields:
            initiative.attachment = self.cleaned_data.get("attachment", "")
        if commit:
            initiative.save()
        return initiative


class OfferForm(forms.ModelForm):
    class Meta:
        model = OfferOfHelp
        fields = ["message"]
        labels = {"message": _("How can you help?")}
        help_texts = {"message": _("Say what you can do and how she can reach you.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 3})}


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["text"]
        labels = {"text": _("Your comment")}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = ["reason", "details"]
        labels = {"reason": _("What is wrong with this post?"), "details": _("Details")}
        help_texts = {"details": _("Optional. Only editors read this.")}
        widgets = {
            "reason": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = ReportReason.choices


class FilterForm(forms.Form):
    """A list's query string: unknown values are dropped and reported, never an error page."""

    q = forms.CharField(required=False, max_length=SEARCH_MAX_LENGTH)

    def __init__(self, data, tracks):
        """`tracks`: localized_tracks(), read once by the view for the form and the list."""
        super().__init__(data)
        tracks = tracks.values()
        self.fields["track"] = forms.ChoiceField(
            label=_("Track"),
            required=False,
            choices=[("", _("Any track"))] + [(t.slug, t.name) for t in tracks],
        )
        self.fields["oblast"] = forms.ChoiceField(
            label=_("Oblast"), required=False, choices=[("", _("Any oblast")), *Oblast.choices]
        )

    def filters(self):
        self.is_valid()
        values = {name: self.cleaned_data.get(name) for name in self.fields}
        values["q"] = " ".join((values.get("q") or "").split())
        return {name: value for name, value in values.items() if value}

    @property
    def ignored(self):
        return bool(self.errors)


class DirectoryFilterForm(FilterForm):
    field_order = ["q", "oblast", "role", "track"]

    def __init__(self, data, tracks):
        super().__init__(data, tracks)
        self.fields["q"].label = _("Name or municipality")
        self.fields["role"] = forms.ChoiceField(
            label=_("Role"), required=False, choices=[("", _("Any role")), *ClubRole.choices]
        )
        self.order_fields(self.field_order)


class InitiativeFilterForm(FilterForm):
    field_order = ["q", "status", "oblast", "track"]

    def __init__(self, data, tracks):
        super().__init__(data, tracks)
        self.fields["q"].label = _("Title or municipality")
        self.fields["status"] = forms.ChoiceField(
            label=_("Status"),
            required=False,
            choices=[("", _("Any status")), *InitiativeStatus.choices],
        )
        self.order_fields(self.field_order)
