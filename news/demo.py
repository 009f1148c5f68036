"""Demo content of the news app, called by `manage.py seed_demo` (must be idempotent)."""


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
