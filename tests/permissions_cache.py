"""Query-count tests add members to groups between two measured requests: that moves the
PERMISSIONS generation on (home/members/backends.py), so the next request would read the
signed-in person's every-page permissions again. `read_permissions_again` does it first."""

from home.members.backends import PermissionsInOneQuery


def read_permissions_again(*users):
    for user in users:
        PermissionsInOneQuery().get_user(user.pk)
