"""Metadata in each page's <head>: Highwire citation_* tags (Zotero, Google Scholar), Open Graph
and Twitter cards, and schema.org JSON-LD (a Dataset on /data/, an Article elsewhere), all
crediting the source article and its author."""
from __future__ import annotations

import json
from html import escape

from ..lang import LANGS, t
from .reference import CARD_SIZE, PageRef

LICENCE_TEXT_DATA = "https://creativecommons.org/licenses/by/4.0/"

KISDI = {"@type": "Organization", "name": "정보통신정책연구원",
         "alternateName": "Korea Information Society Development Institute (KISDI)"}
SOURCE_ARTICLE = {
    "@type": "Article",
    "name": "대한민국 ICT 서비스 무역의 도약과 과제",
    "alternateName": "The rise of Korea's ICT services trade and the tasks ahead",
    "inLanguage": "ko",
    "author": {"@type": "Person", "name": "이학기", "alternateName": "Lee Hakki",
               "jobTitle": "연구위원 (Research Fellow)", "affiliation": KISDI},
    "publisher": KISDI,
}
BOK_STATISTICS = {"@type": "Dataset", "name": "한국은행 지식서비스 무역통계",
                  "alternateName": "Bank of Korea knowledge-based services trade statistics",
                  "creator": {"@type": "Organization", "name": "한국은행", "alternateName": "Bank of Korea"}}
# Google Scholar's format for a work this page cites.
CITATION_REFERENCE = ("citation_title=대한민국 ICT 서비스 무역의 도약과 과제; citation_author=이학기; "
                      "citation_publisher=정보통신정책연구원 (KISDI)")

FORMATS = {".csv": "text/csv", ".json": "application/json"}


def _meta(attr: str, name: str, content: str) -> str:
    return f'<meta {attr}="{escape(name)}" content="{escape(content)}">'


def highwire(ref: PageRef, keywords: list[str]) -> list[str]:
    date = ref.release.date.replace("-", "/")
    tags = [
        ("citation_title", ref.title),
        ("citation_author", t(ref.lang, "cite.author")),
        ("citation_publication_date", date),
        ("citation_online_date", date),
        ("citation_public_url", ref.url),
        ("citation_abstract_html_url", ref.url),
        ("citation_language", ref.lang),
        ("citation_publisher", t(ref.lang, "cite.author")),
        ("citation_version", ref.release.version),
    ]
    if keywords:
        tags.append(("citation_keywords", "; ".join(keywords)))
    tags.append(("citation_reference", CITATION_REFERENCE))
    return [_meta("name", k, v) for k, v in tags]


def share_card(ref: PageRef) -> list[str]:
    other = [lang for lang in LANGS if lang != ref.lang]
    alt = t(ref.lang, "card.alt", site=ref.site_name, page=ref.page_title)
    is_home = ref.page.path == "/"
    og = [
        ("og:type", "website" if is_home else "article"),
        ("og:site_name", ref.site_name),
        ("og:title", ref.title),
        ("og:description", ref.description),
        ("og:url", ref.url),
        ("og:locale", t(ref.lang, "og.locale")),
        *[("og:locale:alternate", t(lang, "og.locale")) for lang in other],
        ("og:image", ref.image_url),
        ("og:image:type", "image/png"),
        ("og:image:width", str(CARD_SIZE[0])),
        ("og:image:height", str(CARD_SIZE[1])),
        ("og:image:alt", alt),
    ]
    if not is_home:
        og += [("article:published_time", ref.release.first_date), ("article:modified_time", ref.release.date)]
    twitter = [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", ref.title),
        ("twitter:description", ref.description),
        ("twitter:image", ref.image_url),
        ("twitter:image:alt", alt),
    ]
    return [_meta("property", k, v) for k, v in og] + [_meta("name", k, v) for k, v in twitter]


def json_ld(ref: PageRef, package: dict) -> dict:
    author = {"@type": "Organization", "name": t(ref.lang, "cite.author")}
    common = {
        "url": ref.url,
        "inLanguage": ref.lang,
        "description": ref.description,
        "version": ref.release.version,
        "datePublished": ref.release.first_date,
        "dateModified": ref.release.date,
        "image": ref.image_url,
        "license": LICENCE_TEXT_DATA,
        "isPartOf": {"@type": "WebSite", "name": ref.site_name, "url": ref.lang_root},
        "isBasedOn": [SOURCE_ARTICLE, BOK_STATISTICS],
        "citation": SOURCE_ARTICLE,
    }
    if ref.slug == "data":
        lang_suffix = "" if ref.lang == "en" else f"_{ref.lang}"
        files = [r["path"] for r in package.get("resources", [])] + ["datapackage.json"]
        return {
            "@context": "https://schema.org",
            "@type": "Dataset",
            **common,
            "name": package.get(f"title{lang_suffix}") or package.get("title") or ref.title,
            "description": package.get(f"description{lang_suffix}") or ref.description,
            "keywords": package.get("keywords", []),
            "creator": author,
            "publisher": author,
            "distribution": [
                {"@type": "DataDownload", "name": name, "contentUrl": f"{ref.root}data/{name}",
                 "encodingFormat": FORMATS.get(name[name.rfind("."):], "application/octet-stream")}
                for name in files
            ],
        }
    return {"@context": "https://schema.org", "@type": "Article", **common,
            "headline": ref.title[:110], "name": ref.title,
            "author": author, "publisher": author, "mainEntityOfPage": ref.url}


def script_json(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/")


def head_html(ref: PageRef, package: dict, with_description: bool = False) -> str:
    lines = []
    if with_description:
        lines.append(_meta("name", "description", ref.description))
    lines += highwire(ref, package.get("keywords", []))
    lines += share_card(ref)
    lines.append(f'<script type="application/ld+json">{script_json(json_ld(ref, package))}</script>')
    return "\n".join(lines)
