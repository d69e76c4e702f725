"""The Costs page: typed amounts in the user's locale, totals as you type, refused non-numbers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from studio.core.brief import Brief, CostItem
from studio.core.problem import Severity
from studio.store.library import Library
from studio.store.templates import brief_from_template
from studio.ui.editor import field_marks
from studio.ui.editor.cell_problems import TINT
from studio.ui.editor.cost_model import ItemColumn, PaymentColumn
from studio.ui.editor.costs_page import CostsPage
from studio.ui.editor.session import EditSession
from studio.ui.editor.value_edits import DecimalEdit, money_text, parse_decimal

pytestmark = pytest.mark.gui


def plain(text: str) -> str:
    """Narrow and non-breaking spaces as plain ones, for comparing formatted amounts."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.fixture
def locale_name() -> str:
    return "en_US"


@pytest.fixture
def library(data_dir: Path, locale_name: str) -> Iterator[Library]:
    QLocale.setDefault(QLocale(locale_name))
    library = Library.open(data_dir)
    yield library
    library.close()
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def brief(library: Library) -> Brief:
    # Lines: 5 + 25 + 5 days at 500 EUR; 10 % contingency; payments 30/40/30 %.
    return library.create(brief_from_template("software", title="Shop", start=date(2026, 12, 1)))


def make_page(qtbot: QtBot, library: Library, brief: Brief) -> CostsPage:
    page = CostsPage(EditSession(library, brief))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, library: Library, brief: Brief) -> CostsPage:
    return make_page(qtbot, library, brief)


def open_editor(view: QTableView, row: int, column: int) -> QWidget:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None, "no editor opened"
    return editor


def press_enter(qtbot: QtBot, view: QTableView, editor: QWidget) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def stored(page: CostsPage) -> Brief:
    assert page.session.flush()
    return page.session.library.get(page.session.brief.id)


def test_totals_follow_a_quantity_as_it_is_typed(qtbot: QtBot, page: CostsPage) -> None:
    assert page.summary.subtotal.text.text() == "€17,500.00"
    assert page.summary.total.text.text() == "€19,250.00"
    editor = open_editor(page.items_view, 0, ItemColumn.QUANTITY)
    assert isinstance(editor, DecimalEdit) and editor.text() == "5"
    qtbot.keyClicks(editor, "1")  # the text was selected: "1" replaces it
    assert page.session.brief.costs.items[0].quantity == Decimal(1)
    assert page.summary.subtotal.text.text() == "€15,500.00"
    qtbot.keyClicks(editor, "0.5")
    assert page.session.brief.costs.items[0].quantity == Decimal("10.5")
    assert page.summary.subtotal.text.text() == "€20,250.00"
    assert page.summary.contingency_amount.text() == "€2,025.00"
    assert page.summary.total.text.text() == "€22,275.00"
    assert page.items_model.index(0, ItemColumn.TOTAL).data() == "€5,250.00"
    press_enter(qtbot, page.items_view, editor)
    assert stored(page).costs.items[0].quantity == Decimal("10.5")
    assert page.session.undo_stack.count() == 1  # the whole typing is one undo step
    page.session.undo_stack.undo()
    assert page.session.brief.costs.items[0].quantity == Decimal(5)
    assert page.summary.subtotal.text.text() == "€17,500.00"


def test_a_price_that_is_not_a_number_is_refused_with_a_message(
    qtbot: QtBot, page: CostsPage
) -> None:
    before = page.session.brief
    editor = open_editor(page.items_view, 1, ItemColumn.UNIT_PRICE)
    assert isinstance(editor, DecimalEdit)
    qtbot.keyClicks(editor, "abc")
    assert page.session.brief == before
    assert page.message.isVisible()
    assert "“abc” is not a number" in page.message.text()
    assert editor.property("invalid") is True
    press_enter(qtbot, page.items_view, editor)
    assert page.session.brief == before
    assert stored(page).costs.items[1].unit_price == Decimal(500)
    assert page.message.isVisible()

    editor = open_editor(page.items_view, 1, ItemColumn.UNIT_PRICE)
    qtbot.keyClicks(editor, "450")
    assert page.session.brief.costs.items[1].unit_price == Decimal(450)
    assert not page.message.isVisible()


@pytest.mark.parametrize("locale_name", ["fr_FR"])
def test_french_amounts_are_typed_and_shown_the_french_way(qtbot: QtBot, page: CostsPage) -> None:
    assert plain(money_text(Decimal("1234.56"), "EUR")) == "1 234,56 €"
    editor = open_editor(page.items_view, 0, ItemColumn.QUANTITY)
    qtbot.keyClicks(editor, "1")
    press_enter(qtbot, page.items_view, editor)
    editor = open_editor(page.items_view, 0, ItemColumn.UNIT_PRICE)
    qtbot.keyClicks(editor, "1 234,56")
    assert page.session.brief.costs.items[0].unit_price == Decimal("1234.56")
    press_enter(qtbot, page.items_view, editor)
    assert plain(page.items_model.index(0, ItemColumn.TOTAL).data()) == "1 234,56 €"
    assert plain(page.items_model.index(0, ItemColumn.UNIT_PRICE).data()) == "1 234,56 €"
    assert plain(page.summary.subtotal.text.text()) == "16 234,56 €"
    assert plain(page.payment_sum.text.text()) == "Sum: 100 % of 100 %"
    assert stored(page).costs.items[0].unit_price == Decimal("1234.56")


def test_contingency_and_budget_fields(qtbot: QtBot, page: CostsPage) -> None:
    page.summary.contingency.selectAll()
    qtbot.keyClicks(page.summary.contingency, "20")
    assert page.session.brief.costs.contingency_percent == Decimal(20)
    assert page.summary.total.text.text() == "€21,000.00"
    qtbot.keyClicks(page.summary.budget_min, "25,000")
    qtbot.keyClicks(page.summary.budget_max, "20000")
    assert page.session.brief.costs.budget_min == Decimal(25000)
    assert field_marks.marked_severity(page.summary.budget_min) is Severity.ERROR
    assert field_marks.marked_severity(page.summary.total) is Severity.WARNING  # below the budget
    page.summary.budget_min.clear()
    qtbot.keyClicks(page.summary.budget_min, "x")
    assert page.message.isVisible() and page.session.brief.costs.budget_min == Decimal(25000)
    qtbot.keyClick(page.summary.budget_min, Qt.Key.Key_Backspace)
    assert page.session.brief.costs.budget_min is None
    assert field_marks.marked_severity(page.summary.budget_min) is None
    assert stored(page).costs.budget_max == Decimal(20000)


def test_payment_shares_and_the_sum_indicator(qtbot: QtBot, page: CostsPage) -> None:
    assert page.payment_sum.text.text() == "Sum: 100% of 100%"
    assert page.payments_model.index(0, PaymentColumn.AMOUNT).data() == "€5,775.00"
    editor = open_editor(page.payments_view, 2, PaymentColumn.PERCENT)
    qtbot.keyClicks(editor, "20")
    press_enter(qtbot, page.payments_view, editor)
    assert page.payment_sum.text.text() == "Sum: 90% of 100%"
    assert field_marks.marked_severity(page.payment_sum) is Severity.ERROR
    qtbot.mouseClick(page.payment_actions.add_button, Qt.MouseButton.LeftButton)
    assert page.session.brief.costs.payments[3].percent == Decimal(10)  # what is left
    assert page.payment_sum.text.text() == "Sum: 100% of 100%"
    assert field_marks.marked_severity(page.payment_sum) is None


def test_a_payment_is_tied_to_a_milestone_from_a_combo(qtbot: QtBot, page: CostsPage) -> None:
    combo = open_editor(page.payments_view, 0, PaymentColumn.MILESTONE)
    assert isinstance(combo, QComboBox)
    assert combo.itemText(0) == "— none —"
    assert combo.currentText() == "Discovery and specification"
    combo.setCurrentIndex(3)
    combo.activated.emit(3)  # what choosing an entry in the popup does
    brief = page.session.brief
    assert brief.costs.payments[0].milestone_id == brief.planning.milestones[2].id
    assert page.payments_model.index(0, PaymentColumn.MILESTONE).data() == "Release and handover"


def test_currency_is_typed_in_the_combo(qtbot: QtBot, page: CostsPage) -> None:
    line = page.currency.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "chf")
    assert page.currency_name.text() == "Swiss Franc"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.session.brief.costs.currency == "CHF"
    assert plain(page.summary.total.text.text()) == "CHF 19,250.00"
    line.selectAll()
    qtbot.keyClicks(line, "QQ")
    assert page.session.brief.costs.currency == "CHF"  # nothing stored while typing
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.session.brief.costs.currency == "CHF"  # not three letters: refused
    assert page.message.isVisible() and "“QQ” is not a currency code" in page.message.text()
    qtbot.keyClicks(line, "Q")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.session.brief.costs.currency == "QQQ"  # a code, but not ISO 4217: flagged
    assert not page.message.isVisible()
    assert field_marks.marked_severity(page.currency) is Severity.ERROR
    assert "not an ISO 4217 currency code" in page.currency.toolTip()
    assert [page.currency.itemText(i) for i in range(3)] == ["EUR", "USD", "GBP"]
    assert stored(page).costs.currency == "QQQ"


def test_lines_are_added_removed_and_moved(qtbot: QtBot, page: CostsPage) -> None:
    page.items_view.setCurrentIndex(page.items_model.index(2, 0))
    qtbot.mouseClick(page.item_actions.add_button, Qt.MouseButton.LeftButton)
    editor = page.items_view.indexWidget(page.items_model.index(3, ItemColumn.LABEL))
    assert editor is not None
    qtbot.keyClicks(editor, "Hosting")
    press_enter(qtbot, page.items_view, editor)
    assert page.session.brief.costs.items[3].label == "Hosting"
    qtbot.mouseClick(page.item_actions.up_button, Qt.MouseButton.LeftButton)
    assert page.session.brief.costs.items[2].label == "Hosting"
    page.items_view.setFocus()
    qtbot.keyClick(page.items_view, Qt.Key.Key_Delete)
    assert [i.label for i in page.session.brief.costs.items] == [
        "Specification",
        "Development",
        "Testing and release",
    ]


def test_problems_mark_cells_and_focus_path_selects_them(qtbot: QtBot, page: CostsPage) -> None:
    brief = page.session.brief
    items = list(brief.costs.items)
    items[1] = replace(items[1], unit_price=Decimal(-5))
    page.session.apply("test", replace(brief, costs=replace(brief.costs, items=tuple(items))))
    index = page.items_model.index(1, ItemColumn.UNIT_PRICE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == TINT[Severity.ERROR]
    assert "negative" in index.data(Qt.ItemDataRole.ToolTipRole)
    page.activateWindow()
    assert page.focus_path("costs.items[1].unit_price")
    assert page.items_view.currentIndex() == index
    qtbot.waitUntil(page.items_view.hasFocus)
    assert page.focus_path("costs.payments[2].percent")
    assert page.payments_view.currentIndex().row() == 2
    assert page.focus_path("costs.contingency_percent")
    qtbot.waitUntil(page.summary.contingency.hasFocus)
    assert not page.focus_path("planning.start")


def test_a_thousand_lines_stay_responsive(qtbot: QtBot, library: Library, brief: Brief) -> None:
    lines = tuple(
        CostItem(
            label=f"Task {i}", quantity=Decimal(i % 7 + 1), unit="h", unit_price=Decimal("85.50")
        )
        for i in range(1000)
    )
    brief = replace(brief, costs=replace(brief.costs, items=lines))
    started = time.perf_counter()
    page = make_page(qtbot, library, brief)
    opened = time.perf_counter() - started
    editor = open_editor(page.items_view, 500, ItemColumn.QUANTITY)
    started = time.perf_counter()
    qtbot.keyClicks(editor, "12")
    typed = (time.perf_counter() - started) / 2
    assert page.session.brief.costs.items[500].quantity == Decimal(12)
    assert opened < 2.0 and typed < 0.25, (opened, typed)


@pytest.mark.parametrize(
    ("locale_name", "text", "expected"),
    [
        ("en_US", "1,234.56", Decimal("1234.56")),
        ("en_US", "12,5", None),  # not a grouping: refused rather than read as 125
        ("fr_FR", "1 234,56", Decimal("1234.56")),
        ("fr_FR", "1\u202f234,5", Decimal("1234.5")),
        ("fr_FR", "12.5", Decimal("12.5")),  # a dot can only be a decimal point in French
        ("de_DE", "1.234,5", Decimal("1234.5")),
        ("en_US", "10 %", Decimal(10)),
        ("en_US", "5.0000000", Decimal(5)),
        ("en_US", "0.1234567", None),  # more decimals than a brief can hold
        ("en_US", "1e20", None),
        ("en_US", "", None),
        ("en_US", "NaN", None),
    ],
)
def test_parse_decimal_in_the_users_locale(
    qapp: object, locale_name: str, text: str, expected: Decimal | None
) -> None:
    QLocale.setDefault(QLocale(locale_name))
    try:
        if expected is None:
            with pytest.raises(ValueError):
                parse_decimal(text)
        else:
            assert parse_decimal(text) == expected
    finally:
        QLocale.setDefault(QLocale("en_US"))
