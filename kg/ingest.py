"""Read article files into text the extractor can trust, or say clearly why not.

The article text every evidence span points into is the file decoded as UTF-8 (a
byte-order mark dropped), line breaks made ``\\n``, and normalised to NFC.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.ids import content_hash
from kg.text import nfc


class IngestError(Exception):
    """A file that cannot be read as an article; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Source:
    """One article file: its name, its bytes' hash and its normalised text."""

    path: Path
    content_hash: str
    text: str

    @property
    def name(self) -> str:
        return self.path.name


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused by name."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise IngestError(path, "binary data (NUL bytes), not an article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8"
        ) from None


def read_source(path: Path) -> Source:
    """Load one article file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise IngestError(path, "empty file")
    text = nfc(decode(path, data).replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise IngestError(path, "no text after decoding")
    return Source(path=path, content_hash=content_hash(data), text=text)


def discover(paths: list[Path]) -> list[Path]:
    """Article files named directly or found under directories (``*.txt``), sorted and unique."""
    found: set[Path] = set()
    for p in paths:
        if p.is_dir():
            found.update(q for q in p.rglob("*.txt") if q.is_file())
        else:
            found.add(p)
    return sorted(found)
