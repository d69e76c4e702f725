"""The message each recipient gets with their link, in their language, and its mailto: URL.

Templates live in resources/messages/<language>.json (English and French): greeting, a
one-paragraph pitch from the brief's summary, the link and its expiry, and the date by which
a proposal is expected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_datetime

from studio.core.brief import Brief
from studio.resources import resource_path
from studio.store.recipients import Recipient

LANGUAGES = ("en", "fr")
PITCH_MAX = 600  # characters: one paragraph that reads on a phone
REPLY_DAYS = 7  # default time to answer when the link does not expire sooner


@dataclass(frozen=True)
class Message:
    language: str
    subject: str
    body: str


@cache
def templates(language: str) -> dict[str, str]:
    path = resource_path("messages", f"{language}.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def language_for(recipient: Recipient, brief: Brief, asked: str | None = None) -> str:
    """The asked language, else the recipient's first we have, else the brief's, else en."""
    for code in (asked, *recipient.languages, brief.language):
        base = (code or "").lower().replace("_", "-").split("-")[0]
        if base in LANGUAGES:
            return base
    return "en"


def pitch(brief: Brief, limit: int = PITCH_MAX) -> str:
    """The summary's first paragraph, cut at a sentence end when too long."""
    paragraphs = [p for p in re.split(r"\n\s*\n", brief.summary.strip()) if p.strip()]
    if not paragraphs:
        return ""
    text = " ".join(paragraphs[0].split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[: end + 1] if end > limit // 3 else cut.rsplit(" ", 1)[0] + "…"


def compose(
    brief: Brief,
    recipient: Recipient,
    link: str,
    expires: datetime | None,
    reply_by: date | None = None,
    language: str | None = None,
    today: date | None = None,
) -> Message:
    lang = language_for(recipient, brief, language)
    t = templates(lang)
    title = " ".join(brief.title.split())
    if reply_by is None:
        soon = (today or date.today()) + timedelta(days=REPLY_DAYS)
        reply_by = min(soon, expires.date()) if expires else soon
    expiry = t["no_expiry"]
    if expires is not None:
        when = format_datetime(expires, format="long", locale=lang, tzinfo=_zone(recipient))
        expiry = t["expires"].format(date=when)
    body = t["body"].format(
        name=" ".join(recipient.name.split()),
        pitch=pitch(brief) or t["pitch_fallback"].format(title=title),
        link=link,
        expiry=expiry,
        reply_by=format_date(reply_by, format="long", locale=lang),
        sender=brief.client.name or brief.client.company,
    )
    return Message(lang, t["subject"].format(title=title), body.rstrip() + "\n")


def _zone(recipient: Recipient) -> tzinfo | None:
    """The expiry is shown in the recipient's time zone when we know it."""
    try:
        return ZoneInfo(recipient.timezone) if recipient.timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def mailto_url(email: str, message: Message) -> str:
    """RFC 6068: spaces as %20 (not +), line breaks as CRLF."""
    body = message.body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (
        f"mailto:{quote(email, safe='@')}?subject={quote(message.subject, safe='')}"
        f"&body={quote(body, safe='')}"
    )
