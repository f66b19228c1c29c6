"""The /notebook/ page: a notebook that reloads data/ with pandas and reproduces the key figures.

It is generated and executed at build time, so its outputs always match data/. Markdown
cells exist in both languages; code cells are shared.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from .. import paths
from ..data.schema import ARTICLE_RELEASE

# (kind, Korean, English); code cells carry one source for both languages. Headings are raw
# HTML so they keep their ASCII ids: nbconvert ignores Markdown's {#id}.
CELLS: list[tuple[str, str, str]] = [
    ("md", "<h1 id='notebook'>노트북: 핵심 수치 재현</h1>\n\n이 노트북은 `data/` 폴더의 CSV를 pandas로 읽어 이 사이트의 핵심 수치를 다시 계산합니다. 저장소를 내려받아 최상위 폴더에서 실행하면 같은 결과가 나옵니다. 표에는 이후 연도가 더해질 수 있으므로, 먼저 `releases.csv`에서 기사의 연도를 읽어 그해의 행만 씁니다.",
     "<h1 id='notebook'>Notebook: reproducing the key figures</h1>\n\nThis notebook reads the CSV files in `data/` with pandas and recomputes the site's key figures. Clone the repository and run it from the top folder to get the same results. The tables may gain later years, so it first reads the article's year from `releases.csv` and keeps that year's rows."),
    ("code", "import pandas as pd\nfrom pathlib import Path\n\nDATA = Path('data')\nreleases = pd.read_csv(DATA / 'releases.csv', dtype=str).set_index('id')\nYEAR = int(releases.loc['{release}', 'periods'].split()[0])\n\ndef of_year(table):\n    return table[table['year'] == YEAR]\n\ntrade = of_year(pd.read_csv(DATA / 'exports_by_trade_type.csv'))\nsize = of_year(pd.read_csv(DATA / 'exports_by_firm_size.csv'))\nregion = of_year(pd.read_csv(DATA / 'exports_by_region.csv'))\nlabels = pd.read_csv(DATA / 'labels.csv')\nfacts = pd.read_csv(DATA / 'prose_facts.csv', dtype={{'period': str}})\nfacts = facts[(facts['release'] == '{release}') & (facts['period'] == str(YEAR))].set_index('id')\nprint(YEAR)\nprint(trade.head().to_string(index=False))", ""),
    ("md", "<h2 id='balance'>수출, 수입, 무역수지</h2>\n\n수출 총액은 표에서, 수입은 원문 본문의 수치에서 가져옵니다. 단위는 억 달러입니다.",
     "<h2 id='balance'>Exports, imports and the balance</h2>\n\nTotal exports come from the tables, imports from the article's text. Values are in 억 달러 (USD 100 million)."),
    ("code", "exports = trade.query(\"industry == 'total' and trade_type == 'total'\")['value'].item()\nimports = facts.loc['imports_total', 'value']\npd.Series({'exports': exports, 'imports': imports, 'balance': round(exports - imports, 1)})", ""),
    ("md", "<h2 id='industry-shares'>산업별 비중</h2>\n\n각 산업의 수출이 전체에서 차지하는 비중(%)입니다.",
     "<h2 id='industry-shares'>Industry shares</h2>\n\nEach industry's share of all ICT services exports, in per cent."),
    ("code", "by_industry = trade.query(\"trade_type == 'total' and industry != 'total'\").set_index('industry')['value']\n(by_industry / exports * 100).round(1).sort_values(ascending=False)", ""),
    ("md", "<h2 id='firm-size-shares'>기업 규모별 비중</h2>\n\n원문은 중기업과 소기업을 합쳐 중소기업으로 봅니다.",
     "<h2 id='firm-size-shares'>Shares by firm size</h2>\n\nThe article counts medium and small enterprises together as SMEs."),
    ("code", "by_size = size.query(\"industry == 'total' and firm_size != 'total'\").set_index('firm_size')['value']\nshares = (by_size / exports * 100).round(1)\nshares['sme (medium + small)'] = round((by_size['medium'] + by_size['small']) / exports * 100, 1)\nshares", ""),
    ("md", "<h2 id='regions'>지역별 비중과 북미 수지</h2>\n\n유럽 비중은 원문 본문의 수치와 표로 계산한 값이 반올림으로 설명되지 않을 만큼 다릅니다. 자세한 내용은 데이터 페이지의 검증 기록을 보세요.",
     "<h2 id='regions'>Regional shares and the North American balance</h2>\n\nEurope's share as computed from the table differs from the article's text by more than rounding can explain; the data page's fact-check ledger has the details."),
    ("code", "by_region = region.query(\"industry == 'total' and region != 'total'\").set_index('region')['value']\nprint((by_region / exports * 100).round(2))\nna_balance = by_region['north_america'] - facts.loc['north_america_imports', 'value']\nprint('north_america balance:', round(na_balance, 1))", ""),
]


def build_notebook(lang: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                   "language_info": {"name": "python"}}
    for kind, ko, en in CELLS:
        if kind == "md":
            nb.cells.append(nbformat.v4.new_markdown_cell(ko if lang == "ko" else en))
        else:
            nb.cells.append(nbformat.v4.new_code_cell(ko.format(release=ARTICLE_RELEASE) if "{release}" in ko else ko))
    # Stable cell ids so two builds write identical files.
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"
    return nb


def write_notebook(ds, lang: str, target: Path, data_dir: Path = paths.DATA) -> None:
    """Run the notebook where `data_dir` is its data/ folder (the repository's, or a test's copy)."""
    nb = build_notebook(lang)
    NotebookClient(nb, timeout=120, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(Path(data_dir).parent)}}).execute()
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, str(target))
