"""Cross-document clustering: two reports of one attack share a cluster, other events do not."""

from datetime import datetime

from pipeline.events import extract_events
from pipeline.events.clustering import cluster_events
from pipeline.process import event_row

REPORTS = [
    ("d1", datetime(2025, 12, 6, 9), "Russian drones attacked Kyiv overnight on Saturday."),
    ("d2", datetime(2025, 12, 7, 8), "Russia launched a drone attack on Kyiv on Saturday."),
    ("d3", datetime(2025, 12, 7, 8), "Russian drones struck Odesa in Ukraine on Sunday."),
    ("d4", datetime(2025, 12, 20, 8), "Russian drones attacked Kyiv on Friday."),
    ("d5", datetime(2025, 12, 7, 8), "Officials met in Kyiv on Saturday."),
]


def _rows(nlp):
    return [
        event_row(doc_id, event, f"{doc_id}_s0")
        for doc_id, published_at, text in REPORTS
        for event in extract_events(nlp(text), published_at)
    ]


def test_two_reports_of_one_attack_form_one_cluster(nlp):
    rows = _rows(nlp)
    assert [r.doc_id for r in rows] == ["d1", "d2", "d3", "d4", "d5"]
    clusters = dict(zip((r.doc_id for r in rows), cluster_events(rows)))
    assert clusters["d1"] == clusters["d2"]
    assert len({clusters["d1"], clusters["d3"], clusters["d4"], clusters["d5"]}) == 4


def test_cluster_ids_are_stable(nlp):
    rows = _rows(nlp)
    assert cluster_events(rows) == cluster_events(list(rows))
    assert cluster_events(rows[::-1]) == cluster_events(rows)[::-1]
