"""The Club's space: a member opts in to the directory, another finds her by oblast and posts
an initiative, the first offers help, the author sees it; a visitor is asked to sign in."""

import pytest

from .a11y import violations
from .pages import discover, url_name
from .signin import member_account, sign_in

pytestmark = pytest.mark.e2e

LANG = "ky"
HELPER_SLOT, AUTHOR_SLOT = 5, 4  # Asel (not in the demo directory) and Zhyldyz
ABOUT = "Түп айыл аймагынан талапкермин; бюджеттик угууларды уюштурууга жардам берем."
TITLE = "Ноокатта аялдар үчүн коомдук мейкиндик"
OFFER = "Мен угууну уюштуруу боюнча тажрыйбам менен бөлүшөм, Telegram аркылуу жазыңыз."


def test_visitor_reaching_the_club_is_asked_to_sign_in(new_journey):
    visitor = new_journey("phone", suffix="-visitor")
    club = url_name(visitor.site, "club:home", LANG)
    assert club == f"/{LANG}/club/"
    visitor.goto(club)
    assert "/accounts/login/" in visitor.page.url and "next=/ky/club/" in visitor.page.url
    assert visitor.page.locator("input[name=password]").count() == 1
    visitor.shot("club asks a visitor to sign in")
    visitor.assert_clean()


def _sign_in(journey, slot):
    username, password = member_account(journey.site, slot)
    assert sign_in(journey, username, password, LANG)
    return discover(journey.site)["state"][username]["name"]


def test_members_find_each_other_and_one_offers_help(new_journey):
    helper = new_journey("desktop", suffix="-helper")
    helper_name = _sign_in(helper, HELPER_SLOT)
    page = helper.page

    # She opts in to the directory on her account page.
    helper.goto(url_name(helper.site, "members:account", LANG))
    form = page.locator("form[action$='/club/profile/']")
    form.locator("input[name=listed]").check()
    form.locator("textarea[name=about]").fill(ABOUT)
    form.locator("input[name=show_telegram]").check()
    helper.shot("opts in to the directory")
    helper.navigate(form.locator("[type=submit]").click)
    assert page.url.endswith("/account/")
    assert page.locator(".message-success").count() == 1

    # Another member finds her by oblast.
    author = new_journey("phone", suffix="-author")
    _sign_in(author, AUTHOR_SLOT)
    apage = author.page
    author.goto(url_name(author.site, "club:directory", LANG))
    apage.locator("form.club-filters select[name=oblast]").select_option("issyk-kul")
    author.navigate(apage.locator("form.club-filters [type=submit]").click)
    assert "oblast=issyk-kul" in apage.url
    card = apage.locator(".member-card", has_text=helper_name)
    assert card.count() == 1, f"{helper_name} not found by oblast"
    assert ABOUT in card.inner_text() and "@" in card.inner_text()
    author.shot("found her by oblast")

    # ... and posts an initiative.
    author.goto(f"/{LANG}/club/initiatives/new/")
    form = apage.locator("form.initiative-form")
    form.locator("input[name=title]").fill(TITLE)
    form.locator("textarea[name=problem]").fill("Айылда аялдар чогула турган жай жок.")
    form.locator("textarea[name=goal]").fill("Мектептин бир бөлмөсүн жумасына эки жолу ачуу.")
    form.locator("textarea[name=help_needed]").fill("Айыл өкмөтү менен сүйлөшүүгө кеңеш керек.")
    author.shot("initiative written")
    author.navigate(form.locator("[type=submit]").click)
    assert "/club/initiatives/" in apage.url and apage.locator("h1").inner_text() == TITLE
    initiative_url = apage.url.split("#")[0].replace(author.site.base_url, "")

    # The first member offers help.
    helper.goto(url_name(helper.site, "club:initiatives", LANG))
    helper.navigate(page.locator("main a", has_text=TITLE).first.click)
    page.locator("form.offer-form textarea[name=message]").fill(OFFER)
    helper.navigate(page.locator("form.offer-form [type=submit]").click)
    assert page.locator(".offer", has_text=OFFER).count() == 1
    helper.shot("offered help")

    # The author sees it on her initiative and on her dashboard.
    author.goto(initiative_url)
    offer = apage.locator(".offer", has_text=OFFER)
    assert offer.count() == 1 and helper_name in offer.inner_text()
    author.shot("author sees the offer")
    author.goto(url_name(author.site, "home:dashboard", LANG))
    assert apage.locator(f".club-panel a[href='{initiative_url}']").count() == 1
    author.shot("dashboard")
    helper.assert_clean()
    author.assert_clean()


def test_club_pages_have_no_wcag21_aa_violations(new_journey):
    journey = new_journey("desktop", suffix="-a11y")
    _sign_in(journey, 1)
    page, found = journey.page, []
    paths = [url_name(journey.site, name, LANG) for name in ("club:home", "club:directory")]
    paths += [url_name(journey.site, name, LANG) for name in ("club:initiatives", "club:profile")]
    paths += [f"/{LANG}/club/initiatives/new/"]
    journey.goto(paths[0])
    for selector in ("main .initiative-card a", "main a[href*='/club/reflections/']"):
        link = page.locator(selector).first
        assert link.count() == 1, f"the Club's front page has no {selector}"
        paths.append(link.get_attribute("href"))
    for path in paths:
        journey.goto(path)
        found += [f"{path}: {line}" for line in violations(page)]
    assert not found, "\n".join(found)
    journey.assert_clean()
