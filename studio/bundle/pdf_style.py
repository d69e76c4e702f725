"""The look of brief.pdf: fonts (embedded, with the glyphs a brief needs), paragraph styles,
table styles, and the two drawings a plain paragraph cannot do: the planning timeline and an
empty checkbox for each acceptance criterion."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

import reportlab
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, TableStyle

from studio.bundle.spec import Timeline

Anchor = Literal["start", "middle", "end"]

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#2563eb")
RULE = colors.HexColor("#d2d6dc")
BAND = colors.HexColor("#f3f4f6")

# DejaVu covers Latin, Greek, Cyrillic and the typographic signs briefs use (– “ ” € ☐);
# reportlab's own Vera is the fallback on systems without it (macOS, Windows).
_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path(reportlab.__file__).parent / "fonts",
)
_FACES = {
    "regular": ("DejaVuSans.ttf", "Vera.ttf"),
    "bold": ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    "italic": ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
}


@functools.lru_cache(maxsize=1)
def fonts() -> dict[str, str]:
    """Register the embedded fonts once; returns face → font name."""
    names: dict[str, str] = {}
    for face, candidates in _FACES.items():
        for folder in _FONT_DIRS:
            found = next((folder / c for c in candidates if (folder / c).is_file()), None)
            if found is not None:
                name = f"Brief-{face}"
                pdfmetrics.registerFont(TTFont(name, str(found)))
                names[face] = name
                break
        else:  # pragma: no cover - reportlab ships Vera
            names[face] = {"regular": "Helvetica", "bold": "Helvetica-Bold"}.get(
                face, "Helvetica-Oblique"
            )
    pdfmetrics.registerFontFamily(
        "Brief",
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold"],
    )
    return names


@functools.lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    body = ParagraphStyle("body", fontName=f["regular"], fontSize=10, leading=14, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=9, leading=12, alignment=2
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=f["bold"], fontSize=28, leading=34, spaceAfter=10
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=13, leading=18, textColor=MUTED, spaceAfter=24
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=f["bold"],
            fontSize=17,
            leading=22,
            spaceBefore=6,
            spaceAfter=4,
            textColor=INK,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=f["bold"],
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "link": ParagraphStyle("link", parent=body, fontSize=9.5, textColor=ACCENT, spaceAfter=8),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2),
    }


def text(value: str) -> str:
    """Plain text made safe for a Paragraph (its markup is XML-like); line breaks kept."""
    return "<br/>".join(escape(line) for line in value.strip().splitlines())


def table_style(header: bool = True, totals: int = 0) -> TableStyle:
    """Grid-less tables: a tinted header, thin rules, the last `totals` rows in bold."""
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ]
    if totals:
        commands.append(("LINEABOVE", (0, -totals), (-1, -totals), 0.8, MUTED))
    return TableStyle(commands)


class CheckBox(Flowable):
    """An empty square, to tick on paper."""

    def __init__(self, size: float = 3.2 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def timeline_drawing(timeline: Timeline, width: float) -> Drawing:
    """A Gantt chart: one row per milestone, its bar placed by its computed dates."""
    f = fonts()
    label_width, row, top = min(55 * mm, width * 0.35), 6.5 * mm, 8 * mm
    chart = width - label_width
    height = top + row * max(len(timeline.bars), 1) + 2 * mm
    drawing = Drawing(width, height)
    if timeline.first and timeline.last:
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            x = label_width + share * chart
            drawing.add(Line(x, 0, x, height - top + 2 * mm, strokeColor=RULE, strokeWidth=0.4))
        y = height - 5 * mm
        drawing.add(_label(_day(timeline.first), label_width, y, f["regular"], "start", MUTED))
        drawing.add(_label(_day(timeline.last), width, y, f["regular"], "end", MUTED))
    for index, bar in enumerate(timeline.bars):
        y = height - top - (index + 1) * row + 1.5 * mm
        title = bar.title if len(bar.title) <= 32 else bar.title[:31] + "…"
        drawing.add(_label(title, 0, y + 1 * mm, f["regular"], "start", INK))
        if not bar.dated:
            drawing.add(
                _label("dates not set", label_width + 2, y + 1 * mm, f["italic"], "start", MUTED)
            )
            continue
        x = label_width + bar.start * chart
        w = max((bar.end - bar.start) * chart, 1.5 * mm)
        rect = Rect(x, y, w, row - 2.5 * mm, rx=1.5, ry=1.5)
        rect.fillColor, rect.strokeColor = ACCENT, None
        drawing.add(rect)
    return drawing


def _label(
    value: str, x: float, y: float, font: str, anchor: Anchor, color: colors.Color
) -> String:
    return String(x, y, value, fontName=font, fontSize=8, fillColor=color, textAnchor=anchor)


def _day(value: date) -> str:
    return value.isoformat()
