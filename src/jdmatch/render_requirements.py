"""The hard requirements (years, education, languages, licences, place, terms) worded in the
report language for the Markdown report, and as plain facts for the JSON one."""

from __future__ import annotations

from typing import Any

from jdmatch.analysis import Analysis
from jdmatch.render_prep import Wording, clip
from jdmatch.report import md_escape
from jdmatch.requirements import INFO_KINDS, RequirementCheck

#: Longest JD or CV line quoted in the table.
QUOTE_MAX = 110
#: CV lines quoted as the evidence of one check.
MAX_EVIDENCE = 2


def _years(value: str | float, t: dict[str, str]) -> str:
    number = float(value)
    text = f"{number:g}" if number == int(number) else f"{number:.1f}"
    text = text.replace(".", t["decimal_separator"])
    return t["hard_years"].format(years=text)


def _cut(text: str) -> str:
    return clip(text, limit=QUOTE_MAX)


def local_names(analysis: Analysis, only: set[str] | None = None) -> dict[str, str]:
    """Canonical skill names (a check's subject: "English", "SIM A") to the names the report's
    language shows ("Bahasa Inggris"), for the skills the two documents name (of them, the
    names in ``only``, when given: a report looks up a few of its hundreds of mentions)."""
    lang = analysis.lang
    mentions = (*analysis.jd_mentions, *analysis.cv_mentions)
    if only is None:
        return {m.skill.name: m.skill.display_name(lang) for m in mentions}
    return {m.skill.name: m.skill.display_name(lang) for m in mentions if m.skill.name in only}


def wanted_text(
    check: RequirementCheck, t: dict[str, str], names: dict[str, str] | None = None
) -> str:
    """What the posting asks, in the report language (a skill named as ``names`` says)."""
    kind, wanted = check.kind, check.wanted
    subject = md_escape((names or {}).get(check.subject, check.subject)) if check.subject else ""
    if kind == "experience":
        if wanted == "0":
            return t["hard_want_fresh"]
        if subject:
            return t["hard_want_years_in"].format(years=_years(wanted, t), field=subject)
        return t["hard_want_years"].format(years=_years(wanted, t))
    if kind == "education":
        return t["hard_want_education"].format(level=t[f"edu_{wanted}"])
    if kind == "field_of_study":
        key = "hard_want_field_related" if check.related_ok else "hard_want_field"
        return t[key].format(field=subject)
    if kind == "language":
        if wanted:
            return t["hard_want_language_level"].format(
                language=subject, level=t[f"lang_level_{wanted}"]
            )
        return subject
    if kind in ("licence", "certification", "location"):
        return subject
    if kind in ("relocation", "travel"):
        return t[f"hard_want_{kind}"]
    if kind in ("employment_type", "work_arrangement"):
        return t[f"employment_{wanted}"]
    if kind == "age":
        bound, _, value = wanted.partition(":")
        low, _, high = value.partition("-")
        return t[f"hard_age_{bound}"].format(age=low, low=low, high=high)
    if kind == "gender":
        return t[f"hard_gender_{wanted}"]
    if kind == "marital_status":
        return t[f"hard_marital_{wanted}"]
    return md_escape(wanted)


def found_text(
    check: RequirementCheck,
    t: dict[str, str],
    names: dict[str, str] | None = None,
    w: Wording | None = None,
) -> str:
    """What the CV shows for it, in the report language, with the CV line that shows it (w:
    the report's wording, which quotes each CV line once)."""
    kind, found = check.kind, check.found
    if check.source == "cv_language":
        shown = t["hard_found_cv_language"]
    elif found is None or found == "":
        shown = t["hard_found_language_no_level"] if kind == "language" and found == "" else ""
        if found is None:
            shown = t["hard_found_none"]
    elif kind == "experience":
        key = {
            "skill_jobs": "hard_found_years_in",
            "statement": "hard_found_years_stated",
            "no_field_jobs": "hard_found_years_none_in",
        }.get(check.source, "hard_found_years")
        shown = t[key].format(years=_years(found, t))
    elif kind == "education":
        shown = t[f"edu_{found}"]
    elif kind == "language":
        shown = t[f"lang_level_{found}"]
    elif kind in ("relocation", "travel"):
        shown = t["hard_found_willing"]
    elif kind == "location":
        shown = ""  # the CV line says it
    elif check.source == "family":
        shown = t["hard_found_related"].format(name=md_escape((names or {}).get(found, found)))
    else:
        shown = md_escape(found)
    lines = [line.text for line in check.evidence[:MAX_EVIDENCE]]
    if w is None:
        quotes = [f'"{md_escape(_cut(line))}"' for line in lines]
    else:
        quotes = [f'"{w.cv_text(line, limit=QUOTE_MAX)}"' for line in lines]
    if quotes:
        return f"{shown}: {'; '.join(quotes)}" if shown else "; ".join(quotes)
    return shown


def requirements_context(analysis: Analysis, t: dict[str, str], w: Wording) -> dict[str, Any]:
    """The hard-requirements part of the Markdown report (w: the report's wording in t)."""
    checks = analysis.requirements
    # The names wanted_text and found_text look up: subjects, and related skills found.
    looked_up = {c.subject for c in checks if c.subject}
    looked_up.update(c.found for c in checks if c.source == "family" and c.found)
    names = local_names(analysis, looked_up)
    rows = []
    for check in checks:
        if check.kind in INFO_KINDS:
            continue
        level = t["level_required"] if check.level == "required" else t["level_nice"]
        rows.append(
            {
                "kind": t[f"hard_kind_{check.kind}"],
                "wanted": wanted_text(check, t, names),
                "level": level,
                "found": found_text(check, t, names, w),
                "status": t[f"hard_status_{check.status}"],
            }
        )
    info = []
    seen: set[tuple[str, str]] = set()
    for check in checks:
        if check.kind in INFO_KINDS and (check.kind, check.wanted) not in seen:
            seen.add((check.kind, check.wanted))
            info.append(
                {"kind": t[f"hard_kind_{check.kind}"], "wanted": wanted_text(check, t, names)}
            )
    met = sum(1 for c in checks if c.status == "met")
    missed = sum(1 for c in checks if c.status == "not_met")
    unknown = sum(1 for c in checks if c.status == "unknown")
    candidate = analysis.candidate
    reference = ""
    if candidate is not None and any(job.experience.ongoing for job in candidate.jobs):
        reference = t["hard_reference"].format(month=candidate.reference)
    return {
        "rows": rows,
        "info": info,
        "summary": t["hard_summary"].format(met=met, not_met=missed, unknown=unknown)
        if rows
        else "",
        "reference": reference,
    }


def requirements_data(analysis: Analysis) -> dict[str, Any]:
    """The hard requirements and the candidate's record, as plain JSON facts."""
    candidate = analysis.candidate

    def line(value: Any) -> dict[str, Any]:
        return {"line": value.number, "section": value.section, "text": value.text}

    record = None
    if candidate is not None:
        education = candidate.education
        record = {
            "reference_month": candidate.reference,
            "total_years": candidate.total_years,
            "total_source": candidate.total_source,
            "jobs": [
                {
                    "role": job.experience.role,
                    "organisation": job.experience.organisation,
                    "start": job.experience.start_date,
                    "end": job.experience.end_date,
                    "ongoing": job.experience.ongoing,
                    "section": job.experience.section,
                    "years": job.years,
                    "line": job.line.number,
                }
                for job in candidate.jobs
            ],
            "skill_years": [
                {"skill": skill_id, "years": years} for skill_id, years in candidate.skill_years
            ],
            "education": {
                "level": education.level,
                "field": education.field,
                "line": education.line.number,
            }
            if education
            else None,
            "languages": [
                {
                    "skill": s.skill_id,
                    "level": s.level,
                    "line": s.line.number if s.line else None,
                }
                for s in candidate.languages
            ],
        }
    return {
        "met_share": analysis.requirements_met_share,
        "checks": [
            {
                "kind": c.kind,
                "line": c.line,
                "text": c.text,
                "wanted": c.wanted,
                "subject": c.subject,
                "found": c.found,
                "status": c.status,
                "level": c.level,
                "source": c.source,
                "related_ok": c.related_ok,
                "evidence": [line(e) for e in c.evidence],
            }
            for c in analysis.requirements
        ],
        "candidate": record,
    }
