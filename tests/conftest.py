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
