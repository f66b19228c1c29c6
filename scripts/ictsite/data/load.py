"""Read data/ into a validated Dataset: the one way later stages get at the data."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import pandas as pd

from ..paths import DATA
from .claims import ledger_rows
from .errors import DataError
from .read import CsvFile
from .schema import ARTICLE_RELEASE, CLAIMS, FACTS, LABELS, POLICY_EVIDENCE, RELEASE_FIGURES, RELEASES, TABLES
from .validate import Inputs, validate_inputs

# Other stages import these from here: TABLES (dimension -> file spec, `.name` is the
# CSV's file name) and DataError (what load_dataset raises).
__all__ = ["DataError", "Dataset", "TABLES", "dataset_from", "load_dataset"]

NUMERIC = {"year", "value", "share", "claimed_low", "claimed_high",
           "computed_point", "computed_low", "computed_high"}


def _frame(header: list[str], rows: list[dict[str, str]], numbers: bool = True) -> pd.DataFrame:
    """Numbers as numbers (empty -> NaN), codes and text as strings; with numbers=False every
    column but the year stays text, as printed."""
    cols = {}
    for c in header:
        raw = [r[c] for r in rows]
        if c == "year":
            cols[c] = pd.Series([int(x) for x in raw], dtype="int64")
        elif c in NUMERIC and numbers:
            cols[c] = pd.Series([float(x) if x else float("nan") for x in raw], dtype="float64")
        else:
            cols[c] = pd.Series(raw, dtype="str")
    return pd.DataFrame(cols, columns=header)


def _file_frame(f: CsvFile) -> pd.DataFrame:
    return _frame(f.header, [r.cells for r in f.records])


def _facts_frame(f: CsvFile) -> pd.DataFrame:
    """prose_facts.csv, plus `value_text`: the value as printed ("56", "16.5"), whose digits say
    how precise the source was (a float cannot tell "56" from "56.0")."""
    return _file_frame(f).assign(value_text=pd.Series([r.cells["value"] for r in f.records], dtype="str"))


def _empty_claims() -> pd.DataFrame:
    return _frame(CLAIMS.header, [], numbers=False)


@dataclass(frozen=True)
class Dataset:
    tables: dict[str, pd.DataFrame]  # dimension -> the exports_by_<dimension>.csv rows
    labels: pd.DataFrame
    facts: pd.DataFrame    # prose_facts.csv rows, with `value_text` the value as printed
    releases: pd.DataFrame
    figures: pd.DataFrame  # release_figures.csv: the summary releases' figures
    # The ledger, as data/claims.csv prints it (that file is written from these rows): text but
    # the year, so every figure keeps its printed digits ("44", "29.3", "17.2568"); "" if empty.
    claims: pd.DataFrame = field(default_factory=_empty_claims)
    # policy_evidence.csv: the ledger claims each policy direction rests on (an editorial mapping)
    evidence: pd.DataFrame = field(default_factory=lambda: _frame(POLICY_EVIDENCE.header, []))
    # data/datapackage.json as `make data` last wrote it (what readers download and cite): the
    # /data/ page lists its resources and fields. Empty before the first `make data`.
    package: dict = field(default_factory=dict)

    # Indexes over the frames, built on first use and kept on the instance (a frozen dataclass
    # with dict fields is unhashable, so no functools.cache): a chart reads some 200 cells, and a
    # pandas filter per cell would be slow. dataclasses.replace() makes a new instance, new indexes.

    @cached_property
    def year(self) -> int:
        """The article's year. The story pages show it whatever later releases add to data/."""
        return int(self.release_row(ARTICLE_RELEASE)["periods"].split()[0])

    @cached_property
    def _cells(self) -> dict[tuple[str, str, str], tuple[float, float]]:
        """(dimension, industry, category) -> (value, printed share or NaN) in the article's year."""
        out = {}
        for dim, table in self.tables.items():
            now = table[table.year == self.year]
            for industry, category, value, share in zip(now.industry, now[dim], now["value"], now["share"]):
                out.setdefault((dim, industry, category), (float(value), float(share)))
        return out

    @cached_property
    def _labels(self) -> dict[tuple[str, str, str], str]:
        """(dimension, code, language) -> label."""
        langs = [c for c in self.labels.columns if c not in ("dimension", "code")]
        out = {}
        for r in self.labels.to_dict("records"):
            for lang in langs:
                out.setdefault((r["dimension"], r["code"], lang), str(r[lang]))
        return out

    def release_row(self, release_id: str) -> dict:
        rows = self.releases[self.releases.id == release_id]
        if rows.empty:
            raise KeyError(release_id)
        return rows.iloc[0].to_dict()

    def label(self, dimension: str, code: str, lang: str) -> str:
        return self._labels[(dimension, code, lang)]

    def value(self, dimension: str, industry: str, category: str) -> float:
        """A table cell of the article's year; KeyError if the table has no such cell."""
        return self._cells[(dimension, industry, category)][0]

    def printed_share(self, dimension: str, industry: str, category: str) -> float | None:
        """The share the article's table prints under a cell (a fraction; NaN where it prints
        none); None if the table has no such cell."""
        cell = self._cells.get((dimension, industry, category))
        return None if cell is None else cell[1]

    def fact(self, fact_id: str, release: str = ARTICLE_RELEASE, period: str | None = None) -> float:
        """A prose fact of one release (the article's by default); KeyError unless exactly one matches."""
        return float(self._fact_row(fact_id, release, period)["value"])

    def fact_text(self, fact_id: str, release: str = ARTICLE_RELEASE, period: str | None = None) -> str:
        """The same fact as prose_facts.csv prints it ("56", "16.5"): its digits are its precision."""
        return str(self._fact_row(fact_id, release, period)["value_text"])

    def _fact_row(self, fact_id: str, release: str, period: str | None):
        f = self.facts
        rows = f[(f.id == fact_id) & (f.release == release) & ((f.period == period) if period else True)]
        if len(rows) != 1:
            raise KeyError(f"{fact_id} (release {release}, period {period or 'any'}): {len(rows)} rows")
        return rows.iloc[0]

    def memo(self, key: str, compute):
        """compute() once per dataset, kept on the instance: views other modules derive from it
        (data.releases). A new Dataset (dataclasses.replace) starts with none."""
        store = self.__dict__.setdefault("_memo", {})
        if key not in store:
            store[key] = compute()
        return store[key]

    def claim(self, claim_id: str) -> dict:
        """One ledger row as a dict of its printed texts ("" where a column is empty); KeyError if unknown."""
        rows = self.claims[self.claims.id == claim_id]
        if rows.empty:
            raise KeyError(claim_id)
        return rows.iloc[0].to_dict()


def dataset_from(inputs: Inputs) -> Dataset:
    claims = _frame(CLAIMS.header, ledger_rows(inputs), numbers=False)
    return Dataset(
        tables={dim: _file_frame(inputs.files[spec.name]) for dim, spec in TABLES.items()},
        labels=_file_frame(inputs.files[LABELS.name]),
        facts=_facts_frame(inputs.files[FACTS.name]),
        releases=_file_frame(inputs.files[RELEASES.name]),
        figures=_file_frame(inputs.files[RELEASE_FIGURES.name]),
        claims=claims,
        evidence=_file_frame(inputs.files[POLICY_EVIDENCE.name]),
    )


def load_dataset(data_dir: Path = DATA) -> Dataset:
    """Validate data_dir and load it; raises DataError listing every problem."""
    ds = checked(data_dir)[1]
    descriptor = Path(data_dir) / "datapackage.json"
    if not descriptor.exists():
        return ds
    return replace(ds, package=json.loads(descriptor.read_text(encoding="utf-8")))


def checked(data_dir: Path = DATA) -> tuple[Inputs, Dataset]:
    """Every check, the file-by-file ones and those that need the loaded releases (`make data`)."""
    inputs = validate_inputs(Path(data_dir))
    ds = dataset_from(inputs)
    _check_growth(ds, inputs)
    return inputs, ds


def _check_growth(ds: Dataset, inputs: Inputs) -> None:
    """A printed growth rate must follow from the two periods' figures within rounding. Runs on the
    loaded data because it needs a release's totals from whichever file holds them."""
    from .errors import Problem
    from .releases import growth_problems
    f = inputs.files[FACTS.name]
    problems = [Problem(f.shown, f"a growth rate the release's figures allow ({allowed}%)", repr(printed),
                        inputs.facts[(fid, period)].line, "value")
                for fid, period, printed, allowed in growth_problems(ds)]
    if problems:
        raise DataError(problems)
