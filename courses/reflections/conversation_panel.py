"""On the admin home page: members' answers waiting for this reviewer's reply."""

from wagtail.admin.ui.components import Component

from home.members.models import member_name

from .conversation import unanswered_messages_for
from .lessons import pages_by_key
from .scope import is_reviewer

SHOWN = 10


class UnansweredMessagesPanel(Component):
    name = "reflections_unanswered_messages"
    template_name = "reflections/admin/conversation_panel.html"
    order = 55

    def __init__(self, rows, total):
        self.rows = rows
        self.total = total

    def get_context_data(self, parent_context):
        return {"rows": self.rows, "total": self.total}


def add_unanswered_messages_panel(request, panels):
    """Registered for `construct_homepage_panels`; shown only while something waits."""
    if not is_reviewer(request.user):
        return
    waiting = unanswered_messages_for(request.user)
    shown = list(
        waiting.select_related(
            "reflection", "reflection__user", "reflection__user__member_profile"
        )[:SHOWN]
    )
    if not shown:
        return
    total = waiting.count()
    lessons = pages_by_key({message.reflection.lesson_key for message in shown})
    rows = [
        {
            "message": message,
            "member_name": member_name(message.reflection.user),
            "lesson": lessons.get(message.reflection.lesson_key),
        }
        for message in shown
    ]
    panels.append(UnansweredMessagesPanel(rows, total))
