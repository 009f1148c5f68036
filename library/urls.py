"""Public, language-prefixed URLs of the library app (included inside i18n_patterns)."""

app_name = "library"
urlpatterns = []
