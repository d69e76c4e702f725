"""Money: Decimal amounts rounded by their currency's minor unit (ISO 4217), never floats."""

from __future__ import annotations

from contextlib import AbstractContextManager
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, getcontext, localcontext
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision, list_currencies

ZERO = Decimal(0)
HUNDRED = Decimal(100)


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """ISO 4217 codes known to the CLDR data we ship with (through Babel)."""
    return frozenset(list_currencies())


def is_known_currency(code: str) -> bool:
    return code in known_currencies()


def minor_unit(currency: str) -> int:
    """Digits after the decimal point for this currency (EUR 2, JPY 0, KWD 3)."""
    if not is_known_currency(currency):
        return 2
    return int(get_currency_precision(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's minor unit, the way invoices are rounded."""
    if not amount.is_finite():
        return amount
    quantum = Decimal(1).scaleb(-minor_unit(currency))
    with money_context():
        return amount.quantize(quantum, rounding=ROUND_HALF_UP)


def money_context() -> AbstractContextManager[Context]:
    """Arithmetic wide enough for any amount a brief may hold: the default context's
    28 digits cannot even quantize the product of two 15-digit amounts."""
    ctx = getcontext().copy()
    ctx.prec = 80
    return localcontext(ctx)


def parse_amount(text: str) -> Decimal:
    """Parse a plain decimal written with a dot ("1234.5"); ValueError when not a number."""
    cleaned = text.strip().replace("_", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"{text!r} is not a number") from exc
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a finite number")
    return value


def format_money(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    """Amount with its currency for a locale: fr_FR gives '1 234,56 €'."""
    if not amount.is_finite():
        return f"{amount} {currency}"
    try:
        with money_context():  # Babel quantizes in the current context too
            return str(format_currency(round_money(amount, currency), currency, locale=locale))
    except (ValueError, LookupError):
        return f"{round_money(amount, currency)} {currency}"
