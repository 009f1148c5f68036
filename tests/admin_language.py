"""The Wagtail admin speaks each user's chosen language; tests choose it for what they read."""

from wagtail.users.models import UserProfile


def set_admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
