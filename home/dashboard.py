"""The member's dashboard: one page that every app fills through a hook.

An app registers `register_member_dashboard_panel` with a function `panel(request)` that
returns its HTML (or nothing); `order` on the hook places it. The courses app puts "My
learning" first, reflections and events follow. The page is always private.
"""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from wagtail import hooks

from .cache import private_view

PANEL_HOOK = "register_member_dashboard_panel"


def dashboard_panels(request):
    """The HTML of every app's panel, in the hooks' order (each app renders its own template)."""
    panels = (function(request) for function in hooks.get_hooks(PANEL_HOOK))
    return [mark_safe(html) for html in panels if html]


@private_view
@login_required
def dashboard(request):
    return TemplateResponse(request, "home/dashboard.html", {"panels": dashboard_panels(request)})
