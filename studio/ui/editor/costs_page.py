"""The Costs step: currency and pricing, line items and totals, budget range, payment schedule."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from babel.numbers import get_currency_name
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.core.brief import Brief, CostItem, Payment, PricingModel
from studio.core.money import HUNDRED, ZERO, is_known_currency, known_currencies
from studio.core.problem import Problem
from studio.ui.editor import field_marks
from studio.ui.editor.cost_model import CostItemModel, ItemColumn, PaymentColumn, PaymentModel
from studio.ui.editor.cost_summary import CostSummary, ProblemLabel
from studio.ui.editor.delegates import (
    ChoiceDelegate,
    DecimalDelegate,
    TextDelegate,
    refresh_open_editor,
)
from studio.ui.editor.form_fields import LeaveUndoToTheBrief
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import page_heading, section_label
from studio.ui.editor.row_actions import EmptyNote, RowActions, RowEditing
from studio.ui.editor.session import EditSession
from studio.ui.editor.value_edits import babel_locale_name, percent_text

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "INR", "BRL")
_ROW_PATH = re.compile(r"^costs\.(items|payments)\[(\d+)\](?:\.(\w+))?")
_ERROR_STYLE = "color: #c62828;"  # as app.qss colours errors


class CostsPage(EditorPage):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.currency = QComboBox(self)
        self.currency_name = QLabel(self)
        self.pricing = QComboBox(self)
        self.items_model = CostItemModel(session, self)
        self.items_view = self._table(self.items_model, "costItems")
        self.item_actions = RowActions(self.items_view, self.tr("Add line"), self)
        self.summary = CostSummary(session, self)
        self.payments_model = PaymentModel(session, self)
        self.payments_view = self._table(self.payments_model, "payments")
        self.payment_actions = RowActions(self.payments_view, self.tr("Add payment"), self)
        self.payment_sum = ProblemLabel(self, align_left=True)
        self.message = QLabel(self)  # why a typed amount was refused
        self._build()
        self._connect()
        self.refresh(session.brief)
        self.show_problems(session.problems)

    def _table(self, model: CostItemModel | PaymentModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.setItemDelegate(TextDelegate(view))
        return view

    def _build(self) -> None:
        common = [c for c in COMMON_CURRENCIES if is_known_currency(c)]
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(common)
        self.currency.insertSeparator(len(common))
        self.currency.addItems(sorted(known_currencies() - set(common)))
        self.currency.setMinimumContentsLength(5)
        self.currency_name.setProperty("role", "help")
        self.pricing.addItem(self.tr("Fixed price"), PricingModel.FIXED.value)
        self.pricing.addItem(self.tr("Hourly (time and materials)"), PricingModel.HOURLY.value)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self._build_tables()
        self._lay_out()
        undo_keys = LeaveUndoToTheBrief(self)
        for w in (self.currency, *self.currency.findChildren(QWidget)):
            w.installEventFilter(undo_keys)

    def _build_tables(self) -> None:
        items_header = self.items_view.horizontalHeader()
        items_header.setSectionResizeMode(ItemColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("0")
        for column, chars in (
            (ItemColumn.QUANTITY, 9),
            (ItemColumn.UNIT, 10),
            (ItemColumn.UNIT_PRICE, 14),
            (ItemColumn.TOTAL, 16),
        ):
            items_header.resizeSection(column, chars * em + 24)
        decimals = DecimalDelegate(self.items_view)
        for column in (ItemColumn.QUANTITY, ItemColumn.UNIT_PRICE):
            self.items_view.setItemDelegateForColumn(column, decimals)
        pay_header = self.payments_view.horizontalHeader()
        pay_header.setSectionResizeMode(PaymentColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        pay_header.setSectionResizeMode(PaymentColumn.MILESTONE, QHeaderView.ResizeMode.Stretch)
        pay_header.resizeSection(PaymentColumn.PERCENT, 8 * em + 24)
        pay_header.resizeSection(PaymentColumn.AMOUNT, 14 * em + 24)
        percents = DecimalDelegate(self.payments_view)
        self.payments_view.setItemDelegateForColumn(PaymentColumn.PERCENT, percents)
        self.payments_view.setItemDelegateForColumn(
            PaymentColumn.MILESTONE,
            ChoiceDelegate(lambda _i: self.payments_model.milestone_choices(), self.payments_view),
        )
        for delegate in (decimals, percents):
            delegate.invalid.connect(self._show_refusal)
            delegate.accepted.connect(self.message.hide)
        self.item_actions.watch()
        self.payment_actions.watch()
        EmptyNote(
            self.items_view,
            self.tr("No cost lines yet. Add one per task or expense with “Add line”."),
        )
        EmptyNote(
            self.payments_view,
            self.tr("No payment schedule: the client pays the total at the end."),
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for caption, widget in (
            (self.tr("Currency"), self.currency),
            (self.tr("Pricing"), self.pricing),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
            if widget is self.currency:
                top.addWidget(self.currency_name)
            top.addSpacing(16)
        top.addStretch(1)

        payments = QVBoxLayout()
        payments.addWidget(section_label(self.tr("Payment schedule")))
        payments.addWidget(self.payments_view, 1)
        payments.addWidget(self.payment_actions)
        payments.addWidget(self.payment_sum)
        self.summary.setMaximumWidth(30 * self.fontMetrics().horizontalAdvance("0") + 200)
        summary = QVBoxLayout()
        summary.addWidget(section_label(self.tr("Totals and budget")))
        summary.addWidget(self.summary)
        summary.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addLayout(summary, 2)
        bottom.addSpacing(24)
        bottom.addLayout(payments, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(
            page_heading(
                self.tr("Costs"),
                self.tr(
                    "What the work costs, line by line, with a margin for the unexpected, the "
                    "client's budget, and when each part is paid. Totals are computed for you."
                ),
            )
        )
        layout.addLayout(top)
        layout.addWidget(section_label(self.tr("Line items")))
        layout.addWidget(self.items_view, 3)
        layout.addWidget(self.item_actions)
        layout.addWidget(self.message)
        layout.addLayout(bottom, 2)

    def _connect(self) -> None:
        # Stored when chosen or when typing ends (inline completion makes every prefix a code).
        self.currency.currentTextChanged.connect(
            lambda t: self._show_currency_name(t.strip().upper())
        )
        self.currency.activated.connect(lambda _i: self._set_currency())
        line = self.currency.lineEdit()
        assert line is not None  # the combo is editable
        line.editingFinished.connect(self._set_currency)
        self.pricing.activated.connect(self._pricing_chosen)
        self.summary.invalid.connect(self._show_refusal)
        self.summary.accepted.connect(self.message.hide)
        texts = (self.tr("Add cost line"), self.tr("Remove cost lines"), self.tr("Move cost line"))
        self.item_rows = RowEditing(
            self.session,
            self.items_view,
            lambda b: b.costs.items,
            lambda b, rows: _with_costs(b, items=rows),
            texts,
        )
        self.item_rows.bind(self.item_actions, self._new_item)
        texts = (self.tr("Add payment"), self.tr("Remove payments"), self.tr("Move payment"))
        self.payment_rows = RowEditing(
            self.session,
            self.payments_view,
            lambda b: b.costs.payments,
            lambda b, rows: _with_costs(b, payments=rows),
            texts,
        )
        self.payment_rows.bind(self.payment_actions, self._new_payment)

    # ---- EditorPage ----------------------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        costs = brief.costs
        if self.currency.currentText().strip().upper() != costs.currency:
            self.currency.blockSignals(True)
            self.currency.setEditText(costs.currency)
            self.currency.blockSignals(False)
        self._show_currency_name(costs.currency)
        self.pricing.setCurrentIndex(max(0, self.pricing.findData(costs.pricing.value)))
        self.summary.refresh(costs)
        self.items_model.set_brief(brief)
        self.payments_model.set_brief(brief)
        for view in (self.items_view, self.payments_view):
            refresh_open_editor(view)
        shares = sum((p.percent for p in costs.payments if p.percent.is_finite()), ZERO)
        self.payment_sum.set_text(
            self.tr("Sum: {sum} of {whole}").format(
                sum=percent_text(shares), whole=percent_text(HUNDRED)
            )
        )
        self.payment_sum.setVisible(bool(costs.payments))

    def _show_currency_name(self, code: str) -> None:
        try:
            name = (
                get_currency_name(code, locale=babel_locale_name())
                if is_known_currency(code)
                else ""
            )
        except (ValueError, LookupError):
            name = ""
        self.currency_name.setText(name)

    def show_problems(self, problems: list[Problem]) -> None:
        self.items_model.set_problems(problems)
        self.payments_model.set_problems(problems)
        self.summary.show_problems(problems)
        field_marks.mark_problems(
            self.currency, [p for p in problems if p.path == "costs.currency"]
        )
        self.payment_sum.show_problems([p for p in problems if p.path == "costs.payments"])

    def focus_path(self, path: str) -> bool:
        widgets = {
            "costs.currency": self.currency,
            "costs.pricing": self.pricing,
            "costs.contingency_percent": self.summary.contingency,
            "costs.budget_min": self.summary.budget_min,
            "costs.budget_max": self.summary.budget_max,
            "costs.items": self.items_view,
            "costs.payments": self.payments_view,
        }
        if path in widgets:
            widgets[path].setFocus()
            return True
        found = _ROW_PATH.match(path)
        if found:
            items = found.group(1) == "items"
            rows = self.item_rows if items else self.payment_rows
            model = self.items_model if items else self.payments_model
            columns = {f: c for c, f in model.fields.items()}
            if int(found.group(2)) < model.rowCount():
                rows.select(int(found.group(2)), columns.get(found.group(3) or "", 0))
                return True
        if path.startswith("costs"):
            self.items_view.setFocus()
            return True
        return False

    # ---- editing -------------------------------------------------------------------------

    def _show_refusal(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _set_costs(self, field: str, value: object, text: str) -> None:
        brief = self.session.brief
        self.session.apply(text, _with_costs(brief, **{field: value}), merge_key=f"costs.{field}")

    def _set_currency(self) -> None:
        code = self.currency.currentText().strip().upper()
        if not re.fullmatch("[A-Z]{3}", code):  # the saved form only takes three letters
            self._show_refusal(
                self.tr("“{code}” is not a currency code. Use three letters, like EUR.").format(
                    code=code
                )
            )
        elif code != self.session.brief.costs.currency:
            self.message.hide()
            self._set_costs("currency", code, self.tr("Change currency"))

    def _pricing_chosen(self, _row: int) -> None:
        pricing = PricingModel(self.pricing.currentData())
        self._set_costs("pricing", pricing, self.tr("Change pricing model"))

    def _new_item(self) -> CostItem:
        hourly = self.session.brief.costs.pricing is PricingModel.HOURLY
        return CostItem(unit=self.tr("hour") if hourly else "")

    def _new_payment(self) -> Payment:
        """A payment of what is left of 100 %."""
        costs = self.session.brief.costs
        left = HUNDRED - sum((p.percent for p in costs.payments if p.percent.is_finite()), ZERO)
        return Payment(percent=max(left, ZERO))


def _with_costs(brief: Brief, **changes: Any) -> Brief:
    return replace(brief, costs=replace(brief.costs, **changes))
