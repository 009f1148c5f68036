"""Form behaviour shared by the apps."""


class KeepOmittedFieldsMixin:
    """A field missing from the submitted data keeps its current value instead of emptying it.

    Browsers send every text field and select, even when empty; only an unchecked checkbox is
    left out, and Django's checkbox widget reads that as "off" (it never counts as omitted). A
    missing field therefore means a broken or forged request: it must not wipe what a member
    saved (her profile, her reflection draft).
    """

    def full_clean(self):
        # Here rather than in __init__: some forms add their fields after Form.__init__.
        if self.is_bound:
            data = self.data.copy()
            for name, field in self.fields.items():
                key = self.add_prefix(name)
                if field.widget.value_omitted_from_data(self.data, self.files, key):
                    value = self.get_initial_for_field(field, name)
                    if value not in (None, ""):
                        data[key] = value
            self.data = data
        super().full_clean()
