"""Application → approval → set password → sign in, in each language."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail

from home.members.models import MembershipApplication
from home.members.roles import MEMBERS

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Ala-Too-peaks-2026"


def application_data(**overrides):
    data = {
        "full_name": "Чолпон Асанова",
        "email": "cholpon@example.org",
        "phone": "+996 555 123 456",
        "role": "candidate",
        "oblast": "naryn",
        "municipality": "Кочкор айыл өкмөтү",
        "motivation": "Мен жергиликтүү бюджет боюнча үйрөнгүм келет.",
        "consent": "on",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_application_approval_set_password_sign_in(client, editor, language):
    response = client.post(f"/{language}/join/", application_data())
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/join/thanks/"
    application = MembershipApplication.objects.get()
    assert application.preferred_language == language
    assert application.phone == "+996555123456"
    assert application.status == "pending"

    client.force_login(editor)
    review_url = f"/admin/club-applications/review/{application.pk}/"
    assert client.get(review_url).status_code == 200
    assert client.post(review_url, {"action": "approve"}).status_code == 302
    client.logout()

    application.refresh_from_db()
    user = User.objects.get(email="cholpon@example.org")
    assert application.status == "approved" and application.user == user
    assert user.groups.filter(name=MEMBERS).exists()
    assert not user.has_usable_password()
    assert user.member_profile.preferred_language == language
    assert user.member_profile.oblast == "naryn"

    (notice,) = [email for email in mail.outbox if email.to == ["editor@example.org"]]
    assert f"/admin/club-applications/review/{application.pk}/" in notice.body
    (email,) = [email for email in mail.outbox if email.to == ["cholpon@example.org"]]
    path = re.search(rf"https?://[^/\s]+(/{language}/accounts/welcome/\S+)", email.body).group(1)

    response = client.get(path)
    assert response.status_code == 302
    set_password_url = response["Location"]
    assert set_password_url.endswith("/set-password/")
    response = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 302

    response = client.post(
        f"/{language}/accounts/login/",
        {"username": "cholpon@example.org", "password": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/")
    assert response.cookies["django_language"].value == language
    assert client.get(f"/{language}/account/").status_code == 200


def test_emails_are_in_the_applicants_language(client, editor):
    client.post("/ru/join/", application_data())
    client.post("/en/join/", application_data(email="asel@example.org", full_name="Asel"))
    client.force_login(editor)
    for application in MembershipApplication.objects.all():
        client.post(f"/admin/club-applications/review/{application.pk}/", {"action": "approve"})
    subjects = {email.to[0]: email.subject for email in mail.outbox}
    assert subjects["editor@example.org"] == "Клубга жаңы арыз: Asel"  # the editor reads Kyrgyz
    assert subjects["asel@example.org"] == "Welcome to the Women Deputies' Club"
    assert subjects["cholpon@example.org"] != subjects["asel@example.org"]
    bodies = {email.to[0]: email.body for email in mail.outbox}
    assert "/ru/accounts/welcome/" in bodies["cholpon@example.org"]
    assert "/en/accounts/welcome/" in bodies["asel@example.org"]


def test_decline_sends_email_and_creates_no_account(client, editor):
    client.post("/ru/join/", application_data())
    application = MembershipApplication.objects.get()
    client.force_login(editor)
    client.post(f"/admin/club-applications/review/{application.pk}/", {"action": "decline"})
    application.refresh_from_db()
    assert application.status == "declined"
    assert not User.objects.filter(email="cholpon@example.org").exists()
    assert [email.to for email in mail.outbox] == [["editor@example.org"], ["cholpon@example.org"]]


def test_a_member_cannot_approve(client, member):
    application = MembershipApplication.objects.create(
        **{k: v for k, v in application_data().items() if k != "consent"}, consent=True
    )
    client.force_login(member)
    client.post(f"/admin/club-applications/review/{application.pk}/", {"action": "approve"})
    application.refresh_from_db()
    assert application.status == "pending"


def test_editor_invites_by_email(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/club-members/new/",
        {
            "email": "nazira@example.org",
            "full_name": "Назира Бекова",
            "role": "deputy",
            "oblast": "osh",
            "municipality": "Өзгөн",
            "preferred_language": "ky",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="nazira@example.org")
    assert user.member_profile.full_name == "Назира Бекова"
    assert "/ky/accounts/welcome/" in mail.outbox[0].body


def test_invite_with_an_email_in_use_rerenders(client, editor, member):
    client.force_login(editor)
    response = client.post(
        "/admin/club-members/new/",
        {
            "email": "AIGUL@example.org",
            "full_name": "Someone",
            "role": "deputy",
            "oblast": "osh",
            "preferred_language": "ky",
        },
    )
    assert response.status_code == 200
    assert "Someone" in response.content.decode()
    assert User.objects.filter(email__iexact="aigul@example.org").count() == 1


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"consent": ""}, "consent"),
        ({"phone": "12345"}, "phone"),
        ({"phone": "+7 999 123 45 67"}, "phone"),
        ({"full_name": "А" * 151}, "full_name"),
        ({"motivation": "x" * 2001}, "motivation"),
        ({"email": "not-an-email"}, "email"),
    ],
)
def test_join_bad_input_rerenders_with_text_kept(client, member, overrides, field):
    data = application_data(**overrides)
    response = client.post("/ru/join/", data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    body = response.content.decode()
    assert "Кочкор айыл өкмөтү" in body  # the text she typed is still there
    assert 'class="errorlist' in body
    assert not MembershipApplication.objects.exists()


def test_join_error_messages_are_translated(client):
    response = client.post("/ru/join/", application_data(consent=""))
    assert response.status_code == 200
    error = response.context["form"].errors["consent"][0]
    assert error != "The Club cannot accept you without this consent."


def test_signed_in_member_is_sent_to_her_account(client, member):
    client.force_login(member)
    response = client.get("/ru/join/")
    assert response.status_code == 302 and response["Location"] == "/ru/account/"


def test_a_taken_address_gets_the_same_answer_and_an_email_saying_so(client, editor, member):
    """Issue 25 #4: the page does not tell who has an account; the address's owner learns it
    by email, in her own language, with links to sign in or choose a new password."""
    new = client.post("/en/join/", application_data(), REMOTE_ADDR="10.10.0.1")
    taken = client.post(
        "/en/join/", application_data(email="AIGUL@example.org"), REMOTE_ADDR="10.10.0.2"
    )
    assert new.status_code == taken.status_code == 302
    assert new["Location"] == taken["Location"] == "/en/join/thanks/"
    assert not MembershipApplication.objects.filter(email__iexact="aigul@example.org").exists()

    notes = [email for email in mail.outbox if email.to == ["aigul@example.org"]]
    (note,) = notes  # her profile says Kyrgyz
    assert note.subject == "Клубга сиздин дарегиңиз менен кошулууга аракет кылышты"
    assert "/ky/accounts/login/" in note.body and "/ky/accounts/password/reset/" in note.body
    # The editors hear only of the new application.
    assert [email.to for email in mail.outbox if email.to == ["editor@example.org"]] == [
        ["editor@example.org"]
    ]
    thanks = client.get("/en/join/thanks/").content.decode()
    assert "already has an account or an application waiting" in thanks


def test_a_second_application_from_a_waiting_address_changes_nothing(client, editor):
    client.post("/ru/join/", application_data(), REMOTE_ADDR="10.11.0.1")
    again = client.post(
        "/en/join/", application_data(full_name="Someone else"), REMOTE_ADDR="10.11.0.2"
    )
    assert again.status_code == 302 and again["Location"] == "/en/join/thanks/"
    (application,) = MembershipApplication.objects.all()
    assert application.full_name == "Чолпон Асанова"
    (note,) = [email for email in mail.outbox if email.to == ["cholpon@example.org"]]
    assert note.subject == "Ваша заявка в клуб уже ждёт рассмотрения"  # she applied in Russian
    assert len([email for email in mail.outbox if email.to == ["editor@example.org"]]) == 1
