"""A deleted package takes its files with it (after the deletion is committed)."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import LearningPackage
from .storage import delete_files, stored_names


@receiver(post_delete, sender=LearningPackage)
def remove_files(sender, instance, **kwargs):
    names = stored_names(instance)
    transaction.on_commit(lambda: delete_files(instance, names))
