"""The brief's outline beside the preview, the section being recorded highlighted."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from studio.ui.video.outline import Section


class Teleprompter(QScrollArea):
    """`set_sections(...)` then `set_current(i)`; -1 highlights nothing (not recording).

    Clicking a section emits `section_clicked(i)`; `show_section(i)` highlights and scrolls
    to one without making it the section being recorded (for a look before recording).
    From the keyboard, the outline works like a list: Tab to it, Up/Down/Home/End move a
    cursor over the sections, Enter or Space does what a click does.
    """

    section_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Teleprompter")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Outline of the brief"))
        self.sections: list[Section] = []
        self.labels: list[QLabel] = []
        self.current = -1
        self.key_section = -1  # the section the keyboard is on (-1 without focus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        holder = QWidget()
        holder.setObjectName("TeleprompterBody")
        self._column = QVBoxLayout(holder)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        self._column.addStretch(1)
        self.setWidget(holder)

    def set_sections(self, sections: list[Section]) -> None:
        if sections == self.sections:
            return
        self.sections = sections
        while len(self.labels) < len(sections):
            label = QLabel()
            label.setObjectName("PrompterSection")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)  # read while speaking
            label.setFont(font)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.installEventFilter(self)
            label.setAccessibleDescription(self.tr("Enter or a click goes to this section"))
            self._column.insertWidget(len(self.labels), label)
            self.labels.append(label)
        for label in self.labels[len(sections) :]:
            label.hide()
        for index, (section, label) in enumerate(zip(sections, self.labels, strict=False)):
            lines = "<br>".join(escape(line) for line in section.lines)
            label.setText(f"<b>{index + 1}. {escape(section.title)}</b><br>{lines}")
            label.setAccessibleName(section.title)
            label.show()
        self.set_current(self.current)

    def set_current(self, index: int) -> None:
        self.current = index
        self._style(lambda i: "current" if i == index else ("done" if 0 <= i < index else ""))
        if 0 <= index < len(self.labels):
            self.ensureWidgetVisible(self.labels[index], 0, 40)

    def show_section(self, index: int) -> None:
        """Highlight section `index` and scroll to it; the section recorded stays as it is."""
        if not 0 <= index < len(self.sections):
            return
        self._style(lambda i: "current" if i == index else "")
        self.ensureWidgetVisible(self.labels[index], 0, 40)

    def highlighted(self) -> int:
        """The section shown highlighted, or -1."""
        states = [label.property("state") for label in self.labels[: len(self.sections)]]
        return states.index("current") if "current" in states else -1

    def _style(self, state_of: Callable[[int], str]) -> None:
        for i, label in enumerate(self.labels):
            state = state_of(i)
            if label.property("state") != state:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        clicks = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
        if (
            event.type() in clicks
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and watched in self.labels
        ):
            index = self.labels.index(watched)  # type: ignore[arg-type]
            if index < len(self.sections):
                if event.type() == QEvent.Type.MouseButtonRelease:
                    self.section_clicked.emit(index)
                return True  # the press too: the click is the section's
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        last = len(self.sections) - 1
        moves = {
            Qt.Key.Key_Up: self.key_section - 1,
            Qt.Key.Key_Down: self.key_section + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        key = Qt.Key(event.key())
        if last < 0 or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in moves:
            self._move_key_section(max(0, min(last, moves[key])))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if 0 <= self.key_section <= last:
                self.section_clicked.emit(self.key_section)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if self.sections:
            start = self.highlighted() if self.highlighted() >= 0 else max(0, self.current)
            self._move_key_section(min(start, len(self.sections) - 1))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self._move_key_section(-1)

    def _move_key_section(self, index: int) -> None:
        self.key_section = index
        for i, label in enumerate(self.labels):
            marked = i == index
            if bool(label.property("keyboard")) != marked:
                label.setProperty("keyboard", marked)
                label.style().unpolish(label)
                label.style().polish(label)
        if 0 <= index < len(self.labels):
            self.ensureWidgetVisible(self.labels[index], 0, 40)

    def title(self, index: int) -> str:
        return self.sections[index].title if 0 <= index < len(self.sections) else ""
