import copy
from dataclasses import replace
from pathlib import Path

from newsevents.ingest import read_articles
from newsevents.parallel import code_records

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "news.jsonl"


def test_two_workers_give_the_same_events_in_the_same_order(pipeline):
    small_batches = copy.copy(pipeline)
    small_batches.options = replace(pipeline.options, batch_size=4)
    records = list(read_articles([SAMPLES], small_batches.options))

    def coded(workers):
        return [(item[0].article_id, [e.to_dict() for e in item[1]])
                for item in code_records(records, small_batches, workers)]

    one, two = coded(1), coded(2)
    assert len(one) == 22 and sum(len(events) for _, events in one) > 50
    assert one == two
