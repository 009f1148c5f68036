"""Admin → Newsletter: compose an issue per language, preview, test, send, follow progress.

Gated by model permissions (Settings → Groups): view/add/change/delete `newsletter issue`
for composing and `Can send a newsletter to subscribers` for the send itself.
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.generic import CreateView, EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from home import emails
from home.members.models import member_name
from home.outbox.models import Message

from . import newsletter
from .models import NewsletterIssue
from .tasks import send_newsletter

FAILURES_SHOWN = 50
TEST_FORM_ID = "newsletter-test-form"


class LanguageForm(forms.ModelForm):
    class Meta:
        model = NewsletterIssue
        fields = ["language"]


class IssueIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.user_has_permission("add"):
            url = reverse("newsletter:start")
            buttons.append(
                HeaderButton(
                    _("Start from the latest news and events"), url=url, icon_name="doc-full"
                )
            )
        return buttons


class IssueCreateView(CreateView):
    def save_instance(self):
        issue = self.form.save(commit=False)
        issue.created_by = self.request.user
        issue.save()
        return issue


class IssueButtonsMixin:
    """ "Preview" and "Send a test to me" as buttons in the header, not under "⋯".

    The test is a POST: the header button submits the small form
    news/admin/newsletter_test_form.html by its id.
    """

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        issue = self.object
        buttons.append(
            HeaderButton(
                _("Preview"),
                url=reverse("newsletter:preview", args=[issue.pk]),
                icon_name="view",
                attrs={"target": "_blank", "rel": "noopener"},
                priority=10,
            )
        )
        if self.user_has_permission("change"):
            buttons.append(
                HeaderButton(
                    _("Send a test to me"),
                    icon_name="mail",
                    attrs={"type": "submit", "form": TEST_FORM_ID},
                    priority=20,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["test_form_id"] = TEST_FORM_ID
        return context


class IssueEditView(IssueButtonsMixin, EditView):
    """Only a draft can change: what was sent stays as it was sent."""

    template_name = "news/admin/newsletter_edit.html"

    def dispatch(self, request, *args, **kwargs):
        issue = NewsletterIssue.objects.filter(pk=kwargs.get("pk")).first()
        if issue is not None and not issue.is_draft:
            messages.warning(request, _("This issue was sent; it can no longer be changed."))
            return redirect("newsletter:inspect", issue.pk)
        return super().dispatch(request, *args, **kwargs)


class StartFromLatestView(CreateView):
    """A draft filled with the latest news and upcoming events of the chosen language."""

    page_title = _("Start from the latest news and events")
    submit_button_label = _("Create the draft")
    success_message = _("Draft “%(object)s” created: edit it, preview it, then send it.")

    def get_form_class(self):
        return LanguageForm

    def get_edit_handler(self):
        return None

    def get_add_url(self):
        return reverse("newsletter:start")  # the form posts back here, not to the full form

    def save_instance(self):
        return newsletter.draft_from_latest(self.form.cleaned_data["language"], self.request.user)

    def get_success_url(self):
        return reverse("newsletter:edit", args=[self.object.pk])  # her next step: the subject


class IssueInspectView(IssueButtonsMixin, InspectView):
    """The issue's page: its progress (sent / failed / waiting, from the outbox), the failures
    with their reasons, and its actions (send, resume, retry the failed)."""

    template_name = "news/admin/newsletter_issue.html"
    http_method_names = ["get", "post"]

    def get_fields(self):
        return ["subject", "language", "status", "created_by", "created_at", "sent_at"]

    def get_sent_at_display_value(self):
        """When sending finished, in the admin's language, or "not yet" (never "None")."""
        if self.object.sent_at is None:
            return _("not yet")
        return date_format(localtime(self.object.sent_at), "DATETIME_FORMAT")

    def get_created_by_display_value(self):
        user = self.object.created_by
        return member_name(user) if user else "—"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        issue = self.object
        context.update(
            issue=issue,
            counts=newsletter.delivery_counts(issue),
            failures=newsletter.messages(issue)
            .filter(status=Message.Status.FAILED)
            .order_by("pk")[:FAILURES_SHOWN],
            recipients=newsletter.confirmed_subscribers(issue.language).count(),
            can_send=self.user_has_permission("send"),
            can_change=self.user_has_permission("change"),
        )
        return context

    def post(self, request, *args, **kwargs):
        issue = self.object
        action = request.POST.get("action")
        if action == "test" and self.user_has_permission("change"):
            newsletter.send_test(issue, request.user)
            messages.success(
                request, _("A test was sent to %(email)s.") % {"email": request.user.email}
            )
            back = request.POST.get("next", "")
            if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
                return redirect(back)  # the edit page she sent it from
        elif action == "send" and self.user_has_permission("send"):
            if newsletter.start_sending(issue):
                send_newsletter.enqueue(issue.pk)
                messages.success(request, _("Sending has started."))
            else:
                messages.warning(request, _("This issue is already being sent or was sent."))
        elif action == "resume" and self.user_has_permission("send"):
            send_newsletter.enqueue(issue.pk)
            messages.success(request, _("Sending resumes with the subscribers still waiting."))
        elif action == "retry" and self.user_has_permission("send"):
            count = newsletter.retry_failed(issue)
            messages.success(
                request,
                ngettext(
                    "%(count)d failed email queued again.",
                    "%(count)d failed emails queued again.",
                    count,
                )
                % {"count": count},
            )
        else:
            messages.error(request, _("You may not do this."))
        return redirect(request.path)


class IssuePreviewView(InspectView):
    """The email as a subscriber's mail reader shows it (the unsubscribe link is inert)."""

    def get(self, request, *args, **kwargs):
        language = self.object.language
        with translation.override(language):
            context = {**newsletter.render_issue(self.object), "unsubscribe_url": "#"}
        _subject, _text, body = emails.render(newsletter.TEMPLATE, context, language)
        return HttpResponse(body)


class NewsletterViewSet(ModelViewSet):
    model = NewsletterIssue
    name = "newsletter"
    url_prefix = "newsletter"
    icon = "mail"
    menu_label = _("Newsletter")
    add_to_admin_menu = True
    menu_order = 450
    index_view_class = IssueIndexView
    add_view_class = IssueCreateView
    edit_view_class = IssueEditView
    inspect_view_class = IssueInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["subject", "language", "status", "created_at", "sent_at"]
    list_filter = ["status", "language"]
    search_fields = ["subject"]

    def get_urlpatterns(self):
        kwargs = self.get_inspect_view_kwargs()
        kwargs.pop("template_name", None)
        preview = self.construct_view(IssuePreviewView, **kwargs)
        start = self.construct_view(
            StartFromLatestView, **self.get_add_view_kwargs(), permission_required="add"
        )
        return super().get_urlpatterns() + [
            path("preview/<int:pk>/", preview, name="preview"),
            path("start/", start, name="start"),
        ]
