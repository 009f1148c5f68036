"""What the Club's admin views read from a URL: ids and search terms, checked before a query.

- A filter taking an id: `?event=` followed by 40 nines reached the database as an integer
  too big for it (OverflowError on SQLite, an aborted transaction on PostgreSQL): a 500. An id
  is checked first — ASCII digits within the range of the model's key column — so junk makes
  an invalid filter (shown with its message and ignored), never a server error.
- A snippet chooser's "chosen" URL takes any text as the id: one that is not a number is a
  404, as an unknown one is.
- The admin's search term is at most `SEARCH_MAX_LENGTH` characters (a longer one is ignored):
  SQLite refuses a LIKE pattern over 50,000 bytes, and no one searches with a page of text.
"""

import django_filters
from django import forms
from django.core.validators import MaxLengthValidator
from django.db import connection
from wagtail.admin.forms.search import SearchForm
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetChosenView

SEARCH_MAX_LENGTH = 255


def fits_id_column(value, model):
    text = str(value)
    if not (text.isascii() and text.isdigit()):
        return False
    key = model._meta.pk
    key = key.target_field if key.is_relation else key  # a page's key is its page_ptr
    _low, high = connection.ops.integer_field_range(key.get_internal_type())
    return high is None or int(text) <= high


class IdChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not fits_id_column(value, self.queryset.model):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class IdChoiceFilter(django_filters.ModelChoiceFilter):
    """`ModelChoiceFilter` for every admin filter of the Club's that takes an id."""

    field_class = IdChoiceField


class IdChosenView(SnippetChosenView):
    def get_object(self, pk):
        if not fits_id_column(pk, self.model_class):
            raise self.model_class.DoesNotExist  # answered with a 404, as an unknown id
        return super().get_object(pk)


class IdSnippetChooserViewSet(SnippetChooserViewSet):
    """The chooser of every snippet of the Club's (`chooser_viewset_class` of its viewset)."""

    chosen_view_class = IdChosenView


def limit_admin_search():
    """Once, at app ready: every admin listing's search form (Wagtail's) caps its term."""
    field = SearchForm.base_fields["q"]
    if field.max_length is None:
        field.max_length = SEARCH_MAX_LENGTH
        field.validators.append(MaxLengthValidator(SEARCH_MAX_LENGTH))
