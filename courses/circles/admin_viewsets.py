"""Admin → Circles: list, create, edit and delete circles within the person's scope.

Permissions (`circles.add_circle` …, Settings → Groups) say what she may do; `circles_in_scope`
says which circles: a coordinator lists, opens and changes only the circles of her oblasts
(another oblast's circle answers 404), a mentor reads the circles she leads.
"""

import django_filters
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from courses.reflections.admin_views import course_choices
from home.members.choices import Oblast
from home.members.models import member_name

from .access import circles_in_scope
from .forms import CircleForm
from .models import Circle, CircleCourse


class CircleFilterSet(WagtailFilterSet):
    oblast = django_filters.ChoiceFilter(label=_("Oblast"), choices=Oblast.choices)
    mentor = django_filters.ChoiceFilter(label=_("Mentor"), choices=[], field_name="mentors")
    course = django_filters.ChoiceFilter(label=_("Course"), choices=[], method="filter_course")

    class Meta:
        model = Circle
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user if self.request else None
        led = Circle.mentors.through.objects.filter(circle__in=circles_in_scope(user))
        mentors = get_user_model().objects.filter(pk__in=led.values("user_id"))
        self.filters["mentor"].extra["choices"] = sorted(
            ((str(m.pk), member_name(m)) for m in mentors.select_related("member_profile")),
            key=lambda choice: choice[1],
        )
        self.filters["course"].extra["choices"] = course_choices()

    def filter_course(self, queryset, name, value):
        return queryset.filter(
            pk__in=CircleCourse.objects.filter(course_key=value).values("circle")
        )


class InScopeMixin:
    """Edit and delete look the circle up among hers only: anyone else's answers 404."""

    def get_queryset(self):
        return circles_in_scope(self.request.user)


class CircleIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = circles_in_scope(self.request.user).annotate(member_count=Count("members"))
        return queryset.prefetch_related("mentors__member_profile")


class CircleEditView(InScopeMixin, generic.EditView):
    pass


class CircleDeleteView(InScopeMixin, generic.DeleteView):
    pass


def mentor_names(circle):
    return ", ".join(sorted(member_name(mentor) for mentor in circle.mentors.all()))


class CircleInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(circles_in_scope(self.request.user), pk=unquote(str(self.pk)))

    def get_mentors_display_value(self):
        return mentor_names(self.object)

    def get_members_display_value(self):
        members = self.object.members.select_related("member_profile")
        return ", ".join(sorted(member_name(member) for member in members)) or "—"


class CircleViewSet(ModelViewSet):
    model = Circle
    icon = "group"
    menu_label = _("Circles")
    menu_order = 255
    add_to_admin_menu = True
    url_prefix = "club-circles"
    url_namespace = "club_circles"
    index_view_class = CircleIndexView
    edit_view_class = CircleEditView
    delete_view_class = CircleDeleteView
    inspect_view_class = CircleInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = CircleFilterSet
    search_fields = ["name", "place", "schedule"]
    list_display = [
        "name",
        "oblast",
        Column("mentors", label=_("Mentors"), accessor=mentor_names),
        Column("member_count", label=_("Members")),
        "starts_on",
    ]
    inspect_view_fields = [
        "name",
        "oblast",
        "mentors",
        "members",
        "starts_on",
        "schedule",
        "meets_online",
        "place",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("oblast"),
            FieldPanel("mentors"),
            FieldPanel("members"),
            FieldPanel("courses"),
            FieldPanel("starts_on"),
            MultiFieldPanel(
                [FieldPanel("schedule"), FieldPanel("meets_online"), FieldPanel("place")],
                heading=_("Where and when it meets (Bishkek time)"),
            ),
            InlinePanel("meetings", heading=_("Meetings"), label=_("Meeting")),
        ],
        base_form_class=CircleForm,
    )
