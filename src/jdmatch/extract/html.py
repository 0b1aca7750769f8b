"""Saved web pages: the visible text only, one line per block element."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from jdmatch.extract.text import bom_encoding, decode

# Content of these elements is never shown as text, or is site chrome rather than the posting.
_HIDDEN = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "iframe",
        "object",
        "nav",
        "select",
        "button",
        "canvas",
        "math",
    }
)
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "title",
    }
)
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def looks_like_html(text_head: str) -> bool:
    """True when the start of a text is an HTML document rather than prose that mentions tags."""
    head = text_head.lstrip()[:2048].lower()
    return (head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head) or (
        "<body" in head and "</" in head
    )


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in _BLOCK and not self.hidden_depth:
                self.parts.append("\n")
            return
        if tag in _HIDDEN:
            self.hidden_depth += 1
        elif any(name == "hidden" for name, _ in attrs) or any(
            name == "aria-hidden" and value == "true" for name, value in attrs
        ):
            self.hidden_depth += 1
            tag = "\0hidden:" + tag
        self.stack.append(tag)
        if not self.hidden_depth and tag in _BLOCK:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")
        elif not self.hidden_depth and tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        # Pop to the matching start tag; browsers forgive unclosed tags, so must we.
        for i in range(len(self.stack) - 1, -1, -1):
            open_tag = self.stack[i]
            if open_tag == tag or open_tag == "\0hidden:" + tag:
                for closed in self.stack[i:]:
                    if closed in _HIDDEN or closed.startswith("\0hidden:"):
                        self.hidden_depth -= 1
                del self.stack[i:]
                break
        if not self.hidden_depth and tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def decode_html(data: bytes) -> str:
    """Decode HTML bytes using the BOM, then the page's own meta charset, then guesses."""
    if not bom_encoding(data):
        declared = _CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass
    return decode(data)


def html_string_to_text(markup: str) -> str:
    """The visible text of an HTML string."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)
