"""The Inputs step: what the client provides (a table), and the files attached to the brief."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from studio.core.brief import Attachment, Brief, Input, InputKind
from studio.core.errors import StudioError
from studio.core.problem import Problem
from studio.store.attachments import add_attachment, remove_attachment
from studio.ui import dialogs
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import page_body, page_heading, section_label
from studio.ui.editor.row_model import Column, Kind, row_path
from studio.ui.editor.row_table import RowTable, RowTexts
from studio.ui.editor.session import EditSession
from studio.ui.labels import kind_choices

ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole


class InputsPage(EditorPage):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        column = page_body(self)
        column.addWidget(
            page_heading(
                self.tr("Inputs"),
                self.tr(
                    "What you will provide to the freelancer, and from when: data, "
                    "documents, accesses, people to talk to."
                ),
            )
        )
        columns: list[Column[Input]] = [
            Column(
                "name",
                self.tr("Name"),
                lambda i: i.name,
                lambda i, v: replace(i, name=str(v)),
                width=220,
            ),
            Column(
                "description",
                self.tr("Description"),
                lambda i: i.description,
                lambda i, v: replace(i, description=str(v)),
            ),
            Column(
                "kind",
                self.tr("Kind"),
                lambda i: i.kind,
                lambda i, v: replace(i, kind=InputKind(v)),
                Kind.CHOICE,
                kind_choices(),
                120,
            ),
            Column(
                "available_from",
                self.tr("Available from"),
                lambda i: i.available_from,
                lambda i, v: replace(i, available_from=v),
                Kind.DATE,
                width=130,
            ),
        ]
        texts = RowTexts(
            add=self.tr("Add input"),
            remove=self.tr("Remove input"),
            move=self.tr("Move input"),
            edit=self.tr("Edit input"),
            empty=self.tr("Nothing listed yet. Add what the freelancer will get from you."),
        )
        self.table: RowTable[Input] = RowTable(
            "inputs", columns, Input, self._apply_inputs, texts, self
        )
        column.addWidget(self.table, 3)

        column.addWidget(section_label(self.tr("Attachments")))
        hint = QLabel(
            self.tr(
                "Files the freelancer needs: specifications, mock-ups, data "
                "samples. They are copied into your library."
            )
        )
        hint.setProperty("role", "help")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.attachments = QListWidget()
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setMinimumHeight(90)
        self.add_file_button = QPushButton(self.tr("Add file…"))
        self.add_file_button.clicked.connect(self.add_files)
        self.remove_file_button = QPushButton(self.tr("Remove file"))
        self.remove_file_button.clicked.connect(self.remove_file)
        self.attachments.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        column.addWidget(self.attachments, 1)
        column.addLayout(buttons)
        self.refresh(session.brief)
        self.show_problems(session.problems)

    def _apply_inputs(self, rows: tuple[Input, ...], text: str, merge_key: str | None) -> None:
        self.session.apply(text, replace(self.session.brief, inputs=rows), merge_key)

    # ---- attachments ------------------------------------------------------------------

    def add_files(self) -> None:
        paths = dialogs.open_files(self, self.tr("Attach files to the brief"))
        if paths:
            self.attach(paths)

    def attach(self, paths: list[Path]) -> None:
        """Copy the files into the library and attach them, as one undo step."""
        brief = self.session.brief
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                brief = add_attachment(self.session.library.data_dir, brief, path)
        except StudioError as error:
            failure: str | None = error.message
        else:
            failure = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            dialogs.warn(self, self.tr("Could not attach the file"), failure)
            return
        self.session.apply(self.tr("Attach files"), brief)

    def remove_file(self) -> None:
        item = self.attachments.currentItem()
        if item is not None:
            brief = remove_attachment(self.session.brief, item.data(ATTACHMENT_ID_ROLE))
            self.session.apply(self.tr("Remove attachment"), brief)

    def _show_attachments(self, attachments: tuple[Attachment, ...]) -> None:
        shown = [
            self.attachments.item(i).data(ATTACHMENT_ID_ROLE)
            for i in range(self.attachments.count())
        ]
        if shown == [a.id for a in attachments]:
            return
        row = self.attachments.currentRow()
        self.attachments.clear()
        locale = QLocale()
        for attachment in attachments:
            size = locale.formattedDataSize(attachment.size)
            item = QListWidgetItem(f"{attachment.name} — {size}")
            item.setData(ATTACHMENT_ID_ROLE, attachment.id)
            item.setToolTip(attachment.media_type)
            self.attachments.addItem(item)
        if attachments:
            self.attachments.setCurrentRow(min(max(row, 0), len(attachments) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_file_button.setEnabled(self.attachments.currentItem() is not None)

    # ---- EditorPage -------------------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        self.table.set_rows(brief.inputs)
        self._show_attachments(brief.attachments)

    def show_problems(self, problems: list[Problem]) -> None:
        self.table.show_problems(problems)

    def focus_path(self, path: str) -> bool:
        where = row_path(path, "inputs")
        if where is not None:
            return self.table.focus_cell(*where)
        if path.startswith("attachments"):
            self.attachments.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
