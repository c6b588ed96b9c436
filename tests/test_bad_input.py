"""A batch with every kind of bad file in it: each is named with its problem, the good articles (also
those in a legacy encoding or a saved web page) are extracted and built, the exit status says some
files failed, and a batch that fails entirely leaves the previous build as it was."""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.cli import main
from kg.encodings import vni_table
from kg.extract.article import extract
from kg.ingest import MAX_BYTES, read_source
from kg.vocab import KG

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOOD = ["000_e6d49c9f213b46f3.txt", "001_2ddafd8c9b52308d.txt"]  # copied as they are
IN_VNI, AS_PAGE = "002_d2eb68f97bc5fe05.txt", "003_efd4e3fead053959.txt"  # converted: VNI, a web page
ENGLISH = "The provincial Party committee met on Monday to discuss the plan for the next five years. " * 4
# file name → its bytes and the problem the message must give
BAD: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\n\t\n", "empty file (only white space)"),
    "binary.txt": (b"\x00\x01\x02\x03ELF data" * 8, "binary data (NUL bytes), not an article text"),
    "scan.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "a PDF file, not article text"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not article text"),
    "archive.txt": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00notes.txt", "a ZIP archive, not article text"),
    "latin1.txt": ("Thái Nguyên".encode("latin-1"), "not UTF-8 text (byte 0xe1 at offset 2, line 1)"),
    "broken-utf16.txt": ("Bí thư Tỉnh ủy".encode("utf-16")[:-1], "not valid UTF-16LE text"),
    "english.txt": (ENGLISH.encode(), "not Vietnamese text (0 of 64 words"),
    "chinese.txt": ("越南共产党北宁省委员会第二次会议于十一月九日召开。".encode() * 4,
                    "not Vietnamese text (mostly Chinese characters)"),
    "menu.html": ("<!DOCTYPE html><html><body><nav>Trang chủ | Chính trị | Kinh tế</nav></body></html>".encode(),
                  "an HTML page with no article text"),
}
HUGE = ("huge.txt", "too large for an article (20,971,521 bytes; the limit is 20 MB)")


def _vni(text: str) -> bytes:
    spellings = {c: s.encode("latin-1") for s, c in vni_table().items() if s.lower() != "yï"}
    return b"".join(spellings.get(c) or c.encode("cp1252") for c in text)


def _page(text: str) -> bytes:
    lines = [line for line in text.splitlines() if line.strip()]
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in lines[2:])
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(lines[0])}</title>'
            f'</head><body><nav>Trang chủ | Chính trị</nav><article><h1>{html.escape(lines[0])}</h1>\n{paragraphs}'
            "</article><footer>Liên hệ quảng cáo</footer></body></html>").encode()


def _write_bad(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    with (folder / HUGE[0]).open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse


@pytest.fixture
def batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two seed articles, one in VNI, one as a saved web page, and every kind of bad file; the working
    directory is a scratch one (for the extraction cache)."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    _write_bad(folder)
    for name in GOOD:
        shutil.copy(SEEDS / name, folder / name)
    (folder / "vni.txt").write_bytes(_vni((SEEDS / IN_VNI).read_text(encoding="utf-8")))
    (folder / "page.html").write_bytes(_page((SEEDS / AS_PAGE).read_text(encoding="utf-8")))
    return folder


def _names_every_bad_file(err: str, folder: Path) -> None:
    for name, (_, problem) in [*BAD.items(), (HUGE[0], (b"", HUGE[1]))]:
        assert f"{folder / name}: {problem}" in err, name


def _persons(path: Path) -> set[str]:
    return {p.name for p in extract(read_source(path)).persons}


@pytest.fixture
def huge_reads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[], list[str]]:
    """Every time the oversized file is read whole (it never should be), in this process or one it forked."""
    log = tmp_path / "huge_reads.log"
    real = Path.read_bytes

    def watched(self: Path) -> bytes:
        if self.name == HUGE[0]:
            with log.open("a", encoding="utf-8") as fh:
                fh.write(f"{self}\n")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", watched)
    return lambda: log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_extract_names_each_bad_file_and_reads_the_rest(
        batch: Path, capsys: pytest.CaptureFixture[str], huge_reads: Callable[[], list[str]]) -> None:
    status = main(["extract", str(batch)])
    out, err = capsys.readouterr()
    assert status == 1
    _names_every_bad_file(err, batch)
    assert huge_reads() == []  # refused by its size, never read
    assert f"{batch / 'vni.txt'}: decoded as VNI" in err
    assert f"{batch / 'page.html'}: article text taken from an HTML page" in err
    records = {r["source"]: r for r in map(json.loads, out.splitlines())}
    assert sorted(records) == sorted([*GOOD, "vni.txt", "page.html"])
    assert {p["name"] for p in records["vni.txt"]["persons"]} == _persons(SEEDS / IN_VNI)
    assert {p["name"] for p in records["page.html"]["persons"]} == _persons(SEEDS / AS_PAGE)


def _articles(out: Path) -> set[str]:
    ds = Dataset()
    ds.parse(out / "graph.nq", format="nquads")
    return {str(o) for _, _, o, _ in ds.quads((None, KG.sourceFile, None, None))}


def test_build_names_each_bad_file_and_builds_the_rest(
        batch: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = main(["build", str(batch), "-o", str(out)])
    err = capfd.readouterr().err
    assert status == 1
    _names_every_bad_file(err, batch)
    assert "from 4 articles" in err and f"{len(BAD) + 1} files failed" in err
    assert _articles(out) == {*GOOD, "vni.txt", "page.html"}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_batch_that_fails_entirely_leaves_the_previous_build_as_it_was(
        built_seeds: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    shutil.copytree(built_seeds, out)
    before = _snapshot(out)
    assert "graph.trig" in before and any(name.startswith("store/") for name in before)
    bad = tmp_path / "bad"
    _write_bad(bad)
    status = main(["build", str(bad), "-o", str(out)])
    err = capfd.readouterr().err
    assert status == 1
    _names_every_bad_file(err, bad)
    assert _snapshot(out) == before  # nothing written, nothing half-written, nothing left beside
    assert main(["build", str(bad), "-o", str(tmp_path / "first")]) == 1
    assert not (tmp_path / "first").exists()  # a first build that fails leaves no directory


def test_build_never_reads_an_oversized_file(
        tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        huge_reads: Callable[[], list[str]]) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / GOOD[0], folder / GOOD[0])
    with (folder / HUGE[0]).open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    status = main(["build", str(folder), "-o", str(tmp_path / "out")])
    assert status == 1 and f"{folder / HUGE[0]}: {HUGE[1]}" in capfd.readouterr().err
    assert huge_reads() == []
