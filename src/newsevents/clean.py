"""Text cleaning for what real crawls contain: glued repeated headlines, comment boxes, footers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsevents.tables import read_table

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")
# A wire dateline opening the first paragraph: "ADDIS ABABA (Horn Wire) - ", "LONDON, May 3 -".
# "Jan 14", "Jan. 14, 2013", "14 January 2013", "Jan 14th" in a dateline.
_DATELINE_DAY = (r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [A-Z][a-z]{2,8})"
                 r",? ?(?:\d{4})?)?")
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:/[A-Z][A-Z.'’ -]+)*"
    + _DATELINE_DAY
    + r"(?:, (?P<region>[A-Z][A-Za-z.]+(?: (?:of|the|[A-Z][A-Za-z.]+)){0,3}))?"
    + _DATELINE_DAY
    + r"(?:(?: \([^)]{1,60}\)| [A-Z][a-z]+)? ?(?:--|//|[-–—:]) +(?=[A-Z\"“])"
    r"|(?<=\d) \([A-Z][^)]{1,60}\) +(?=[A-Z\"“])|$)")  # "CHENNAI, Feb 9 (PTI) India's"


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    action: str  # "cut" or "drop"
    pattern: re.Pattern[str]


@cache
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    path = resources.files("newsevents") / "data" / "boilerplate.tsv"
    rules = []
    for row in read_table(path, ("action", "pattern")):
        if row["action"] not in ("cut", "drop"):
            row.fail(f"action must be cut or drop, not {row['action']!r}")
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            row.fail(f"bad pattern: {exc}")
        rules.append(BoilerplateRule(row["action"], pattern))
    return tuple(rules)


def normalise_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def squash(text: str) -> str:
    """Letters and digits only, lower case: for comparing headlines."""
    return re.sub(r"\W+", "", text).lower()


def is_repeated_title(line: str, title: str) -> bool:
    """True for a line that is the title once or several times glued together."""
    if not title:
        return False
    line_key, title_key = squash(line), squash(title)
    if not title_key or not line_key or len(line_key) % len(title_key):
        return False
    return line_key == title_key * (len(line_key) // len(title_key))


def _boilerplate_action(line: str) -> str | None:
    for rule in boilerplate_rules():
        if rule.pattern.fullmatch(line):
            return rule.action
    return None


def clean_text(raw: str, title: str | None = None, *, title_in_text: bool = False,
               keep_dateline: bool = False) -> str:
    """Return the article text with whitespace normalised and non-article lines removed.

    With ``title_in_text`` the first line is the headline: it is kept once, and any later
    line that repeats it (even glued to itself) is dropped. The wire dateline is cut unless
    ``keep_dateline``.
    """
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    kept: list[str] = []
    for line in (normalise_line(part) for part in text.split("\n")):
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        action = _boilerplate_action(line)
        if action == "cut":
            break
        if action == "drop":
            continue
        if title and is_repeated_title(line, title) and (kept or not title_in_text):
            continue
        if not keep_dateline and (
                not any(kept) or (title_in_text and len([k for k in kept if k]) == 1)):
            line = _DATELINE.sub("", line, count=1)
        kept.append(line)
    return _BLANKS.sub("\n\n", "\n".join(kept)).strip()


def dateline_of(text: str) -> str | None:
    """The city of a wire dateline ("SEOUL (Han River News Service) - ..." gives "Seoul"),
    with its country or state when the dateline names one ("TRIPOLI, Lebanon - ..." gives
    "Tripoli, Lebanon"), which cleaning removes from the text: where the story was filed."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:3]:
        found = _DATELINE.match(line)
        if found:
            city, region = found.group("city").title(), found.group("region")
            return f"{city}, {region}" if region else city
    return None


def text_hash(text: str) -> str:
    """Identity of a cleaned text: an article already stored has the same one."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return normalise_line(line)
    return ""
