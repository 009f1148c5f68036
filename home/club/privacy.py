"""Her Club data in her export, and what deleting her account does to it.

Deleting her account deletes her directory entry, her offers of help, her comments (on
initiatives and on shared reflections) and her reports. Her initiatives are deleted too,
except those other members answered (an offer of help or a comment by someone else): these
stay for the members who answered, without her name ("a former member") and without the
attachment from her learning; their text stays as she wrote it. The admin history of what is
deleted goes with it.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef

from home.members.privacy import erase_admin_history

from .models import ClubProfile, Comment, Initiative, OfferOfHelp, Report


def _time(value):
    return value.isoformat() if value else None


def export_club_data(user):
    """Section "club" of her data download: everything she wrote in the Club space."""
    profile = ClubProfile.objects.filter(user=user).prefetch_related("tracks").first()
    initiatives = Initiative.objects.filter(author=user).select_related("track").order_by("pk")
    offers = OfferOfHelp.objects.filter(author=user).select_related("initiative").order_by("pk")
    comments = Comment.objects.filter(author=user).select_related("content_type").order_by("pk")
    reports = Report.objects.filter(reporter=user).select_related("content_type").order_by("pk")
    data = {
        "directory_entry": profile
        and {
            "listed": profile.listed,
            "about": profile.about,
            "tracks": sorted(track.slug for track in profile.tracks.all()),
            "show_telegram": profile.show_telegram,
            "show_phone": profile.show_phone,
            "show_email": profile.show_email,
            "notify_replies": profile.notify_replies,
            "updated_at": _time(profile.updated_at),
        },
        "initiatives": [
            {
                "title": item.title,
                "problem": item.problem,
                "goal": item.goal,
                "help_needed": item.help_needed,
                "municipality": item.municipality,
                "oblast": item.oblast,
                "track": item.track.slug if item.track else None,
                "status": item.status,
                "attachment": item.attachment,
                "language": item.language,
                "featured": item.featured,
                "hidden": item.hidden,
                "created_at": _time(item.created_at),
                "updated_at": _time(item.updated_at),
            }
            for item in initiatives
        ],
        "offers_of_help": [
            {
                "initiative": offer.initiative.title,
                "message": offer.message,
                "hidden": offer.hidden,
                "created_at": _time(offer.created_at),
            }
            for offer in offers
        ],
        "comments": [
            {
                "on": f"{comment.content_type.app_label}.{comment.content_type.model}",
                "on_id": comment.object_id,
                "text": comment.text,
                "hidden": comment.hidden,
                "created_at": _time(comment.created_at),
            }
            for comment in comments
        ],
        "reports": [
            {
                "on": f"{report.content_type.app_label}.{report.content_type.model}",
                "on_id": report.object_id,
                "reason": report.reason,
                "details": report.details,
                "status": report.status,
                "created_at": _time(report.created_at),
            }
            for report in reports
        ],
    }
    return "club", data


def _delete_with_history(queryset):
    erase_admin_history(queryset.model, list(queryset.values_list("pk", flat=True)))
    queryset.delete()


def erase_club_data(user):
    """Before her account is deleted: see the module's docstring for what stays and why."""
    answered_by_others = Exists(
        OfferOfHelp.objects.filter(initiative=OuterRef("pk")).exclude(author=user)
    ) | Exists(
        Comment.objects.filter(
            content_type=ContentType.objects.get_for_model(Initiative), object_id=OuterRef("pk")
        ).exclude(author=user)
    )
    hers = Initiative.objects.filter(author=user)
    hers.filter(answered_by_others).update(author=None, attachment="")
    _delete_with_history(Comment.objects.filter(author=user))
    _delete_with_history(OfferOfHelp.objects.filter(author=user))
    _delete_with_history(Initiative.objects.filter(author=user))
    _delete_with_history(Report.objects.filter(reporter=user))
    ClubProfile.objects.filter(user=user).delete()
