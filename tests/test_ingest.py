import gzip
import json

from newsevents.ingest import read_articles
from newsevents.options import Options
from newsevents.records import Article, Skipped

BODY = ("Russian Foreign Minister Sergey Lavrov met his Turkish counterpart in Ankara on "
        "Thursday to discuss the war in Syria, the ministry said in a statement. ") * 2


def read(paths, **options):
    return list(read_articles(paths, Options(**options)))


def test_jsonl_good_bad_and_non_english_records(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "T", "text": BODY, "pub_date": "2019-03-07"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": "Le ministre russe des affaires étrangères a rencontré "
                    "son homologue turc à Ankara jeudi pour discuter de la guerre en Syrie, "
                    "a indiqué le ministère dans un communiqué publié dans la soirée. " * 2}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = read([path])
    assert isinstance(records[0], Article) and records[0].article_id == "a1"
    assert records[0].pub_date.isoformat() == "2019-03-07"
    assert isinstance(records[1], Skipped) and records[1].origin.endswith(":2")
    assert "JSON" in records[1].reason
    assert isinstance(records[2], Skipped) and "neither" in records[2].reason
    assert isinstance(records[3], Skipped) and "language 'fr'" in records[3].reason


def test_gzipped_jsonl_and_folder_recursion(tmp_path):
    sub = tmp_path / "nested"
    sub.mkdir()
    with gzip.open(sub / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": BODY}) + "\n")
    (tmp_path / "a.txt").write_text("Headline here\n\n" + BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    records = read([tmp_path], pub_date=None)
    assert [type(r) for r in records] == [Article, Article]
    assert records[0].title == "Headline here"


def test_missing_path_is_skipped_with_reason(tmp_path):
    records = read([tmp_path / "nope.txt"])
    assert isinstance(records[0], Skipped) and "no such file" in records[0].reason


def test_pub_date_option_fills_missing_dates(tmp_path):
    from datetime import date

    path = tmp_path / "a.txt"
    path.write_text("Headline\n\n" + BODY, encoding="utf-8")
    (article,) = read([path], pub_date=date(2017, 12, 29))
    assert article.pub_date == date(2017, 12, 29)


def test_html_page_main_text_without_comments_or_copyright_date(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks in Ankara</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Talks in Ankara</h1><p>{BODY}</p><p>{BODY}</p></article>"
        "<div class='comments'><h3>Comments</h3><p>Reader: what a farce this is.</p></div>"
        "<footer>© 2024 Example News. All rights reserved.</footer></body></html>",
        encoding="utf-8")
    (article,) = read([page])
    assert "Lavrov" in article.text
    assert "farce" not in article.text
    assert "2024" not in article.text
    assert article.pub_date is None or article.pub_date.year != 2024


def test_wire_brief_is_measured_with_its_dateline(tmp_path):
    """A one-sentence wire brief is 74 characters once its dateline is cut: still an article;
    a text as short with no dateline is still skipped as too short."""
    brief = ("CARACAS (AFP) - Venezuela released 12 political prisoners on Tuesday, the "
             "opposition said.")
    path = tmp_path / "briefs.jsonl"
    path.write_text(json.dumps({"id": "b1", "text": brief, "pub_date": "2024-01-10"}) + "\n"
                    + json.dumps({"id": "b2", "text": brief.split(" - ", 1)[1]}) + "\n",
                    encoding="utf-8")
    records = read([path])
    assert isinstance(records[0], Article) and records[0].dateline == "Caracas"
    assert records[0].text.startswith("Venezuela released")
    assert isinstance(records[1], Skipped) and "too short" in records[1].reason
