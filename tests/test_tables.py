import pytest

from newsevents.actorbook import load_actor_book
from newsevents.errors import DataFileError
from newsevents.lexicon import PLOVER_TYPES, load_lexicon
from newsevents.tables import read_table


def test_bad_row_names_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("# comment\na\tb\n1\t2\n1\t2\t3\n", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        list(read_table(path, ("a", "b")))
    assert raised.value.line == 4
    assert str(path) in str(raised.value)


def test_wrong_header_is_reported(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("x\ty\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="header"):
        list(read_table(path, ("a", "b")))


def test_packaged_dictionaries_load_and_cover_the_basics():
    book = load_actor_book()
    assert any(e.country == "IRN" for e in book.names["Iranian"])
    assert any(e.kind == "capital" and e.country == "RUS" for e in book.names["Moscow"])
    assert len(book.country_names) >= 190
    assert book.titles["ambassador"].sectors == ("GOV",)


def test_lexicon_covers_all_sixteen_types():
    lexicon = load_lexicon()
    verb_types = {r.coding.plover for rules in lexicon.verbs.values() for r in rules if r.coding}
    assert set(PLOVER_TYPES) <= verb_types
    assert lexicon.nouns["talk"].coding.plover == "CONSULT"


def test_user_actor_file_is_loaded(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("code\tcountry\tsectors\tnames\nXYZREB\tXYZ\tREB\tRed Hand Brigade\n",
                    encoding="utf-8")
    book = load_actor_book([path])
    assert book.names["Red Hand Brigade"][0].code == "XYZREB"


def test_a_seat_of_government_whose_city_is_unknown_names_its_line(tmp_path, monkeypatch):
    from newsevents import places

    path = tmp_path / "seats.tsv"
    path.write_text("seat\tcity\tcountry\nKremlin\tMoscow\tRUS\nPalace\tAtlantis\tGRC\n",
                    encoding="utf-8")
    monkeypatch.setattr(places, "SEATS_FILE", path)
    with pytest.raises(DataFileError) as raised:
        places.Gazetteer()
    assert raised.value.line == 3
    assert "Atlantis" in raised.value.reason
