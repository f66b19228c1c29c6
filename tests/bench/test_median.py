"""The benchmark's statistics: every page gets the same runs, the median performance counts, and
a layout shift or an accessibility failure in any run is reported."""
from __future__ import annotations

from ictsite.bench import lighthouse, report
from ictsite.bench.lighthouse import Scores


def scores(perf, cls=0.0, a11y=100, lcp=2000.0, failed=()):
    return Scores(performance=perf, accessibility=a11y, best_practices=100, seo=100, lcp_ms=lcp,
                  tbt_ms=100.0, cls=cls, total_byte_weight=100_000, failed_audits=list(failed))


def fake_runs(monkeypatch, results):
    calls = []
    queue = list(results)

    def run(url, save_to=None):
        calls.append(save_to)
        return queue.pop(0)

    monkeypatch.setattr(lighthouse, "run", run)
    return calls


def test_the_median_run_gives_performance_lcp_and_tbt(monkeypatch, tmp_path):
    calls = fake_runs(monkeypatch, [scores(97, lcp=1.0), scores(91, lcp=2.0), scores(94, lcp=3.0)])
    s = lighthouse.run_median("http://x/", tmp_path / "ko_regions", runs=3)
    assert (s.performance, s.lcp_ms, s.perf_range, s.runs) == (94, 3.0, (91, 97), 3)
    assert [p.name for p in calls] == ["ko_regions-run1.json", "ko_regions-run2.json", "ko_regions-run3.json"]


def test_a_good_first_run_is_not_taken_at_its_word(monkeypatch):
    fake_runs(monkeypatch, [scores(99), scores(90), scores(92)])
    assert lighthouse.run_median("http://x/", None, runs=3).performance == 92


def test_the_worst_run_counts_for_layout_shift_accessibility_and_audits(monkeypatch):
    fake_runs(monkeypatch, [scores(96), scores(96, cls=0.001, failed=["accessibility:color-contrast"]),
                            scores(96, a11y=93)])
    s = lighthouse.run_median("http://x/", None, runs=3)
    assert (s.cls, s.accessibility, s.failed_audits) == (0.001, 93, ["accessibility:color-contrast"])
    row = {"wire": {"charts": 0, "load_bytes": 100_000, "after_bytes": 100_000, "all_live": True},
           "lighthouse": vars(s)}
    assert report.misses(row) == ["a11y 93 < 100", "CLS 0.001 > 0", "audit accessibility:color-contrast"]


def test_failed_runs_are_left_out_and_reported(monkeypatch):
    broken = Scores(None, None, None, None, None, None, None, None, [], error="timeout")
    fake_runs(monkeypatch, [broken, scores(95), scores(97)])
    s = lighthouse.run_median("http://x/", None, runs=3)
    assert (s.performance, s.error) == (95, "timeout")
