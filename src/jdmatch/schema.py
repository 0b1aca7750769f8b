"""The JSON Schemas (draft 2020-12) of the JSON report and of a batch's index, as shipped."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

#: The schemas jdmatch publishes, by the name `jdmatch schema` takes.
SCHEMAS = ("report", "index")


def schema_text(which: str = "report") -> str:
    """The schema's file as shipped: data/schema/<which>.schema.json."""
    if which not in SCHEMAS:
        raise ValueError(f"no schema named {which!r}; choose from {', '.join(SCHEMAS)}")
    resource = resources.files("jdmatch").joinpath(f"data/schema/{which}.schema.json")
    return resource.read_text("utf-8")


def schema(which: str = "report") -> dict[str, Any]:
    """The schema as a dict, e.g. for jsonschema.validate(report, schema())."""
    return json.loads(schema_text(which))
