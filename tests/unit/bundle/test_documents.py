"""index.html and brief.pdf as documents: every section, the figures, escaping, links."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from studio.bundle.document import Document
from studio.bundle.pdf import render_pdf
from studio.bundle.spec import SECTIONS, cost_table, timeline
from studio.bundle.viewer import render_index
from studio.core.brief import Attachment
from studio.core.take import Chapter
from tests.unit.bundle.sample import MILESTONES, TITLE, TOTAL, require, sample_brief

CREATED = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
CHAPTERS = (Chapter("Summary", 0.0), Chapter("Planning", 42.5), Chapter("Costs", 95.0))


def document(video: bool = True) -> Document:
    brief = sample_brief()
    attachment = Attachment(
        name="Plan <v2>.pdf",
        path="attachments/12345678-Plan _v2_.pdf",
        size=2048,
        media_type="application/pdf",
    )
    brief = brief.__class__(**{**brief.__dict__, "attachments": (attachment,)})
    if not video:
        return Document(brief, CREATED, app_version="0.1.0")
    return Document(
        brief, CREATED, CHAPTERS, 120.0, "video/brief.mp4", "video/poster.jpg", app_version="0.1.0"
    )


class Links(HTMLParser):
    """Every URL the page would load or link to, and the ids it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.ids: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "poster", "action", "data") and value is not None:
                self.urls.append(value)
            if name == "id" and value:
                self.ids.append(value)
        self.scripts += tag == "script"


def test_cost_and_timeline_figures() -> None:
    costs = cost_table(sample_brief())
    assert costs.total == TOTAL and costs.subtotal == "€6,323.50"
    assert [p.amount for p in costs.payments] == ["€2,086.76", "€4,869.09"]
    assert cost_table(sample_brief(), "fr_FR").total == "6\u202f955,85\xa0€"
    line = timeline(sample_brief())
    assert [b.title for b in line.bars] == list(MILESTONES)
    assert (line.first, line.last) == (date(2025, 3, 3), date(2025, 5, 1)), "to the deadline"
    assert line.bars[0].start == 0.0 and line.bars[1].end == pytest.approx(30 / 59)


def test_index_has_every_section_and_only_local_links() -> None:
    html = render_index(document())
    page = Links()
    page.feed(html)
    assert [i for i in page.ids if i.startswith("section-")] == [
        f"section-{k}" for k, _ in SECTIONS
    ]
    assert page.scripts == 1 and "video" in page.ids
    for url in page.urls:
        assert not re.match(r"^(https?:|//|ftp:)", url), url
    assert set(page.urls) >= {
        "video/brief.mp4",
        "video/poster.jpg",
        "brief.pdf",
        "brief.md",
        "attachments/12345678-Plan _v2_.pdf",
        "data:,",
    }
    assert "http://" not in html and "https://" not in html and "@import" not in html
    for name in MILESTONES:
        assert name in html
    assert TOTAL in html and "€6,323.50" in html
    assert 'data-t="42.5"' in html and 'data-t="95"' in html
    assert html.count('class="chapter"') == 3
    assert html.count('type="checkbox"') == 3  # acceptance criteria as a checklist


def test_index_escapes_the_brief() -> None:
    html = render_index(document())
    assert "<for>" not in html and "&lt;for&gt;" in html
    assert "<b>not bold</b>" not in html and "&lt;b&gt;not bold&lt;/b&gt;" in html
    assert "Plan &lt;v2&gt;.pdf" in html
    assert f"<title>{escape(TITLE)}</title>" in html


def test_index_without_video() -> None:
    html = render_index(document(video=False))
    assert "<video" not in html and 'class="chapter"' not in html and "data-t=" not in html
    assert 'class="no-video"' in html and 'href="brief.pdf"' in html


def test_pdf_has_selectable_text_and_video_links(tmp_path: Path) -> None:
    pdftotext = require("pdftotext")
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_pdf(document()))
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert TITLE in flat
    for name in (*MILESTONES, TOTAL, "€6,323.50", "Covers every page", "Late photos"):
        assert name in flat, name
    for _, title in SECTIONS:
        assert title in flat, title
    assert "Watch this section in the video (from 0:42)" in flat
    raw = pdf.read_bytes()
    assert b"(index.html#t=42.5)" in raw and b"(index.html#t=95)" in raw
    assert b"(index.html#t=" in raw and b"/URI" in raw


def test_pdf_without_video_has_no_video_links(tmp_path: Path) -> None:
    raw = render_pdf(document(video=False))
    assert b"index.html#t=" not in raw
