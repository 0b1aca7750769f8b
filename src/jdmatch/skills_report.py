"""The `jdmatch skills` listing: the skills of one document, grouped by category."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdmatch.explain import NearMiss, near_misses
from jdmatch.model import Document
from jdmatch.settings import REPORT_LANGUAGES, Settings
from jdmatch.skills import Mention, document_mentions
from jdmatch.taxonomy import CATEGORIES, load_taxonomy


@dataclass(frozen=True)
class DocumentSkills:
    """The skills of one document, after the user's profile; with --explain, the near misses."""

    document: Document
    mentions: list[Mention]
    near_misses: tuple[NearMiss, ...] = ()


def read_skills(path: Path, kind: str, settings: Settings) -> DocumentSkills:
    """Read one document and find its skills, the profile applied ("never" to any document,
    "have" to a CV) and, when settings.explain, the words that nearly counted."""
    from jdmatch.analysis import load

    document = load(path, kind=kind, settings=settings)
    kind = document.kind  # "auto" resolved
    taxonomy = load_taxonomy(settings.taxonomy_files)
    mentions = document_mentions(document, taxonomy=taxonomy)
    ruled_out: list[Mention] = []
    if settings.profile:
        from jdmatch.profile import drop_never, resolve, with_claims

        resolved = resolve(settings.profile, taxonomy)
        kept = drop_never(mentions, resolved)
        kept_ids = {id(m) for m in kept}
        ruled_out = [m for m in mentions if id(m) not in kept_ids]
        mentions = kept
        if kind == "cv":
            _, mentions, _ = with_claims(document, mentions, resolved)
    misses: tuple[NearMiss, ...] = ()
    if settings.explain:
        own = [m for m in mentions if m.section != "profile"]
        misses = near_misses(document, own, taxonomy, ruled_out)
    return DocumentSkills(document, mentions, misses)


def document_skills(path: Path, kind: str, settings: Settings) -> list[Mention]:
    """The skill mentions of one document file."""
    return read_skills(path, kind, settings).mentions


def _grouped(mentions: list[Mention]) -> dict[str, dict[str, list[Mention]]]:
    groups: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for mention in mentions:
        groups[mention.skill.category][mention.skill.id].append(mention)
    return groups


def _line(mention: Mention) -> str:
    return "profile" if mention.section == "profile" else str(mention.line)


def skills_table(path: Path, kind: str, settings: Settings) -> str:
    """A plain-text table: category, skill, times named, first line; with --explain also the
    words that fired it, its section and (JD) level, then the near misses."""
    found_skills = read_skills(path, kind, settings)
    kind = found_skills.document.kind
    groups = _grouped(found_skills.mentions)
    explain = settings.explain
    t = _strings(found_skills.document)
    lang = _lang(found_skills.document)
    lines: list[str] = []
    if not groups:
        lines.append(t["skills_none"])
    else:
        header = ["category", "skill", "count", "first line"]
        if explain:
            header += ["words", "section"] + (["level (why)"] if kind == "jd" else [])
        rows = [tuple(header)]
        for category in CATEGORIES:
            found_groups = groups.get(category, {}).values()
            for found in sorted(found_groups, key=lambda g: g[0].skill.display_name(lang)):
                first = found[0]
                row = [category, first.skill.display_name(lang), str(len(found)), _line(first)]
                if explain:
                    row += [f'"{first.alias}"', first.section or ""]
                    if kind == "jd":
                        row.append(f"{first.level} ({first.cue})" if first.level else "")
                rows.append(tuple(row))
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        lines += [
            "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
        ]
    if explain:
        lines.append("")
        if found_skills.near_misses:
            lines.append(t["skills_near_misses"])
            lines += [f"  {_miss(miss, t, lang)}" for miss in found_skills.near_misses]
        else:
            lines.append(t["skills_near_misses_none"])
    return "\n".join(lines)


def _strings(document: Document) -> dict[str, str]:
    # The listing's words in the document's own language, as a report's are.
    from jdmatch.report import strings

    return strings(_lang(document))


def _lang(document: Document) -> str:
    return document.language if document.language in REPORT_LANGUAGES else "en"


def _miss(miss: NearMiss, t: dict[str, str], lang: str = "en") -> str:
    from jdmatch.render_explain import miss_text

    # The section as the table's own column names it.
    where = t["skills_where"].format(line=miss.line, section=miss.section or "")
    # Plain text, not Markdown: the listing is read in a terminal, so nothing is escaped.
    return miss_text(t, miss, where, "explain_miss_plain", escape=str, lang=lang)


def skills_json(path: Path, kind: str, settings: Settings) -> str:
    """The same as JSON: categories to skills with their mentions' lines and offsets; with
    --explain, {"skills": that, "near_misses": [...]} and each mention's section and level."""
    found_skills = read_skills(path, kind, settings)
    groups = _grouped(found_skills.mentions)
    lang = _lang(found_skills.document)

    def mention(m: Mention) -> dict[str, Any]:
        data: dict[str, Any] = {"line": m.line, "start": m.start, "end": m.end, "text": m.alias}
        if settings.explain:
            data.update(section=m.section, level=m.level, cue=m.cue)
        if m.section == "profile":
            data["source"] = "profile"
        return data

    listing = {
        category: [
            {
                "id": found[0].skill.id,
                "name": found[0].skill.name,
                "display_name": found[0].skill.display_name(lang),
                "mentions": [mention(m) for m in found],
            }
            for found in sorted(groups[category].values(), key=lambda g: g[0].skill.name)
        ]
        for category in CATEGORIES
        if category in groups
    }
    if not settings.explain:
        return json.dumps(listing, ensure_ascii=False, indent=2, sort_keys=True)
    misses = [
        {
            "text": n.text,
            "skill": n.skill.id,
            "alias": n.alias,
            "reason": n.reason,
            "line": n.line,
            "section": n.section,
        }
        for n in found_skills.near_misses
    ]
    data = {"skills": listing, "near_misses": misses}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
