"""Public, language-prefixed URLs of the courses app (included inside i18n_patterns)."""

app_name = "courses"
urlpatterns = []
