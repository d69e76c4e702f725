"""The per-recipient message: language, pitch, link and expiry, reply-by date, mailto."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import parse_qs, unquote, urlsplit

from studio.core.brief import Brief, Client
from studio.delivery.messages import compose, language_for, mailto_url, pitch
from studio.store.recipients import Recipient

BRIEF = Brief(
    title="Shop  rewrite",
    summary="Rewrite the checkout of an old PHP shop. It loses carts.\n\nSecond paragraph.",
    client=Client(name="Claire"),
)
EXPIRES = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)


def test_english_message_has_pitch_link_expiry_and_reply_by() -> None:
    message = compose(BRIEF, Recipient("Bob"), "https://x/y", EXPIRES, today=date(2026, 3, 1))
    assert message.language == "en"
    assert message.subject == "Project brief: Shop rewrite"
    body = message.body
    assert body.startswith("Hello Bob,\n\nRewrite the checkout of an old PHP shop. It loses carts.")
    assert "Second paragraph" not in body
    assert "https://x/y" in body and "March 10, 2026" in body
    assert "by March 8, 2026" in body  # a week from today, before the link expires
    assert body.rstrip().endswith("Claire")


def test_french_for_a_french_speaker_in_their_time_zone() -> None:
    ana = Recipient("Ana", languages=("fr-FR",), timezone="Europe/Paris")
    message = compose(BRIEF, ana, "https://x/y", EXPIRES, reply_by=date(2026, 3, 5))
    assert message.language == "fr"
    assert message.subject == "Cahier des charges : Shop rewrite"
    assert message.body.startswith("Bonjour Ana,")
    assert "10 mars 2026" in message.body and "18:00" in message.body  # 17:00 UTC in Paris
    assert "avant le 5 mars 2026" in message.body


def test_language_choice_and_no_expiry() -> None:
    assert language_for(Recipient("A", languages=("de", "fr")), BRIEF) == "fr"
    assert language_for(Recipient("A", languages=("de",)), Brief(language="fr")) == "fr"
    assert language_for(Recipient("A", languages=("fr",)), BRIEF, asked="en") == "en"
    assert language_for(Recipient("A"), Brief(language="pt")) == "en"
    message = compose(Brief(title="T"), Recipient("A"), "file:///x", None, date(2026, 1, 2))
    assert "works until" not in message.body
    assert "a project: “T”" in message.body  # no summary: a sentence from the title


def test_long_summary_is_cut_at_a_sentence() -> None:
    long = Brief(summary="Short sentence. " + "word " * 200)
    assert pitch(long) == "Short sentence." or pitch(long).endswith("…")
    assert len(pitch(long)) <= 600


def test_mailto_url_encodes_for_mail_clients() -> None:
    message = compose(BRIEF, Recipient("Bob"), "https://x/y?a=1&b=2", None, date(2026, 1, 2))
    url = mailto_url("bob+briefs@example.com", message)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "bob+briefs@example.com"
    assert "+" not in parts.query.replace("%2B", "")  # spaces as %20, never +
    query = parse_qs(parts.query)
    assert query["subject"] == [message.subject]
    assert query["body"] == [message.body.replace("\n", "\r\n")]
