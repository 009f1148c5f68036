"""Admin views of the Club space: feature or hide an initiative, decide on a report."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import EditView, IndexView

from home.members.models import member_name

from .models import Report, ReportStatus
from .moderation import decide_report, log_initiative_changes, reports_on_same_post


def person(user):
    """A member's name in the admin; "a former member" once her account is deleted."""
    return member_name(user) if user is not None else _("A former member")


def author_name(post):
    return person(post.club_author() if post is not None else None)


class ModerateInitiativeView(EditView):
    """Featured and hidden are the only switches; her text is shown, never edited here."""

    template_name = "club/admin/initiative_edit.html"

    def save_instance(self):
        changed = self.form.changed_data
        initiative = self.form.save()
        log_initiative_changes(initiative, changed, self.request.user)
        return initiative

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["author_name"] = author_name(self.object)
        context["texts"] = self.object.club_texts()
        return context


class ReportDecisionForm(WagtailAdminModelForm):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (ReportStatus.HIDDEN, _("Hide the post from the Club")),
            (ReportStatus.KEPT, _("Keep the post (show it again if it was hidden)")),
        ],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Report
        fields = ["note"]


class ReportIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("reporter__member_profile", "content_type")
            .prefetch_related("target")
        )


class HandleReportView(EditView):
    template_name = "club/admin/report_edit.html"

    def get_initial_form_instance(self):
        return self.object

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.object.status != ReportStatus.OPEN:
            kwargs["initial"] = {"decision": self.object.status}
        return kwargs

    def save_instance(self):
        data = self.form.cleaned_data
        return decide_report(self.object, self.request.user, data["decision"], data["note"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = self.object.target
        others = reports_on_same_post(self.object).exclude(pk=self.object.pk)
        context.update(
            {
                "post": post,
                "post_author": author_name(post),
                "texts": post.club_texts() if post is not None else [],
                "other_reports": list(others.select_related("reporter__member_profile")),
                "reporter_name": person(self.object.reporter),
            }
        )
        return context
