"""The whole path: articles in, events out. Load once, then stream documents through spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.actorbook import load_actor_book
from newsevents.actors import ActorResolver
from newsevents.attack_places import place_unplaced_attacks
from newsevents.errors import ModelError
from newsevents.extract import Extractor
from newsevents.invented_acts import without_invented_acts
from newsevents.lead_meetings import place_lead_meetings
from newsevents.lexicon import load_lexicon
from newsevents.merge import merge_article_events, share_occasions, without_history
from newsevents.occasions import date_at_dated_occasions, place_outcomes_at_talks
from newsevents.options import Options
from newsevents.parse_repairs import repair_parse  # noqa: F401 (registers the component)
from newsevents.passive_retellings import date_by_passive_retelling
from newsevents.places import Gazetteer, place_key
from newsevents.placing import place_police_acts, place_street_acts
from newsevents.policed_crowds import place_policed_crowds
from newsevents.policed_days import date_policed_crowds
from newsevents.records import Article, Event, Skipped
from newsevents.retold import date_retold_events
from newsevents.retold_deals import without_retold_deals
from newsevents.retold_places import place_acts_told_again
from newsevents.threat_aims import aim_weak_threats
from newsevents.told_again import date_acts_told_again
from newsevents.told_occasions import date_occasions_of_told_acts
from newsevents.ultimatums import without_foreign_departures
from newsevents.unmet_force import without_unmet_force
from newsevents.weekend_days import narrow_weekends

# Pipeline components the extractor reads: tags, lemmas, the parse and entities.
USED_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")


@Language.component("newsevents_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and paragraphs never run together."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def load_nlp(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"cannot load the spaCy model {model!r}: install it "
                         f"(see README) or pass --model NAME") from exc
    unused = [name for name in nlp.pipe_names if name not in USED_COMPONENTS]
    for name in unused:
        nlp.disable_pipe(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsevents_paragraphs", before="parser")
        nlp.add_pipe("newsevents_parse_repairs", last=True)  # parse_repairs.py
    return nlp


class Pipeline:
    """The loaded model and dictionaries; ``process`` codes a stream of articles."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.nlp = load_nlp(options.model)
        book = load_actor_book(options.actor_files)
        gazetteer = Gazetteer(book.country_names)
        for surface, entries in book.names.items():
            for entry in entries:
                if entry.kind == "country" and entry.country:
                    gazetteer.add_alias(surface, entry.country)
                elif entry.kind == "adjective" and entry.country:
                    gazetteer.adjectives[place_key(surface)] = entry.country
                elif entry.kind == "capital" and entry.country:
                    gazetteer.add_seat(surface, entry.country)
        self.extractor = Extractor(ActorResolver(self.nlp, book, gazetteer), load_lexicon(),
                                   gazetteer)

    def events_for(self, article: Article, doc) -> list[Event]:
        events, home = self.extractor.read(article, doc)
        events = without_unmet_force(aim_weak_threats(events, doc))
        events = date_retold_events(events, doc, article.pub_date)
        events = date_acts_told_again(events, doc, article.pub_date, self.extractor.lexicon)
        events = narrow_weekends(events, doc, article.pub_date, self.extractor.lexicon)
        events = date_by_passive_retelling(events, doc, article.pub_date,
                                           self.extractor.lexicon)
        events = date_at_dated_occasions(
            date_occasions_of_told_acts(events, doc, self.extractor.lexicon), doc)
        events = place_acts_told_again(events, doc, self.extractor.lexicon,
                                       self.extractor.gazetteer)
        events = place_street_acts(events, home, self.extractor.gazetteer)
        events = without_foreign_departures(events, doc, self.extractor.gazetteer)
        events = without_retold_deals(events, doc)
        events = place_outcomes_at_talks(merge_article_events(share_occasions(events)))
        events = place_policed_crowds(date_policed_crowds(events))
        events = place_police_acts(events, home, self.extractor.gazetteer, doc)
        events = without_invented_acts(without_history(events, article.pub_date))
        return place_lead_meetings(
            place_unplaced_attacks(events, home, doc, self.extractor.gazetteer), home)

    def process(self, records: Iterable[Article | Skipped]
                ) -> Iterator[tuple[Article, list[Event]] | Skipped]:
        """Code articles in batches; skip records pass through in order. An article that
        breaks the parser or the extractor is skipped with the reason (stage "code"); the
        rest of its batch goes on."""
        iterator = iter(records)
        while True:
            batch = list(islice(iterator, self.options.batch_size))
            if not batch:
                return
            articles = [r for r in batch if isinstance(r, Article)]
            docs = iter(self._parse(articles))
            for record in batch:
                if isinstance(record, Skipped):
                    yield record
                    continue
                doc = next(docs)
                if isinstance(doc, Skipped):
                    yield doc
                    continue
                try:
                    yield record, self.events_for(record, doc)
                except Exception as exc:  # an isolation boundary: one article, not the batch
                    yield _failed(record, "extraction", exc)

    def _parse(self, articles: list[Article]) -> list[Doc | Skipped]:
        """Docs of a batch; when the batch fails, each article alone, so that only the one
        that breaks the parser is skipped."""
        try:
            return list(self.nlp.pipe([a.text for a in articles],
                                      batch_size=self.options.batch_size))
        except Exception:  # retried one article at a time, to find the one that fails
            return [self._parse_one(article) for article in articles]

    def _parse_one(self, article: Article) -> Doc | Skipped:
        try:
            return self.nlp(article.text)
        except Exception as exc:  # an isolation boundary: one article, not the batch
            return _failed(article, "parsing", exc)


def _failed(article: Article, step: str, exc: Exception) -> Skipped:
    return Skipped(article.origin, f"{step} failed ({type(exc).__name__}: {exc})",
                   article.article_id, stage="code")
