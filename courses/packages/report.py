"""Reports → Package results: beside the knowledge-check questions, each package of each
lesson — how many members started it, finished it, and their average score. Anonymous
aggregates within the reader's scope, in a constant number of queries."""

from django.db.models import Avg, Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from ..reports.learning import HEADINGS, LearningReportView, QuestionFilterSet, courses_with_lessons
from .models import LearningPackage, PackageAttempt

PACKAGE_HEADINGS = {
    **HEADINGS,
    "package": _("Package"),
    "started": _("Started"),
    "finished": _("Finished"),
    "average_score": _("Average score (%)"),
}


class PackageResultsView(LearningReportView):
    page_title = _("Package results")
    index_url_name = "progress_reports:packages"
    index_results_url_name = "progress_reports:packages_results"
    filterset_class = QuestionFilterSet
    export_filename = "package-results"
    list_export = ["course", "lesson", "package", "started", "finished", "average_score"]
    columns = [Column(name, label=PACKAGE_HEADINGS[name]) for name in list_export]
    chart_label = "package"
    chart_value = "average_score"
    chart_title = _("Average score (%)")
    chart_caption = _("Average score: of the members who have a score in the package.")

    def get_heading(self, queryset, field):
        return str(PACKAGE_HEADINGS.get(field, field))

    def get_queryset(self):
        figures = {
            (row["lesson_key"], row["package"]): row
            for row in PackageAttempt.objects.filter(self.scope(), self.course_condition())
            .values("lesson_key", "package")
            .annotate(
                started=Count("pk"),
                finished=Count("pk", filter=Q(completed_at__isnull=False)),
                average=Avg("score"),
            )
        }
        packages = LearningPackage.objects.in_bulk({package for _key, package in figures})
        rows = []
        for course, lessons in courses_with_lessons(self.chosen.get("course")):
            for lesson in lessons:
                for (lesson_key, package_id), row in figures.items():
                    if lesson_key != lesson.translation_key or package_id not in packages:
                        continue
                    average = row["average"]
                    rows.append(
                        {
                            "course": course.title,
                            "lesson": lesson.title,
                            "package": packages[package_id].title,
                            "started": row["started"],
                            "finished": row["finished"],
                            "average_score": round(average) if average is not None else "",
                        }
                    )
        return rows
