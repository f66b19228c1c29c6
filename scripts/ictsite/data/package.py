"""data/datapackage.json, generated from schema.py so the published schema is the
enforced one. Bump VERSION and LAST_UPDATED by hand when the data change; both are
fixed strings so that rebuilding the same data gives the same file."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from ..paths import DATA
from .schema import ALL, FACTS, POLICY_EVIDENCE, RELEASE_FIGURES, TABLES, UNIT_TEXT, Column, FileSpec
from .validate import Inputs

VERSION = "1.2.0"
LAST_UPDATED = "2026-11-30"
NAME = "korea-ict-services-trade-2024"

ARTICLE = {
    "title": "이학기, 「대한민국 ICT 서비스 무역의 도약과 과제」, 정보통신정책연구원(KISDI)",
    "title_en": "이학기 (KISDI, Korea Information Society Development Institute): 'Korea's ICT "
                "services trade: its leap and its tasks' (title translated by this project)",
    "description": "The article every figure here comes from: its three tables and the numbers "
                   "in its prose. Its sentences are not republished.",
}
BOK = {
    "title": "한국은행 지식서비스 무역통계",
    "title_en": "Bank of Korea, knowledge-based services trade statistics",
    "path": "https://ecos.bok.or.kr",
    "description": "Source of the article's Tables 1-3 and of its trade totals.",
}
CITED = [  # the article's reference list, for the prose figures that rest on them
    {"title": "한국콘텐츠진흥원 (2024.03.12.), 2024 대한민국 게임백서 발간 보도자료",
     "title_en": "Korea Creative Content Agency (KOCCA), 2024 White Paper on Korean Games, press release"},
    {"title": "동아일보 (2025.03.20.), 美, 대미 무역흑자 공격하는데… 韓, 지식서비스 교역 작년 8조 적자",
     "title_en": "Dong-A Ilbo, 20 March 2025, on Korea's 2024 knowledge-based services deficit"},
    {"title": "WTO (2024), Global Trade Outlook and Statistics 2024, World Trade Organization"},
    {"title": "OECD (2025), Parrot, F. & Liberatore, A., Monitoring global services trade: More "
              "granular insights from the updated OECD-WTO BaTIS dataset, OECD Statistics Blog"},
    {"title": "아시아투데이 (2022.03.02.), 정보통신정책연구원(KISDI), [칼럼] 디지털 대전환기 ICT 산업의 "
              "성과 그리고 나아가야 할 길"},
]

MSIT_2025H1 = {
    "title": "과학기술정보통신부 (2025.09.24.), 2025년 상반기 ICT 서비스 수출입 동향 (보도자료)",
    "title_en": "Ministry of Science and ICT, 24 September 2025: ICT services exports and imports in "
                "the first half of 2025 (press release), read in Yonhap's report of it",
    "path": "https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20250924052300017",
    "description": "Source of release_figures.csv and of the 2025H1 prose facts (see releases.csv).",
}

BOK_KS_2024 = {
    "title": "한국은행 (2025.03.19.), 지식서비스 무역통계 첫 공표 (2010~2024년), 한국정경신문·이데일리 보도",
    "title_en": "Bank of Korea, 19 March 2025: first release of its knowledge-based services trade "
                "statistics (2010-2024), read in press reports (한국정경신문, 이데일리)",
    "path": "https://wcmsm.kpinews.kr/newsView/1065599849283989",
    "description": "Source of the three regional balances of knowledge-based services as a whole in "
                   "prose_facts.csv (release bok_ks_2024, kind cited); not cited in the article.",
}

TYPES = {"year": "integer", "value": "number", "signed_value": "number", "share": "number",
         "decimal": "number", "date": "date"}
PATTERNS = {"code": r"[a-z][a-z0-9]*(_[a-z0-9]+)*", "claim_id": r"[a-z][a-z0-9]*(-[a-z0-9]+)+",
            "period": r"\d{4}(H[12])?", "periods": r"\d{4}(H[12])?( \d{4}(H[12])?)*",
            "slug": r"[a-z0-9]+(-[a-z0-9]+)*"}


def _field(col: Column, spec: FileSpec, inputs: Inputs) -> dict:
    out = {"name": col.name, "type": TYPES.get(col.kind, "string"),
           "description": col.en, "description_ko": col.ko}
    c: dict = {"required": True} if col.required else {}
    if col.kind == "value":
        c["minimum"] = 0
    if col.kind == "share":
        c.update(minimum=0, maximum=1)
    if col.kind in PATTERNS:
        c["pattern"] = PATTERNS[col.kind]
    if col.enum:
        c["enum"] = list(col.enum)
    dimension = "industry" if col.name == "industry" else col.name
    if spec in TABLES.values() and col.kind == "code":
        # Exact membership per dimension; the foreign key alone cannot say which
        # dimension a code belongs to, because `total` is a code in all of them.
        c["enum"] = inputs.codes(dimension)
    if col.unit:
        ko, en = UNIT_TEXT[col.unit]
        out.update(unit=col.unit, unit_ko=ko, unit_en=en)
    if c:
        out["constraints"] = c
    return out


def _resource(spec: FileSpec, inputs: Inputs) -> dict:
    schema: dict = {"fields": [_field(c, spec, inputs) for c in spec.columns],
                    "primaryKey": list(spec.key), "missingValues": [""]}
    res = {
        "name": spec.resource, "path": spec.name, "profile": "tabular-data-resource",
        "title": spec.title_en, "title_ko": spec.title_ko,
        "description": spec.description_en, "description_ko": spec.description_ko,
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
    }
    dim = next((d for d, s in TABLES.items() if s is spec), None)
    if dim:
        schema["foreignKeys"] = [
            {"fields": [f], "reference": {"resource": "labels", "fields": ["code"]}}
            for f in ("industry", dim)]
        res["sources"] = [ARTICLE, BOK]
    if spec is RELEASE_FIGURES:
        schema["foreignKeys"] = [{"fields": ["release"], "reference": {"resource": "releases", "fields": ["id"]}}]
        res["sources"] = [MSIT_2025H1, BOK]
    if spec is FACTS:
        schema["foreignKeys"] = [{"fields": ["release"], "reference": {"resource": "releases", "fields": ["id"]}}]
        res["sources"] = [ARTICLE, *CITED, MSIT_2025H1, BOK_KS_2024]
    if spec is POLICY_EVIDENCE:
        schema["foreignKeys"] = [{"fields": ["claim"], "reference": {"resource": "claims_spec", "fields": ["id"]}}]
    if spec.generated:
        res["description"] += " Generated by `make data` from claims_spec.csv; do not edit."
    res["schema"] = schema
    return res


def datapackage(inputs: Inputs) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": "Korea's ICT services trade in 2024: the article's data, checked",
        "title_ko": "2024년 대한민국 ICT 서비스 무역: 기사의 데이터와 검증",
        "description": (
            "Every figure in 이학기 (KISDI), 「대한민국 ICT 서비스 무역의 도약과 과제」: its "
            "three tables (exports by type of trade, firm size and region, in USD 100 million, "
            "from the Bank of Korea), the numbers in its prose, Korean and English labels, and a "
            "ledger that rechecks every numeric claim against the tables within rounding. "
            "See README.md."),
        "description_ko": (
            "이학기(KISDI) 「대한민국 ICT 서비스 무역의 도약과 과제」의 모든 수치: 표 3개(유형·기업 "
            "규모·지역별 수출, 억 달러, 한국은행), 본문 수치, 한국어·영어 이름, 본문의 수치 주장을 "
            "반올림을 감안해 표로 다시 검증한 장부. README.md 참조."),
        "version": VERSION,
        "created": f"{LAST_UPDATED}T00:00:00Z",
        "last_updated": LAST_UPDATED,
        "languages": ["ko", "en"],
        "keywords": ["ICT services", "services trade", "Korea", "KISDI", "Bank of Korea",
                     "ICT 서비스", "서비스 무역"],
        "licenses": [{
            "name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "scope": "This compilation: codes, English labels, descriptions, the claims ledger. "
                     "Credit the article and its author for the figures.",
        }],
        "contributors": [
            {"title": "이학기", "role": "author",
             "organization": "정보통신정책연구원 (KISDI, Korea Information Society Development Institute)"},
        ],
        "sources": [ARTICLE, BOK, *CITED, MSIT_2025H1, BOK_KS_2024],
        "resources": [_resource(spec, inputs) for spec in ALL],
    }


def datapackage_text(inputs: Inputs) -> str:
    return json.dumps(datapackage(inputs), ensure_ascii=False, indent=2) + "\n"



@cache
def published(data_dir: Path = DATA) -> dict:
    """data/datapackage.json as `make data` last wrote it: what readers download and cite."""
    return json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
