"""A demo member's reflection page says its feedback and conversation are examples."""

from home.members.models import MemberProfile

from .conftest import reflection_url


def test_an_example_account_is_told_its_reflection_is_an_example(client, courses, people):
    member = people["member"]
    client.force_login(member)
    url = reflection_url(courses["lesson"])
    assert "tag-example" not in client.get(url).content.decode()

    MemberProfile.objects.filter(user=member).update(is_example=True)
    page = client.get(url).content.decode()
    assert '<span class="tag tag-example">Мисал</span>' in page  # the lesson is in Kyrgyz
    assert "демо үчүн жазылган мисалдар" in page
