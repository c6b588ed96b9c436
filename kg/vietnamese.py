"""How Vietnamese a text looks, measured without a dictionary.

Two questions rest on this: which legacy encoding a file that is not UTF-8 was written
in (the right decoding gives Vietnamese syllables, the wrong ones give symbols and
impossible letter clusters), and whether a text is Vietnamese at all (an English or
Chinese page is not an article this project can read). Both are answered from
letters only, so a quote in English or a foreign name inside a Vietnamese article
changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.text import TONE_MARKS, nfc

_VOWELS = "aăâeêioôơuưy"
# The 67 lower-case letters of Vietnamese that are not ASCII: a vowel with its shape and/or tone, and đ.
VIETNAMESE_LETTERS = (frozenset(
    nfc(base + tone) for base in _VOWELS for tone in ("", *sorted(TONE_MARKS))
) - frozenset("aeiouy")) | {"đ"}


def _only_vietnamese(letter: str) -> bool:
    """A letter of Vietnamese and of no other language written in the Latin alphabet: a breve, a horn,
    a dot below or a hook above, đ, a tone over a circumflex, ĩ ũ ỹ ẽ ỳ. French, Spanish or Portuguese
    have á, é, ê, ã, õ too, so only these count as a sign that a text is Vietnamese."""
    marks = set(unicodedata.normalize("NFD", letter)[1:])
    return bool(letter == "đ" or letter in "ĩũỹẽỳ" or marks & {"\u0306", "\u031b", "\u0323", "\u0309"}
                or ("\u0302" in marks and marks & TONE_MARKS))


_ONLY_VIETNAMESE = frozenset(c for c in VIETNAMESE_LETTERS if _only_vietnamese(c))
# A syllable: an initial consonant, then a rhyme: a vowel group that may end the syllable, or one that
# takes a final consonant. Groups like "aư" or "oê" that no syllable has are what a wrong decoding makes.
_OPEN = ("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu "
         "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu")
_CLOSED = "a ă â e ê i o ô ơ u ư y iê yê oa oă oe uâ uê uô ươ uy uyê oo"
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    rf"(?:(?:{'|'.join(_OPEN.split())})|(?:{'|'.join(_CLOSED.split())})(?:ng|nh|ch|[cmnpt]))"
)
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
# Latin letters: ASCII, Latin-1 and the Latin Extended blocks (Vietnamese is in Extended Additional).
_LATIN_LETTERS = r"A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff"
_LATIN = re.compile(f"[{_LATIN_LETTERS}]")
_LATIN_WORD = re.compile(f"[{_LATIN_LETTERS}]+")
_ONLY_VIETNAMESE_CLASS = "".join(sorted(_ONLY_VIETNAMESE | {c.upper() for c in _ONLY_VIETNAMESE}))
# A run of Latin letters with at least one letter only Vietnamese uses: found whole, once per run.
_VIETNAMESE_WORD = re.compile(f"(?<![{_LATIN_LETTERS}])[{_LATIN_LETTERS}]*[{_ONLY_VIETNAMESE_CLASS}]")
_SCRIPTS = {"CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
            "CYRILLIC": "Cyrillic", "GREEK": "Greek", "ARABIC": "Arabic", "HEBREW": "Hebrew",
            "THAI": "Thai", "LAO": "Lao", "KHMER": "Khmer", "DEVANAGARI": "Devanagari"}
# Words so frequent in Vietnamese news that a decoding producing several of them is almost surely right.
COMMON_WORDS = frozenset(
    "của và các là có được cho với trong những một này đã không người tỉnh đồng chí năm ngày tại "
    "theo về để đến từ khi cũng như đó sẽ hội nghị công tác ban nhân dân thành phố huyện xã chủ tịch "
    "bí thư phó đảng ủy kỳ họp quyết định việc thực hiện".split()
)


def _toneless(word: str) -> tuple[str, int]:
    """The word without tone marks (shapes kept: â, ơ, đ) and how many tone marks it had."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(c in TONE_MARKS for c in decomposed)
    return nfc("".join(c for c in decomposed if c not in TONE_MARKS)), tones


@lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """A possible Vietnamese syllable: an initial, a rhyme Vietnamese has, at most one tone mark."""
    bare, tones = _toneless(word.lower())
    return tones <= 1 and _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True)
class Profile:
    """The words of a text counted by how Vietnamese they are, to tell a right decoding from a wrong one."""

    words: int  # runs of letters
    syllables: int  # words that are possible Vietnamese syllables
    marked: int  # syllables with a Vietnamese letter (a tone or a shape: á, ơ, đ …)
    common: int  # words among the most frequent of Vietnamese news

    @property
    def marked_share(self) -> float:
        return self.marked / self.words if self.words else 0.0

    @property
    def syllable_share(self) -> float:
        return self.syllables / self.words if self.words else 0.0


def profile(text: str) -> Profile:
    """Count the words of NFC text by how Vietnamese they look."""
    words = syllables = marked = common = 0
    for word in _WORD.findall(text.lower()):
        words += 1
        if is_syllable(word):
            syllables += 1
            marked += not word.isascii() and not VIETNAMESE_LETTERS.isdisjoint(word)
            common += word in COMMON_WORDS
    return Profile(words, syllables, marked, common)


@dataclass(frozen=True)
class Script:
    """The letters of a text: how many are Latin, and how many words have a letter only Vietnamese uses."""

    letters: int
    foreign: int  # letters outside the Latin script (Chinese, Cyrillic …)
    words: int  # runs of Latin letters
    only_vietnamese: int  # words with a letter no other Latin-script language has (ạ, ơ, đ …)

    def foreign_script(self, text: str) -> str:
        """The script most of the foreign letters of ``text`` are written in, named for a message."""
        counts = Counter(_SCRIPTS.get(unicodedata.name(c, "?").split()[0], "non-Latin")
                         for c in _LETTER.findall(text) if not _LATIN.match(c))
        return counts.most_common(1)[0][0] if counts else "Latin"


def script(text: str) -> Script:
    """Count the letters of NFC text by script, and its words with letters only Vietnamese has."""
    latin_words = _LATIN_WORD.findall(text)
    letters = sum(map(len, _WORD.findall(text)))
    return Script(letters, letters - sum(map(len, latin_words)), len(latin_words),
                  len(_VIETNAMESE_WORD.findall(text)))

