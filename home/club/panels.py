"""Panels: what features add to the Club's front page, and the Club's panel on her dashboard.

A feature registers `register_club_panel` with a function `panel(request)` returning HTML (or
nothing); `order` on the hook places it. Shared reflections list the latest ones there.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail import hooks

from home.members.access import is_club_member

from .listing import initiative_cards
from .models import ClubProfile, Initiative

CLUB_PANEL_HOOK = "register_club_panel"
DASHBOARD_INITIATIVES = 5


def club_panels(request):
    panels = (function(request) for function in hooks.get_hooks(CLUB_PANEL_HOOK))
    return [mark_safe(html) for html in panels if html]


def dashboard_panel(request):
    """The Club on her dashboard: her directory entry, her initiatives and their answers."""
    user = request.user
    if not is_club_member(user):
        return None
    context = {
        "club_profile": ClubProfile.objects.filter(user=user).first(),
        "initiatives": list(
            initiative_cards(Initiative.objects.filter(author=user)).order_by("-created_at")[
                :DASHBOARD_INITIATIVES
            ]
        ),
    }
    return render_to_string("club/dashboard_panel.html", context, request=request)
