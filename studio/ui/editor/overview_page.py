"""The Overview step: title, summary, client, language, status, skills and languages."""

from __future__ import annotations

from dataclasses import replace

from babel import Locale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from studio.core.brief import Brief, Status
from studio.core.problem import Problem
from studio.ui.editor.form_fields import FormFields
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import ensure_visible, page_body, page_heading, section_label
from studio.ui.editor.session import EditSession
from studio.ui.labels import status_choices

# Languages a brief is most often written in; a brief in another one keeps its code.
BRIEF_LANGUAGES = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "nl",
    "pt",
    "pl",
    "sv",
    "da",
    "fi",
    "nb",
    "cs",
    "ja",
    "zh",
)


def language_name(code: str) -> str:
    """ "fr" → "Français (fr)": each language by its own name, whatever the UI language."""
    try:
        name = Locale.parse(code.replace("-", "_")).get_language_name(code) or ""
    except (ValueError, LookupError):
        return code
    return f"{name[:1].upper()}{name[1:]} ({code})" if name else code


class OverviewPage(EditorPage):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.fields = FormFields(session, self)
        column = page_body(self, scrolling=True)
        column.addWidget(
            page_heading(
                self.tr("Overview"),
                self.tr(
                    "Say what the project is about and who it is for. A freelancer reads "
                    "this first to decide whether the project is for them."
                ),
            )
        )

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Online shop for a bakery"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(
            self.tr(
                "The context: the problem to solve, who will use the result, what exists today."
            )
        )
        self.summary_edit.setMinimumHeight(140)
        # One form for every section, so that all the fields line up.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("S&ummary"), self.summary_edit)

        form.addRow(section_label(self.tr("Client")))
        self.client_name_edit = QLineEdit()
        self.client_name_edit.setPlaceholderText(self.tr("The person to talk to"))
        self.client_company_edit = QLineEdit()
        self.client_company_edit.setPlaceholderText(self.tr("Company or organisation"))
        self.client_contact_edit = QLineEdit()
        self.client_contact_edit.setPlaceholderText(self.tr("Email address or phone number"))
        form.addRow(self.tr("&Name"), self.client_name_edit)
        form.addRow(self.tr("C&ompany"), self.client_company_edit)
        form.addRow(self.tr("&Contact"), self.client_contact_edit)

        form.addRow(section_label(self.tr("About the brief")))
        self.language_combo = QComboBox()
        for code in BRIEF_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.status_combo = QComboBox()
        for value, label in status_choices():
            self.status_combo.addItem(label, value)
        self.skills_edit = QLineEdit()
        self.skills_edit.setPlaceholderText(self.tr("e.g. Python, UX research, Figma"))
        self.skills_edit.setToolTip(self.tr("Separate the skills with commas."))
        self.languages_edit = QLineEdit()
        self.languages_edit.setPlaceholderText(self.tr("e.g. English, French"))
        self.languages_edit.setToolTip(self.tr("Separate the languages with commas."))
        written_in = QLabel(self.tr("&Written in"))
        written_in.setBuddy(self.language_combo)
        form.addRow(
            written_in, self._pair(self.language_combo, self.tr("St&atus"), self.status_combo)
        )
        form.addRow(self.tr("S&kills needed"), self.skills_edit)
        form.addRow(self.tr("&Languages needed"), self.languages_edit)
        column.addLayout(form)
        column.addStretch(1)
        self._bind()
        self.refresh(session.brief)
        self.show_problems(session.problems)

    def _pair(self, first: QWidget, second_label: str, second: QWidget) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        label = QLabel(second_label)
        label.setBuddy(second)
        grid.addWidget(first, 0, 0)
        grid.addWidget(label, 0, 1)
        grid.addWidget(second, 0, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        return box

    def _bind(self) -> None:
        f = self.fields
        f.line(
            self.title_edit,
            "title",
            lambda b: b.title,
            lambda b, v: replace(b, title=v),
            self.tr("Edit title"),
        )
        f.text(
            self.summary_edit,
            "summary",
            lambda b: b.summary,
            lambda b, v: replace(b, summary=v),
            self.tr("Edit summary"),
        )
        f.line(
            self.client_name_edit,
            "client.name",
            lambda b: b.client.name,
            lambda b, v: replace(b, client=replace(b.client, name=v)),
            self.tr("Edit client name"),
        )
        f.line(
            self.client_company_edit,
            "client.company",
            lambda b: b.client.company,
            lambda b, v: replace(b, client=replace(b.client, company=v)),
            self.tr("Edit client company"),
        )
        f.line(
            self.client_contact_edit,
            "client.contact",
            lambda b: b.client.contact,
            lambda b, v: replace(b, client=replace(b.client, contact=v)),
            self.tr("Edit client contact"),
        )
        f.choice(
            self.language_combo,
            "language",
            lambda b: b.language,
            lambda b, v: replace(b, language=v),
            self.tr("Change language"),
        )
        f.choice(
            self.status_combo,
            "status",
            lambda b: b.status.value,
            lambda b, v: replace(b, status=Status(v)),
            self.tr("Change status"),
        )
        f.tags(
            self.skills_edit,
            "skills",
            lambda b: b.skills,
            lambda b, v: replace(b, skills=v),
            self.tr("Edit skills"),
        )
        f.tags(
            self.languages_edit,
            "languages",
            lambda b: b.languages,
            lambda b, v: replace(b, languages=v),
            self.tr("Edit languages"),
        )

    # ---- EditorPage -------------------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        if self.language_combo.findData(brief.language) < 0:
            self.language_combo.addItem(language_name(brief.language), brief.language)
        self.fields.refresh(brief)

    def show_problems(self, problems: list[Problem]) -> None:
        self.fields.show_problems(problems)

    def focus_path(self, path: str) -> bool:
        widget = self.fields.focus(path)
        if widget is None:
            return False
        if isinstance(widget, QLineEdit):
            widget.selectAll()  # typing replaces what is there
        ensure_visible(widget)
        return True
