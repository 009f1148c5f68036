"""Public, language-prefixed URLs of the news app (included inside i18n_patterns)."""

app_name = "news"
urlpatterns = []
