"""Rendering a batch: the ranked index with its market view, as Markdown or JSON."""

from __future__ import annotations

import json
from typing import Any

from jdmatch import __version__
from jdmatch.batch_model import BatchResult, MatchSummary
from jdmatch.report import environment, md_escape, strings, to_data

#: Bumped when a field of index.json changes meaning or goes away.
INDEX_SCHEMA_VERSION = "1"
#: Missing required skills named in a ranking row before "+N more".
MISSING_SHOWN = 4


def label(summary: MatchSummary, t: dict[str, str]) -> str:
    """How the index names one input: its role and company, else its file."""
    if summary.title and summary.organisation:
        return t["title_at"].format(role=summary.title, company=summary.organisation)
    return summary.title or summary.name


def index_context(result: BatchResult) -> dict[str, Any]:
    """The facts the index template shows, worded in the index language."""
    t = strings(result.lang)
    batch = result.input_kind == "jd"

    def missing(summary: MatchSummary) -> str:
        names = [md_escape(s.display_name(result.lang)) for s in summary.missing_required_skills]
        shown = ", ".join(names[:MISSING_SHOWN])
        if len(names) > MISSING_SHOWN:
            shown += " " + t["index_more"].format(count=len(names) - MISSING_SHOWN)
        return shown or "–"

    return {
        "t": t,
        "r": result,
        "lang": result.lang,
        "batch": batch,
        "version": __version__,
        "heading": t["index_title_batch" if batch else "index_title_rank"].format(
            anchor=md_escape(result.anchor)
        ),
        "summary": t["index_summary"].format(
            total=len(result.ranked) + len(result.failures),
            done=len(result.ranked),
            failed=len(result.failures),
        ),
        "label": lambda s: md_escape(label(s, t)),
        "missing": missing,
        "level": lambda level: t["level_required"] if level == "required" else t["level_nice"],
        "yes_no": lambda flag: t["index_yes"] if flag else t["index_no"],
    }


def render_index_markdown(result: BatchResult) -> str:
    """The index as Markdown."""
    return environment().get_template("index.md.j2").render(**index_context(result))


def render_index_json(result: BatchResult) -> str:
    """The index as JSON, with a schema version."""

    def skill(s: Any) -> dict[str, str]:
        return {"id": s.id, "name": s.name, "display_name": s.display_name(result.lang)}

    m = result.market
    data = {
        "schema_version": INDEX_SCHEMA_VERSION,
        "jdmatch_version": __version__,
        "kind": "batch" if result.input_kind == "jd" else "rank",
        "anchor": result.anchor,
        "lang": result.lang,
        "counts": {
            "done": len(result.ranked),
            "failed": len(result.failures),
            "from_cache": result.from_cache,
        },
        "ranked": [
            {
                "rank": rank,
                "name": s.name,
                "title": s.title,
                "organisation": s.organisation,
                "language": s.language,
                "score": s.score,
                "matched": s.matched,
                "skills": len(s.skills),
                "missing_required": list(s.missing_required),
                "report": s.report,
            }
            for rank, s in enumerate(result.ranked, start=1)
        ],
        "market": {
            "demand": [
                {"skill": skill(d.skill), "count": d.count, "required": d.required}
                | ({"shown": d.shown} if result.input_kind == "jd" else {})
                for d in m.demand
            ],
            "gaps": [
                {
                    "skill": skill(g.skill),
                    "postings": g.postings,
                    "required": g.required,
                    "points": g.points,
                }
                for g in m.gaps
            ],
            "unused": [skill(s) for s in m.unused],
        },
        "failures": [{"name": f.name, "reason": f.reason} for f in result.failures],
    }
    return json.dumps(to_data(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_index(result: BatchResult, fmt: str = "md") -> str:
    """The index in one format: "md", "json" or "html"."""
    if fmt == "html":
        from jdmatch.report_html import render_index_html

        return render_index_html(result)
    return render_index_json(result) if fmt == "json" else render_index_markdown(result)
