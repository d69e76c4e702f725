"""The parts every editor page is laid out with: its heading, section titles, a scroll area."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

CONTENT_MAX_WIDTH = 1100  # long lines of form fields are hard to read on wide screens


def page_heading(title: str, help_text: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    heading = QLabel(title)
    heading.setProperty("role", "heading")
    heading.setAccessibleName(title)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    heading.setFont(font)
    helper = QLabel(help_text)
    helper.setProperty("role", "help")
    helper.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(helper)
    return box


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "section")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def page_body(page: QWidget, scrolling: bool = False) -> QVBoxLayout:
    """The page's main column (width-limited, on the left), optionally in a scroll area."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    content = QWidget()
    content.setObjectName("PageContent")
    content.setMaximumWidth(CONTENT_MAX_WIDTH)
    grow = QSizePolicy.Policy.Expanding
    content.setSizePolicy(grow, QSizePolicy.Policy.Preferred if scrolling else grow)
    column = QVBoxLayout(content)
    column.setContentsMargins(24, 18, 24, 18)
    column.setSpacing(10)
    holder = QWidget()
    holder.setObjectName("PageContentHolder")
    # The content takes the width up to its maximum; the stretch after it takes the rest.
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(content, 1)
    row.addStretch(0)
    if scrolling:
        scroll = QScrollArea(page)
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer.addWidget(scroll)
    else:
        outer.addWidget(holder)
    return column


def ensure_visible(widget: QWidget) -> None:
    """Scroll the page so that `widget` (just focused) can be seen."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 40)
            return
        parent = parent.parentWidget()
