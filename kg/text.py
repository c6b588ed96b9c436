"""Vietnamese text normalisation.

Every function here except :func:`nfc` preserves length on NFC input, so a span
found in a folded copy of an article is the same span in the article itself.
That property is what lets the extractor match case- and tone-insensitively while
every piece of evidence still quotes the article's exact characters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")  # grave, acute, hook, tilde, dot below
_OPEN_PAIR = re.compile(r"(?i)(?<![q])(o[ae]|uy)$")


def nfc(text: str) -> str:
    """Unicode NFC; Vietnamese text arrives both composed and decomposed."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=8192)  # a few thousand syllables make up most text
def _canon_syllable(word: str) -> str:
    """Put the tone of an open `oa`/`oe`/`uy` syllable on its first vowel (hoà → hòa, uỷ → ủy)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return word
    bare = nfc("".join(c for c in decomposed if c not in TONE_MARKS))
    if not _OPEN_PAIR.search(bare):
        return word
    i = len(bare) - 2
    rebuilt = nfc(bare[: i + 1] + tones[0] + bare[i + 1 :])
    return rebuilt if len(rebuilt) == len(word) else word


# Only words ending in o+a, o+e or u+y (any tone on either vowel) can have the tone misplaced.
# The lookbehind starts a try only at a word's start, not at each of its letters.
_OPEN_PAIR_WORD = re.compile(r"(?i)(?<!\w)\w*(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])(?!\w)")


def canon_tones(text: str) -> str:
    """One tone-mark placement for the whole text; length-preserving on NFC input."""
    return _OPEN_PAIR_WORD.sub(lambda m: _canon_syllable(m.group(0)), text)


def _lower_char(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def fold(text: str) -> str:
    """Lower-case, tone-canonical copy of NFC text, with the same length and offsets."""
    return lower_keeping_offsets(canon_tones(text))


def lower_keeping_offsets(canon: str) -> str:
    """Lower-case with the same length and offsets (a letter whose lower case is longer stays)."""
    low = canon.lower()
    return low if len(low) == len(canon) else "".join(_lower_char(c) for c in canon)


@lru_cache(maxsize=1 << 16)  # names recur across mentions and articles
def normalize_name(name: str) -> str:
    """The key under which two spellings of one person's name compare equal."""
    return " ".join(fold(nfc(name)).split())


@lru_cache(maxsize=1 << 16)
def display_name(name: str) -> str:
    """A name as we print it: NFC, one tone placement, single spaces."""
    return " ".join(canon_tones(nfc(name)).split())


def is_capitalised(word: str) -> bool:
    """True for a syllable written with an initial capital and lower-case rest (`Hồng`, `Lan`), each
    part of a name joined by an apostrophe counting as a syllable (`K'Bròn`, `Ha'Mon`); a part after an
    apostrophe may be all lower-case (`Đắk R'lấp`)."""
    parts = [p for p in re.split(r"['’]", word) if p]
    return bool(parts) and all((p[0].isupper() or (i and p[0].islower())) and (len(p) == 1 or p[1:].islower())
                               for i, p in enumerate(parts))


# A syllable of a name, parts joined by an apostrophe (K'Bròn), or the Ê Đê prefix written apart (H' Yăm).
NAME_WORD = r"[A-ZĐ]['’](?=[ \xa0][^\W\d_])|[^\W\d_]+(?:['’][^\W\d_]+)?"
_NAME_WORD = re.compile(NAME_WORD + r"|\d+")
_SPACES = re.compile(r"[ \t\xa0]+")


def capitalised_run(text: str, pos: int, limit: int, numbers: bool = False) -> list[re.Match[str]]:
    """Up to ``limit`` capitalised words from ``pos``, one space apart: a name or a place (``numbers``
    admits ``Phường 1``)."""
    words: list[re.Match[str]] = []
    while len(words) < limit:
        m = _NAME_WORD.match(text, pos)
        if not m or not (is_capitalised(m.group(0)) or (numbers and m.group(0).isdigit())):
            break
        words.append(m)
        gap = _SPACES.match(text, m.end())
        if not gap:
            break
        pos = gap.end()
    return words


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_numeral(token: str) -> int | None:
    """``XIX`` (or ``xix``) as 19; None for anything but I, V, X, L, C. Terms (khóa) are written so."""
    token = token.lower()
    if not token or any(c not in _ROMAN for c in token):
        return None
    values = [_ROMAN[c] for c in token]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
