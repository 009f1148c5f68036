"""`{% shared_fragment "name" part … [club] %}…{% endshared_fragment %}`: a piece of a page
that is the same for everyone who sees it, rendered once per site generation, site and
language (home/cache.py) and then copied into each page.

Only what every reader sees alike may go inside: nothing of hers (progress, account menu,
forms with their CSRF token). The parts name what else it depends on (the page, its live
revision); `club` also keys it on the CLUB generation, for what a member's name change
alters (a mentor's name). A preview is always rendered afresh: its draft shares the live
page's id and revision.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from home import generations
from home.cache import shared_cached, site_generation

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, parts, club):
        self.nodelist, self.name, self.parts, self.club = nodelist, name, parts, club

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        parts = [site.pk if site else "-", get_language()]
        parts += [part.resolve(context) for part in self.parts]
        if self.club:
            club = site_generation(generations.CLUB)
            if club is None:  # it could not be moved on: nothing may be kept
                return self.nodelist.render(context)
            parts.append(club)
        return shared_cached(
            f"fragment-{self.name.resolve(context)}",
            parts,
            lambda: mark_safe(self.nodelist.render(context)),  # noqa: S308 - rendered template
            in_process=True,
        )


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    club = bits[-1] == "club"
    parts = bits[2:-1] if club else bits[2:]
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(part) for part in parts],
        club,
    )
