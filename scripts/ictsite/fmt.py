"""Number formatting shared by prose, tables, charts and alt text, in both languages.

Data are in 억 달러 (USD 100 million) rounded to 0.1, so English shows USD billions to
two decimals: the same precision, no extra rounding, 111.5억 달러 = USD 11.15 billion; amounts
under a billion read in millions (3.6억 달러 = USD 360 million).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .lang import check_lang

EOK_PER_BILLION = Decimal(10)  # 10 × 1억 달러 = USD 1 billion


def _round(value: float | Decimal, digits: int) -> Decimal:
    # Half-up, on the decimal text: binary floats must not turn 0.125 into 0.12.
    q = Decimal(1).scaleb(-digits)
    return Decimal(str(value)).quantize(q, rounding=ROUND_HALF_UP)


def rounded(value: float | Decimal, digits: int) -> Decimal:
    """The value as shown: `digits` decimals, half-up on the decimal text, never -0. Texts are
    formatted from this number, and charts plot it, so the two cannot differ."""
    d = _round(value, digits)
    return abs(d) if d == 0 else d  # never print "-0.0"


def number(value: float | Decimal, digits: int) -> str:
    """Grouped thousands, fixed decimals; the same in both languages ("3,000", "111.5")."""
    return f"{rounded(value, digits):,.{digits}f}"


def money_digits(lang: str) -> int:
    """Decimals of an amount in the language's unit: 억 달러 to 0.1, USD billions to 0.01."""
    check_lang(lang)
    return 1 if lang == "ko" else 2


def money_value(value_eok: float, lang: str) -> Decimal:
    """The number in the language's unit, as shown: 111.5 (억 달러) or 11.15 (USD billion)."""
    check_lang(lang)
    if lang == "ko":
        return rounded(value_eok, 1)
    return rounded(Decimal(str(value_eok)) / EOK_PER_BILLION, 2)


def money_amount(value_eok: float, lang: str) -> str:
    """The number alone, in the language's unit: 111.5 (억 달러) or 11.15 (USD billion)."""
    return f"{money_value(value_eok, lang):,.{money_digits(lang)}f}"


EOK_PER_MILLION = Decimal("0.01")  # 1억 달러 = USD 100 million


def money(value_eok: float, lang: str) -> str:
    """111.5억 달러 / USD 11.15 billion; under a billion, in millions: 3.6억 달러 = USD 360 million
    (0.1억 = USD 10 million, so millions need no decimals). Negative values keep their sign."""
    if lang == "en" and abs(Decimal(str(value_eok))) < EOK_PER_BILLION:
        amount, unit = number(Decimal(str(value_eok)) / EOK_PER_MILLION, 0), "million"
    else:
        amount, unit = money_amount(value_eok, lang), "billion"
    if lang == "ko":
        return f"{amount}억 달러"
    if amount.startswith("-"):
        return f"−USD {amount[1:]} {unit}"
    return f"USD {amount} {unit}"


def percent(value: float, lang: str, digits: int = 1) -> str:
    """A percentage given as a percent (44.2 -> '44.2%'), identical in both languages."""
    check_lang(lang)
    return f"{number(value, digits)}%"


def share(part: float | Decimal, whole: float | Decimal) -> Decimal:
    """`part` as a percentage of `whole`, on the decimal text: the one share computation that
    prose, tables and charts all use, so they can never disagree."""
    return Decimal(str(part)) / Decimal(str(whole)) * 100


def share_value(part: float, whole: float, digits: int = 1) -> Decimal:
    """`part` as a percentage of `whole`, as shown (44.2)."""
    return rounded(float(share(part, whole)), digits)
