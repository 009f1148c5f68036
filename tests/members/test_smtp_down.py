"""With the SMTP server unreachable, joining, approval and password reset all succeed for the
member; each email leaves once the server is back."""

import re

import pytest
from django.contrib.auth.models import User

from home.members.models import MembershipApplication

from .test_joining import application_data

pytestmark = pytest.mark.django_db


def test_join_approve_and_reset_succeed_and_every_email_leaves_once_smtp_is_back(
    client, editor, smtp_down
):
    assert client.post("/en/join/", application_data()).status_code == 302
    application = MembershipApplication.objects.get()

    client.force_login(editor)
    review = f"/admin/club-applications/review/{application.pk}/"
    assert client.post(review, {"action": "approve"}).status_code == 302
    client.logout()
    user = User.objects.get(email="cholpon@example.org")
    assert user.groups.exists()

    response = client.post("/en/accounts/password/reset/", {"email": "cholpon@example.org"})
    assert response.status_code == 302
    # Editors' notice, the set-password link, the password-reset link: all waiting.
    assert smtp_down.waiting().count() == 3

    sent = smtp_down.back()
    assert sorted(email.to[0] for email in sent) == [
        "cholpon@example.org",
        "cholpon@example.org",
        "editor@example.org",
    ]
    # The set-password link that waited in the outbox works.
    welcome = next(email for email in sent if "/accounts/welcome/" in email.body)
    path = re.search(r"https?://[^/\s]+(/en/accounts/welcome/\S+)", welcome.body).group(1)
    assert client.get(path, follow=True).status_code == 200
