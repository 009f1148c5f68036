"""Public, language-prefixed URLs of the members app (included inside i18n_patterns)."""

app_name = "members"
urlpatterns = []
