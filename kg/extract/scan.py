"""Whole-text scans of case-insensitive patterns, several times faster and with the same matches.

Python's ``re`` cannot skip ahead through an ``(?i)`` alternation of hundreds of words: it tries
every branch at every character. Over lower-cased text the same alternation, lower-cased and
case-sensitive, lets ``re`` skip to the places where a branch can begin. Such a *folded* pattern
matches wherever the pattern does (and may match elsewhere: its case-sensitive parts and negative
lookarounds are relaxed), so a :class:`Scanner` confirms each place it finds with the pattern itself
and yields exactly what ``pattern.finditer(text)`` yields. Text with a letter whose case ``re``
treats otherwise than ``str.lower`` (``ſ``, ``İ``, Greek, Cyrillic …) is scanned the slow way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A pattern's tokens: an escape, a character class, a group's opening or an inline flag, a closing
# bracket, any other character.
_TOKEN = re.compile(r"""
    \\.
  | \[\^?\]?(?:\\.|[^\]\\])*\]
  | \((?:\?(?:P<\w+>|P=\w+\)|[:=!]|<[=!]|-i:|i\)))?
  | \)
  | .""", re.S | re.X)
_NEGATIVE = ("(?!", "(?<!")
# A character ``re`` may case-fold otherwise than ``str.lower``: anything outside ASCII, Latin-1, Latin
# Extended-A and -B, Vietnamese (Latin Extended Additional), the combining marks and General Punctuation,
# and the few letters of those blocks with a third case form.
_FOLDS_OTHERWISE = re.compile(r"[^\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f]|[ıİſẛẞ]")


class FoldError(ValueError):
    """A pattern whose folded form might miss a match of the original (so it cannot be scanned fast)."""


def fold_pattern(pattern: str) -> str:
    """The case-sensitive pattern for lower-cased text that matches wherever ``pattern`` (``(?i)…``)
    matches: literals lower-cased, ``(?-i:…)`` opened to any case, negative lookarounds that test case
    dropped."""
    tokens = _TOKEN.findall(pattern)
    if not tokens or tokens[0] != "(?i)":
        raise FoldError(f"not a case-insensitive pattern: {pattern[:60]!r}")
    folded, end = _fold(tokens, 1, sensitive=False)
    if end != len(tokens):
        raise FoldError(f"unbalanced ')' in {pattern[:60]!r}")
    return folded


def _fold(tokens: list[str], i: int, sensitive: bool) -> tuple[str, int]:
    """Fold tokens from ``i`` up to the ``)`` closing the group they are in; that bracket's index."""
    parts: list[str] = []
    while i < len(tokens) and tokens[i] != ")":
        token = tokens[i]
        if token.startswith("("):
            if token == "(?i)" or token.startswith("(?P="):
                raise FoldError(f"cannot fold {token!r}")
            inner, end = _fold(tokens, i + 1, sensitive or token == "(?-i:")
            if end == len(tokens):
                raise FoldError("unclosed group")
            tests_case = sensitive or "(?-i:" in tokens[i + 1:end]
            if not (token in _NEGATIVE and tests_case):  # dropping a negative test only widens the match
                parts.append(("(?:" if token == "(?-i:" else token) + inner + ")")
            i = end + 1
            continue
        if token.startswith("\\"):
            parts.append(token)
        elif token.startswith("["):
            parts.append(_fold_class(token, sensitive))
        else:
            parts.append(_lower(token))
        i += 1
    return "".join(parts), i


def _fold_class(token: str, sensitive: bool) -> str:
    items = re.findall(r"\\.|.", token.removeprefix("[").removeprefix("^")[:-1], re.S)
    for before, dash, after in zip(items, items[1:], items[2:], strict=False):
        if dash == "-" and any(not c.isascii() and c.lower() != c.upper() for c in (before, after)):
            raise FoldError(f"a range of non-ASCII letters may fold out of itself: {token!r}")
    if sensitive and token.startswith("[^") and token.lower() != token.upper():
        raise FoldError(f"a case-sensitive negated class cannot be folded: {token!r}")
    return re.sub(r"\\.|[^\\]+", lambda m: m.group(0) if m.group(0).startswith("\\") else _lower(m.group(0)),
                  token)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        raise FoldError(f"{text!r} lower-cases to a different length")
    return low


class Scanner:
    """``pattern.finditer`` over a text, found through the text's lower-cased copy."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern.search("") is not None:
            raise FoldError(f"a pattern that matches the empty string is not scanned: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self.folded = re.compile(fold_pattern(pattern.pattern))

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text``, as ``finditer`` gives them; ``lowered`` is
        ``text.lower()`` (same length)."""
        if len(lowered) != len(text) or _FOLDS_OTHERWISE.search(text):
            yield from self.pattern.finditer(text)
            return
        search, match = self.folded.search, self.pattern.match
        at = 0  # where the next place of the folded pattern is looked for: after the last match
        while (found := search(lowered, at)) is not None:
            at = found.start() + 1
            m = match(text, found.start())
            if m is not None:
                yield m
                at = max(at, m.end())
