"""Wagtail admin views: inviting a member; reviewing (approving/declining) an application."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import CreateView, EditView, InspectView

from home.permissions import may

from .access import limit_to_member_scope
from .admin_forms import InviteForm
from .models import MembershipApplication
from .services import MemberAlreadyExists, approve_application, decline_application, invite_member

DECIDE_APPLICATIONS = "members.change_membershipapplication"


class MemberScopedObjectMixin:
    """One member's record opens only within the reviewer's scope (else 404).

    The id is read from the URL, as every Wagtail 8 view receives it (EditView keeps no
    `self.pk`), and unquoted as Wagtail quotes it in its links."""

    def get_object(self, queryset=None):
        records = limit_to_member_scope(self.request.user, self.model._default_manager.all())
        return get_object_or_404(records, pk=unquote(str(self.kwargs[self.pk_url_kwarg])))


class MemberInspectView(MemberScopedObjectMixin, InspectView):
    pass


class MemberEditView(MemberScopedObjectMixin, EditView):
    pass


class AssignOblastView(CreateView):
    """Records which editor gave the coordinator an oblast."""

    def save_instance(self):
        assignment = self.form.save(commit=False)
        assignment.assigned_by = self.request.user
        assignment.save()
        return assignment


class InviteMemberView(CreateView):
    page_title = _("Invite a member")
    page_subtitle = _("Invite a member")
    submit_button_label = _("Invite and send the email")
    success_message = _("Invitation sent to %(object)s.")

    def get_form_class(self):
        return InviteForm

    def save_instance(self):
        data = self.form.cleaned_data
        user = invite_member(
            email=data["email"],
            full_name=data["full_name"],
            role=data["role"],
            oblast=data["oblast"],
            municipality=data["municipality"],
            language=data["preferred_language"],
        )
        return user.member_profile


class ReviewApplicationView(MemberScopedObjectMixin, InspectView):
    """All the answers of one application, with Approve and Decline buttons (POST)."""

    template_name = "members/admin/review_application.html"
    page_title = _("Review application")
    http_method_names = ["get", "post"]

    def get_fields(self):
        return [
            "full_name",
            "email",
            "phone",
            "role",
            "oblast",
            "municipality",
            "motivation",
            "preferred_language",
            "consent",
            "status",
            "submitted_at",
            "decided_at",
            "decided_by",
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.object
        context["is_pending"] = self.object.status == MembershipApplication.Status.PENDING
        context["can_decide"] = may(self.request.user, DECIDE_APPLICATIONS)
        return context

    def post(self, request, *args, **kwargs):
        application = self.object
        index_url = reverse(self.index_url_name)
        if not may(request.user, DECIDE_APPLICATIONS):
            messages.error(request, _("You may not decide on applications."))
            return redirect(index_url)
        if application.status != MembershipApplication.Status.PENDING:
            messages.warning(request, _("This application was already decided."))
            return redirect(index_url)
        action = request.POST.get("action")
        if action == "approve":
            try:
                approve_application(application, request.user)
            except MemberAlreadyExists:
                messages.error(
                    request,
                    _("An account with this email already exists: nothing was changed."),
                )
                return redirect(request.path)
            messages.success(
                request,
                _("%(name)s is now a member; she received a link to choose her password.")
                % {"name": application.full_name},
            )
        elif action == "decline":
            decline_application(application, request.user)
            messages.success(
                request,
                _("The application of %(name)s is declined; she was told by email.")
                % {"name": application.full_name},
            )
        return redirect(index_url)
