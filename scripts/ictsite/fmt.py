"""Number formatting shared by prose, tables, charts and alt text, in both languages.

Data are in 억 달러 (USD 100 million) rounded to 0.1, so English shows USD billions to
two decimals: the same precision, no extra rounding, 111.5억 달러 = USD 11.15 billion; amounts
under a billion read in millions (3.6억 달러 = USD 360 million).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from . import lang
from .lang import check_lang

# charts/specs.py still reads fmt.LANGS (its body is being rewritten): the same tuple as
# ictsite.lang.LANGS, not a copy. Drop this once specs.py reads ictsite.lang.
LANGS = lang.LANGS

EOK_PER_BILLION = Decimal(10)  # 10 × 1억 달러 = USD 1 billion


def _round(value: float | Decimal, digits: int) -> Decimal:
    # Half-up, on the decimal text: binary floats must not turn 0.125 into 0.12.
    q = Decimal(1).scaleb(-digits)
    return Decimal(str(value)).quantize(q, rounding=ROUND_HALF_UP)


def number(value: float | Decimal, digits: int) -> str:
    """Grouped thousands, fixed decimals; the same in both languages ("3,000", "111.5")."""
    d = _round(value, digits)
    if d == 0:
        d = abs(d)  # never print "-0.0"
    return f"{d:,.{digits}f}"


def money_amount(value_eok: float, lang: str) -> str:
    """The number alone, in the language's unit: 111.5 (억 달러) or 11.15 (USD billion)."""
    check_lang(lang)
    if lang == "ko":
        return number(value_eok, 1)
    return number(Decimal(str(value_eok)) / EOK_PER_BILLION, 2)


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


def money_unit(lang: str) -> str:
    check_lang(lang)
    return "억 달러" if lang == "ko" else "USD billion"


def percent(value: float, lang: str, digits: int = 1) -> str:
    """A percentage given as a percent (44.2 -> '44.2%'), identical in both languages."""
    check_lang(lang)
    return f"{number(value, digits)}%"


def share(part: float | Decimal, whole: float | Decimal) -> Decimal:
    """`part` as a percentage of `whole`, on the decimal text: the one share computation that
    prose, tables and charts all use, so they can never disagree."""
    return Decimal(str(part)) / Decimal(str(whole)) * 100


def share_percent(part: float, whole: float, lang: str, digits: int = 1) -> str:
    return percent(float(share(part, whole)), lang, digits)
