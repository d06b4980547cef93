"""Time per stage and per rule hook of extraction (wall time, inclusive; nested hooks count in
their callers too). Usage: PYTHONPATH=src python scripts/profile_stages.py [N_ARTICLES] [TOP]"""

from __future__ import annotations

import functools
import inspect
import sys
import time
from collections import defaultdict

from profiled_articles import parsed_dev_articles

from newsevents import actors, extract, pipeline


def timed(name: str, function, totals: dict, calls: dict):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - start
            calls[name] += 1
    return wrapper


def instrument(totals: dict, calls: dict) -> None:
    """Wrap the functions the extractor and the pipeline call by module-level name, and the
    methods of Extractor and ActorResolver."""
    for module in (extract, pipeline):
        for name, value in list(vars(module).items()):
            if inspect.isfunction(value) and value.__module__.startswith("newsevents"):
                label = f"{value.__module__.split('.')[-1]}.{name}"
                setattr(module, name, timed(label, value, totals, calls))
    for cls in (extract.Extractor, actors.ActorResolver):
        for name, value in list(vars(cls).items()):
            if inspect.isfunction(value) and name not in ("__init__",):
                setattr(cls, name, timed(f"{cls.__name__}.{name}", value, totals, calls))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    engine, articles, docs, parse = parsed_dev_articles(count)
    totals: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    instrument(totals, calls)
    start = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        engine.events_for(article, doc)
    whole = time.perf_counter() - start
    per = 1000 / len(articles)
    print(f"{len(articles)} articles: parse {parse * per:.2f} ms/article, extraction "
          f"{whole * per:.2f} ms/article (instrumented)")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{seconds * per:8.3f} ms/article {calls[name]:7d} calls  {name}")


if __name__ == "__main__":
    main()
