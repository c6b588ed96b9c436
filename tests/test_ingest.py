"""Bad files get a message naming the file and the problem."""

from pathlib import Path

import pytest

from kg.ingest import IngestError, discover, read_source


def test_reads_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffDòng một\r\nDòng hai".encode())
    src = read_source(f)
    assert src.text == "Dòng một\nDòng hai"
    assert src.name == "a.txt" and len(src.content_hash) == 64


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "empty file"), (b"  \n", "empty file"), (b"\x00\x01\x02abc", "binary"),
     ("Thái Nguyên".encode("latin-1"), "not UTF-8")],
)
def test_bad_files_are_named(tmp_path: Path, data: bytes, problem: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    with pytest.raises(IngestError, match=problem) as err:
        read_source(f)
    assert str(f) in str(err.value)


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("Bí thư Tỉnh ủy".encode("utf-16"))
    assert read_source(f).text == "Bí thư Tỉnh ủy"


def test_discover_directories_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "note.md").write_text("x")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.txt"]
