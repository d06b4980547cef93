"""The extraction stage alone, cold: the first 200 dev articles parsed once, then extracted three
times with what extraction keeps forgotten between passes; prints the parse and the best pass in
ms/article. Usage: PYTHONPATH=src:scripts python scripts/time_cold.py (run two commits
alternately, each with PYTHONPATH on its own src, to compare them)."""

from __future__ import annotations

import time

from profiled_articles import forget_kept, parsed_dev_articles

PASSES = 3


def main() -> None:
    engine, articles, docs, parse = parsed_dev_articles(200)
    passes = []
    for _ in range(PASSES):
        forget_kept(docs)
        start = time.perf_counter()
        for article, doc in zip(articles, docs, strict=True):
            engine.events_for(article, doc)
        passes.append(time.perf_counter() - start)
    per = 1000 / len(articles)
    print(f"parse {parse * per:.1f} ms/article; extraction cold best {min(passes) * per:.1f} "
          f"ms/article ({', '.join(f'{p * per:.1f}' for p in passes)})")


if __name__ == "__main__":
    main()
