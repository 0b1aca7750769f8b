"""--explain in words: how each skill was found, weighed, levelled and matched, and the near
misses, for the report (Markdown, and the facts as JSON) and for `jdmatch skills --explain`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from jdmatch.analysis import Analysis
from jdmatch.explain import NearMiss, SkillExplanation
from jdmatch.render_prep import Wording, Words
from jdmatch.report import md_escape as md
from jdmatch.skills import Mention

#: Places listed per document and skill; the rest are counted.
MAX_PLACES = 3


def _places(w: Wording, mentions: Sequence[Mention]) -> str:
    t = w.t
    # One place per line, with how often the line names it: "named 3 times" adds up.
    seen: list[Mention] = []
    times: dict[int | None, int] = {}
    for mention in mentions:
        if mention.line not in times:
            seen.append(mention)
        times[mention.line] = times.get(mention.line, 0) + 1
    items = [
        t["explain_place" if times[m.line] == 1 else "explain_place_times"].format(
            alias=md(m.alias), where=w.where(m.section or "", m.line or 0), count=times[m.line]
        )
        for m in seen[:MAX_PLACES]
    ]
    text = "; ".join(items)
    if len(seen) > MAX_PLACES:
        text += " " + t["explain_more"].format(count=len(seen) - MAX_PLACES)
    return text


def miss_text(
    t: Words,
    miss: NearMiss,
    where: str,
    key: str = "explain_miss",
    escape: Callable[[str], str] = md,
    lang: str = "en",
) -> str:
    """One near miss in words: the words, where, the skill they look like, and why not;
    document text passed through escape (Markdown by default, str for plain text)."""
    reason = t[f"explain_reason_{miss.reason}"].format(alias=escape(miss.alias))
    return t[key].format(
        text=escape(miss.text),
        where=where,
        skill=escape(miss.skill.display_name(lang)),
        reason=reason,
    )


def _level(w: Wording, item: SkillExplanation) -> str:
    t = w.t
    requirement = item.requirement
    level = t["level_required"] if requirement.level == "required" else t["level_nice"]
    mention = item.level_mention
    where = w.where(mention.section or "", mention.line or 0) if mention else ""
    if requirement.cue == "section":
        section = t.get(f"section_{mention.section}", mention.section) if mention else ""
        return t["explain_level_section"].format(level=level, section=section, where=where)
    return t["explain_level_cue"].format(level=level, cue=md(requirement.cue), where=where)


def explain_context(analysis: Analysis, t: Words) -> list[dict[str, Any]]:
    """Each of the JD's skills explained, worded and escaped."""
    w = Wording(analysis, t)
    items = []
    for item in analysis.explanations:
        r = item.requirement
        head = t["explain_head"].format(
            skill=md(w.name(r.skill)),
            status=t[f"explain_status_{item.status}"],
            weight=f"{r.weight:.2f}".replace(".", t["decimal_separator"]),
            idf=f"{r.idf:.2f}".replace(".", t["decimal_separator"]),
            named=t["explain_named" if r.count > 1 else "explain_named_once"].format(count=r.count),
            share=f"{round(100 * r.share)}%",
        )
        lines = [_level(w, item), t["explain_jd"].format(places=_places(w, item.jd_mentions))]
        if item.status == "matched":
            places = _places(w, item.cv_mentions)
            if item.implied_by is not None:
                lines.append(
                    t["explain_cv_implied"].format(skill=md(w.name(item.implied_by)), places=places)
                )
            else:
                lines.append(t["explain_cv"].format(places=places))
        elif item.related is not None:
            lines.append(
                t["explain_cv_related"].format(
                    skill=md(w.name(item.related)), places=_places(w, item.cv_mentions)
                )
            )
        else:
            lines.append(t["explain_cv_none"])
        for miss in item.near_misses:
            where = w.where(miss.section or "", miss.line or 0)
            lines.append(miss_text(t, miss, where, lang=analysis.lang))
        items.append({"head": head, "lines": lines})
    return items


def explain_data(analysis: Analysis) -> list[dict[str, Any]]:
    """The explanations as plain data for the JSON report."""

    def place(m: Mention) -> dict[str, Any]:
        return {"alias": m.alias, "line": m.line, "section": m.section}

    data = []
    for item in analysis.explanations:
        r = item.requirement
        data.append(
            {
                "skill": r.skill.id,
                "status": item.status,
                "level": r.level,
                "cue": r.cue,
                "weight": r.weight,
                "idf": r.idf,
                "count": r.count,
                "share": r.share,
                "jd": [{**place(m), "level": m.level, "cue": m.cue} for m in item.jd_mentions],
                "cv": [place(m) for m in item.cv_mentions],
                "implied_by": item.implied_by.id if item.implied_by else None,
                "related": item.related.id if item.related else None,
                "near_misses": [
                    {
                        "text": n.text,
                        "alias": n.alias,
                        "reason": n.reason,
                        "line": n.line,
                        "section": n.section,
                    }
                    for n in item.near_misses
                ],
            }
        )
    return data
