"""Admin filters that take an object's id: an id no column can hold is an invalid choice.

`?event=` followed by 40 nines reached the database as an integer too big for it
(OverflowError on SQLite, an aborted transaction on PostgreSQL): a 500. An id is checked
before any query — ASCII digits within the range of the model's key column — so junk makes
an invalid filter (shown with its message and ignored), never a server error.
"""

import django_filters
from django import forms
from django.db import connection


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
