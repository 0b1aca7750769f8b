"""Rendering: an Analysis to Markdown or JSON, in English or Indonesian."""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from jdmatch import regexcache
from jdmatch.analysis import Analysis
from jdmatch.jsontext import json_text
from jdmatch.match import Evidence, Match
from jdmatch.settings import REPORT_LANGUAGES

#: Bumped when a field of the JSON output changes meaning or goes away.
JSON_SCHEMA_VERSION = "1"
#: Rows in the "key skills" list and responsibilities quoted.
TOP_SKILLS = 12
TOP_RESPONSIBILITIES = 8
#: Markdown's special characters, each escaped with a backslash; the backslash first, as the
#: others add backslashes.
_MD_SPECIALS = "\\`*_{}[]<>|#!~"
#: An "&" that would start a character reference ("&amp;", "&#60;"), and what opens a list
#: item at the start of a line ("- ", "+ ", "1. ", "2) "): both escaped so they stay text.
_MD_ENTITY = regexcache.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_LIST_START = regexcache.compile(r"^([-+]|\d{1,9}[.)])(?=\s|$)")


@lru_cache(maxsize=2)
def strings(lang: str) -> dict[str, str]:
    """The report's wording in one language (data/strings/<lang>.json)."""
    if lang not in REPORT_LANGUAGES:
        lang = "en"
    resource = resources.files("jdmatch").joinpath(f"data/strings/{lang}.json")
    return json.loads(resource.read_text("utf-8"))


#: Longest CV or JD line quoted whole; longer ones are cut to a window around the skill.
QUOTE_MAX = 160


#: Every whitespace character but the space (those str.split splits at), in ASCII and not.
_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_SPACES = _ASCII_SPACES + (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
#: A character md_escape may change: one of Markdown's, "&", or whitespace but the space.
_MD_CHANGES = regexcache.compile("[" + re.escape("\\`*_{}[]<>|#!~&" + _OTHER_SPACES) + "]")


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``: the words of a text, one space apart."""
    # Most lines are so already: one space between words, none at either end, and no other
    # whitespace. A few substring tests cost a fifth of splitting a long line into words.
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        return " ".join(text.split())
    for space in _ASCII_SPACES if text.isascii() else _OTHER_SPACES:
        if space in text:
            return " ".join(text.split())
    return text


def quote(evidence: Evidence) -> str:
    """An evidence line short enough for a table cell, centred on the words that matched."""
    return quote_spaced(single_spaced(evidence.text), evidence.alias)


def quote_spaced(text: str, alias: str) -> str:
    """quote() of an evidence line already single-spaced, `alias` the words that matched."""
    if len(text) <= QUOTE_MAX:
        return text
    at = text.find(alias)
    if at < 0:
        at = text.lower().find(alias.lower())
    at = max(at, 0)
    start = max(0, at - (QUOTE_MAX - len(alias)) // 2)
    end = min(len(text), start + QUOTE_MAX)
    start = max(0, end - QUOTE_MAX)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > at else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def md_escape(text: object) -> str:
    """Text from a document, safe inside Markdown paragraphs and table cells."""
    text = str(text)
    # Most texts need nothing: no special character, no "&", single-spaced, and no list
    # marker to open them. One scan of the text says so (translate alone costs ten times it).
    first = text[:1]
    if (
        _MD_CHANGES.search(text) is None
        and "  " not in text
        and text[-1:] != " "
        and not (first in ("-", "+", " ") or first.isdigit())
    ):
        return text
    return md_escape_spaced(single_spaced(text))


def md_escape_spaced(text: str) -> str:
    """md_escape(text) of a text already single-spaced (no white space to squeeze)."""
    # One str.replace per special character the text holds: a regex substitution calls back
    # into Python at every match, and translate looks every character up in a dict.
    escaped = text
    for char in _MD_SPECIALS:
        if char in escaped:
            escaped = escaped.replace(char, "\\" + char)
    if "&" in escaped:
        escaped = _MD_ENTITY.sub(r"\\&", escaped)
    if escaped[:1] in ("-", "+") or escaped[:1].isdigit():  # a list marker may open it
        escaped = _MD_LIST_START.sub(_escape_list_start, escaped)
    return escaped


def _escape_list_start(match: re.Match[str]) -> str:
    # "- x" → "\- x"; "1. x" → "1\. x" (the escape goes before the dot, after the number).
    marker = match.group(1)
    return "\\" + marker if len(marker) == 1 else marker[:-1] + "\\" + marker[-1]


def skill_data(skill: Any, lang: str) -> dict[str, str]:
    """A skill in the JSON report: ``name`` is the canonical (English) name scripts key on,
    ``display_name`` the name the report's language shows (the same where none is given)."""
    return {
        "id": skill.id,
        "name": skill.name,
        "display_name": skill.display_name(lang),
        "category": skill.category,
    }


def skill_name(context: Any, skill: Any) -> str:
    """The template filter ``skill_name``: a skill's name in the template's ``lang``."""
    return skill.display_name(context.get("lang", "en"))


@lru_cache(maxsize=1)
def environment() -> Any:
    """The Jinja environment of every Markdown template, its compiled templates cached on disk
    (compiling the report template costs more than rendering it many times over)."""
    import jinja2

    class Environment(jinja2.Environment):
        def getattr(self, obj: Any, attribute: str) -> Any:
            # The contexts are dicts of words (t.title, prep.stories): their keys first. Jinja
            # tries the attribute first, and pays for an AttributeError on every such lookup
            # (a dict's methods stay reachable where no key has their name).
            if type(obj) is dict and attribute in obj:
                return obj[attribute]
            return super().getattr(obj, attribute)

    env = Environment(
        loader=jinja2.PackageLoader("jdmatch", "templates"),
        autoescape=False,  # Markdown: document text is escaped by the md filter instead
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_bytecode_cache(),
        auto_reload=False,  # the templates are package data: no file date to check per report
    )
    env.filters["md"] = md_escape
    env.filters["skill_name"] = jinja2.pass_context(skill_name)
    env.filters["pct"] = pct
    return env


def _bytecode_cache() -> Any:
    import os

    import jinja2

    if os.environ.get("JDMATCH_NO_CACHE"):
        return None
    try:
        from platformdirs import user_cache_dir

        folder = os.path.join(user_cache_dir("jdmatch"), "templates")
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None  # a read-only home: compile every time
    return jinja2.FileSystemBytecodeCache(folder)


def pct(value: float) -> str:
    """A share as a whole percentage (0.125 → "12%"): the templates' filter ``pct``."""
    return f"{round(value * 100)}%"


def _join(items: list[str], t: dict[str, str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t['and']} " + items[-1]


def responsibilities(analysis: Analysis) -> list[Any]:
    """The JD's responsibility lines the report quotes, in the JD's order."""
    lines = analysis.jd.section_lines("responsibilities")
    return [line for line in lines if not line.heading][:TOP_RESPONSIBILITIES]


def score_summary(m: Match, t: dict[str, str]) -> str:
    """The sentence under the score: how many of the job's skills the CV shows."""
    if len(m.requirements) == 1:
        kind = "matched" if m.matched else "related" if m.related else "missing"
        return t[f"score_summary_one_{kind}"]
    required = [r for r in m.requirements if r.level == "required"]
    matched_ids = {x.skill.id for x in m.matched}
    related = t["score_summary_related"].format(related=len(m.related)) if m.related else ""
    return t["score_summary"].format(
        matched=len(m.matched),
        total=len(m.requirements),
        required_matched=sum(1 for r in required if r.skill.id in matched_ids),
        required=len(required),
        related=related,
    )


def markdown_context(analysis: Analysis) -> dict[str, Any]:
    """The facts the Markdown template shows, worded in the report language."""
    # Imported here: each render_* module imports this one.
    from jdmatch.render_explain import explain_context
    from jdmatch.render_fit import intro_context, manager_context, profile_note
    from jdmatch.render_prep import Wording, prep_context
    from jdmatch.render_requirements import requirements_context  # likewise

    t = strings(analysis.lang)
    lang = analysis.lang
    m = analysis.match
    jd = analysis.jd
    w = Wording(analysis, t)  # one for every section: it escapes each skill's name once
    name = w.md_name

    def where(evidence: Evidence) -> str:
        if evidence.section == "profile":  # a skill your profile claims (jdmatch.profile)
            return t["from_profile"]
        section = t.get(f"section_{evidence.section}", evidence.section)
        return t["in_section"].format(section=section, line=evidence.line)

    role = jd.title or jd.name
    title = (
        t["title_at"].format(role=role, company=jd.organisation)
        if jd.organisation
        else t["title_role"].format(role=role)
    )
    steps = []
    for step in analysis.prep.next_steps:
        names = _join([f"**{name(s)}**" for s in step.skills], t)
        # One skill reads "it", several "them": a "_one" string where the wording differs.
        key = f"step_{step.kind}"
        if len(step.skills) == 1 and f"{key}_one" in t:
            key += "_one"
        steps.append(
            t[key].format(
                skills=names,
                skill=name(step.skills[0]),
                related=name(step.related) if step.related else "",
            )
        )

    # The tables' cells, worded and escaped here: the template loops over plain strings
    # (a filter or a function called from a template costs several times a Python call).
    def level(value: str) -> str:
        return t["level_required"] if value == "required" else t["level_nice"]

    # The lines the tables quote, cut and escaped once per document (w, see memo.py).
    quoted = w.cv_evidence
    jd_line = w.jd_line

    score_rows = [
        (
            t[f"part_{part.name}"],
            pct(part.value),
            pct(part.weight),
            f"{part.points:.1f}".replace(".", t["decimal_separator"]),
        )
        for part in m.score.parts
    ]
    key_skills = [
        (name(r.skill), t.get(f"category_{r.skill.category}", r.skill.category), level(r.level))
        for r in m.requirements[:TOP_SKILLS]
    ]
    matched_rows = []
    for x in m.matched:
        # The evidence cell: the CV line quoted and where it is, then the skill implying it.
        evidence = x.evidence[0] if x.evidence else None
        cell = f'"{quoted(evidence)}" ({where(evidence)})' if evidence is not None else ""
        if x.implied_by:
            cell += f" ({t['implied_by'].format(skill=name(x.implied_by))})"
        matched_rows.append((name(x.skill), level(x.requirement.level), cell))
    gap_rows = []
    for g in m.missing:
        # The closest skill, with the CV line that shows it and where it is.
        if g.related is None:
            cell = t["no_related"]
        elif g.related_evidence is None:
            cell = name(g.related)
        else:
            related = g.related_evidence
            cell = f'{name(g.related)}: "{quoted(related)}" ({where(related)})'
        gap_rows.append((name(g.skill), level(g.requirement.level), cell))

    def mark(skill: Any, shown: tuple[Any, ...], ids: set[str]) -> bool:
        # skill in shown, where an id none of them has rules it out without comparing every
        # field of every skill (equal skills have equal ids).
        return skill.id in ids and skill in shown

    coverage_rows = []
    for c in m.coverage:
        matched_ids = {s.id for s in c.matched}
        related_ids = {s.id for s in c.related}
        marks = [
            (
                name(s),
                "matched"
                if mark(s, c.matched, matched_ids)
                else "related"
                if mark(s, c.related, related_ids)
                else "missing",
            )
            for s in c.skills
        ]
        coverage_rows.append((jd_line(c.text), marks, c.covered))
    return {
        "t": t,
        "a": analysis,
        "lang": lang,
        "m": m,
        "title": title,
        "score_rows": score_rows,
        "key_skills": key_skills,
        "matched_rows": matched_rows,
        "gap_rows": gap_rows,
        "coverage_rows": coverage_rows,
        # The two lists of names joined here (Jinja's map and sort filters cost a call each
        # per name); sorted without case, as the template's sort filter did.
        "tools": ", ".join(name(r.skill) for r in m.requirements if r.skill.category == "tool"),
        "has_tools": any(r.skill.category == "tool" for r in m.requirements),
        "extra": ", ".join(
            [w.names[n] for n in sorted((s.display_name(lang) for s in m.extra), key=str.lower)]
        ),
        "responsibilities": [jd_line(line.text) for line in responsibilities(analysis)],
        "summary": score_summary(m, t),
        "steps": steps,
        "prep": prep_context(analysis, t, w),
        "hard": requirements_context(analysis, t, w),
        "profile_note": profile_note(analysis, t),
        "intro": intro_context(analysis, t, w),
        "manager": manager_context(analysis, t, w),
        "explain": explain_context(analysis, t) if analysis.explanations else None,
    }


def render_markdown(analysis: Analysis, context: dict[str, Any] | None = None) -> str:
    """The report as Markdown; context is markdown_context(analysis), when already built."""
    template = environment().get_template("report.md.j2")
    return template.render(**(context if context is not None else markdown_context(analysis)))


def to_data(value: Any) -> Any:
    """Dataclasses, tuples and floats as plain JSON data, floats rounded to 4 places."""
    kind = type(value)
    # The common types first, by exact type (none of them is a dataclass).
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        return round(value, 4)
    if kind is list or kind is tuple:
        return [to_data(v) for v in value]
    if kind is dict:
        return {str(k): to_data(v) for k, v in value.items()}
    names = _field_names(kind)
    if names is not None:
        return {name: to_data(getattr(value, name)) for name in names}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 4)
    return value


#: A dataclass's field names by class (None for any other class), read once per class.
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    if kind not in _FIELD_NAMES:
        _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
    return _FIELD_NAMES[kind]


def render_json(analysis: Analysis) -> str:
    """The report as JSON: the facts of the Markdown report, with a schema version."""
    # Imported here: each render_* module imports this one.
    from jdmatch.render_explain import explain_data
    from jdmatch.render_fit import fit_data, profile_data
    from jdmatch.render_prep import prep_data
    from jdmatch.render_requirements import requirements_data  # likewise

    m = analysis.match

    def skill(s: Any) -> dict[str, str]:
        return skill_data(s, analysis.lang)

    data = {
        "schema_version": JSON_SCHEMA_VERSION,
        "jdmatch_version": analysis.version,
        "lang": analysis.lang,
        "jd": {
            "name": analysis.jd.name,
            "title": analysis.jd.title,
            "organisation": analysis.jd.organisation,
            "language": analysis.jd.language,
            "file_type": analysis.jd.file_type,
        },
        "cv": {
            "name": analysis.cv.name,
            "language": analysis.cv.language,
            "file_type": analysis.cv.file_type,
            "extraction_notes": list(analysis.cv.extraction_notes),
        },
        "score": {
            "total": m.score.total,
            "parts": [
                {"name": p.name, "value": p.value, "weight": p.weight, "points": p.points}
                for p in m.score.parts
            ],
        },
        "text_similarity": m.text_similarity,
        "hard_requirements": requirements_data(analysis),
        "responsibilities": [
            {"line": line.number, "text": line.text} for line in responsibilities(analysis)
        ],
        "requirements": [
            {
                "skill": skill(r.skill),
                "level": r.level,
                "weight": r.weight,
                "share": r.share,
                "count": r.count,
                "cue": r.cue,
                "jd_lines": to_data(r.evidence),
            }
            for r in m.requirements
        ],
        "matched": [
            {
                "skill": skill(x.skill),
                "level": x.requirement.level,
                "implied_by": skill(x.implied_by) if x.implied_by else None,
                "evidence": to_data(x.evidence),
            }
            for x in m.matched
        ],
        "missing": [
            {
                "skill": skill(g.skill),
                "level": g.requirement.level,
                "related": skill(g.related) if g.related else None,
                "related_evidence": to_data(g.related_evidence),
            }
            for g in m.missing
        ],
        "extra": [skill(s) for s in m.extra],
        "coverage": [
            {
                "line": c.line,
                "section": c.section,
                "text": c.text,
                "skills": [s.id for s in c.skills],
                "matched": [s.id for s in c.matched],
                "related": [s.id for s in c.related],
                "covered": c.covered,
            }
            for c in m.coverage
        ],
        "next_steps": [
            {
                "kind": s.kind,
                "skills": [x.id for x in s.skills],
                "related": s.related.id if s.related else None,
            }
            for s in analysis.prep.next_steps
        ],
        "prep": {**prep_data(analysis), **fit_data(analysis)},
        "profile": profile_data(analysis),
        **({"explain": explain_data(analysis)} if analysis.explanations else {}),
    }
    return json_text(to_data(data)) + "\n"


def render_html(analysis: Analysis) -> str:
    """The report as one self-contained HTML page (see report_html)."""
    from jdmatch.report_html import render_html as html

    return html(analysis)


RENDERERS = {"md": render_markdown, "json": render_json, "html": render_html}
#: The file suffixes that choose a report format when no --format is given.
SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html"}


def render(analysis: Analysis, fmt: str = "md") -> str:
    """The report in one format: "md", "json" or "html"."""
    return RENDERERS[fmt](analysis)
