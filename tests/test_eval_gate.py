"""Quality gate: the pipeline's scores on the gold sets may not drop below pinned floors.

Floors live in eval_baseline.json and only go up: after an improvement, raise them to the new
figures (rounded down) with `newsevents eval GOLD --json`.
"""

import json
from pathlib import Path

import pytest

from newsevents.evaluate import evaluate

HERE = Path(__file__).resolve().parent
BASELINE = json.loads((HERE / "eval_baseline.json").read_text())
GOLD_SETS = {
    "dev": HERE / "gold" / "dev.gold.jsonl",
    "seed": HERE.parent.parent / "shared" / "gold" / "seed.gold.jsonl",
    "sample": HERE.parent / "samples" / "news.jsonl",
    "probes": HERE / "gold" / "probes.gold.jsonl",
    "validation": HERE / "gold" / "validation.gold.jsonl",
}


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_scores_stay_above_pinned_floors(name, pipeline):
    path = GOLD_SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not present")
    figures = evaluate(path, pipeline).as_dict()
    below = {metric: (figures[metric], floor) for metric, floor in BASELINE[name].items()
             if figures[metric] < floor}
    assert not below, f"{name}: below the pinned floor (got, floor): {below}"
