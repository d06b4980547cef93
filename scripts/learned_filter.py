"""Would a learned false-event filter over the rules' output raise F1? A measurement, not a stage.

Usage: python scripts/learned_filter.py TRAIN_GOLD [--test GOLD ...] [--folds 5] [--seeds 3]

Needs scikit-learn (``pip install -e '.[experiment]'``); the coder itself does not. Each event
the rules output for a gold set is labelled the way ``newsevents eval`` matches it: TP (matched a
required gold event), NEUTRAL (matched only an optional one) or FP. A logistic regression
over simple features of the event (type, mode, status, trigger, kinds and sectors of the sides,
date precision, place, attribution, sentence position and length, events in the sentence and
article, hedge words) predicts TP against FP. The script prints:
  1. the rules' own F1 and, for article-grouped cross-validation on TRAIN_GOLD, the AUC and the F1
     after dropping events below each threshold (a dropped TP becomes a miss);
  2. for each --test set, the same figures for a model trained on all of TRAIN_GOLD.
The decision and the figures are in docs/experiments/learned-filter.md.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from newsevents.evaluate import attribute_score, matches, read_gold
from newsevents.ingest import articles_from_dicts
from newsevents.options import Options
from newsevents.pipeline import Pipeline
from newsevents.records import Event, Skipped

THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4)
HEDGE_WORDS = {"would", "could", "might", "may", "if", "unless", "will", "should", "plan", "plans",
               "planned", "reportedly", "allegedly", "accused", "denied", "said", "says", "told",
               "according", "quoted", "not", "no", "never", "any", "whether", "threatened",
               "warned", "urged", "called", "demanded"}


def labelled_events(gold_path: Path, pipeline: Pipeline) -> tuple[list[tuple], int]:
    """(article number, event, events of its article, label) for each output event, and the
    number of required gold events."""
    records = read_gold(gold_path)
    articles = articles_from_dicts(
        [{k: v for k, v in r.items() if k not in ("events", "gold")} for r in records],
        pipeline.options)
    rows, required = [], 0
    for number, (record, result) in enumerate(zip(records, pipeline.process(articles),
                                                  strict=True)):
        golds = record["gold"]
        required += sum(not g.optional for g in golds)
        events = [] if isinstance(result, Skipped) else result[1]
        labels = match_labels(golds, events)
        rows += [(number, e, events, labels[id(e)]) for e in events]
    return rows, required


def match_labels(golds: list, events: list[Event]) -> dict[int, str]:
    """The scorer's one-to-one matching (evaluate.score_article), as a label per event."""
    free, labels = list(events), {}
    for gold in sorted(golds, key=lambda g: g.optional):
        candidates = [e for e in free if matches(gold, e)]
        if candidates:
            best = max(candidates, key=lambda e: sum(attribute_score(gold, e)))
            free.remove(best)
            labels[id(best)] = "NEUTRAL" if gold.optional else "TP"
    optional = [g for g in golds if g.optional]
    for event in free:
        labels[id(event)] = "NEUTRAL" if any(matches(g, event) for g in optional) else "FP"
    return labels


def bucket(value: int, edges: tuple[int, ...]) -> str:
    return str(next((i for i, edge in enumerate(edges) if value <= edge), len(edges)))


def features(event: Event, events: list[Event]) -> dict[str, int]:
    source, target, sentence = event.source, event.target, event.evidence.sentence
    trigger = (event.evidence.trigger or "").lower()
    index = event.evidence.sentence_index
    in_sentence = sum(e.evidence.sentence_index == index for e in events)
    same_type = sum(e.event_type == event.event_type for e in events)
    named = {f"type={event.event_type}", f"mode={event.mode}", f"status={event.status}",
             f"type_status={event.event_type}{event.status}", f"trigger={trigger}",
             f"type_trigger={event.event_type}|{trigger}", f"source_kind={source.kind}",
             f"source_sector={source.sector[0] if source.sector else '-'}",
             f"confidence={event.confidence}", f"date={event.date.precision}",
             f"participants={bucket(len(event.participants), (0, 2, 4))}",
             f"sentence_index={bucket(index, (0, 1, 2, 4, 8))}",
             f"sentence_words={bucket(len(sentence.split()), (10, 20, 30, 45))}",
             f"in_sentence={bucket(in_sentence, (1, 2, 3))}",
             f"same_type={bucket(same_type, (1, 2, 4))}",
             f"in_article={bucket(len(events), (1, 3, 6, 10))}"}
    if target is None:
        named.add("target=none")
    else:
        named |= {f"target_kind={target.kind}",
                  f"target_sector={target.sector[0] if target.sector else '-'}"}
        if target.country and target.country == source.country:
            named.add("target_same_country")
    if event.location:
        named.add("place")
    if event.attribution and event.attribution.speaker:
        named.add("attributed")
    if '"' in sentence or "\u201c" in sentence:
        named.add("quoted")
    named |= {f"word={w}" for w in set(re.findall(r"[a-z']+", sentence.lower())) & HEDGE_WORDS}
    return dict.fromkeys(named, 1)


def f1_after_drops(keep: list[bool], labels: list[str], required: int) -> float:
    tp = sum(k and label == "TP" for k, label in zip(keep, labels, strict=True))
    fp = sum(k and label == "FP" for k, label in zip(keep, labels, strict=True))
    precision, recall = tp / max(tp + fp, 1), tp / max(required, 1)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fitted(rows: list[tuple]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    kept = [r for r in rows if r[3] != "NEUTRAL"]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([features(r[1], r[2]) for r in kept])
    model = LogisticRegression(C=0.2, max_iter=2000).fit(matrix, [r[3] == "TP" for r in kept])
    return lambda batch: model.predict_proba(
        vectorizer.transform([features(r[1], r[2]) for r in batch]))[:, 1]


def report(name: str, rows: list[tuple], probabilities: list[float], required: int) -> None:
    from sklearn.metrics import roc_auc_score

    labels = [r[3] for r in rows]
    scored = [(p, label == "TP") for p, label in zip(probabilities, labels, strict=True)
              if label != "NEUTRAL"]
    auc = roc_auc_score([s[1] for s in scored], [s[0] for s in scored])
    figures = "  ".join(
        f"{t}: {f1_after_drops([p >= t for p in probabilities], labels, required):.4f}"
        for t in THRESHOLDS)
    print(f"{name}: rules F1 {f1_after_drops([True] * len(rows), labels, required):.4f}; "
          f"AUC {auc:.3f}; F1 after dropping below  {figures}")


def cross_validated(rows: list[tuple], required: int, folds: int, seed: int) -> list[float]:
    articles = sorted({r[0] for r in rows})
    random.Random(seed).shuffle(articles)
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    probabilities = [0.0] * len(rows)
    for fold in range(folds):
        predict = fitted([r for r in rows if fold_of[r[0]] != fold])
        held = [i for i, r in enumerate(rows) if fold_of[r[0]] == fold]
        for i, p in zip(held, predict([rows[i] for i in held]), strict=True):
            probabilities[i] = float(p)
    return probabilities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--test", type=Path, action="append", default=[])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    pipeline = Pipeline(Options())
    rows, required = labelled_events(args.train, pipeline)
    for seed in range(args.seeds):
        report(f"{args.train} cross-validated (seed {seed})", rows,
               cross_validated(rows, required, args.folds, seed), required)
    predict = fitted(rows)
    for path in args.test:
        test_rows, test_required = labelled_events(path, pipeline)
        report(f"{path}, trained on {args.train}", test_rows,
               [float(p) for p in predict(test_rows)] if test_rows else [], test_required)


if __name__ == "__main__":
    main()
