"""The course page's admin form (CoursePage.base_form_class)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
    """Prerequisites are chosen among the other courses of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        field = self.fields.get("prerequisites")
        if field is not None and getattr(page, "locale_id", None):
            field.queryset = (
                self._meta.model.objects.filter(locale_id=page.locale_id)
                .exclude(translation_key=page.translation_key)
                .order_by("title")
            )

    def clean_prerequisites(self):
        chosen = self.cleaned_data["prerequisites"]
        page = self.instance
        if page.pk and chosen.filter(prerequisites__translation_key=page.translation_key).exists():
            raise ValidationError(
                _("A course cannot require a course that requires it: members could start neither.")
            )
        return chosen
