"""Time and peak memory of reading hostile input, and of coding a 100,000-word article.

Usage: python scripts/reliability_figures.py [--uncut]

Each measurement runs in a fresh subprocess, so its peak RSS is its own; the baseline row is
the same interpreter after importing the reader. A script, not a test (docs/reliability.md):
  1. a 50 MB single-line .txt (refused by size), .jsonl (the line read past in 1 MiB chunks)
     and .jsonl.gz (the same, decompressed as it is read);
  2. a gzip bomb: 1 GiB of spaces in a 1 MB .jsonl.gz (stops at 100 times its size);
  3. a 100,000-word article coded with the default max_article_chars (cut to 100,000
     characters), and with --uncut, whole (about 40 s and 2 GiB).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

MIB = 1024 * 1024
SENTENCES = ["The president of France met the prime minister of Germany in Berlin on Monday to "
             "discuss trade.", "Officials said the talks were constructive and that both "
             "sides wanted more cooperation.", "Protesters gathered outside the parliament "
             "building demanding new elections."]

READ = """
import resource, sys, time
from pathlib import Path
from newsevents.ingest import read_articles
from newsevents.options import Options
start = time.perf_counter()
records = [] if sys.argv[1] == "-" else list(read_articles([Path(sys.argv[1])], Options()))
seconds = time.perf_counter() - start
reasons = "; ".join(getattr(r, "reason", "article") for r in records)[:110]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{seconds:6.2f} s  peak RSS {peak:5d} MiB  {reasons}")
"""

CODE = """
import resource, sys, time
from pathlib import Path
from newsevents.options import Options
from newsevents.pipeline import Pipeline
from newsevents.runner import extract_events
options = Options(max_article_chars=int(sys.argv[2]))
pipeline = Pipeline(options)
start = time.perf_counter()
((article, events),) = list(extract_events([Path(sys.argv[1])], options, pipeline))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{seconds:6.2f} s  peak RSS {peak:5d} MiB  {len(article.text):,} characters coded, "
      f"{len(events)} events")
"""


def long_text(words: int) -> str:
    parts, count = [], 0
    while count < words:
        sentence = SENTENCES[len(parts) % len(SENTENCES)]
        parts.append(sentence + ("\n\n" if len(parts) % 5 == 4 else " "))
        count += len(sentence.split())
    return "Long report\n\n" + "".join(parts)


def build(folder: Path) -> dict[str, Path]:
    files = {name: folder / name for name in (
        "single-line-50mb.txt", "single-line-50mb.jsonl", "single-line-50mb.jsonl.gz",
        "bomb-1gib.jsonl.gz", "100000-words.txt")}
    line = '{"text": "' + "word " * (10 * MIB) + '"}'
    files["single-line-50mb.txt"].write_text("word " * (10 * MIB))
    files["single-line-50mb.jsonl"].write_text(line)
    with gzip.open(files["single-line-50mb.jsonl.gz"], "wt") as handle:
        handle.write(line)
    with gzip.open(files["bomb-1gib.jsonl.gz"], "wb", compresslevel=9) as handle:
        for _ in range(1024):
            handle.write(b" " * MIB)
    files["100000-words.txt"].write_text(long_text(100_000))
    return files


def run(script: str, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                            text=True, check=True)
    return result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uncut", action="store_true",
                        help="also code the 100,000-word article whole (slow)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = build(Path(folder))
        print(f"{'baseline (imports only)':<34} {run(READ, '-')}")
        for name in ("single-line-50mb.txt", "single-line-50mb.jsonl",
                     "single-line-50mb.jsonl.gz", "bomb-1gib.jsonl.gz"):
            size = files[name].stat().st_size
            print(f"{name + f' ({size / MIB:.1f} MiB)':<34} {run(READ, str(files[name]))}")
        words = files["100000-words.txt"]
        print(f"{'100,000 words, cut':<34} {run(CODE, str(words), '100000')}")
        if args.uncut:
            print(f"{'100,000 words, whole':<34} {run(CODE, str(words), str(10**7))}")
    print(json.dumps({"python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
