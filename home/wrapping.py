"""Wrapping another package's function at startup, once.

The Club changes a few behaviours of Wagtail and wagtail-localize by wrapping one of their
functions in `AppConfig.ready()` (home/apps.py), which Django may run twice; each wrapper is
installed only over the original.
"""


def wrap_once(owner, name, wrap):
    """Replace `owner.name` with `wrap(original)` unless it is already wrapped."""
    original = getattr(owner, name)
    if getattr(original, "wrapped_by_the_club", False):
        return
    wrapped = wrap(original)
    wrapped.wrapped_by_the_club = True
    setattr(owner, name, wrapped)
