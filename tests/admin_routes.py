"""The Club's own admin views, found in Django's URL resolver rather than listed by hand.

A view is the Club's when its class (or function) lives in one of the project's apps, or when
Wagtail's generic view serves one of the project's models (viewsets, snippets); settings of the
project come from Wagtail's settings registry. A view added later is found the same way, so
the junk-input sweep and the admin browser journey cover it without being edited.
"""

from dataclasses import dataclass

from django.apps import apps
from django.urls import URLResolver, get_resolver, reverse
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Site

PROJECT_APPS = ("home", "courses", "library", "news")
ADMIN_PREFIX = "/admin/"
SENTINEL = "987654321"  # stands for each path argument until the caller gives a value


def _ours(module):
    return (module or "").split(".")[0] in PROJECT_APPS


@dataclass(frozen=True)
class AdminRoute:
    name: str  # namespaced URL name
    arguments: tuple  # names of the path's arguments
    view: type | None
    model: type | None

    @property
    def template(self):
        """The path with SENTINEL in place of each argument."""
        return reverse(self.name, kwargs=dict.fromkeys(self.arguments, SENTINEL))

    def path(self, **values):
        path = self.template
        for value in values.values():
            path = path.replace(SENTINEL, str(value), 1)
        return path

    @property
    def is_list(self):
        return not self.arguments

    @property
    def is_edit(self):
        return self.arguments == ("pk",) and self.name.rsplit(":", 1)[-1] in ("edit", "review")


def _model(model):
    """A model class, from the class or an "app_label.Model" string (None otherwise)."""
    if isinstance(model, str):
        try:
            return apps.get_model(model)
        except (LookupError, ValueError):
            return None
    return model if isinstance(model, type) else None


def _route(pattern, namespace, arguments):
    callback = pattern.callback
    view = getattr(callback, "view_class", None)
    initkwargs = getattr(callback, "view_initkwargs", {}) or {}
    model = _model(initkwargs.get("model") or getattr(view, "model", None))
    owner = view.__module__ if view else callback.__module__
    if not (_ours(owner) or (model is not None and _ours(model.__module__))):
        return None
    if not pattern.name:
        return None
    names = arguments + tuple(getattr(pattern.pattern, "converters", {}) or ())
    names += tuple(pattern.pattern.regex.groupindex.keys() - set(names))
    return AdminRoute(
        name=f"{namespace}{pattern.name}",
        arguments=names,
        view=view,
        model=model,
    )


def _walk(patterns, namespace="", arguments=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names = tuple(getattr(pattern.pattern, "converters", {}) or ())
            yield from _walk(pattern.url_patterns, inner, arguments + names)
            continue
        route = _route(pattern, namespace, arguments)
        if route is not None:
            yield route


def club_admin_routes():
    """Every admin URL pattern of the Club's own, once each, sorted by name."""
    routes = {}
    for route in _walk(get_resolver().url_patterns):
        try:
            template = route.template
        except Exception:  # noqa: BLE001 - a pattern reverse() cannot build is not a page
            continue
        if template.startswith(ADMIN_PREFIX):
            routes.setdefault(route.name, route)
    return sorted(routes.values(), key=lambda route: route.name)


def club_settings_paths():
    """The edit page of each Club setting, for the default site."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return [
        reverse(
            "wagtailsettings:edit",
            args=[model._meta.app_label, model._meta.model_name, site.pk],
        )
        for model in settings_registry
        if _ours(model.__module__) and site is not None
    ]


def first_object_pk(route):
    """The id of one object the route's model has, or None (nothing to open yet)."""
    if route.model is None:
        return None
    return route.model._default_manager.order_by("pk").values_list("pk", flat=True).first()
