"""Mentor review in the Wagtail admin: the queue of submitted reflections and the answer form."""

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin

from courses.circles.access import circle_choices, members_of_circle
from courses.models import CoursePage
from home.club.discussion import with_form_status
from home.emails import preferred_language
from home.members.choices import Oblast
from home.members.models import member_name

from . import conversation, services
from .forms import FeedbackForm, MessageForm
from .lessons import pages_by_key, reflection_link
from .models import AWAITING_FEEDBACK, Reflection, Status
from .scope import is_reviewer, reviewable_reflections
from .svg import stakeholder_grid

AWAITING = "awaiting"


def member_oblast(user):
    profile = getattr(user, "member_profile", None)
    return profile.get_oblast_display() if profile and profile.oblast else ""


def course_choices(keys=None):
    """Every course (or those of `keys`), titled in the admin's language."""
    if keys is None:
        keys = CoursePage.objects.values_list("translation_key", flat=True).distinct()
    return sorted(((str(k), p.title) for k, p in pages_by_key(keys).items()), key=lambda c: c[1])


class ReviewFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        method="filter_status",
        empty_label=_("Waiting for feedback"),
        choices=[("all", _("All submitted")), *Status.choices[1:]],
    )
    course = django_filters.ChoiceFilter(label=_("Course"), field_name="course_key", choices=[])
    oblast = django_filters.ChoiceFilter(
        label=_("Oblast"), field_name="user__member_profile__oblast", choices=Oblast.choices
    )
    member = django_filters.CharFilter(label=_("Member"), method="filter_member")
    circle = django_filters.ChoiceFilter(label=_("Circle"), method="filter_circle", choices=[])

    class Meta:
        model = Reflection
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["course"].extra["choices"] = course_choices()
        # Only her circles are offered; any other value fails validation and is ignored.
        self.filters["circle"].extra["choices"] = circle_choices(self.request.user)

    def filter_circle(self, queryset, name, value):
        return queryset.filter(user__in=members_of_circle(value))

    def filter_status(self, queryset, name, value):
        if value == "all":
            return queryset
        return queryset.filter(status=value)

    def filter_member(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        # The members first, then their reflections (by the index on the member), rather than
        # every reflection joined to its member and matched.
        members = get_user_model().objects.filter(
            Q(member_profile__full_name__icontains=value)
            | Q(username__icontains=value)
            | Q(email__iexact=value)
        )
        return queryset.filter(user__in=members.values("pk"))


class ReviewerRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_reviewer(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class ReviewQueueView(ReviewerRequiredMixin, BaseListingView):
    page_title = _("Reflections to review")
    header_icon = "comment"
    index_url_name = "reflections_review:index"
    index_results_url_name = "reflections_review:index_results"
    filterset_class = ReviewFilterSet
    paginate_by = 50
    verbose_name_plural = _("reflections")

    columns = [
        TitleColumn(
            "member_name",
            label=_("Member"),
            url_name="reflections_review:detail",
        ),
        Column("lesson_title", label=_("Lesson")),
        Column("course_title", label=_("Course")),
        Column("oblast_name", label=_("Oblast")),
        Column("status_label", label=_("Status")),
        DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
    ]
    default_ordering = "submitted_at"

    def get_base_queryset(self):
        queryset = reviewable_reflections(self.request.user)
        status = self.request.GET.get("status", "")
        if not status:
            queryset = queryset.filter(status__in=AWAITING_FEEDBACK)
        return queryset

    def order_queryset(self, queryset):
        return super().order_queryset(queryset).order_by(self.ordering or "submitted_at", "pk")

    def paginate_queryset(self, queryset, page_size):
        """Page through the ids alone (read from an index, however deep the page), then load
        the page's rows with their members."""
        paginator, page, ids, is_paginated = super().paginate_queryset(
            queryset.values_list("pk", flat=True), page_size
        )
        ids = list(ids)
        found = Reflection.objects.select_related("user", "user__member_profile").in_bulk(ids)
        page.object_list = [found[pk] for pk in ids if pk in found]
        return paginator, page, page.object_list, is_paginated

    def get_table(self, object_list):
        rows = list(object_list)
        pages = pages_by_key({r.lesson_key for r in rows} | {r.course_key for r in rows})
        for row in rows:
            lesson, course = pages.get(row.lesson_key), pages.get(row.course_key)
            row.member_name = member_name(row.user)
            row.lesson_title = lesson.title if lesson else "—"
            row.course_title = course.title if course else "—"
            row.oblast_name = member_oblast(row.user)
            row.status_label = row.get_status_display()
        return super().get_table(rows)


class ReviewDetailView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "reflections/admin/review_detail.html"
    form_class = FeedbackForm
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        if not is_reviewer(request.user):
            raise Http404
        queryset = reviewable_reflections(request.user).select_related(
            "user", "user__member_profile"
        )
        self.reflection = get_object_or_404(queryset, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Reflection of %(name)s") % {"name": member_name(self.reflection.user)}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("reflections_review:index"), "label": _("Reflections to review")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reflection = self.reflection
        pages = pages_by_key([reflection.lesson_key, reflection.course_key])
        rows = list(reflection.stakeholders.all())
        context.update(
            reflection=reflection,
            member_name=member_name(reflection.user),
            oblast=member_oblast(reflection.user),
            lesson=pages.get(reflection.lesson_key),
            course=pages.get(reflection.course_key),
            rows=rows,
            grid=stakeholder_grid([vars(r) for r in rows]) if rows else "",
            feedback=list(reflection.feedback.select_related("mentor")),
            can_answer=reflection.status in AWAITING_FEEDBACK,
        )
        if conversation.is_open(reflection):
            thread = conversation.named(
                conversation.thread_queryset().filter(reflection=reflection)
            )
            if any(m.by_member and m.read_at is None for m in thread):
                conversation.mark_read(reflection, by_member=False)
            context.update(
                conversation=True,
                thread=thread,
                reply_form=kwargs.get("reply_form") or MessageForm(),
            )
        return context

    def post(self, request, *args, **kwargs):
        """The reply in the conversation has its own form; everything else is feedback."""
        if request.POST.get("action") != "reply":
            return super().post(request, *args, **kwargs)
        if not conversation.is_open(self.reflection):
            messages.error(request, _("You can reply once feedback has been given."))
            return redirect("reflections_review:detail", self.reflection.pk)
        form = conversation.post_message(request, self.reflection, by_member=False)
        if form.message is not None:
            url = reverse("reflections_review:detail", args=[self.reflection.pk])
            return redirect(url + "#conversation")
        response = self.render_to_response(self.get_context_data(reply_form=form))
        return with_form_status(response, form)

    def form_valid(self, form):
        if self.reflection.status not in AWAITING_FEEDBACK:
            messages.error(self.request, _("This reflection has already been answered."))
            return redirect("reflections_review:detail", self.reflection.pk)
        lesson_title, lesson_url = reflection_link(
            self.reflection, preferred_language(self.reflection.user), self.request
        )
        services.give_feedback(
            self.reflection,
            self.request.user,
            form.cleaned_data["text"],
            asks_revision=form.cleaned_data["asks_revision"],
            lesson_title=lesson_title,
            lesson_url=lesson_url,
        )
        messages.success(
            self.request,
            _("Your feedback was sent to %(name)s.") % {"name": member_name(self.reflection.user)},
        )
        return redirect("reflections_review:index")
