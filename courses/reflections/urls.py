"""Public, language-prefixed URLs of the reflections app (included inside i18n_patterns)."""

app_name = "reflections"
urlpatterns = []
