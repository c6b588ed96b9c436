"""Saved news pages: the article inside an HTML page, as text shaped like the articles we read.

A page saved from a browser holds the article among menus, links, comments and scripts.
trafilatura finds the article's text and the page's title, date and outlet; they are
written above the text the way a copied article has them (headline, outlet, dateline),
so layout analysis finds them where it finds them in any article:

    example-outlet.vn
    Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XIX

    Nguồn: Báo Tỉnh X
    14/05/2022

    Chiều 14-5, …
"""

from __future__ import annotations

import re

_DOCUMENT_START = re.compile(r"(?is)\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]")
_TAG = re.compile(r"(?i)</?(?:html|head|body|meta|link|script|style|div|span|p|a|br|img|table|tr|td|ul|ol|li|"
                  r"h[1-6]|article|section|header|footer|nav)\b[^<>]*>")
# A text with this many HTML tags in its first 64 KB is a page (or a piece of one), not an article.
MIN_TAGS = 10
# Fewer words than this in what trafilatura keeps is a page's furniture (a menu, a caption), not an article.
MIN_ARTICLE_WORDS = 20
_CHARSET = re.compile(rb"""(?i)<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""")
_VIETNAMESE_DOMAIN = re.compile(r"(?i)^(?:[a-z0-9-]+\.)+vn$")


def is_html(text: str) -> bool:
    """A saved web page: it starts like an HTML document or is full of HTML tags."""
    return bool(_DOCUMENT_START.match(text)) or len(_TAG.findall(text, 0, 65536)) >= MIN_TAGS


def declared_charset(data: bytes) -> str | None:
    """The character set a page declares in its ``<meta>`` (``windows-1258``), if any."""
    m = _CHARSET.search(data, 0, 4096)
    return m.group(1).decode("ascii") if m else None


_MARKUP = re.compile(rb"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>")


def without_markup(page: bytes) -> bytes:
    """The bytes of a page without its tags, scripts and styles: the words a reader sees, in its encoding."""
    return _MARKUP.sub(b" ", page)


def article_text(page: str) -> str | None:
    """The article of an HTML page with its title, outlet and date above it, or None if the page has none."""
    import trafilatura
    from trafilatura.settings import Document

    # Dates only from the page's markup and datelines: the extensive search of the text guesses a day
    # (1 January) from a bare year, and a wrong date is worse than none.
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if not isinstance(doc, Document) or not doc.text or len(doc.text.split()) < MIN_ARTICLE_WORDS:
        return None
    body = [line.strip() for line in doc.text.splitlines()]
    title = " ".join((doc.title or "").split())
    if body and title and " ".join(body[0].split()) == title:
        body = body[1:]  # the headline trafilatura keeps as the first paragraph
    outlet = f"Nguồn: {' '.join(doc.sitename.split())}" if doc.sitename else None
    head: list[str] = []
    if doc.hostname and _VIETNAMESE_DOMAIN.match(doc.hostname):
        head.append(doc.hostname)  # the outlet's web domain, which can name a province
    if title:
        head += [title, "", *([outlet] if outlet else [])]  # under the headline, above the dateline
    if doc.date and (m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", doc.date)):
        head.append(f"{m.group(3)}/{m.group(2)}/{m.group(1)}")
    lines = [*head, "", *body]
    if outlet and not title:
        lines += ["", outlet]  # no headline to put it under: at the end, where articles have it
    return "\n".join(lines).strip() + "\n"
