"""Settings → Groups and the user forms, with the Club's groups under translated names.

Group names are stored once (home/members/roles.py) and decide nothing; editors read them in
their admin language here, in the list of groups, on a group's page and on a user's form."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import TitleColumn
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import groups, users

from .roles import group_label


class GroupIndexView(groups.IndexView):
    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            sort_key="name",
            url_name="wagtailusers_groups:edit",
            accessor=group_label,
        ),
    ]


class GroupEditView(groups.EditView):
    def get_page_subtitle(self):
        return group_label(self.object)


class GroupViewSet(groups.GroupViewSet):
    index_view_class = GroupIndexView
    edit_view_class = GroupEditView


class TranslatedGroupsMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "groups" in self.fields:
            self.fields["groups"].label_from_instance = group_label


class ClubUserCreationForm(TranslatedGroupsMixin, UserCreationForm):
    pass


class ClubUserEditForm(TranslatedGroupsMixin, UserEditForm):
    pass


class UserViewSet(users.UserViewSet):
    def get_form_class(self, for_update=False):
        return ClubUserEditForm if for_update else ClubUserCreationForm
