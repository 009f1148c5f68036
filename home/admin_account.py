"""Account → Preferences names the language the admin really uses when she chooses none.

Wagtail's "Use server language: …" names the server's language; a member whose profile
prefers another language the admin offers reads the admin in that one (home/middleware.py),
so for her the option names it. Served at Wagtail's URL for the account (cms/urls.py).
"""

from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.admin.forms.account import LocalePreferencesForm
from wagtail.admin.views.account import AccountView, LocaleSettingsPanel

from .middleware import default_admin_language


class ClubLocalePreferencesForm(LocalePreferencesForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("preferred_language")
        language = default_admin_language(self.instance.user)
        if field is None or language == settings.LANGUAGE_CODE:
            return
        name = get_language_info(language)["name_local"]
        label = _("Use the language of my member profile: %(language_name)s")
        field.choices = [("", label % {"language_name": name})] + [
            choice for choice in field.choices if choice[0]
        ]


class ClubLocaleSettingsPanel(LocaleSettingsPanel):
    form_class = ClubLocalePreferencesForm


class ClubAccountView(AccountView):
    def get_panels(self):
        return [
            ClubLocaleSettingsPanel(panel.request, panel.user, panel.profile)
            if type(panel) is LocaleSettingsPanel
            else panel
            for panel in super().get_panels()
        ]
