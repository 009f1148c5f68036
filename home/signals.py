"""Give admin users a Wagtail admin language that Wagtail really has."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from wagtail.users.models import UserProfile

ADMIN_LANGUAGES = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)


@receiver(user_logged_in)
def choose_admin_language(sender, request, user, **kwargs):
    """Wagtail has no Kyrgyz admin: Kyrgyz readers get Russian, others their own language."""
    if not user.has_perm("wagtailadmin.access_admin"):
        return
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language:
        return
    member_profile = getattr(user, "member_profile", None)
    wanted = getattr(member_profile, "preferred_language", "") or settings.LANGUAGE_CODE
    profile.preferred_language = wanted if wanted in ADMIN_LANGUAGES else "ru"
    profile.save(update_fields=["preferred_language"])
