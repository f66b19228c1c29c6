"""What each file in data/ must look like: the single source for the validator and
for datapackage.json, so the published schema cannot drift from what is enforced."""
from __future__ import annotations

import re
from dataclasses import dataclass

DIMENSIONS = ("trade_type", "firm_size", "region")  # one table each; `industry` is shared
# `firm_type` is how the ministry's half-year releases group firms (대기업, 중견, 중소기업 =
# 중기업 + 소기업, 소상공인·개인); the article's tables use the finer `firm_size`.
LABEL_DIMENSIONS = ("industry", *DIMENSIONS, "firm_type")
TOTAL = "total"  # 전체 column / 합계 row
SECTIONS = ("overview", "industries", "firm_size", "regions", "policy", "release")
UNITS = ("100m_usd", "percent", "firms", "usd")
STATUSES = ("exact", "rounding", "inconsistent", "external")
COMPARATORS = ("equal", "at_least")
OPS = ("cell", "share", "difference", "percent_of", "fact")
# rows in the three exports_by_* tables, rows in release_figures.csv, or only prose facts cited beside the
# story (a release of another scope, such as knowledge-based services as a whole: no page of its own)
RELEASE_KINDS = ("tables", "summary", "cited")
PAGE_KINDS = ("tables", "summary")  # the kinds whose figures make a release page
FLOWS = ("exports", "imports", "balance")
FIGURE_DIMENSIONS = ("total", "industry", *DIMENSIONS, "firm_type")
FIGURE_STATUSES = ("published", "not_published")
# The article's five policy directions, in its order (codes match the /policy/ anchors, _ for -).
POLICY_DIRECTIONS = ("tailored_support", "tech_services", "sme_capacity", "digital_trade_diplomacy",
                     "export_platform")

# The release the story pages retell: the article. Its figures are what those pages show, whatever
# releases come after it (a citation of /regions/ must keep meaning what it meant).
ARTICLE_RELEASE = "article_2024"

# Fact ids other stages use by name; dropping one would break them quietly.
REQUIRED_FACTS = (
    "exports_growth", "imports_total", "imports_growth", "north_america_imports",
    "game_top4_share", "ks_deficit_total", "ks_deficit_us_share", "ks_deficit_us",
    "wto_services_faster_than_goods", "wto_ict_services_growth",
    "oecd_services_share_of_trade", "sme_plan_firms", "sme_plan_threshold",
)

UNIT_TEXT = {
    "100m_usd": ("억 달러", "USD 100 million"),
    "percent": ("%", "percent"),
    "firms": ("개 기업", "firms"),
    "usd": ("달러", "US dollars"),
}

CODE_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
CLAIM_ID_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
PERIOD_RE = re.compile(r"(\d{4})(H[12])?")  # a year, 2024, or a half year, 2025H1


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # see CHECKS in validate.py
    ko: str
    en: str
    required: bool = True
    enum: tuple[str, ...] | None = None
    unit: str | None = None


@dataclass(frozen=True)
class FileSpec:
    name: str  # file name in data/
    resource: str  # datapackage resource name
    title_ko: str
    title_en: str
    description_ko: str
    description_en: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    generated: bool = False  # written by `make data`, not by hand

    @property
    def header(self) -> list[str]:
        return [c.name for c in self.columns]


# Shared by the files that place a number in the article and give its unit.
SECTION = Column("section", "enum", "원문의 절", "Article section", enum=SECTIONS)
UNIT = Column("unit", "enum", "단위", "Unit", enum=UNITS)


def _table(dimension: str, number: int, ko_dim: str, en_dim: str) -> FileSpec:
    return FileSpec(
        name=f"exports_by_{dimension}.csv",
        resource=f"exports_by_{dimension}",
        title_ko=f"2024년 ICT 서비스 산업 {ko_dim}별 수출 (표 {number})",
        title_en=f"Korea's ICT services exports by industry and {en_dim}, 2024 (Table {number})",
        description_ko=(f"원문 표 {number}의 모든 칸(전체 열, 합계 행, 괄호 안 비중 포함). "
                        "단위 억 달러, 출처 한국은행 지식서비스 무역통계."),
        description_en=(f"Every cell of the article's Table {number}, including the all-industries "
                        "column, the total row and the printed shares. Unit: USD 100 million; "
                        "source: Bank of Korea knowledge-based services trade statistics."),
        columns=(
            Column("year", "year", "연도", "Year"),
            Column("industry", "code", "ICT 서비스 산업 코드 (labels.csv의 industry; 전체 = total)",
                   "ICT services industry code (labels.csv, dimension industry; total = all industries)"),
            Column(dimension, "code", f"{ko_dim} 코드 (labels.csv의 {dimension}; 합계 = total)",
                   f"{en_dim.capitalize()} code (labels.csv, dimension {dimension}; total = the total row)"),
            Column("value", "value", "수출액, 원문에 인쇄된 값 (소수 첫째 자리까지 반올림)",
                   "Exports as printed, rounded to 0.1", unit="100m_usd"),
            Column("share", "share",
                   "해당 산업 열의 합계 대비 비중, 인쇄된 값 (소수 둘째 자리, 합계 행은 비어 있음)",
                   "Share of the industry column's total as printed (0.01 precision); "
                   "empty on the total row, where the article prints none",
                   required=False),
        ),
        key=("year", "industry", dimension),
    )


TABLES = {
    "trade_type": _table("trade_type", 1, "유형", "type of trade"),
    "firm_size": _table("firm_size", 2, "기업 규모", "firm size"),
    "region": _table("region", 3, "지역", "region"),
}

LABELS = FileSpec(
    name="labels.csv", resource="labels",
    title_ko="코드별 한국어·영어 이름", title_en="Korean and English names of every code",
    description_ko="표에 쓰인 모든 코드의 원문 표기(한국어)와 영어 이름.",
    description_en="Every code used in the tables, with its Korean name as the article prints "
                   "it and an English name (EBOPS 2010 / BPM6 names where a category matches).",
    columns=(
        Column("dimension", "enum", "차원", "Dimension the code belongs to", enum=LABEL_DIMENSIONS),
        Column("code", "code", "코드", "ASCII code"),
        Column("ko", "text", "한국어 이름 (원문 표기)", "Korean name, as printed in the article"),
        Column("en", "text", "영어 이름", "English name"),
    ),
    key=("dimension", "code"),
)

FACTS = FileSpec(
    name="prose_facts.csv", resource="prose_facts",
    title_ko="본문 수치 (표에 없는 것)", title_en="Numbers from the article's prose that the tables do not hold",
    description_ko="본문과 각주의 수치 중 표에 없는 것, 나오는 절과 원문이 인용한 출처와 함께.",
    description_en="Figures from the article's prose and footnotes that the tables do not hold, "
                   "with the article section and the report the article cites.",
    columns=(
        Column("id", "code", "수치 ID (바뀌지 않음)", "Stable fact id"),
        Column("year", "year", "기준 연도", "Reference year"),
        Column("value", "decimal", "원문에 적힌 값", "Value as the article states it"),
        UNIT,
        SECTION,
        Column("source", "text", "원문이 인용한 출처", "Source the article cites"),
        Column("ko", "text", "설명 (한국어)", "Description in Korean"),
        Column("en", "text", "설명 (영어)", "Description in English"),
        Column("period", "period", "기간 (연도 2024 또는 반기 2025H1)", "Period: a year (2024) or a half year (2025H1)"),
        Column("release", "code", "이 수치를 발표한 자료 (releases.csv의 id)", "Release that states the figure (id in releases.csv)"),
    ),
    key=("id", "period"),
)

RELEASES = FileSpec(
    name="releases.csv", resource="releases",
    title_ko="자료 발표 목록", title_en="Releases: every publication the figures come from",
    description_ko="이 데이터의 수치를 실은 자료(원문, 보도자료)마다 발표 기관, 제목, 날짜, 다루는 기간과 주의점.",
    description_en="Each publication the figures come from (the article, later official releases): "
                   "publisher, title, date, the periods it covers and its caveats.",
    columns=(
        Column("id", "code", "자료 ID (바뀌지 않음)", "Stable release id"),
        Column("slug", "slug", "자료 페이지 주소 (/releases/<slug>/)", "Address of the release's page (/releases/<slug>/)"),
        Column("kind", "enum", "tables = 세 표(exports_by_*.csv)의 행, summary = release_figures.csv의 행, "
               "cited = 본문에 인용한 prose_facts.csv의 수치만 (자료 페이지 없음)",
               "tables: rows in the three exports_by_*.csv tables; summary: rows in release_figures.csv; "
               "cited: only prose facts cited in the text (no release page)",
               enum=RELEASE_KINDS),
        Column("periods", "periods", "다루는 기간, 공백으로 구분 (첫째가 주 기간, 나머지는 비교 기간)",
               "Periods covered, space-separated: the release's own period first, then its comparison periods"),
        Column("publisher_ko", "text", "발표 기관 (한국어)", "Publisher (Korean)"),
        Column("publisher_en", "text", "발표 기관 (영어)", "Publisher (English)"),
        Column("title_ko", "text", "제목 (한국어)", "Title (Korean)"),
        Column("title_en", "text", "제목 (영어)", "Title (English)"),
        Column("published", "date", "발표일", "Publication date", required=False),
        Column("source_url", "url", "이 프로젝트가 수치를 읽은 곳", "Where this project read the figures",
               required=False),
        Column("source_name_ko", "text", "수치를 읽은 곳의 이름 (한국어; source_url이 있으면 필수)",
               "Name of where the figures were read (Korean; required with source_url)", required=False),
        Column("source_name_en", "text", "수치를 읽은 곳의 이름 (영어; source_url이 있으면 필수)",
               "Name of where the figures were read (English; required with source_url)", required=False),
        Column("transcribed", "date", "옮겨 적은 날", "Date the figures were transcribed"),
        Column("caveat_ko", "text", "주의점 (한국어)", "Caveats (Korean)"),
        Column("caveat_en", "text", "주의점 (영어)", "Caveats (English)"),
    ),
    key=("id",),
)

RELEASE_FIGURES = FileSpec(
    name="release_figures.csv", resource="release_figures",
    title_ko="자료별 발표 수치 (요약 자료)", title_en="Figures of summary releases",
    description_ko="표 전체가 아니라 합계와 항목별 수치만 발표한 자료의 수치. 발표되지 않은 칸은 0이 아니라 not_published.",
    description_en="Figures of releases that print totals and breakdowns rather than whole tables. "
                   "A cell the release does not print is not_published, never zero.",
    columns=(
        Column("release", "code", "자료 ID (releases.csv)", "Release id (releases.csv)"),
        Column("period", "period", "기간 (2025H1 등)", "Period (e.g. 2025H1)"),
        Column("flow", "enum", "수출, 수입, 수지", "Exports, imports or the balance", enum=FLOWS),
        Column("dimension", "enum", "구분 (total = 합계)", "Breakdown (total: the flow's total)",
               enum=FIGURE_DIMENSIONS),
        Column("code", "code", "항목 코드 (labels.csv)", "Category code (labels.csv)"),
        Column("value", "signed_value", "발표된 값 (억 달러, 소수 첫째 자리까지)", "Value as published, to 0.1",
               required=False, unit="100m_usd"),
        Column("share", "share", "발표된 비중 (합계 대비, 정수 퍼센트 = 0.01 단위)",
               "Share of the flow's total as published (whole percent = 0.01)", required=False),
        Column("status", "enum", "published = 발표됨, not_published = 발표되지 않음 (값과 비중이 비어 있음)",
               "published, or not_published (value and share empty)", enum=FIGURE_STATUSES),
    ),
    key=("release", "period", "flow", "dimension", "code"),
)

CLAIMS_SPEC = FileSpec(
    name="claims_spec.csv", resource="claims_spec",
    title_ko="본문 수치 주장 명세 (직접 작성)", title_en="Claims ledger specification (hand-written)",
    description_ko="본문의 수치 주장마다 무엇을 주장하는지와 어떻게 다시 계산하는지. claims.csv는 이 파일에서 계산됩니다.",
    description_en="For each numeric claim in the prose: what it claims and how to recompute it. "
                   "claims.csv is computed from this file and the tables.",
    columns=(
        Column("id", "claim_id", "주장 ID (바뀌지 않음, 사이트가 링크함)", "Stable claim id (the site links to it)"),
        SECTION,
        Column("year", "year", "주장이 가리키는 연도 (표와 대조할 때 그 해의 표를 씀)",
               "Year the claim is about (table checks use that year's tables)"),
        Column("claim_ko", "text", "주장 요약 (우리 말로)", "What is claimed, in our own words (Korean)"),
        Column("claim_en", "text", "주장 요약 (영어)", "What is claimed, in our own words (English)"),
        Column("claimed", "decimal", "원문에 적힌 수", "The number as the article states it"),
        Column("comparator", "enum", "equal = 반올림된 값, at_least = '이상'",
               "equal: the number, rounded to its last digit; at_least: 'or more'", enum=COMPARATORS),
        UNIT,
        Column("op", "enum", "재계산 방법", "How to recompute it", enum=OPS),
        Column("args", "text", "재계산 대상 (예: region:europe, fact:imports_total)",
               "What to recompute it from (e.g. region:europe, fact:imports_total)"),
        Column("note", "text", "비고 (영어)", "Remark (English)", required=False),
        Column("note_ko", "text", "비고 (한국어)", "Remark (Korean)", required=False),
    ),
    key=("id",),
)

CLAIMS = FileSpec(
    name="claims.csv", resource="claims", generated=True,
    title_ko="본문 수치 검증 장부", title_en="Claims ledger: every number in the prose, checked",
    description_ko="본문의 수치 주장마다 표에서 다시 계산한 구간과 판정(exact, rounding, inconsistent, external).",
    description_en="Each numeric claim in the prose, recomputed from the tables as an interval "
                   "over their rounding, with a status: exact, rounding, inconsistent or external.",
    columns=(
        *CLAIMS_SPEC.columns[:8],
        Column("claimed_low", "decimal", "주장 자체의 반올림이 허용하는 최솟값",
               "Lowest value the claim's own rounding allows", required=False),
        Column("claimed_high", "decimal", "주장 자체의 반올림이 허용하는 최댓값 (at_least이면 비어 있음)",
               "Highest value the claim's own rounding allows (empty for at_least)", required=False),
        Column("computed_point", "decimal", "인쇄된 값 그대로 계산한 값 (소수 넷째 자리)",
               "Recomputed from the printed cells at face value (4 decimals)", required=False),
        Column("computed_low", "decimal", "인쇄된 칸과 맞는 참값의 최솟값 (내림)",
               "Lowest true value consistent with the printed cells (rounded down)", required=False),
        Column("computed_high", "decimal", "인쇄된 칸과 맞는 참값의 최댓값 (올림)",
               "Highest true value consistent with the printed cells (rounded up)", required=False),
        Column("status", "enum", "판정", "Status (see README)", enum=STATUSES),
        Column("arithmetic", "text", "계산식", "The arithmetic, with the printed numbers", required=False),
        Column("checked_against", "text", "대조한 파일과 칸", "Files and cells checked against", required=False),
        Column("source", "text", "출처", "Source of the figures"),
        *CLAIMS_SPEC.columns[10:],
    ),
    key=("id",),
)

POLICY_EVIDENCE = FileSpec(
    name="policy_evidence.csv", resource="policy_evidence",
    title_ko="정책 방향 옆에 놓은 수치 (이 사이트의 짝짓기)", title_en="The figures set beside each policy direction (our pairing)",
    description_ko="원문의 다섯 정책 방향마다, /policy/ 페이지가 그 옆에 놓은 원문의 수치 주장(claims_spec.csv의 id). "
                   "원문은 정책 방향의 근거로 수치를 들지 않으며, 어느 주장을 어느 방향 옆에 놓을지는 이 프로젝트의 "
                   "편집 판단이며, 옆에 놓은 주장이 없는 방향도 있을 수 있습니다.",
    description_en="For each of the article's five policy directions, the article's numeric claims (ids in "
                   "claims_spec.csv) that the /policy/ page sets beside it. The article cites no figures for its "
                   "directions; which claim is set beside which direction is this project's editorial choice, "
                   "and a direction may have none.",
    columns=(
        Column("direction", "enum", "정책 방향 (원문의 순서, /policy/의 앵커)",
               "Policy direction (the article's order; the /policy/ anchor with - for _)",
               enum=POLICY_DIRECTIONS),
        Column("claim", "claim_id", "방향 옆에 놓은 주장 (claims_spec.csv의 id)",
               "A claim set beside the direction (id in claims_spec.csv)"),
    ),
    key=("direction", "claim"),
)

INPUTS = (*TABLES.values(), LABELS, RELEASES, RELEASE_FIGURES, FACTS, CLAIMS_SPEC, POLICY_EVIDENCE)
ALL = (*INPUTS, CLAIMS)
