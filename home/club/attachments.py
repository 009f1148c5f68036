"""What a member may attach to her initiative, offered by features through a hook.

A feature registers `register_club_attachment_provider` with a function returning a provider:
an object with
- `key`: a short name, stored with the initiative as "<key>:<id>";
- `label`: what the choice is called on the form;
- `choices(user)`: [(id, label)] of the things `user` may attach (hers only);
- `render(request, object_id, owner)`: the HTML shown read-only on the initiative, or "" when
  the thing is gone or no longer belongs to `owner`.
The courses' reflections offer the stakeholder map of one of her reflections.
"""

from django.utils.safestring import mark_safe
from wagtail import hooks

ATTACHMENT_HOOK = "register_club_attachment_provider"


def providers():
    return {
        provider.key: provider for provider in (fn() for fn in hooks.get_hooks(ATTACHMENT_HOOK))
    }


def attachment_choices(user):
    """Grouped choices for the initiative form: [(provider label, [("key:id", label)])]."""
    groups = []
    for provider in providers().values():
        options = [(f"{provider.key}:{pk}", label) for pk, label in provider.choices(user)]
        if options:
            groups.append((provider.label, options))
    return groups


def split(value):
    """("key", id) of a stored attachment, or (None, None)."""
    key, _sep, pk = (value or "").partition(":")
    return (key, int(pk)) if key and pk.isdigit() else (None, None)


def render_attachment(request, initiative):
    key, pk = split(initiative.attachment)
    provider = providers().get(key)
    if provider is None or initiative.author is None:
        return ""
    return mark_safe(provider.render(request, pk, initiative.author) or "")
