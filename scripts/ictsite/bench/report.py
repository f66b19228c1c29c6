"""The bench's table: one row per page and language, and every target a row misses."""
from __future__ import annotations

from . import targets as T


def _kb(n: int | None) -> str:
    return "-" if n is None else f"{n / T.KB:.0f}"


def _int(v) -> str:
    return "-" if v is None else f"{v:.0f}"


def _range(r) -> str:
    return "-" if not r else f"{r[0]}–{r[1]}"


def misses(row: dict) -> list[str]:
    out = []
    w, s = row["wire"], row["lighthouse"]
    limit = T.LOAD_MAX_CHARTS if w["charts"] else T.LOAD_MAX_PLAIN
    if w["load_bytes"] > limit:
        out.append(f"load {_kb(w['load_bytes'])} kB > {_kb(limit)}")
    if w["after_bytes"] > T.AFTER_MAX:
        out.append(f"after {_kb(w['after_bytes'])} kB > {_kb(T.AFTER_MAX)}")
    if w["charts"] and not w["all_live"]:
        out.append("a chart never drew")
    if s:
        if s["error"]:
            out.append(f"lighthouse: {s['error']}")
        if s["performance"] is not None and s["performance"] < T.PERF_MIN:
            out.append(f"perf {s['performance']} < {T.PERF_MIN}")
        if s["accessibility"] is not None and s["accessibility"] < T.A11Y_MIN:
            out.append(f"a11y {s['accessibility']} < {T.A11Y_MIN}")
        if s["cls"] is not None and s["cls"] > T.CLS_MAX:
            out.append(f"CLS {s['cls']:.3f} > 0")
        out += [f"audit {a}" for a in s["failed_audits"]]
    return out


def table(rows: list[dict]) -> str:
    head = ("page", "lang", "charts", "load kB", "after kB", "perf", "range", "a11y", "bp", "seo",
            "LCP ms", "TBT ms", "CLS")
    lines = []
    for r in rows:
        w, s = r["wire"], r["lighthouse"] or {}
        lines.append((r["path"], r["lang"], str(w["charts"]), _kb(w["load_bytes"]), _kb(w["after_bytes"]),
                      _int(s.get("performance")), _range(s.get("perf_range")), _int(s.get("accessibility")),
                      _int(s.get("best_practices")), _int(s.get("seo")),
                      _int(s.get("lcp_ms")), _int(s.get("tbt_ms")),
                      "-" if s.get("cls") is None else f"{s['cls']:.3f}"))
    widths = [max(len(x) for x in col) for col in zip(head, *lines)]
    fmt = lambda cells: "  ".join(c.ljust(w) if i < 2 else c.rjust(w)  # noqa: E731
                                  for i, (c, w) in enumerate(zip(cells, widths)))
    out = [fmt(head), fmt(["-" * w for w in widths])] + [fmt(line) for line in lines]
    return "\n".join(out)


def summary(rows: list[dict], build_seconds: dict[str, float], runs: int) -> str:
    parts = [table(rows), ""]
    parts.append("build wall time: " + ", ".join(f"{k} {v:.1f} s" for k, v in build_seconds.items())
                 + f" (total {sum(build_seconds.values()):.1f} s)")
    parts.append(f"perf: median of {runs} Lighthouse runs per page (range: lowest–highest); "
                 "a11y, bp, seo: lowest of the runs; CLS: highest")
    parts.append(f"targets: perf ≥ {T.PERF_MIN}, a11y {T.A11Y_MIN}, CLS 0, load ≤ {_kb(T.LOAD_MAX_CHARTS)} kB "
                 f"(chart pages) / ≤ {_kb(T.LOAD_MAX_PLAIN)} kB (others), after ≤ {_kb(T.AFTER_MAX)} kB "
                 f"(1 kB = {T.KB} bytes, gzip on the wire, headers included)")
    missed = [(r, m) for r in rows for m in misses(r)]
    if missed:
        parts.append(f"MISSED ({len(missed)}):")
        parts += [f"  {r['lang']} {r['path']}: {m}" for r, m in missed]
    else:
        parts.append("all targets met")
    return "\n".join(parts)
