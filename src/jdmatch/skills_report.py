"""The `jdmatch skills` listing: the skills of one document, grouped by category."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from jdmatch.settings import Settings
from jdmatch.skills import Mention, document_mentions
from jdmatch.taxonomy import CATEGORIES, load_taxonomy


def document_skills(path: Path, kind: str, settings: Settings) -> list[Mention]:
    """The skill mentions of one document file."""
    from jdmatch.analysis import load

    document = load(path, kind=kind, settings=settings)
    return document_mentions(document, taxonomy=load_taxonomy(settings.taxonomy_files))


def _grouped(mentions: list[Mention]) -> dict[str, dict[str, list[Mention]]]:
    groups: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for mention in mentions:
        groups[mention.skill.category][mention.skill.id].append(mention)
    return groups


def skills_table(path: Path, kind: str, settings: Settings) -> str:
    """A plain-text table: category, skill, times named, first line."""
    groups = _grouped(document_skills(path, kind, settings))
    if not groups:
        return "No skills found."
    rows = [("category", "skill", "count", "first line")]
    for category in CATEGORIES:
        for found in sorted(groups.get(category, {}).values(), key=lambda g: g[0].skill.name):
            rows.append((category, found[0].skill.name, str(len(found)), str(found[0].line)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    )


def skills_json(path: Path, kind: str, settings: Settings) -> str:
    """The same as JSON: categories to skills with their mentions' lines and offsets."""
    groups = _grouped(document_skills(path, kind, settings))
    data = {
        category: [
            {
                "id": found[0].skill.id,
                "name": found[0].skill.name,
                "mentions": [
                    {"line": m.line, "start": m.start, "end": m.end, "text": m.alias} for m in found
                ],
            }
            for found in sorted(groups[category].values(), key=lambda g: g[0].skill.name)
        ]
        for category in CATEGORIES
        if category in groups
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
