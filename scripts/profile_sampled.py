"""Sampled profile of extraction (cProfile inflates spaCy's generators tenfold; sampling does not).
Usage: PYTHONPATH=src python scripts/profile_sampled.py [N_ARTICLES] [REPS] [TOP]"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from pathlib import Path

from profiled_articles import forget_kept, parsed_dev_articles

INTERVAL = 0.0003  # seconds between samples


def sample_stacks(thread_id: int, stop: threading.Event, own: Counter, inclusive: Counter,
                  taken: list[int]) -> None:
    """Count, per sample of the thread's stack, its innermost newsevents function (own time,
    spaCy's compiled code included) and every newsevents function on it (inclusive)."""
    while not stop.is_set():
        time.sleep(INTERVAL)
        frame = sys._current_frames().get(thread_id)
        seen: set[str] = set()
        while frame is not None:
            code = frame.f_code
            if "newsevents" in code.co_filename:
                name = f"{Path(code.co_filename).stem}.{code.co_name}"
                if not seen:
                    own[name] += 1
                seen.add(name)
            frame = frame.f_back
        inclusive.update(seen)
        taken[0] += 1


def main() -> None:
    count, reps, top = (int(a) for a in (sys.argv[1:] + ["200", "3", "40"][len(sys.argv) - 1:]))
    engine, articles, docs, _ = parsed_dev_articles(count)
    own: Counter = Counter()
    inclusive: Counter = Counter()
    taken, stop = [0], threading.Event()
    sys.setswitchinterval(INTERVAL / 2)
    sampler = threading.Thread(target=sample_stacks, args=(
        threading.main_thread().ident, stop, own, inclusive, taken))
    sampler.start()
    for _ in range(reps):
        forget_kept(docs)  # what is kept is made again, as for new articles
        for article, doc in zip(articles, docs, strict=True):
            engine.events_for(article, doc)
    stop.set()
    sampler.join()
    for title, counts in (("own", own), ("inclusive", inclusive)):
        print(f"--- {title} ({taken[0]} samples)")
        for name, hits in counts.most_common(top):
            print(f"{100 * hits / max(taken[0], 1):5.1f}% {name}")


if __name__ == "__main__":
    main()
