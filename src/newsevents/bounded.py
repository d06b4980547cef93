"""Reading untrusted bytes within limits (docs/reliability.md).

Files are read as streams: a .txt or .html file up to ``max_file_bytes``, a JSON Lines file
line by line with each line up to ``max_line_bytes`` (a longer line is read past in chunks,
never held whole), and a .gz file only until it has given ``max_decompressed_bytes`` or
``max_compression_ratio`` times its own size, so a gzip bomb stops early. Text is UTF-8;
bytes that are not are read as Windows-1252 (the usual other encoding of news pages, also
when a file mixes the two) and a warning says how many. Binary content (NUL bytes, many
control bytes) is refused with the reason.
"""

from __future__ import annotations

import codecs
import gzip
import re
from collections.abc import Iterator
from pathlib import Path

from newsevents.errors import InputError
from newsevents.options import MIB, Options
from newsevents.records import located

# A .gz file may give any amount up to this before its compression ratio is checked.
RATIO_FLOOR_BYTES = 16 * MIB
# How much of a file is looked at to tell text from binary.
SNIFF_BYTES = 64 * 1024
# Above this share of control bytes (other than tab, newlines, form feed, escape) a file is
# binary, whatever its name.
MAX_CONTROL_SHARE = 0.10
CHUNK_BYTES = MIB
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_ESCAPED = re.compile("[\udc80-\udcff]+")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def binary_reason(sample: bytes) -> str | None:
    """Why ``sample`` (the start of a file or line) is not text, or None when it is."""
    if b"\x00" in sample:
        return "binary file, not text (NUL bytes)"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls > MAX_CONTROL_SHARE * len(sample):
        return f"binary file, not text ({controls * 100 // len(sample)}% control bytes)"
    return None


def decode_utf8(data: bytes) -> tuple[str, str | None]:
    """The text of UTF-8 bytes; invalid bytes are read as Windows-1252. Returns the text and,
    when bytes were repaired, a warning saying how many and where the first was."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first = exc.start
    repaired = 0

    def as_cp1252(match: re.Match[str]) -> str:
        nonlocal repaired
        raw = bytes(ord(char) - 0xDC00 for char in match.group())
        repaired += len(raw)
        return raw.decode("cp1252", errors="replace")

    text = _ESCAPED.sub(as_cp1252, data.decode("utf-8", errors="surrogateescape"))
    return text, (f"not valid UTF-8: {repaired} byte(s), the first at byte {first}, read as "
                  "Windows-1252 (legacy or mixed encoding)")


def text_of(data: bytes, where: str) -> tuple[str, tuple[str, ...]]:
    """The text of a whole file's bytes and the warnings its decoding gave; InputError for an
    empty or binary file."""
    if data.startswith(_UTF16_BOMS):
        text, warning = data.decode("utf-16", errors="replace"), None
    elif reason := binary_reason(data[:SNIFF_BYTES]):
        raise InputError(where, reason)
    else:
        text, warning = decode_utf8(data)
    if not text.strip():
        raise InputError(where, "empty file (no text)")
    return text, (warning,) if warning else ()


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a file of at most ``limit`` bytes; a larger one is not read."""
    message = f"file larger than {limit:,} bytes (max_file_bytes); not read"
    if path.stat().st_size > limit:
        raise InputError(str(path), message)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)  # the file may have grown since stat
    if len(data) > limit:
        raise InputError(str(path), message)
    return data


def read_document(path: Path, options: Options) -> tuple[str, tuple[str, ...]]:
    """The text of a .txt or .html file and its decoding warnings."""
    return text_of(read_limited(path, options.max_file_bytes), str(path))


class DecompressionBudget:
    """How many bytes a compressed file may still give before reading stops."""

    def __init__(self, path: Path, options: Options) -> None:
        by_ratio = max(RATIO_FLOOR_BYTES, options.max_compression_ratio * path.stat().st_size)
        self.by_ratio = by_ratio < options.max_decompressed_bytes
        self.limit = min(by_ratio, options.max_decompressed_bytes)
        self.ratio = options.max_compression_ratio
        self.used = 0

    def take(self, count: int, where: str) -> None:
        self.used += count
        if self.used <= self.limit:
            return
        rule = (f"{self.ratio} times the compressed size (max_compression_ratio): a gzip bomb?"
                if self.by_ratio else "max_decompressed_bytes")
        raise InputError(where, f"stopped reading after {self.used:,} decompressed bytes, "
                                f"past the limit of {self.limit:,} bytes: {rule}")


def jsonl_lines(path: Path, options: Options) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line of a .jsonl or .jsonl.gz file, read as a stream;
    the bytes are None for a line longer than ``max_line_bytes`` (read past, not kept).
    Raises InputError for a binary file and when a .gz file passes its budget."""
    limit = options.max_line_bytes
    with path.open("rb") as raw:
        compressed = path.name.lower().endswith(".gz")
        stream = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
        budget = DecompressionBudget(path, options) if compressed else None
        number = 0
        while line := stream.readline(limit + 1):
            number += 1
            where = located(path, number)
            if budget:
                budget.take(len(line), where)
            if number == 1 and (reason := binary_reason(line[:SNIFF_BYTES])):
                raise InputError(str(path), reason)
            if len(line.rstrip(b"\r\n")) <= limit:
                yield number, line
                continue
            while line and not line.endswith(b"\n"):
                line = stream.readline(CHUNK_BYTES)
                if budget:
                    budget.take(len(line), where)
            yield number, None
