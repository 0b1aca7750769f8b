"""What a stage computes from one document alone, kept while the document is in use.

A batch compares one CV with many postings (or one posting with many CVs), and the anchor's
skills, work lines and facts are the same in every pair. A Document is immutable, so
`per_document` keeps such results by the document's identity and each is computed once per
process, not once per pair.

A result is reused only while the other inputs it was computed from are the very same
objects (the document's own skill mentions, the IDF table): a profile's corrected mentions,
say, are a new object, so what depends on them is computed afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

#: Documents remembered at once: a batch's anchor and the last few inputs. The anchor is
#: used by every pair, so it is never the least recently used.
MAX_DOCUMENTS = 8

#: id(document) -> (the document, {key: (inputs, result)}). The entry holds the document and
#: the inputs, so their ids cannot be reused by other objects while it lives.
_memo: dict[int, tuple[object, dict[Hashable, tuple[tuple[object, ...], Any]]]] = {}


def per_document(document: object, key: Hashable, compute: Callable[[], T], *inputs: object) -> T:
    """compute(), remembered for this document under key while inputs are the same objects."""
    entry = _memo.pop(id(document), None)
    if entry is None or entry[0] is not document:
        if len(_memo) >= MAX_DOCUMENTS:
            del _memo[next(iter(_memo))]  # the least recently used
        entry = (document, {})
    _memo[id(document)] = entry  # last: the most recently used
    results = entry[1]
    found = results.get(key)
    if (
        found is not None
        and len(found[0]) == len(inputs)
        and all(a is b for a, b in zip(found[0], inputs, strict=True))
    ):
        return found[1]  # type: ignore[no-any-return]
    result = compute()
    results[key] = (inputs, result)
    return result


def forget() -> None:
    """Drop every remembered result (for benchmarks that time each pair as new)."""
    _memo.clear()
