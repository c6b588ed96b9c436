"""Bad files get a message naming the file and the problem; good files in other encodings and saved
web pages are read into the exact Unicode text of the article."""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from kg import encodings
from kg.extract.article import extract
from kg.ingest import MAX_BYTES, IngestError, discover, read_source
from kg.vietnamese import VIETNAMESE_LETTERS

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "seeds" / "000_e6d49c9f213b46f3.txt"
SENTENCE = "Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy phát biểu tại hội nghị."
# The sentence in each legacy encoding, written out byte by byte from the encodings' published code
# charts (TCVN 5712:1993 VN3, VNI-Windows, Windows-1258), not from our tables.
SENTENCE_BYTES = {
    "tcvn3": b"\xa7\xe5ng ch\xdd Nguy\xd4n V\xa8n H\xefng, B\xdd th\xad T\xd8nh \xf1y ph\xb8t bi\xd3u t\xb9i "
             b"h\xe9i ngh\xde.",
    "vni": b"\xd1o\xe0ng ch\xed Nguye\xe3n Va\xean Hu\xf8ng, B\xed th\xf6 T\xe6nh u\xfby pha\xf9t bie\xe5u "
           b"ta\xefi ho\xe4i ngh\xf2.",
    "cp1258": b"\xd0\xf4\xccng ch\xed Nguy\xea\xden V\xe3n H\xf9ng, B\xed th\xfd Ti\xd2nh u\xd2y ph\xe1t "
              b"bi\xea\xd2u ta\xf2i h\xf4\xf2i nghi\xf2.",
}
LOWER = sorted(VIETNAMESE_LETTERS)
ALL_LETTERS = LOWER + [c.upper() for c in LOWER]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- Encoders: our decoding tables inverted, to write any text in a legacy encoding -----------------

def _other(c: str) -> bytes:
    """A character outside the letter tables, as the fonts of that time had it (Windows-1252)."""
    return c.encode("cp1252", errors="replace")


def encode_tcvn3(text: str) -> bytes:
    """TCVN3 has codes for lower-case letters and seven capitals; other capitals take the lower-case code."""
    codes = {c: bytes([b]) for b, c in encodings.tcvn3_table().items()}
    return b"".join(codes.get(c) or codes.get(c.lower()) or _other(c) for c in nfc(text))


def encode_vni(text: str) -> bytes:
    spellings = {c: s.encode("latin-1") for s, c in encodings.vni_table().items() if s.lower() != "yï"}
    return b"".join(spellings.get(c) or _other(c) for c in nfc(text))


def encode_cp1258(text: str) -> bytes:
    """Precomposed where Windows-1258 has the letter, else the letter without its tone and the tone mark."""
    out = []
    for c in nfc(text):
        try:
            out.append(c.encode("cp1258"))
        except UnicodeEncodeError:
            tones = [m for m in unicodedata.normalize("NFD", c) if m in encodings.TONES[1:]]
            base = nfc("".join(m for m in unicodedata.normalize("NFD", c) if m not in tones))
            out.append((base + "".join(tones)).encode("cp1258"))
    return b"".join(out)


ENCODERS: dict[str, Callable[[str], bytes]] = {"tcvn3": encode_tcvn3, "vni": encode_vni, "cp1258": encode_cp1258}


def page(title: str, paragraphs: list[str], charset: str = "utf-8") -> str:
    """A saved news page: scripts, menus, related stories, comments and a footer around the article."""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="{charset}">'
            f"<title>{html.escape(title)} - Báo Bắc Ninh điện tử</title>"
            f'<meta property="og:title" content="{html.escape(title)}">'
            '<meta property="og:site_name" content="Báo Bắc Ninh">'
            '<meta property="article:published_time" content="2020-11-09T14:15:00+07:00">'
            '<link rel="canonical" href="https://baobacninh.vn/hoi-nghi.html">'
            '<script>var ads = "Quảng cáo"; window.dataLayer = [];</script><style>.x{color:red}</style></head>\n'
            '<body><header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/cs">Chính trị</a></li>'
            '</ul></header>\n<main><article>'
            f'<h1>{html.escape(title)}</h1>\n<div class="content">{body}</div></article>\n'
            '<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Kỳ họp thứ 9 HĐND tỉnh khóa XIII bế mạc</a></li>'
            '</ul></aside>\n<section class="comments"><h3>Ý kiến bạn đọc</h3>'
            '<div class="comment">Bài viết rất hay, cảm ơn báo!</div></section></main>\n'
            "<footer>Bản quyền thuộc Báo Bắc Ninh. Địa chỉ: Số 1 đường Ngô Quyền</footer></body></html>\n")


def seed_page(charset: str = "utf-8") -> str:
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return page(lines[0], lines[2:], charset)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    f = tmp_path / name
    f.write_bytes(data)
    return f


# --- What we always read ----------------------------------------------------------------------------

def test_reads_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffDòng một\r\nDòng hai".encode())
    src = read_source(f)
    assert src.text == "Dòng một\nDòng hai"
    assert src.name == "a.txt" and len(src.content_hash) == 64
    assert src.encoding == "utf-8" and not src.html and src.notes == ()


def _article_files() -> list[Path]:
    folders = [ROOT / "seeds", *sorted(p for p in (ROOT / "tests" / "fixtures").iterdir() if p.is_dir()),
               SHARED / "seeds", SHARED / "corpus"]
    return sorted(f for folder in folders if folder.is_dir() for f in folder.glob("*.txt"))


def test_every_article_we_have_reads_as_it_is() -> None:
    """The checks for bad input refuse none of the real articles, English quotes and all."""
    files = _article_files()
    assert len(files) > 150
    for f in files:
        src = read_source(f)
        expected = nfc(f.read_bytes().decode("utf-8-sig").replace("\r\n", "\n"))
        assert (src.text, src.encoding, src.html) == (expected, "utf-8", False), f


def test_a_vietnamese_article_quoting_english_is_vietnamese(tmp_path: Path) -> None:
    quote = ("\n“We are committed to the partnership and to the people of the province,” the ambassador said, "
             "adding that the World Bank would support the new programme for rural roads and clean water. ") * 8
    f = write(tmp_path, "quote.txt", (SEED.read_text(encoding="utf-8") + quote).encode())
    assert "the ambassador said" in read_source(f).text


# --- Bad files: the message names the file and the problem --------------------------------------------

def _zip(name: bytes) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + name + b"\x00" * 20


ENGLISH = b"The provincial Party committee met on Monday to discuss the plan for the next five years. " * 4
BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "empty file"),
    ("white space", b"  \n\t\r\n", "empty file (only white space)"),
    ("NUL bytes", b"\x00\x01\x02abc", "binary data (NUL bytes), not an article text"),
    ("control characters", bytes(range(1, 9)) * 5 + "Bí thư Tỉnh ủy".encode(),
     "binary data (control characters), not an article text"),
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n",
     "a PDF file, not article text; save the article as plain text (UTF-8)"),
    ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "a PNG image, not article text"),
    ("JPEG", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image, not article text"),
    ("GIF", b"GIF89a\x01\x00\x01\x00", "a GIF image, not article text"),
    ("ZIP", _zip(b"notes.txt"), "a ZIP archive, not article text"),
    ("Word", _zip(b"[Content_Types].xml") + _zip(b"word/document.xml"),
     "a Word document (.docx), not article text; save the article as plain text (UTF-8)"),
    ("Latin-1", "Thái Nguyên".encode("latin-1"),
     "not UTF-8 text (byte 0xe1 at offset 2, line 1), nor Vietnamese in Windows-1258, TCVN3 (ABC), VNI-Windows; "
     "convert it to UTF-8"),
    ("English in Windows-1252", "He said \u201cyes\u201d to the committee today.".encode("cp1252"),
     "not UTF-8 text (byte 0x93 at offset 8, line 1)"),
    ("broken UTF-16", "Bí thư Tỉnh ủy".encode("utf-16")[:-1], "not valid UTF-16LE text (truncated data"),
    ("English", ENGLISH, "not Vietnamese text (0 of 64 words have a letter only Vietnamese uses"),
    ("Chinese", "越南共产党北宁省委员会第二次会议于十一月九日召开。".encode() * 4,
     "not Vietnamese text (mostly Chinese characters)"),
    ("Russian", "Заседание провинциального комитета партии состоялось в понедельник.".encode() * 4,
     "not Vietnamese text (mostly Cyrillic characters)"),
    ("digits", b"12345 678\n2020-11-09\n", "no letters, not article text"),
    ("HTML without an article", "<!DOCTYPE html><html><body><nav>Trang chủ | Chính trị</nav></body></html>".encode(),
     "an HTML page with no article text"),
    ("English HTML", page("Party meeting", [ENGLISH.decode()] * 3).encode(), "not Vietnamese text"),
]


@pytest.mark.parametrize(("data", "problem"), [(d, p) for _, d, p in BAD_FILES], ids=[k for k, _, _ in BAD_FILES])
def test_bad_files_are_named(tmp_path: Path, data: bytes, problem: str) -> None:
    f = write(tmp_path, "bad.txt", data)
    with pytest.raises(IngestError) as err:
        read_source(f)
    assert str(err.value).startswith(f"{f}: {problem}")
    assert err.value.path == f


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no disk space used

    def unread(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", unread)
    with pytest.raises(IngestError) as err:
        read_source(f)
    assert str(err.value) == f"{f}: too large for an article (20,971,521 bytes; the limit is 20 MB)"


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:
        fh.truncate(MAX_BYTES)
    with pytest.raises(IngestError, match="binary data"):  # read, then refused for what it holds
        read_source(f)


def test_an_unreadable_path_is_named(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"missing\.txt: cannot read: No such file"):
        read_source(tmp_path / "missing.txt")


# --- Unicode encodings ------------------------------------------------------------------------------

@pytest.mark.parametrize(("codec", "bom", "encoding", "note"), [
    ("utf-16", True, "utf-16-le", "decoded as UTF-16LE"),
    ("utf-16-le", False, "utf-16-le", "decoded as UTF-16LE"),
    ("utf-16-be", False, "utf-16-be", "decoded as UTF-16BE"),
    ("utf-32", True, "utf-32-le", "decoded as UTF-32LE"),
])
def test_utf16_and_utf32(tmp_path: Path, codec: str, bom: bool, encoding: str, note: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    data = text.encode(codec)
    assert data.startswith((b"\xff\xfe", b"\xfe\xff")) == bom
    src = read_source(write(tmp_path, "u.txt", data))
    assert (src.text, src.encoding, src.notes) == (text, encoding, (note,))


def test_utf16_with_bom_short(tmp_path: Path) -> None:
    assert read_source(write(tmp_path, "u16.txt", "Bí thư Tỉnh ủy".encode("utf-16"))).text == "Bí thư Tỉnh ủy"


# --- Legacy Vietnamese encodings --------------------------------------------------------------------

def test_the_tables_cover_every_vietnamese_letter() -> None:
    assert len(LOWER) == 67 and len(ALL_LETTERS) == 134
    vni = encodings.vni_table()
    assert set(ALL_LETTERS) <= set(vni.values())
    assert len({s for s, c in vni.items() if s.lower() != "yï"}) == 134  # one spelling per letter
    tcvn3 = encodings.tcvn3_table()
    assert set(LOWER) | set("ĂÂÊÔƠƯĐ") == set(tcvn3.values())
    assert len(tcvn3) == 74 and all(0xA1 <= b <= 0xFE for b in tcvn3)


def test_tcvn3_agrees_with_iconv() -> None:
    """The system's converter for TCVN 5712 (VN1, a superset of VN3 for these letters), when there is one."""
    if not shutil.which("iconv"):
        pytest.skip("no iconv")
    table = encodings.tcvn3_table()
    data = bytes(sorted(table))
    run = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True)
    if run.returncode:
        pytest.skip("iconv has no TCVN5712-1")
    assert list(nfc(run.stdout.decode())) == [table[b] for b in data]


@pytest.mark.parametrize("encoding", sorted(SENTENCE_BYTES))
def test_hand_written_legacy_bytes_decode_to_the_sentence(tmp_path: Path, encoding: str) -> None:
    src = read_source(write(tmp_path, "a.txt", SENTENCE_BYTES[encoding]))
    assert src.text == SENTENCE and unicodedata.is_normalized("NFC", src.text)
    assert src.encoding == encoding
    assert src.notes == (f"decoded as {encodings.NAMES[encoding]}",)


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_our_encoders_write_the_hand_written_bytes(encoding: str) -> None:
    assert ENCODERS[encoding](SENTENCE) == SENTENCE_BYTES[encoding]


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_every_letter_round_trips(encoding: str) -> None:
    text = " ".join(f"x{c}n" for c in ALL_LETTERS)
    decoded = nfc(encodings.DECODERS[encoding](ENCODERS[encoding](text)) or "")
    if encoding == "tcvn3":  # capitals without a code of their own come back in lower case, the rest exact
        assert decoded == "".join(c.lower() if c.upper() == c and c.lower() in LOWER and
                                  c not in "ĂÂÊÔƠƯĐ" else c for c in text)
    else:
        assert decoded == text


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_a_whole_article_in_a_legacy_encoding(tmp_path: Path, encoding: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    src = read_source(write(tmp_path, "a.txt", ENCODERS[encoding](text)))
    assert src.encoding == encoding
    if encoding == "tcvn3":
        assert src.text.lower() == text.lower()
    else:
        assert src.text == text
    assert {p.name for p in extract(src).persons} >= {"Đào Hồng Lan", "Nguyễn Quốc Chung", "Nguyễn Hương Giang"}


def test_tcvn3_capitals_come_back_from_context() -> None:
    assert encodings.decode_tcvn3(b"\xa7\xb6NG B\xe9 T\xd8NH\nH\xe5 CH\xdd MINH") == "ĐẢNG BỘ TỈNH\nHỒ CHÍ MINH"
    assert encodings.decode_tcvn3(b"\xf1y ban nh\xa9n d\xa9n t\xd8nh. \xf1y vi\xaan") == \
        "Ủy ban nhân dân tỉnh. Ủy viên"
    assert encodings.decode_tcvn3(b"T\xd8nh \xf1y") == "Tỉnh ủy"


def test_legacy_detection_is_conservative(tmp_path: Path) -> None:
    """Too little text, or text that reads as Vietnamese in no encoding, is refused, not guessed."""
    for name, data in [("short.txt", encode_vni("Tỉnh ủy Bắc Ninh")), ("noise.txt", bytes(range(128, 256)) * 4)]:
        with pytest.raises(IngestError, match="not UTF-8 text"):
            read_source(write(tmp_path, name, data))


def test_each_wrong_decoding_reads_as_no_vietnamese() -> None:
    text = SEED.read_text(encoding="utf-8")
    for encoding, encoder in ENCODERS.items():
        found = {g.encoding: g.reads_as_vietnamese for g in encodings.candidates(encoder(text))}
        assert found == {e: e == encoding for e in ENCODERS}, encoding


# --- Saved web pages --------------------------------------------------------------------------------

def test_an_html_page_gives_its_article_with_title_date_and_outlet(tmp_path: Path) -> None:
    f = write(tmp_path, "page.html", seed_page().encode())
    src = read_source(f)
    assert src.html and src.encoding == "utf-8" and src.notes == ("article text taken from an HTML page",)
    head = src.text.split("\n")[:6]
    assert head == ["baobacninh.vn", "Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XX", "",
                    "Nguồn: Báo Bắc Ninh", "09/11/2020", ""]
    for furniture in ("Trang chủ", "Quảng cáo", "Tin liên quan", "Kỳ họp thứ 9", "Bài viết rất hay", "Bản quyền"):
        assert furniture not in src.text
    x = extract(src)
    assert x.article.title == "Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XX"
    assert x.article.published is not None and x.article.published.value.isoformat() == "2020-11-09"
    assert x.article.publisher == "Báo Bắc Ninh Điện tử"  # the article's own source line wins
    assert x.province == "VN-56"
    assert {p.name for p in x.persons} >= {"Đào Hồng Lan", "Nguyễn Quốc Chung", "Nguyễn Hương Giang"}


def test_a_page_without_headline_or_date_gets_none_made_up(tmp_path: Path) -> None:
    paragraphs = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[2:])  # no headline, no dateline
    data = ('<html><head><meta charset="utf-8"><meta property="og:site_name" content="Báo Bắc Ninh"></head>'
            f"<body><article>{body}</article></body></html>").encode()
    src = read_source(write(tmp_path, "untitled.html", data))
    assert src.text.startswith("Sáng 9-11, Ban Chấp hành") and src.text.endswith("\n\nNguồn: Báo Bắc Ninh\n")
    assert extract(src).article.published is None  # no day guessed from "nhiệm kỳ 2020-2025"


def test_an_html_page_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    f = write(tmp_path, "page.html", encode_cp1258(seed_page("windows-1258")))
    src = read_source(f)
    assert src.encoding == "cp1258" and src.html
    assert src.notes == ("decoded as Windows-1258", "article text taken from an HTML page")
    assert "Đồng chí Đào Hồng Lan" in src.text


def test_an_html_page_in_tcvn3_that_says_latin1(tmp_path: Path) -> None:
    src = read_source(write(tmp_path, "page.htm", encode_tcvn3(seed_page("iso-8859-1"))))
    assert src.encoding == "tcvn3" and "Đồng chí Đào Hồng Lan" in src.text


def test_discover_directories_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.HTML").write_text("x")
    (tmp_path / "note.md").write_text("x")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.txt", "c.HTML"]
