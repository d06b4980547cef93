"""Event dates: a date expression resolved against the publication date, to a day or a range.

dateparser misreads ranges ("January 29-30"), weeks and fuzzy periods ("late January") and
does not know the tense, so those have their own rules here; dateparser handles the rest.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

import dateparser

from newsevents.records import EventDate

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
# Parts of a month, as the gold guidelines define them.
MONTH_PARTS = {"early": (1, 10), "beginning of": (1, 10), "mid": (11, 20), "middle of": (11, 20),
               "late": (21, 31), "end of": (21, 31)}
RELATIVE_OFFSETS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Holidays fixed to one day of the year: (month, day).
HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
            "christmas day": (12, 25), "boxing day": (12, 26)}
# Times of day that name the day they fall in ("on Sunday night", "last night").
TIME_OF_DAY = re.compile(
    r"\b(?:overnight|night|evening|morning|afternoon|tonight|dawn|dusk|midnight)\b", re.I)

PATTERNS = [
    ("holiday", re.compile(r"\b(?P<holiday>new year's (?:eve|day)|christmas (?:eve|day)|"
                           r"boxing day)" + _YEAR, re.I)),
    ("overnight_weekday", re.compile(
        r"\bovernight\s+(?:on\s+)?(?:(?P<which>last|this|next)\s+)?" + _WEEKDAY
        + r"|\b" + _WEEKDAY.replace("weekday", "weekday_first") + r"\s+overnight\b", re.I)),
    ("overnight", re.compile(r"^(?:the\s+)?overnight$", re.I)),
    ("part_of_day", re.compile(r"\b(?P<which>last|this)\s+(?P<part>night|evening|morning|"
                               r"afternoon)\b", re.I)),
    ("weekend", re.compile(r"\b(?:(?P<which>last|this|next|past|previous|coming|the)\s+)"
                           r"week-?end\b", re.I)),
    ("month_day_range", re.compile(
        _MONTH + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*"
        r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?" + _YEAR, re.I)),
    ("day_month_range", re.compile(
        r"(?P<d1>\d{1,2})\s*(?:-|–|to|and)\s*(?P<d2>\d{1,2})\s+" + _MONTH + _YEAR, re.I)),
    ("month_day", re.compile(_MONTH + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b" + _YEAR, re.I)),
    ("day_month", re.compile(r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + _YEAR,
                             re.I)),
    ("month_part", re.compile(
        r"(?P<part>early|beginning of|mid|middle of|late|end of)[\s-]+" + _MONTH + _YEAR, re.I)),
    ("month", re.compile(r"^(?:in\s+)?" + _MONTH + _YEAR + r"$", re.I)),
    ("month_relative", re.compile(  # "last January": the one before the publication's month
        r"^(?:in\s+)?(?P<which>last|past|previous|next|coming)\s+" + _MONTH + r"$", re.I)),
    ("month_part_relative", re.compile(
        r"(?P<part>early|beginning of|mid|middle of|late|end of)[\s-]+"
        r"(?P<which>last|this|next|past|previous|coming)\s+month\b", re.I)),
    ("weekday_of_week", re.compile(
        r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?"
        r"(?P<which>last|this|next|past|previous|coming)\s+week\b", re.I)),
    ("relative_day", re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b", re.I)),
    # "next week", not "the coming weeks" (a vague stretch ahead: no date)
    ("relative_week", re.compile(r"\b(?P<which>last|this|next|past|previous|coming)\s+week\b",
                                 re.I)),
    ("relative_month", re.compile(r"\b(?P<which>last|this|next|past|previous|coming)\s+month\b",
                                  re.I)),
    ("weekday_range", re.compile(  # "Wednesday night and Thursday", "late Monday and Tuesday"
        r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
        r"(?:(?:night|evening|morning|afternoon)\s+)?(?:and|to|through|-|–)\s+"
        r"(?:(?:early|late)\s+)?(?P<weekday2>monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<which>last|next|this|on|coming)\s+)?"
                           r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)\b", re.I)),
    ("year", re.compile(r"^(?:in\s+)?(?P<year>(?:19|20)\d{2})$")),
    # "on the 14th": a day of the publication's month, or of the month before or after
    ("ordinal_day", re.compile(r"^(?:on\s+)?the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)$", re.I)),
]
# The day before a dated day: "the eve of Sunday", "on the eve of March 8".
EVE_OF = re.compile(r"^(?:on\s+)?the\s+eve\s+of\s+(?P<day>.+)$", re.I)
# Times told from the day of the event just told: "hours earlier", "the day before", "later that
# day", "two days later", "the previous day", "within hours" (days after the anchor, negative
# for before).
ANCHORED = re.compile(
    r"^(?:(?P<hours>(?:several |a few |some |two |three |\d+ )?hours|minutes|moments|shortly)"
    r"\s+(?:earlier|later|before|after)|within\s+(?:a few |several )?(?:hours|minutes)|"
    r"(?:(?:earlier|later)\s+)?(?:that|the same)\s+"
    r"(?:day|night|evening|morning|afternoon)|(?:earlier|later)\s+in\s+the\s+(?:day|night|"
    r"evening|morning|afternoon)|(?P<count>the|a|one|two|three|\d+)\s+days?\s+(?P<way>before|"
    r"earlier|after|later)|the (?P<next>next|following) (?:day|night|evening|morning|"
    r"afternoon)|the (?P<previous>previous|preceding) (?:day|night|evening|morning|"
    r"afternoon))$", re.I)
# A month named without a year, in a sentence not told as a plan, is the coming one when the
# past reading is most of a year back and the coming one weeks ahead (a writer says "last
# October" for the one before): "ready to meet Maduro in early September" on August 28.
FAR_BACK_DAYS = 300
SOON_AHEAD_DAYS = 60
ANCHOR_COUNTS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3}
# The word between the two ends of a range told "from ... until ...".
FROM_UNTIL = re.compile(r"\s+(?:until|till|through)\s+(?:dawn\s+|dusk\s+|midnight\s+)?(?:on\s+)?",
                        re.I)
# The word between two calendar days told as the ends of a range: "from April 8 to April 14",
# "March 30 - April 2"; "and" only after "between" ("every January 1 and July 1" is no range).
CALENDAR_RANGE_LINKS = re.compile(r"\s+(?:to|through)\s+|\s*[-–]\s*", re.I)
BETWEEN_LINK = re.compile(r"^between\s+(?P<first>.+?)\s+and\s+(?P<last>.+)$", re.I)
# "Earlier this week": the part of the period before the story.
EARLIER_IN = re.compile(r"\b(?:earlier|so far)\s*$", re.I)
# Expressions that are durations, ages or eras, not the time of an event.
NOT_A_DATE = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)"
    r"\s+(years?|months?|weeks?|days?|decades?|hours?)\b(?!\s+ago)|"
    r"\b\d+\s*-\s*year|annual|daily|weekly|centur(y|ies)|decades?\b|season|"
    r"\b\d{2,4}'?s\b", re.I)  # a decade: "abducted in the 1970s and 1980s", "the '90s"


def _clamp_day(year: int, month: int, day: int) -> date | None:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, day) if 1 <= day <= last else None


def pick_year(month: int, day: int, pub: date, future: bool) -> int:
    """The year that puts month/day on the right side of the publication date."""
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        when = _clamp_day(year, month, min(day, calendar.monthrange(year, month)[1]))
        if when:
            candidates.append((when, year))
    side = [c for c in candidates if (c[0] >= pub if future else c[0] <= pub)]
    pool = side or candidates
    when, year = min(pool, key=lambda c: abs((c[0] - pub).days))
    soon = [c for c in candidates if 0 <= (c[0] - pub).days <= SOON_AHEAD_DAYS]
    if not future and soon and (pub - when).days > FAR_BACK_DAYS:
        return soon[0][1]  # "meets in Murmansk in early October", told on September 8
    return year


def week_of(day: date, offset_weeks: int) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset_weeks)
    return monday, monday + timedelta(days=6)


def month_range(year: int, month: int, first: int = 1, last: int = 31) -> tuple[date, date]:
    end_day = min(last, calendar.monthrange(year, month)[1])
    return date(year, month, first), date(year, month, end_day)


def _shift_month(pub: date, offset: int) -> tuple[int, int]:
    index = pub.year * 12 + pub.month - 1 + offset
    return index // 12, index % 12 + 1


def resolve_weekday(weekday: int, which: str | None, pub: date, future: bool) -> date:
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if which == "last":
        return pub - timedelta(days=back or 7)
    if which in ("next", "coming"):
        return pub + timedelta(days=ahead or 7)
    if which == "this" and future:  # "will travel to Berlin this Monday": the coming one
        return pub + timedelta(days=ahead)
    if which == "this":  # "this Sunday" told as past: the one of the publication's week
        return pub - timedelta(days=pub.weekday() - weekday)
    return pub + timedelta(days=ahead) if future else pub - timedelta(days=back)


def _explicit_year(match: re.Match[str], month: int, day: int, pub: date, future: bool) -> int:
    year = match.groupdict().get("year")
    return int(year) if year else pick_year(month, day, pub, future)


MONTH_KINDS = {"month_day_range", "day_month_range", "month_day", "day_month", "month_part",
               "month", "month_relative", "month_part_relative"}


def _from_month_match(kind: str, m: re.Match[str], groups: dict, month: int | None, pub: date,
                      future: bool) -> tuple[date, date, str] | None:
    """"January 29-30", "late March", "in May", "last January": the month-named kinds."""
    if kind in ("month_day_range", "day_month_range", "month_day", "day_month"):
        d1 = int(groups["d1"])
        d2 = int(groups["d2"]) if groups.get("d2") else d1
        year = _explicit_year(m, month, d1, pub, future)
        start, end = _clamp_day(year, month, d1), _clamp_day(year, month, d2)
        if not start or not end or end < start:
            return None
        return start, end, "day" if start == end else "range"
    if kind == "month_part":
        first, last = MONTH_PARTS[re.sub(r"\s+", " ", groups["part"].lower())]
        year = _explicit_year(m, month, first, pub, future)
        start, end = month_range(year, month, first, last)
        return start, end, "range"
    if kind == "month":
        year = _explicit_year(m, month, 15, pub, future)
        start, end = month_range(year, month)
        return start, end, "month"
    if kind == "month_relative":
        ahead = RELATIVE_OFFSETS[groups["which"].lower()] > 0
        year = pub.year + (month <= pub.month if ahead else -(month >= pub.month))
        start, end = month_range(year, month)
        return start, end, "month"
    if kind == "month_part_relative":
        year, month = _shift_month(pub, RELATIVE_OFFSETS[groups["which"].lower()])
        first, last = MONTH_PARTS[re.sub(r"\s+", " ", groups["part"].lower())]
        start, end = month_range(year, month, first, last)
        return start, end, "range"
    return None


def _from_match(kind: str, m: re.Match[str], pub: date, future: bool
                ) -> tuple[date, date, str] | None:
    groups = m.groupdict()
    if kind in MONTH_KINDS:
        month = MONTHS.get(groups["month"].lower()) if groups.get("month") else None
        return _from_month_match(kind, m, groups, month, pub, future)
    if kind == "weekday_of_week":
        monday, _ = week_of(pub, RELATIVE_OFFSETS[groups["which"].lower()])
        day = monday + timedelta(days=WEEKDAYS[groups["weekday"].lower()])
        return day, day, "day"
    if kind == "relative_day":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[groups["word"].lower()]
        day = pub + timedelta(days=offset)
        return day, day, "day"
    if kind == "relative_week":
        start, end = week_of(pub, RELATIVE_OFFSETS[groups["which"].lower()])
        return start, _so_far(m, end, pub), "week"
    if kind == "relative_month":
        year, month = _shift_month(pub, RELATIVE_OFFSETS[groups["which"].lower()])
        start, end = month_range(year, month)
        return start, _so_far(m, end, pub), "month"
    if kind == "weekday_range":
        first = WEEKDAYS[groups["weekday"].lower()]
        second = WEEKDAYS[groups["weekday2"].lower()]
        if future:
            start = resolve_weekday(first, None, pub, True)
            end = start + timedelta(days=(second - first) % 7)
        else:
            end = resolve_weekday(second, None, pub, False)
            start = end - timedelta(days=(second - first) % 7)
        return start, end, "range"
    if kind == "weekday":
        which = (groups.get("which") or "").lower() or None
        day = resolve_weekday(WEEKDAYS[groups["weekday"].lower()], which, pub, future)
        return day, day, "day"
    if kind == "year":
        year = int(groups["year"])
        return date(year, 1, 1), date(year, 12, 31), "year"
    return _from_day_words(kind, groups, pub, future)


def _so_far(match: re.Match[str], end: date, pub: date) -> date:
    """"Earlier this week", "earlier this month": the period up to the publication day."""
    told_before = EARLIER_IN.search(match.string[:match.start()])
    return min(end, pub) if told_before and match.group("which").lower() == "this" else end


def _from_day_words(kind: str, groups: dict, pub: date, future: bool
                    ) -> tuple[date, date, str] | None:
    """Holidays, nights and weekends: "on New Year's Eve", "overnight Sunday", "last night",
    "over the weekend"."""
    if kind == "holiday":
        month, day = HOLIDAYS[groups["holiday"].lower()]
        year = int(groups["year"]) if groups.get("year") else pick_year(month, day, pub, future)
        return date(year, month, day), date(year, month, day), "day"
    if kind == "overnight_weekday":
        name = (groups.get("weekday") or groups["weekday_first"]).lower()
        night = resolve_weekday(WEEKDAYS[name], (groups.get("which") or "").lower() or None,
                                pub, future)
        return night, night + timedelta(days=1), "range"
    if kind == "ordinal_day":
        return _ordinal_day(int(groups["d1"]), pub, future)
    if kind == "overnight":  # the night before the story: "fired on positions overnight"
        return pub - timedelta(days=1), pub, "range"
    if kind == "part_of_day":
        day = pub - timedelta(days=1) if groups["which"].lower() == "last" and \
            groups["part"].lower() == "night" else pub
        return day, day, "day"
    if kind == "weekend":
        return (*weekend_of(pub, (groups.get("which") or "the").lower(), future), "range")
    return None


def _ordinal_day(day: int, pub: date, future: bool) -> tuple[date, date, str] | None:
    """"on the 14th": that day of the publication's month when it falls on the tense's side
    of the publication date, else of the month before (past) or after (future)."""
    year, month = pub.year, pub.month
    if (day > pub.day and not future) or (day < pub.day and future):
        year, month = _shift_month(pub, 1 if future else -1)
    when = _clamp_day(year, month, day)
    return (when, when, "day") if when else None


def weekend_of(pub: date, which: str, future: bool) -> tuple[date, date]:
    """The Saturday and Sunday of "the weekend": the last one on or before the publication
    date (a future one in the future tense; "next weekend" the one after this week's)."""
    saturday = pub + timedelta(days=(5 - pub.weekday()) % 7)  # on or after pub
    if which in ("next", "coming") or (future and which != "last"):
        if which == "next" and saturday - pub <= timedelta(days=1):
            saturday += timedelta(weeks=1)
        return saturday, saturday + timedelta(days=1)
    if saturday > pub and pub.weekday() != 6:
        saturday -= timedelta(weeks=1)  # the weekend just gone
    elif pub.weekday() == 6:
        saturday = pub - timedelta(days=1)
    return saturday, saturday + timedelta(days=1)


@lru_cache(maxsize=4096)
def resolve_date(text: str, pub: date, *, future: bool = False, anchor: date | None = None
                 ) -> EventDate | None:
    """Resolve one date expression; None when it is not the time of an event. ``anchor`` is
    the day of the event told just before, for "hours earlier", "the day before". The answer
    depends on the arguments alone (an ``EventDate`` is frozen), and the rules ask for the
    same phrase many times a sentence, so it is kept."""
    phrase = re.sub(r"\s+", " ", text.strip())
    told_from = ANCHORED.match(phrase)
    if told_from:
        if anchor is None:
            return None
        day = anchor + timedelta(days=anchored_offset(told_from))
        return EventDate(day, day, "day", phrase)
    if NOT_A_DATE.search(phrase):
        return None
    eve = EVE_OF.match(phrase)
    if eve:  # "the eve of Sunday": the Saturday
        day_of = resolve_date(eve.group("day"), pub, future=future)
        if day_of is None or day_of.precision != "day":
            return None
        day = day_of.start - timedelta(days=1)
        return EventDate(day, day, "day", phrase)
    ends = FROM_UNTIL.split(phrase)
    if len(ends) == 2:  # "Friday evening until dawn on Sunday"
        first, last = (resolve_date(end, pub, future=future) for end in ends)
        if first is not None and last is not None and first.start <= last.end:
            return EventDate(first.start, last.end, "range", phrase)
    calendar_range = _calendar_range(phrase, pub, future)
    if calendar_range is not None:
        return calendar_range
    for kind, pattern in PATTERNS:
        match = pattern.search(phrase)
        if match:
            found = _from_match(kind, match, pub, future)
            if found:
                start, end, precision = found
                return EventDate(start, end, precision, phrase)
    if not any(ch.isdigit() for ch in phrase) and "ago" not in phrase.lower():
        return None  # our patterns cover every wordy expression dateparser would read
    day = _dateparser_day(phrase, pub, future)
    return EventDate(day, day, "day", phrase) if day is not None else None


def _calendar_range(phrase: str, pub: date, future: bool) -> EventDate | None:
    """"From April 8 to April 14", "between March 30 and April 2": two calendar days, each
    with its month, joined into one range ("April 8-14" is read by its own pattern)."""
    between = BETWEEN_LINK.match(phrase)
    ends = [between["first"], between["last"]] if between else CALENDAR_RANGE_LINKS.split(phrase)
    if len(ends) != 2 or not all(_calendar_day(end) for end in ends):
        return None
    first, last = (resolve_date(end, pub, future=future) for end in ends)
    if first is None or last is None or first.precision != "day" or last.precision != "day":
        return None
    end = last.end  # the range ends in the year the last day resolves to
    start = _clamp_day(end.year, first.start.month, first.start.day)
    if start is not None and start > end:  # "from December 28 to January 3"
        start = _clamp_day(end.year - 1, first.start.month, first.start.day)
    if start is None or start >= end:
        return None
    return EventDate(start, end, "range", phrase)


def _calendar_day(phrase: str) -> bool:
    """A day named with its month ("April 8", "8 April", "from April 8")."""
    return any(pattern.search(phrase) for kind, pattern in PATTERNS
               if kind in ("month_day", "day_month"))


def clear_date_caches() -> None:
    """Forget the memoised date readings (for timing a first reading of new articles)."""
    resolve_date.cache_clear()
    _dateparser_day.cache_clear()


@lru_cache(maxsize=4096)
def _dateparser_day(phrase: str, pub: date, future: bool) -> date | None:
    """dateparser's reading of a phrase with digits our patterns do not know; it is slow
    (milliseconds a call) and a sentence's date is resolved more than once, so it is kept."""
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "RELATIVE_BASE": _midnight(pub), "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["day", "month"]})
    return parsed.date() if parsed is not None else None


def anchored_offset(match: re.Match[str]) -> int:
    """Days from the anchor: "the day before" and "the previous day" -1, "two days later" 2,
    "hours earlier" 0."""
    if match.group("next"):
        return 1
    if match.group("previous"):
        return -1
    if not match.group("count"):
        return 0
    count = match.group("count").lower()
    days = int(count) if count.isdigit() else ANCHOR_COUNTS[count]
    return -days if match.group("way").lower() in ("before", "earlier") else days


def _midnight(day: date):
    from datetime import datetime

    return datetime(day.year, day.month, day.day)


def publication_date(pub: date | None) -> EventDate:
    if pub is None:
        return EventDate(None, None, "unknown", None)
    return EventDate(pub, pub, "publication", None)
