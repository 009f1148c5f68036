"""Template helpers of the Club space, for its own templates and features' (shared reflections).

- `{{ user|member_name }}`: her display name, "A former member" once her account is deleted;
- `{{ user|example_badge }}`: «Example» beside the name of a demo person (her profile says so);
- `{% report_url post %}`: where a member reports a Club post;
- `{% club_profile_form %}`: her directory entry as a form, on her account page.
"""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from home.members.access import is_club_member
from home.members.models import member_name as display_name

from ..forms import ClubProfileForm
from ..models import ClubProfile

register = template.Library()


@register.filter
def member_name(user):
    return display_name(user) if user is not None else _("A former member")


@register.filter
def example_badge(user):
    """A visible «Example» mark for a made-up demo person; nothing for anyone real."""
    profile = getattr(user, "member_profile", None) if user is not None else None
    if not getattr(profile, "is_example", False):
        return ""
    # Its own leading space: beside a name, and nothing at all beside a real person's name.
    return format_html(' <span class="tag tag-example">{}</span>', _("Example"))


@register.simple_tag
def report_url(post):
    content_type = ContentType.objects.get_for_model(post)
    return reverse("club:report", args=[content_type.pk, post.pk])


@register.inclusion_tag("club/includes/profile_form.html", takes_context=True)
def club_profile_form(context):
    """On her account page: appear in the directory or not (posted to the Club's profile view)."""
    request = context["request"]
    user = request.user
    if not is_club_member(user):
        return {"show": False}
    profile = ClubProfile.objects.filter(user=user).first() or ClubProfile(user=user)
    member_profile = getattr(user, "member_profile", None)
    return {
        "show": True,
        "form": ClubProfileForm(instance=profile, member_profile=member_profile),
        "member_profile": member_profile,
        "next": request.path,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
