"""What the Club's comments, reports and moderation need of anything members post.

Initiatives, offers of help and comments are posts of this app; a feature makes its own model
a post by mixing `ClubPost` in (shared reflections do), so members can comment on it and
report it, and editors can hide it, without this app knowing the feature.
"""

from django.utils.text import Truncator

from .access import can_moderate_posts

EXCERPT_CHARS = 200


class ClubPost:
    """A mixin for models members post in the Club. `author` and `hidden` by default."""

    #: The field holding her text, for moderators' excerpts.
    club_text_field = "text"

    def club_author(self):
        return self.author

    def club_excerpt(self):
        return Truncator(getattr(self, self.club_text_field, "") or "").chars(EXCERPT_CHARS)

    def club_texts(self):
        """[(label, text)]: everything she wrote, for moderators."""
        field = self._meta.get_field(self.club_text_field)
        return [(field.verbose_name, getattr(self, self.club_text_field, ""))]

    def club_kind(self):
        return self._meta.verbose_name

    def club_url(self):
        """Where the post is read, in the active language."""
        raise NotImplementedError

    def club_parent(self):
        """The post this one answers (an offer's initiative, a comment's post); None for a
        post of its own."""
        return None

    def is_hidden(self):
        return self.hidden

    def set_hidden(self, hidden):
        """A moderator's decision: hide the post from the Club, or show it again.

        Returns whether anything changed."""
        if self.hidden == hidden:
            return False
        self.hidden = hidden
        self.save(update_fields=["hidden"])
        return True

    def is_visible_to(self, user):
        """Hidden posts stay visible to their author (marked as hidden) and to moderators.

        What answers a post is seen only by whoever sees the post: hiding an initiative hides
        its offers and comments, and the reports of them, at their own URLs too."""
        parent = self.club_parent()
        if parent is not None and not parent.is_visible_to(user):
            return False
        if not self.is_hidden():
            return True
        author = self.club_author()
        return (author is not None and author.pk == user.pk) or can_moderate_posts(user)
