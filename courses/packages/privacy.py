"""Her package records in the account's data download (erasure: they go with her account,
by the foreign key's cascade)."""

from .models import PackageAttempt


def export_package_attempts(user):
    attempts = PackageAttempt.objects.filter(user=user).select_related("package")
    return "learning_packages", [
        {
            "package": attempt.package.title,
            "kind": attempt.package.kind,
            "lesson_key": str(attempt.lesson_key),
            "status": attempt.status,
            "score": attempt.score,
            "location": attempt.location,
            "suspend_data": attempt.suspend_data,
            "time_seconds": attempt.session_seconds,
            "cmi": attempt.cmi,
            "completed_at": attempt.completed_at.isoformat() if attempt.completed_at else None,
            "updated_at": attempt.updated_at.isoformat(),
        }
        for attempt in attempts.order_by("updated_at", "pk")
    ]
