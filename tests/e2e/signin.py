"""Signing in through the real form, with the demo accounts seed_demo printed."""

from .pages import accounts, url_name


def member_account(site, slot=0):
    """(username, password) of a demo member (not mentor/editor/admin), or None."""
    names = list(accounts(site).get("DEMO_MEMBER_USERNAMES") or [])
    names = names[slot:] + names[:slot]
    for username in names:
        if username in site.credentials:
            return username, site.credentials[username]["password"]
    for username, info in site.credentials.items():
        if "member" in info["role"].lower() and "admin" not in info["role"].lower():
            return username, info["password"]
    return None


def mentor_account(site):
    username = accounts(site).get("MENTOR_USERNAME", "saliya")
    info = site.credentials.get(username)
    return (username, info["password"]) if info else None


def login_path(site, lang):
    return url_name(site, "login", lang)


def sign_in(journey, username, password, lang="ky", shot=True):
    """Fill the sign-in form; True when the site then shows the user as signed in."""
    path = login_path(journey.site, lang)
    if not path:
        return False
    page = journey.page
    journey.goto(path)
    if shot:
        journey.shot(f"sign-in form {lang}")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    journey.navigate(page.locator("form:has(input[name=password]) [type=submit]").first.click)
    if shot:
        journey.shot(f"signed in {lang}")
    return page.locator("input[name=password]").count() == 0


def sign_in_member(journey, lang="ky", slot=0):
    account = member_account(journey.site, slot)
    if not account:
        return False
    return sign_in(journey, *account, lang=lang)


def sign_in_to_admin(journey, username, password):
    """The Wagtail admin's own sign-in form (outside the language prefixes)."""
    page = journey.page
    journey.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    journey.navigate(page.locator("form [type=submit]").first.click)
