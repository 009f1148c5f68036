"""Messages turned into text in the language of the view that adds them.

Wagtail activates an editor's admin language only while its view runs; Django's storage
turns lazy messages into text later, in the middleware, where the site's default language
is active again — so "Sending has started." reached an English or Kyrgyz admin in Russian.
"""

from django.contrib.messages.storage.fallback import FallbackStorage


class MessagesInViewLanguage(FallbackStorage):
    def add(self, level, message, extra_tags=""):
        super().add(level, str(message) if message else message, extra_tags)
