"""Read data/ into a Dataset (first cut: no validation yet)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..paths import DATA

# dimension -> file name in data/
TABLES = {
    "trade_type": "exports_by_trade_type.csv",
    "firm_size": "exports_by_firm_size.csv",
    "region": "exports_by_region.csv",
}


@dataclass(frozen=True)
class Dataset:
    tables: dict[str, pd.DataFrame]
    labels: pd.DataFrame
    facts: pd.DataFrame

    @property
    def year(self) -> int:
        return int(self.tables["trade_type"]["year"].max())

    def label(self, dimension: str, code: str, lang: str) -> str:
        row = self.labels[(self.labels.dimension == dimension) & (self.labels.code == code)]
        return str(row.iloc[0][lang])

    def value(self, dimension: str, industry: str, category: str) -> float:
        t = self.tables[dimension]
        row = t[(t.industry == industry) & (t[dimension] == category) & (t.year == self.year)]
        return float(row.iloc[0]["value"])

    def fact(self, fact_id: str) -> float:
        return float(self.facts.set_index("id").loc[fact_id, "value"])


def load_dataset(data_dir: Path = DATA) -> Dataset:
    tables = {dim: pd.read_csv(data_dir / name, encoding="utf-8-sig", dtype={"share": str})
              for dim, name in TABLES.items()}
    for t in tables.values():
        t["share"] = pd.to_numeric(t["share"])
    labels = pd.read_csv(data_dir / "labels.csv", encoding="utf-8-sig")
    facts = pd.read_csv(data_dir / "prose_facts.csv", encoding="utf-8-sig")
    return Dataset(tables=tables, labels=labels, facts=facts)
