"""`--actors FILE`: a user's own dictionaries in any of the four packaged formats."""

import json

import pytest
from click.testing import CliRunner

from newsevents.actorbook import load_actor_book
from newsevents.cli import main
from newsevents.errors import DataFileError

PEOPLE = ("name\taliases\tcountry\tsectors\ttitle\tstart\tend\n"
          "Zorblat Quince\tQuince\tTCD\tGOV\tForeign Minister\t2020-01-01\t\n")
GROUPS = ("code\tcountry\tsectors\tnames\n"
          "NGAREBXYZ\tNGA\tREB\tLake Chad Liberation Front|LCLF\n")


def test_user_people_and_group_files_resolve_actors(tmp_path):
    people, groups = tmp_path / "people.tsv", tmp_path / "groups.tsv"
    people.write_text(PEOPLE, encoding="utf-8")
    groups.write_text(GROUPS, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Chad accuses rebels\n\nForeign Minister Zorblat Quince accused the Lake "
                       "Chad Liberation Front on Monday of attacking a border post.\n",
                       encoding="utf-8")
    args = ["extract", str(article), "--pub-date", "2024-05-08", "--format", "jsonl"]
    plain = CliRunner().invoke(main, args)
    extended = CliRunner().invoke(main, [*args, "--actors", str(people), "--actors", str(groups)])
    assert extended.exit_code == 0, extended.output
    events = [json.loads(line) for line in extended.stdout.splitlines() if line.strip()]
    accuse = [e for e in events if e["event_type"] == "ACCUSE"]
    assert accuse and accuse[0]["source"]["code"] == "TCDGOV"
    assert accuse[0]["target"]["code"] == "NGAREBXYZ"
    assert plain.stdout != extended.stdout  # without the files the actors are not known


def test_unknown_header_is_refused_with_the_file_named(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("who\twhere\nX\tY\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.tsv.*matches no actor format"):
        load_actor_book([bad])
