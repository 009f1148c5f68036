"""Models of the news app: news, events with their programmes, registrations, mailing list."""

from .events import EventFormat, EventIndexPage, EventPage, EventProgrammeItem
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .newsletter import (
    IssueStatus,
    NewsletterIssue,
)
from .records import EventRegistration, RegistrationStatus, Subscription, SubscriptionStatus

__all__ = [
    "IssueStatus",
    "NewsletterIssue",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "EventProgrammeItem",
    "EventRegistration",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "RegistrationStatus",
    "Subscription",
    "SubscriptionStatus",
]
