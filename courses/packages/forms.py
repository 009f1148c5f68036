"""The admin form of a package: the upload is inspected before anything is stored."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .inspection import inspect_package
from .storage import delete_files, store_package, stored_names


class PackageForm(WagtailAdminModelForm):
    package_file = forms.FileField(
        label=_("package file"),
        required=False,
        help_text=_(
            "A SCORM 1.2 or 2004 package (.zip) or an H5P activity exported with its "
            "libraries (.h5p). Uploading a new file replaces the package in every lesson."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,.h5p"}),
    )

    def clean_package_file(self):
        upload = self.cleaned_data.get("package_file")
        if not upload:
            if self.instance.pk is None:
                raise forms.ValidationError(_("Choose the package file to upload."))
            return None
        self.inspected = inspect_package(upload)
        return upload

    def save(self, commit=True):
        package = super().save(commit=False)
        upload = self.cleaned_data.get("package_file")
        if upload:
            old_names = stored_names(package) if package.pk else []
            old = package.__class__(folder=package.folder) if package.pk else None
            if package.pk:
                package.folder = package.__class__._meta.get_field("folder").get_default()
            store_package(package, upload, self.inspected)
            if old is not None:
                transaction.on_commit(lambda: delete_files(old, old_names))
        if commit:
            package.save()
            self.save_m2m()
        return package
