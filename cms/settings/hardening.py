"""Limits on abuse and the Content-Security-Policy: fixed policy, read by base.py.

Nothing here reads the environment (base.py does, in one place); operators tune the rates
by overriding CLUB_RATE_LIMITS in their settings module.
"""

from csp.constants import NONCE, NONE, SELF

# How many attempts one client address ("ip") and one email address ("email") may make, as
# django-ratelimit rates "count/period" (s, m, h, d; "20/10m" = 20 per 10 minutes). Join,
# password reset, mailing list and event registration count submissions that would send an
# email or create a record; sign-in counts failed attempts only, on top of django-axes'
# lockout per username. Per-address rates leave room for a training room or a mobile network
# where many women share one public address. Read by home/ratelimits.py.
CLUB_RATE_LIMITS = {
    "join": {"ip": "10/h", "email": "3/h"},
    "password_reset": {"ip": "10/h", "email": "3/h"},
    "mailing_list": {"ip": "10/h", "email": "3/h"},
    "event_registration": {"ip": "30/h", "email": "10/h"},
    "sign_in": {"ip": "20/10m"},
    # Changing her email on the account page: every attempt, "email" counts per account.
    "email_change": {"ip": "10/h", "email": "5/h"},
    # A visitor's graded answers to one knowledge check, like a member's 10 attempts per 10
    # minutes (courses/checks.py): the check is no free answer oracle.
    "knowledge_check": {"ip": "10/10m"},
    # The Club space: "email" counts per member account here (home/club/services.py).
    "club_initiative": {"ip": "30/h", "email": "5/h"},
    "club_reply": {"ip": "120/h", "email": "30/h"},
    "club_report": {"ip": "60/h", "email": "20/d"},
    # Messages on a reflection after feedback, hers and her mentor's ("email": per account).
    "reflection_message": {"ip": "60/h", "email": "10/10m"},
}
# The client address honours X-Forwarded-For only when SECURE_BEHIND_PROXY is on.
RATELIMIT_IP_META_KEY = "home.ratelimits.client_ip"
# The counts live in the "ratelimit" cache (above), which every worker shares.
RATELIMIT_USE_CACHE = "ratelimit"
AXES_CLIENT_IP_CALLABLE = "home.ratelimits.client_ip"
# When the cache cannot give a count, let the attempt through rather than refuse everyone.
RATELIMIT_FAIL_OPEN = True

# Everything comes from this site; scripts only from static files (a nonce for any inline one,
# {{ request.csp_nonce }}). Frames: only the video hosts the video block embeds. The Wagtail
# admin (inline scripts of its own) keeps Django's and Wagtail's defaults.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        # The service worker (/sw.js) and the web app manifest, from this site only.
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "frame-src": [
            # A lesson's SCORM or H5P package, from its own path (courses/packages/serving.py).
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
