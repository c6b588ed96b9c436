"""The legacy Vietnamese encodings of old articles, and how to tell which one a file uses.

Before Unicode, Vietnamese text was written in 8-bit encodings tied to fonts:

* **TCVN3 (ABC)**, the national standard TCVN 5712:1993 VN3 (fonts ``.VnTime``): one byte per
  lower-case letter; of the capitals only Ă Â Ê Ô Ơ Ư Đ have codes, the others were typed with the
  lower-case code in a capitals font (``.VnTimeH``), so the file alone says "lower case";
  :func:`decode_tcvn3` raises them where the words around are in capitals or a sentence starts.
* **VNI** (VNI-Windows, fonts ``VNI-Times``): a base letter followed by one byte for the shape and
  tone (``a`` + ``ù`` = á, ``o`` + ``á`` = ố), except for ơ ư đ and the i's and ỵ, which are one byte.
* **Windows-1258**: Latin-1 letters plus ă ơ ư đ, and the tones as separate combining marks.

All three read as some text in any 8-bit code, so the right one is found by decoding with each and
keeping the one that gives Vietnamese (:func:`guess`); the tables are data, checked letter by letter
in the tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.text import nfc
from kg.vietnamese import Profile, profile

# Tone marks in the order of the table rows: none, grave (huyền), acute (sắc), hook (hỏi), tilde (ngã),
# dot below (nặng).
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

# TCVN3: the byte of each lower-case letter, one row per vowel in the order of TONES (None: the ASCII
# letter itself).
TCVN3_ROWS: dict[str, tuple[int | None, ...]] = {
    "a": (None, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9),
    "ă": (0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6),
    "â": (0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB),
    "e": (None, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1),
    "ê": (0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6),
    "i": (None, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE),
    "o": (None, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4),
    "ô": (0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9),
    "ơ": (0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE),
    "u": (None, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4),
    "ư": (0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9),
    "y": (None, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE),
}
# The only capitals TCVN3 has codes for, and đ.
TCVN3_OTHERS: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ", 0xAE: "đ",
}

# VNI: the bytes (read as Latin-1) of each lower-case letter, rows in the order of TONES. Capitals are
# the same bytes in Latin-1 capitals: "aù" is á, "AÙ" is Á; "ö" is ư, "Ö" is Ư.
VNI_ROWS: dict[str, tuple[str, ...]] = {
    "a": ("a", "aø", "aù", "aû", "aõ", "aï"),
    "ă": ("aê", "aè", "aé", "aú", "aü", "aë"),
    "â": ("aâ", "aà", "aá", "aå", "aã", "aä"),
    "e": ("e", "eø", "eù", "eû", "eõ", "eï"),
    "ê": ("eâ", "eà", "eá", "eå", "eã", "eä"),
    "i": ("i", "ì", "í", "æ", "ó", "ò"),
    "o": ("o", "oø", "où", "oû", "oõ", "oï"),
    "ô": ("oâ", "oà", "oá", "oå", "oã", "oä"),
    "ơ": ("ô", "ôø", "ôù", "ôû", "ôõ", "ôï"),
    "u": ("u", "uø", "uù", "uû", "uõ", "uï"),
    "ư": ("ö", "öø", "öù", "öû", "öõ", "öï"),
    "y": ("y", "yø", "yù", "yû", "yõ", "î"),
}
VNI_OTHERS: dict[str, str] = {"ñ": "đ"}
# Some converters wrote ỵ as y + the dot below of the other vowels; read it too.
_VNI_ALIASES: dict[str, str] = {"yï": "ỵ"}


def letter(base: str, tone: int) -> str:
    """The precomposed letter of a table row and tone column."""
    return nfc(base + TONES[tone])


def tcvn3_table() -> dict[int, str]:
    """Byte → letter for every byte TCVN3 uses for a Vietnamese letter."""
    table = dict(TCVN3_OTHERS)
    for base, row in TCVN3_ROWS.items():
        for tone, code in enumerate(row):
            if code is not None:
                table[code] = letter(base, tone)
    return table


def vni_table() -> dict[str, str]:
    """VNI byte sequence (as Latin-1 text) → letter, capitals included."""
    table: dict[str, str] = {}
    for base, row in VNI_ROWS.items():
        for tone, spelling in enumerate(row):
            if spelling != base:
                table[spelling] = letter(base, tone)
                table[spelling.upper()] = letter(base, tone).upper()
    for source in (VNI_OTHERS, _VNI_ALIASES):
        for spelling, target in source.items():
            table[spelling] = target
            table[spelling.upper()] = target.upper()
    return table


def _windows_bytes() -> list[str]:
    """Bytes outside the letter tables: Windows-1252 (quotes, dashes in the fonts of that era), else Latin-1."""
    out = []
    for b in range(256):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return out


_WINDOWS = _windows_bytes()
_TCVN3 = tcvn3_table()
# str.translate tables from the bytes read as Latin-1 (one character per byte) to each encoding.
_TCVN3_TRANSLATION = {b: _TCVN3.get(b, c) for b, c in enumerate(_WINDOWS) if _TCVN3.get(b, c) != chr(b)}
_WINDOWS_TRANSLATION = {b: c for b, c in enumerate(_WINDOWS) if c != chr(b)}
_TCVN3_LOWER_ONLY = frozenset(c for b, c in _TCVN3.items() if b not in TCVN3_OTHERS)
_VNI = vni_table()
_VNI_SEQUENCE = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))
_WORD = re.compile(r"[^\W\d_]+")
_AFTER_FULL_STOP = re.compile(r"[.!?…][\"”’)]?[ \t]+$")


def _in_capitals(text: str) -> bool:
    """Text whose letters are capitals, apart from those TCVN3 can only write in lower case."""
    others = [c for c in text if c.isalpha() and c not in _TCVN3_LOWER_ONLY]
    return len(others) >= 2 and all(c.isupper() for c in others)


def _restore_capitals(line: str) -> str:
    """Raise the letters TCVN3 wrote in lower case where the text around them is in capitals: a line or
    a word in capitals (``ĐảNG`` → ``ĐẢNG``), and the first letter of a sentence (``ủy ban …`` at the
    start of a line or after a full stop)."""
    if len(re.findall(r"[^\W\d_]", line)) >= 4 and _in_capitals(line):
        return line.upper()

    first = len(line) - len(line.lstrip())

    def word(m: re.Match[str]) -> str:
        w, at = m.group(0), m.start()
        if _in_capitals(w):
            return w.upper()
        if w[0] in _TCVN3_LOWER_ONLY and (at == first or _AFTER_FULL_STOP.search(line, max(0, at - 4), at)):
            return w[0].upper() + w[1:]
        return w

    return _WORD.sub(word, line)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes as Unicode text, with the capitals it has no codes for restored from context."""
    text = data.decode("latin-1").translate(_TCVN3_TRANSLATION)
    return "".join(_restore_capitals(line) for line in text.splitlines(keepends=True))


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes as Unicode text."""
    text = data.decode("latin-1").translate(_WINDOWS_TRANSLATION)
    return _VNI_SEQUENCE.sub(lambda m: _VNI[m.group(0)], text)


def decode_cp1258(data: bytes) -> str | None:
    """Windows-1258 bytes as NFC text (its tones are combining marks), or None if a byte is undefined there."""
    try:
        return nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        return None


# The label a message shows for each legacy encoding.
NAMES = {"cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}
DECODERS: dict[str, Callable[[bytes], str | None]] = {
    "cp1258": decode_cp1258, "tcvn3": decode_tcvn3, "vni": decode_vni}

# A decoding is taken only when it reads as Vietnamese: at least this many syllables with Vietnamese
# letters and common words, and most words possible syllables, most of them marked. Over the articles of
# the test fixtures encoded each way, the right decoding has 90 % or more syllables and 79 % or more
# marked ones, a wrong one (symbols, letters like ä or ö, vowel groups no syllable has) 52 % and 39 % at
# most.
MIN_MARKED_WORDS = 10
MIN_COMMON_WORDS = 3
MIN_SYLLABLE_SHARE = 0.75
MIN_MARKED_SHARE = 0.5


# Enough text to judge an encoding by; a long file is judged by its beginning.
SAMPLE_CHARS = 65536


@dataclass(frozen=True)
class Guess:
    """A legacy decoding of some bytes, with how Vietnamese its beginning looks."""

    encoding: str
    text: str
    profile: Profile

    @property
    def reads_as_vietnamese(self) -> bool:
        p = self.profile
        return (p.marked >= MIN_MARKED_WORDS and p.syllable_share >= MIN_SYLLABLE_SHARE
                and p.marked_share >= MIN_MARKED_SHARE and p.common >= MIN_COMMON_WORDS)


def candidates(data: bytes) -> list[Guess]:
    """Each legacy decoding of ``data``, the most Vietnamese first."""
    out = []
    for name, decoder in DECODERS.items():
        text = decoder(data)
        if text is not None:
            text = nfc(text)
            out.append(Guess(name, text, profile(text[:SAMPLE_CHARS])))
    return sorted(out, key=lambda g: (g.profile.marked, g.profile.syllables), reverse=True)


def guess(data: bytes) -> Guess | None:
    """The legacy decoding of ``data`` that reads as Vietnamese, or None when the best one does not."""
    found = candidates(data)
    return found[0] if found and found[0].reads_as_vietnamese else None
