"""The circle form of the admin: what a coordinator may choose is limited to her oblasts."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.reflections.admin_views import course_choices
from courses.reflections.scope import REVIEW_REFLECTIONS
from home.members.access import assigned_oblasts, club_member_users, follows_all_members
from home.members.models import member_name
from home.permissions import users_with_permission

from .models import CircleCourse


class PersonChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return member_name(obj)


def reviewers():
    """Whoever may review reflections (by permission, through a group or her own)."""
    return users_with_permission(REVIEW_REFLECTIONS).values("pk")


class CircleForm(WagtailAdminModelForm):
    courses = forms.MultipleChoiceField(
        label=_("Courses"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The courses the circle goes through together (every language counts)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        circle = self.instance
        current = circle.pk is not None
        self.fields["courses"].choices = course_choices()
        if current:
            keys = circle.course_links.values_list("course_key", flat=True)
            self.initial["courses"] = [str(key) for key in keys]

        members = club_member_users()
        if user is not None and not follows_all_members(user):
            oblasts = sorted(assigned_oblasts(user))
            self.fields["oblast"].choices = [
                (value, label)
                for value, label in self.fields["oblast"].choices
                if not value or value in oblasts
            ]
            members = members.filter(member_profile__oblast__in=oblasts)
        kept_members = circle.members.all() if current else get_user_model().objects.none()
        kept_mentors = circle.mentors.all() if current else get_user_model().objects.none()
        people = get_user_model().objects.select_related("member_profile")
        self.fields["members"] = PersonChoiceField(
            label=_("Members"),
            required=False,
            queryset=people.filter(
                Q(pk__in=members.values("pk")) | Q(pk__in=kept_members.values("pk"))
            ).order_by("member_profile__full_name", "username"),
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Members of the Club in the oblasts you follow."),
        )
        self.fields["mentors"] = PersonChoiceField(
            label=_("Mentors"),
            queryset=people.filter(
                Q(pk__in=reviewers()) | Q(pk__in=kept_mentors.values("pk"))
            ).order_by("member_profile__full_name", "username"),
            widget=forms.CheckboxSelectMultiple,
            help_text=_("People who may review reflections."),
        )

    def save(self, commit=True):
        circle = super().save(commit=commit)
        if commit:
            self.save_courses(circle)
        return circle

    def save_courses(self, circle):
        chosen = set(self.cleaned_data.get("courses") or [])
        links = circle.course_links.all()
        links.exclude(course_key__in=chosen).delete()
        existing = {str(key) for key in links.values_list("course_key", flat=True)}
        CircleCourse.objects.bulk_create(
            CircleCourse(circle=circle, course_key=key) for key in sorted(chosen - existing)
        )
