"""WARC input: HTML responses are articles; other and broken records are skipped with reasons."""

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.ingest import read_articles
from newsevents.options import Options
from newsevents.records import Article, Skipped

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "news.jsonl"


def page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split(". "))
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            "<footer>© 2024 Example News</footer></body></html>").encode()


def response(writer: WARCWriter, url: str, payload: bytes, content_type: str):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                     http_headers=headers)


def build_warc(path: Path, pages: int) -> None:
    records = [json.loads(line) for line in SAMPLES.read_text().splitlines()]
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for number in range(pages):
            record = records[number % len(records)]
            body = f"{record['text']} Report number {number}."
            writer.write_record(response(writer, f"https://news.test/{number}",
                                         page(record["title"], body),
                                         "text/html; charset=utf-8"))
        writer.write_record(response(writer, "https://news.test/logo.png", b"\x89PNG....",
                                     "image/png"))
        cut = io.BytesIO()
        WARCWriter(cut, gzip=False).write_record(
            response(writer, "https://news.test/cut", page("Cut", "A cut page. " * 50),
                     "text/html"))
        stream.write(cut.getvalue()[: len(cut.getvalue()) // 2])  # truncated at the end


def test_warc_with_200_pages_a_non_html_and_a_truncated_record(tmp_path):
    path = tmp_path / "crawl.warc"
    build_warc(path, 200)
    records = list(read_articles([path], Options()))
    articles = [r for r in records if isinstance(r, Article)]
    skipped = [r for r in records if isinstance(r, Skipped)]
    assert len(articles) == 200
    assert len(skipped) == 2
    assert "not an HTML page" in skipped[0].reason and "image/png" in skipped[0].reason
    assert "truncated" in skipped[1].reason and skipped[1].origin.endswith("record 202")
    assert articles[0].url == "https://news.test/0"
    assert "Example News" not in articles[0].text


def test_charset_from_the_page_when_headers_give_none(tmp_path):
    path = tmp_path / "latin.warc"
    text = ("Le ministre a rencontré son homologue à Paris. " * 3 +
            "Russian Foreign Minister Sergey Lavrov met his Turkish counterpart in Ankara "
            "on Thursday to discuss the war in Syria, the ministry said. ") * 3
    html = ('<html><head><meta charset="iso-8859-1"><title>Talks</title></head><body>'
            f"<article><h1>Talks in Ankara</h1><p>{text}</p><p>{text}</p></article>"
            "</body></html>").encode("iso-8859-1")
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(response(writer, "https://news.test/latin", html, "text/html"))
    (article,) = list(read_articles([path], Options(languages=("en", "fr"))))
    assert "rencontré" in article.text
