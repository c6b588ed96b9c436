"""Read article files into text the extractor can trust, or say clearly why not.

The article text every evidence span points into is the file decoded (UTF-8 with or
without a byte-order mark; UTF-16 or UTF-32; a legacy Vietnamese encoding, TCVN3, VNI or
Windows-1258, when the bytes are not UTF-8 and read clearly as Vietnamese in one of them),
line breaks made ``\\n``, normalised to NFC, and, for a saved web page, the article
inside it with its title, outlet and date above (:mod:`kg.webpage`).

Everything else is refused with an :class:`IngestError` that names the file and the
problem, so one bad file in a batch costs that file only: an empty file, a file over
:data:`MAX_BYTES`, an image, a PDF or an archive, other binary data, bytes that are no
encoding we know, a page without an article, and text that is not Vietnamese.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from kg import encodings, webpage
from kg.ids import content_hash
from kg.text import nfc
from kg.vietnamese import script

MAX_BYTES = 20 * 1024 * 1024
"""A file larger than this is refused unread: no news article is anywhere near it."""


class IngestError(Exception):
    """A file that cannot be read as an article; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


# How the notes name an encoding.
_ENCODING_NAMES = {"utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32-le": "UTF-32LE",
                   "utf-32-be": "UTF-32BE", **encodings.NAMES}


@dataclass(frozen=True)
class Source:
    """One article file: its name, its bytes' hash, its normalised text, and how that text was obtained."""

    path: Path
    content_hash: str
    text: str
    encoding: str = "utf-8"  # a Python codec name, or "tcvn3" / "vni"
    html: bool = False  # the text is the article taken out of a saved web page

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def notes(self) -> tuple[str, ...]:
        """What was done to read the file that a user should know about (``decoded as TCVN3 (ABC)``)."""
        notes = []
        if self.encoding != "utf-8":
            notes.append(f"decoded as {_ENCODING_NAMES.get(self.encoding, self.encoding)}")
        if self.html:
            notes.append("article text taken from an HTML page")
        return tuple(notes)


# Files that are not text at all, by their first bytes.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc, .xls, .ppt)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# Kinds of file that hold text, where saving it as plain text is the way out.
_DOCUMENTS = frozenset({"a PDF file", "an RTF document", "a Microsoft Office document (.doc, .xls, .ppt)",
                        "a Word document (.docx)", "an OpenDocument file (.odt, .ods)", "an EPUB book"})
# ZIP containers, told apart by a name inside them.
_ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "a Word document (.docx)"),
    (b"xl/", "an Excel workbook (.xlsx)"),
    (b"ppt/", "a PowerPoint presentation (.pptx)"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file (.odt, .ods)"),
    (b"application/epub+zip", "an EPUB book"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
# Control characters that plain text does not have: all but tab, line feed, vertical tab, form feed,
# carriage return and the end-of-file mark of old DOS editors (0x1A).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_SAMPLE = 65536
# A text is Vietnamese when this share of its words at least has a letter only Vietnamese uses (ă, ơ,
# đ, ạ, ả …). Articles have 50–65 %; an English or French text a few names at most. Below
# _MIN_WORDS words there is too little to judge.
_MIN_VIETNAMESE_SHARE = 0.1
_MIN_WORDS = 5
_MAX_FOREIGN_SHARE = 0.3


def _signature(data: bytes) -> str | None:
    """What a file is when its first bytes say it is no text: ``a PDF file, not article text; …``."""
    kind = next((name for magic, name in _SIGNATURES if data.startswith(magic)), None)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = next((name for marker, name in _ZIP_KINDS if marker in data[:_SAMPLE]), "a ZIP archive")
    elif data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        kind = "a WebP image"
    if kind is None:
        return None
    # A document has the article in it: say how to get it out.
    hint = "; save the article as plain text (UTF-8)" if kind in _DOCUMENTS else ""
    return f"{kind}, not article text{hint}"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by its NUL bytes: text that is mostly ASCII or Latin-1 (as
    Vietnamese is: spaces, digits, most letters, á, ê, ô …) has a NUL in nearly every other byte, the high
    byte of each character, next to a printable one, and hardly any NUL in the low bytes."""
    sample = data[:4096]
    if b"\x00" not in sample:
        return None
    for codec, high, low in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        pairs = [(sample[i + high], sample[i + low]) for i in range(0, len(sample) - 1, 2)]
        ascii_lows = [lo for hi, lo in pairs if hi == 0]
        if (len(ascii_lows) >= max(2, 0.3 * len(pairs))
                and sum(lo == 0 for hi, lo in pairs) <= 0.02 * len(pairs)
                and sum(32 <= lo < 127 or lo >= 0xA0 or lo in b"\t\n\r" for lo in ascii_lows)
                >= 0.95 * len(ascii_lows)):
            return codec
    return None


def _unicode(path: Path, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise IngestError(path, f"not valid {_ENCODING_NAMES.get(codec, codec)} text ({exc.reason} at byte "
                                f"offset {exc.start}); convert it to UTF-8") from None


# Charsets a page may declare that settle nothing when its bytes are not UTF-8: pages in TCVN3 or VNI
# called themselves Latin-1 (their fonts did the rest), and a page that says UTF-8 but is not has said
# nothing.
_UNDECISIVE_CHARSETS = frozenset({"utf-8", "ascii", "iso8859-1", "cp1252"})


def _declared(data: bytes) -> str | None:
    """The codec a saved web page declares for itself, when Python knows it."""
    charset = webpage.declared_charset(data)
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in; refused by name when it is no text we know."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _unicode(path, data[len(bom):], codec), codec
    codec_16 = _utf16_without_bom(data)
    if codec_16:
        return _unicode(path, data, codec_16), codec_16
    if b"\x00" in data:
        raise IngestError(path, "binary data (NUL bytes), not an article text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        error = exc
    judged = data
    if webpage.is_html(data[:_SAMPLE].decode("latin-1")):
        declared = _declared(data)
        if declared and declared not in _UNDECISIVE_CHARSETS:
            return _unicode(path, data, declared), declared  # a page that says which code it is in
        judged = webpage.without_markup(data)  # judge the encoding by the page's words, not its tags
    found = encodings.guess(judged)
    if found is not None:
        text = found.text if judged is data else encodings.DECODERS[found.encoding](data)
        if text is not None:
            return text, found.encoding
    line = data.count(b"\n", 0, error.start) + 1
    raise IngestError(
        path, f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}, line {line}), nor "
              f"Vietnamese in {', '.join(encodings.NAMES.values())}; convert it to UTF-8") from None


def _binary(sample: str) -> bool:
    """Decoded text with NULs or more than a few control characters in it is data, not prose."""
    return "\x00" in sample or len(_CONTROLS.findall(sample)) > max(10, len(sample) // 100)


def _not_vietnamese(text: str) -> str | None:
    """Why ``text`` is not a Vietnamese article, or None when it may be one."""
    sample = text[:_SAMPLE]
    s = script(sample)
    if not s.letters:
        return "no letters, not article text"
    if s.foreign > _MAX_FOREIGN_SHARE * s.letters:
        return f"not Vietnamese text (mostly {s.foreign_script(sample)} characters)"
    if s.words >= _MIN_WORDS and s.only_vietnamese < _MIN_VIETNAMESE_SHARE * s.words:
        return (f"not Vietnamese text ({s.only_vietnamese} of {s.words} words have a letter only "
                f"Vietnamese uses, such as ă, ơ, ư, đ, ạ)")
    return None


def read_source(path: Path) -> Source:
    """Load one article file, or raise :class:`IngestError` saying what is wrong with it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(path, f"too large for an article ({size:,} bytes; the limit is "
                                    f"{MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise IngestError(path, "empty file" if not data else "empty file (only white space)")
    problem = _signature(data)
    if problem:
        raise IngestError(path, problem)
    raw, encoding = decode(path, data)
    text = nfc(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if _binary(text[:_SAMPLE]):
        raise IngestError(path, "binary data (control characters), not an article text")
    html = webpage.is_html(text)
    if html:
        article = webpage.article_text(text)
        if article is None:
            raise IngestError(path, "an HTML page with no article text")
        text = nfc(article)
    if not text.strip():
        raise IngestError(path, "no text after decoding")
    problem = _not_vietnamese(text)
    if problem:
        raise IngestError(path, problem)
    return Source(path=path, content_hash=content_hash(data), text=text, encoding=encoding, html=html)


ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
"""The files a directory is searched for: article texts and saved web pages."""


def discover(paths: list[Path]) -> list[Path]:
    """Article files named directly or found under directories (``*.txt``, ``*.html``, ``*.htm``), sorted
    and unique."""
    found: set[Path] = set()
    for p in paths:
        if p.is_dir():
            found.update(q for q in p.rglob("*") if q.suffix.lower() in ARTICLE_SUFFIXES and q.is_file())
        else:
            found.add(p)
    return sorted(found)
