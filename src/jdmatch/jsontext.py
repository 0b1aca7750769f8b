"""JSON text as ``json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)`` writes it,
faster: the JSON report's writer.

json's indented output is written by its pure-Python encoder (its C one has no indent before
Python 3.13), a generator per level of nesting: 5 ms a report. ``json_text`` writes the plain
data ``report.to_data`` gives (dicts with str keys, lists, str, int, float, bool, None) the
same way in one recursive pass, and hands anything else to json.dumps itself.
"""

from __future__ import annotations

import json
import math
from typing import Any


def json_text(data: Any) -> str:
    """The text ``json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)`` gives."""
    out: list[str] = []
    try:
        _encode(data, out, "\n")
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    return "".join(out)


class _NotPlain(Exception):
    """A value _encode leaves to json.dumps."""


def _encode(value: Any, out: list[str], newline: str) -> None:
    # newline: a line break and the indent of the value's own line. A dict's or a list's
    # plain items are written in place, without a call each.
    kind = type(value)
    scalar = _SCALARS.get(kind)
    if scalar is not None:
        out.append(scalar(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in sorted(value.items()):
            if type(key) is not str:
                raise _NotPlain  # json writes such keys its own way
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(f"{separator}{_encode_string(key)}: {scalar(item)}")
            else:
                out.append(f"{separator}{_encode_string(key)}: ")
                _encode(item, out, inner)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(separator + scalar(item))
            else:
                out.append(separator)
                _encode(item, out, inner)
            separator = "," + inner
        out.append(newline + "]")
    else:
        raise _NotPlain


_encode_string = json.encoder.encode_basestring  # what json.dumps uses without ensure_ascii


def _float_text(value: float) -> str:
    # As json writes a float (allow_nan, its default).
    if value != value:
        return "NaN"
    if value == math.inf:
        return "Infinity"
    if value == -math.inf:
        return "-Infinity"
    return float.__repr__(value)


#: How json writes each plain value, by its exact type (a subclass goes to json itself).
_SCALARS: dict[type, Any] = {
    str: _encode_string,
    int: int.__repr__,
    float: _float_text,
    bool: lambda value: "true" if value else "false",
    type(None): lambda value: "null",
}
