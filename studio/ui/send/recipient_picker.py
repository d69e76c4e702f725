"""Pick who gets the brief: the address book as a checkable list, with a search box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.store.recipients import Recipient

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def _haystack(r: Recipient) -> str:
    words = [r.name, r.email, r.country, r.timezone, *r.languages, *r.tags, r.notes]
    return " ".join(words).casefold()


class RecipientPicker(QWidget):
    """Emits `changed` when the set of checked recipients changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("RecipientSearch")
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, country or tag"))
        self.search.setAccessibleName(self.tr("Search recipients"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("RecipientList")
        self.list.setAccessibleName(self.tr("Recipients"))
        self.list.itemChanged.connect(lambda _item: self._checks_changed())
        self.count_label = QLabel()
        self.count_label.setProperty("role", "help")
        self.all_button = QPushButton(self.tr("Select Shown"))
        self.all_button.clicked.connect(lambda: self._check_shown(True))
        self.none_button = QPushButton(self.tr("Clear"))
        self.none_button.clicked.connect(lambda: self._check_shown(False))
        self.empty_label = QLabel(
            self.tr(
                "Your address book is empty. Add the freelancers you work with, then pick "
                "who gets this brief."
            )
        )
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setWordWrap(True)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.all_button)
        bottom.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)
        self._filling = False
        self.set_recipients([], {})

    def set_recipients(self, recipients: list[Recipient], sent: dict[str, str]) -> None:
        """Show the address book; checks survive by id. `sent`: recipient id → what they
        already got of this brief ("Sent", "Failed"…), shown after their name."""
        keep = set(self.checked_ids())
        self._filling = True
        try:
            self.list.clear()
            for r in recipients:
                text = r.name + (f"  <{r.email}>" if r.email else "")
                if r.id in sent:
                    text += "  · " + sent[r.id]
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                item.setData(NAME_ROLE, r.name)
                item.setData(Qt.ItemDataRole.UserRole + 2, _haystack(r))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if r.id in keep else Qt.CheckState.Unchecked
                )
                item.setToolTip(self._details(r))
                self.list.addItem(item)
        finally:
            self._filling = False
        has_any = bool(recipients)
        for widget in (self.search, self.list, self.all_button, self.none_button):
            widget.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self.count_label.setVisible(has_any)
        self._fit_height()
        self._filter(self.search.text())
        self._checks_changed()

    def _fit_height(self) -> None:
        """As tall as its rows, from 3 to 8 of them: no blank box, no tiny one."""
        row = self.list.sizeHintForRow(0) if self.list.count() else 0
        row = max(row, self.list.fontMetrics().height() + 4)
        rows = min(max(self.list.count(), 3), 8)
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 4)

    def _details(self, r: Recipient) -> str:
        lines = [r.name]
        if r.email:
            lines.append(r.email)
        place = ", ".join(p for p in (r.country, r.timezone) if p)
        if place:
            lines.append(place)
        if r.languages:
            lines.append(self.tr("Languages: {codes}").format(codes=", ".join(r.languages)))
        if r.rate is not None:
            lines.append(
                self.tr("Rate: {rate} {currency}").format(rate=r.rate, currency=r.currency)
            )
        if r.tags:
            lines.append(self.tr("Tags: {tags}").format(tags=", ".join(r.tags)))
        return "\n".join(lines)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def checked_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def checked_names(self) -> list[str]:
        return [i.data(NAME_ROLE) for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, names: list[str]) -> None:
        wanted = {n.casefold() for n in names}
        for item in self._items():
            on = str(item.data(NAME_ROLE)).casefold() in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _check_shown(self, on: bool) -> None:
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 2))
            item.setHidden(not all(w in haystack for w in words))

    def _checks_changed(self) -> None:
        if self._filling:
            return
        count = len(self.checked_ids())
        self.count_label.setText(
            self.tr("{count} of {total} selected").format(count=count, total=self.list.count())
        )
        self.changed.emit()
