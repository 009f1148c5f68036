"""The emails the live site sent, read back as their recipient's mail reader would.

Every email goes through the outbox (home/outbox), which clears a row's body once it has
left; the journeys' server then hands it to Django's file backend (cms/settings/test.py,
CLUB_TEST_MAIL_DIR), one file per connection, messages separated by a line of dashes.
"""

import email
import json
import re
import time
from email import policy
from pathlib import Path
from urllib.parse import urlsplit

MAIL_DIR_ENV = "CLUB_TEST_MAIL_DIR"
SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def _sent(site):
    folder = Path(site.extra_env[MAIL_DIR_ENV])
    for path in sorted(folder.glob("*.log")) if folder.is_dir() else []:
        for chunk in path.read_bytes().split(SEPARATOR):
            if chunk.strip():
                yield email.message_from_bytes(chunk, policy=policy.default)


def mails_to(site, address, subject=None):
    """The emails that reached `address` (with `subject` in their subject, if given)."""
    return [
        message
        for message in _sent(site)
        if address in {a.addr_spec for a in message["To"].addresses}
        and (subject is None or subject in message["Subject"])
    ]


def wait_for_mail(site, address, subject=None, timeout=10):
    """The first email to `address`, once the outbox has delivered it (AssertionError if not)."""
    deadline = time.monotonic() + timeout
    while not (found := mails_to(site, address, subject)):
        assert time.monotonic() < deadline, f"no email to {address} ({subject or 'any subject'})"
        time.sleep(0.2)
    return found[0]


def link_path(message, part):
    """Path of the first link in the email's text containing `part`: the journeys' server
    does not live at SITE_BASE_URL, so the browser opens the path on it."""
    text = message.get_body(("plain",)).get_content()
    for url in re.findall(r"https?://\S+", text):
        if part in url:
            return urlsplit(url).path
    raise AssertionError(f"no link with {part!r} in: {text}")


def outbox_rows(site, address):
    """[(subject, status)] of the outbox rows to `address`, oldest first."""
    code = (
        "import json; from home.outbox.models import Message as M; "
        f"rows = M.objects.filter(recipient={address!r}).order_by('pk'); "
        "print('ROWS', json.dumps(list(rows.values_list('subject', 'status'))))"
    )
    out = site.manage("shell", "-c", code).stdout
    rows = json.loads(next(line for line in out.splitlines() if line.startswith("ROWS"))[5:])
    return [tuple(row) for row in rows]
