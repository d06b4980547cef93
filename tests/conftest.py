from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_85123291edbe23fd.txt"
SEED_GOLD = SHARED / "gold" / "seed.gold.jsonl"


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.options import Options
    from newsevents.pipeline import Pipeline

    return Pipeline(Options())


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the checkout")
    return SEED


SAMPLES = ROOT / "samples"
# The publication date `make demo` gives the sample articles that carry none (the seed).
SAMPLES_PUB_DATE = "2017-12-29"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, pipeline) -> Path:
    """The sample corpus coded into a database, as `make demo` builds it (do not write to it:
    copy it first)."""
    from dataclasses import replace
    from datetime import date

    from newsevents.runner import run_into_store

    db = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    options = replace(pipeline.options, pub_date=date.fromisoformat(SAMPLES_PUB_DATE))
    run_into_store([SAMPLES], db, options, pipeline)
    return db
