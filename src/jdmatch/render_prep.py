"""The report's preparation sections in words: Prep's facts, worded in the report language.

Every sentence comes from data/strings/<lang>.json; document text is escaped for Markdown
here, so the template only lays the pieces out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jdmatch import regexcache
from jdmatch.analysis import Analysis
from jdmatch.match import Evidence
from jdmatch.memo import per_document
from jdmatch.prep import CvBullet, LikelyQuestion, ReverseQuestion, StarStory
from jdmatch.report import md_escape as md
from jdmatch.report import md_escape_spaced, quote_spaced, single_spaced, skill_data
from jdmatch.taxonomy import Skill

#: Longest JD line quoted inside a question or prompt, and longest CV line quoted in a hint: a
#: question is read aloud, so it quotes the words that matter, not the paragraph. CV lines of
#: a story and of the impact check are quoted whole: they are the candidate's to rework.
QUESTION_QUOTE_MAX = 120
HINT_QUOTE_MAX = 160
#: A CV line quoted "whole" is still cut past this: a PDF that lost its line breaks can make
#: a whole job one line.
WHOLE_LINE_MAX = 240
#: Words of a CV line that name it in a Situation prompt.
HEAD_WORDS = 6
#: Words kept in capitals when a title in capitals is put in ordinary case.
_KEEP_CAPS = frozenset({"PT", "CV", "TBK", "UD", "IT", "HR", "HRD", "QA", "QC", "UI", "UX"})

Words = dict[str, str]
_HEAD_END = regexcache.compile(r"[,;:(]")


def clip(text: str, anchor: str = "", limit: int = QUESTION_QUOTE_MAX) -> str:
    """A line cut to about `limit` characters around an anchor, at word boundaries."""
    return clip_spaced(single_spaced(text), anchor, limit)


def clip_spaced(text: str, anchor: str, limit: int, lowered: str | None = None) -> str:
    """clip() of a line already single-spaced (lowered: text.lower(), where known)."""
    if len(text) <= limit:
        return text
    if anchor:
        at = max((text.lower() if lowered is None else lowered).find(anchor.lower()), 0)
    else:
        at = 0
    # Keep the line's own beginning when the anchor fits after it; centre on it otherwise.
    start = 0 if at + len(anchor) <= limit * 3 // 4 else max(0, at - (limit - len(anchor)) // 2)
    end = min(len(text), start + limit)
    start = max(0, end - limit)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > at + len(anchor) else end
    body = text[start:end].strip(" ,;:")
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


def head(text: str, words: int = HEAD_WORDS) -> str:
    """The opening words of a line, to name it: up to the first comma or `words` words."""
    first = _HEAD_END.split(text, maxsplit=1)[0].split()
    cut = first[:words]
    whole = len(cut) == len(text.split())
    return " ".join(cut).rstrip(".") + ("" if whole else "…")


def _lower_first(label: str) -> str:
    # "Who uses your work" → "who uses your work", but "Anda" and "GA4" stay as they are.
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def display_name(text: str) -> str:
    """A name written in capitals ("STAFF ACCOUNTING") in ordinary case ("Staff Accounting")."""
    if not text.isupper():
        return text
    return " ".join(w if w in _KEEP_CAPS else w.capitalize() for w in text.split())


def join_words(items: Sequence[str], t: Words, conjunction: str = "and") -> str:
    """ "a, b and c" in the report language."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t[conjunction]} " + items[-1]


class _Escaped(dict[str, str]):
    """md(text) for each text looked up, computed once."""

    def __missing__(self, text: str) -> str:
        escaped = self[text] = md(text)
        return escaped


class _Quotes:
    """One document's lines as the reports quote them: each line single-spaced (and
    lower-cased, where an anchor is looked for) once, as a posting pasted as one line is
    quoted many times over; each quote cut and escaped once. Every result depends on its
    arguments alone."""

    def __init__(self) -> None:
        self._spaced: dict[str, str] = {}
        self._lowered: dict[str, str] = {}
        self._quotes: dict[tuple[str, str, int, str], str] = {}
        self._whole: dict[str, str] = {}
        self._evidence: dict[tuple[str, str], str] = {}

    def spaced(self, text: str) -> str:
        """single_spaced(text)."""
        spaced = self._spaced.get(text)
        if spaced is None:
            spaced = self._spaced[text] = single_spaced(text)
        return spaced

    def quote(self, text: str, anchor: str, limit: int, end: str) -> str:
        """md(clip(text, anchor, limit).rstrip(end))."""
        key = (text, anchor, limit, end)
        quoted = self._quotes.get(key)
        if quoted is None:
            spaced = self.spaced(text)
            lowered = None
            if anchor and len(spaced) > limit:  # clip looks for the anchor in lower case
                lowered = self._lowered.get(text)
                if lowered is None:
                    lowered = self._lowered[text] = spaced.lower()
            clipped = clip_spaced(spaced, anchor, limit, lowered)
            quoted = self._quotes[key] = md(clipped.rstrip(end))
        return quoted

    def whole(self, text: str) -> str:
        """md(text): the whole line, escaped."""
        escaped = self._whole.get(text)
        if escaped is None:
            escaped = self._whole[text] = md_escape_spaced(self.spaced(text))
        return escaped

    def evidence(self, text: str, alias: str) -> str:
        """md(report.quote(...)): an evidence line as a table cell quotes it, escaped."""
        key = (text, alias)
        escaped = self._evidence.get(key)
        if escaped is None:
            escaped = self._evidence[key] = md(quote_spaced(self.spaced(text), alias))
        return escaped


class Wording:
    """Turns Prep's facts into sentences of one language."""

    def __init__(self, analysis: Analysis, t: Words) -> None:
        self.a = analysis
        self.t = t
        self.lang = analysis.lang
        jd = analysis.jd
        self.role = display_name(jd.title) if jd.title else t["role_fallback"]
        self.company = display_name(jd.organisation) if jd.organisation else None
        # Kinds of result worded once: the impact check names the same few for many lines.
        self._kinds: dict[tuple[str, ...], str] = {}
        # Skills' names escaped once per report: a report names a skill in several sections.
        self.names = _Escaped()
        # Lines quoted, cut and escaped once per document (memo.py): a report quotes a JD line
        # in several sections, and a batch's anchor document is quoted alike in every report.
        self._jd_quotes = per_document(jd, "quoted_lines", _Quotes)
        self._cv_quotes = per_document(analysis.cv, "quoted_lines", _Quotes)

    # -- small pieces ---------------------------------------------------------------------
    def name(self, skill: Skill) -> str:
        """A skill's name in the report language (not escaped)."""
        return skill.display_name(self.lang)

    def md_name(self, skill: Skill) -> str:
        """A skill's name in the report language, escaped for Markdown."""
        return self.names[skill.display_name(self.lang)]

    def where(self, section: str, line: int) -> str:
        if section == "profile":  # a skill your profile claims (jdmatch.profile)
            return self.t["from_profile"]
        name = self.t.get(f"section_{section}", section)
        return self.t["in_section"].format(section=name, line=line)

    def cv_text(
        self, text: str, anchor: str = "", limit: int = QUESTION_QUOTE_MAX, end: str = ""
    ) -> str:
        """A CV line clipped (see clip), without `end`'s characters at its end, escaped."""
        return self._cv_quotes.quote(text, anchor, limit, end)

    def jd_text(
        self, text: str, anchor: str = "", limit: int = QUESTION_QUOTE_MAX, end: str = ""
    ) -> str:
        """A JD line clipped (see clip), without `end`'s characters at its end, escaped."""
        return self._jd_quotes.quote(text, anchor, limit, end)

    def jd_line(self, text: str) -> str:
        """A whole JD line, single-spaced and escaped (md(text))."""
        return self._jd_quotes.whole(text)

    def cv_spaced(self, text: str) -> str:
        """A CV line single-spaced (single_spaced(text))."""
        return self._cv_quotes.spaced(text)

    def cv_evidence(self, evidence: Evidence) -> str:
        """A CV evidence line as the skill tables quote it (report.quote), escaped."""
        return self._cv_quotes.evidence(evidence.text, evidence.alias)

    def cv_quote(self, bullet: CvBullet, limit: int = HINT_QUOTE_MAX) -> str:
        return f'"{self.cv_text(bullet.text, limit=limit)}"'

    def cv_line(self, bullet: CvBullet) -> str:
        text = self.cv_text(bullet.text, limit=WHOLE_LINE_MAX)
        return f'"{text}" ({self.where(bullet.section, bullet.line)})'

    def evidence_quote(self, evidence: Evidence, limit: int = HINT_QUOTE_MAX) -> str:
        return f'"{self.cv_text(evidence.text, evidence.alias, limit)}"'

    def jd(self, evidence: Evidence) -> str:
        # Quoted inside a sentence: its own full stop would double the sentence's.
        return self.jd_text(evidence.text, evidence.alias, end=".")

    def skills(self, skills: Sequence[Skill], bold: bool = True) -> str:
        names = [f"**{self.md_name(s)}**" if bold else self.md_name(s) for s in skills]
        return join_words(names, self.t)

    def kinds(self, kinds: Sequence[str]) -> str:
        key = tuple(kinds)
        worded = self._kinds.get(key)
        if worded is None:
            worded = join_words([self.t[f"impact_kind_{k}"] for k in kinds], self.t, "or")
            self._kinds[key] = worded
        return worded

    # -- sections ---------------------------------------------------------------------------
    def story(self, number: int, story: StarStory) -> dict[str, Any]:
        t = self.t
        answers = []
        for answer in story.answers:
            name = self.md_name(answer.skill)
            if answer.via is not None:
                name = t["story_via"].format(skill=name, related=self.md_name(answer.via))
            answers.append(name)
        job = story.experience
        role = md(job.role) if job and job.role else None
        organisation = md(job.organisation) if job and job.organisation else None
        meta = []
        if role and organisation:
            meta.append(t["story_job"].format(role=role, organisation=organisation))
        elif role or organisation:
            meta.append(role or organisation or "")
        if job and job.start:
            meta.append(
                t["period"].format(start=md(job.start), end=md(job.end)) if job.end else job.start
            )
        named = md(head(story.bullets[0].text))
        if role and organisation:
            key = "situation_job"
        elif organisation:
            key = "situation_organisation"
        elif role:
            key = "situation_role"
        else:
            key = "situation_plain"
        situation = t[key].format(role=role, organisation=organisation, head=named)
        company = md(self.company) if self.company else t["company_fallback"]
        task = t["task"].format(company=company, jd=self.jd(story.jd_line))
        if story.tools:
            action = t["action_tools"].format(tools=self.skills(story.tools, bold=False))
        else:
            action = t["action_plain"]
        vias = [a for a in story.answers if a.via is not None]
        if vias:
            action += " " + t["action_via"].format(skill=self.md_name(vias[0].skill))
        if story.measurable:
            results = join_words([f'"{md(r)}"' for r in story.results], t)
            result = t["result_measured"].format(results=results)
        else:
            result = t["result_missing"].format(kinds=self.kinds(story.result_kinds))
        if story.answers:
            title = join_words([self.md_name(a.skill) for a in story.answers], t)
            answered = join_words(answers, t)
        else:  # a story for a JD duty that names no known skill
            title = f'"{md(head(story.jd_line.text))}"'
            answered = f'"{self.jd(story.jd_line)}"'
        return {
            "heading": t["story_heading"].format(number=number, skills=title),
            "meta": " · ".join(meta),
            "answers": answered,
            "lines": [self.cv_line(b) for b in story.bullets],
            "measurable": t["measurable_yes"] if story.measurable else t["measurable_no"],
            "star": [
                (t["star_situation"], situation),
                (t["star_task"], task),
                (t["star_action"], action),
                (t["star_result"], result),
            ],
        }

    def without_story(self) -> list[str]:
        missing = {g.skill.id for g in self.a.match.missing}
        groups: dict[str, list[Skill]] = {"gaps": [], "nice": [], "shown": []}
        for requirement in self.a.prep.without_story:
            if requirement.skill.id not in missing:
                groups["shown"].append(requirement.skill)
            elif requirement.level == "required":
                groups["gaps"].append(requirement.skill)
            else:
                groups["nice"].append(requirement.skill)
        return [
            self.t[f"without_story_{group}"].format(skills=self.skills(skills))
            for group, skills in groups.items()
            if skills
        ]

    def impact(self) -> list[str]:
        return [
            self.t["impact_item"].format(
                quote=f'"{self.cv_text(gap.bullet.text, limit=WHOLE_LINE_MAX)}"',
                where=self.where(gap.bullet.section, gap.bullet.line),
                kinds=self.kinds(gap.kinds),
            )
            for gap in self.a.prep.impact
        ]

    def question(self, q: LikelyQuestion) -> tuple[str, str]:
        t = self.t
        skills = self.skills(q.skills)
        if q.kind == "technical":
            assert q.jd_line is not None
            key = "q_technical_tool" if q.skills[0].category == "tool" else "q_technical"
            text = t[key].format(skills=skills, jd=self.jd(q.jd_line))
            if q.story:
                hint = t["hint_story"].format(story=q.story)
            elif q.cv_line:
                hint = t["hint_line"].format(
                    quote=self.cv_quote(q.cv_line),
                    where=self.where(q.cv_line.section, q.cv_line.line),
                )
            elif q.listed:
                where = self.where(q.listed.section, q.listed.line)
                hint = t["hint_listed"].format(skills=skills, where=where)
            else:
                hint = t["hint_none"].format(skills=skills)
            return text, hint
        if q.kind == "gap":
            return self._gap_question(q, skills)
        if q.jd_line is None:
            key = f"q_{q.kind}_plain"
        else:
            key = f"q_{q.kind}_{q.topic}" if q.topic else f"q_{q.kind}"
        text = t[key].format(jd=self.jd(q.jd_line) if q.jd_line else "")
        if q.cv_line:
            hint = t[f"hint_{q.kind}_line"].format(
                quote=self.cv_quote(q.cv_line), where=self.where(q.cv_line.section, q.cv_line.line)
            )
        elif q.story:
            hint = t[f"hint_{q.kind}_story"].format(story=q.story)
        else:
            hint = t[f"hint_{q.kind}_none"]
        return text, hint

    def _gap_question(self, q: LikelyQuestion, skills: str) -> tuple[str, str]:
        t = self.t
        assert q.jd_line is not None
        jd = self.jd(q.jd_line)
        line = q.cv_line
        where = self.where(line.section, line.line) if line else ""
        if q.related is not None:
            related = f"**{self.md_name(q.related)}**"
            text = t["q_gap_related"].format(skills=skills, related=related)
            if q.related_evidence is not None:
                hint = t["hint_gap_related"].format(
                    skills=skills,
                    related=related,
                    quote=self.evidence_quote(q.related_evidence),
                    where=self.where(q.related_evidence.section, q.related_evidence.line),
                )
            else:
                hint = t["hint_gap_related_plain"].format(skills=skills, related=related)
        elif all(s.category == "soft" for s in q.skills):
            text = t["q_gap_soft"].format(skills=skills, jd=jd)
            hint = (
                t["hint_gap_soft_line"].format(quote=self.cv_quote(line), where=where)
                if line
                else t["hint_gap_soft_none"]
            )
        else:
            text = t["q_gap"].format(skills=skills, jd=jd)
            if q.story:
                hint = t["hint_gap_story"].format(skills=skills, story=q.story)
            elif line:
                hint = t["hint_gap_line"].format(
                    skills=skills, quote=self.cv_quote(line), where=where
                )
            else:
                hint = t["hint_gap_none"].format(skills=skills)
        return text, hint

    def reverse(self, q: ReverseQuestion) -> str:
        t = self.t
        role = md(self.role)
        jd = self.jd(q.jd_line) if q.jd_line else ""
        if q.kind == "success":
            return (t["r_success"] if jd else t["r_success_plain"]).format(role=role, jd=jd)
        if q.kind == "challenge":
            if q.team:
                return t["r_challenge_team"].format(team=md(q.team))
            return t["r_challenge"]
        if q.kind == "tools":
            if not q.skills:
                return t["r_tools_plain"]
            key = "r_tools" if len(q.skills) > 1 else "r_tools_one"
            return t[key].format(skills=self.skills(q.skills, bold=False))
        if q.kind == "tool_choice":
            first, second = q.skills
            return t["r_tool_choice"].format(first=self.md_name(first), second=self.md_name(second))
        if q.kind == "workflow":
            return t[f"r_workflow_{q.topic or 'none'}"].format(jd=jd)
        if q.kind == "growth":
            return (t["r_growth"] if jd else t["r_growth_plain"]).format(jd=jd)
        return t["r_first_weeks"].format(role=role, skills=self.skills(q.skills, bold=False))

    def vocabulary(self) -> tuple[str, str]:
        t = self.t
        shared, new = [], []
        for term in self.a.prep.vocabulary:
            if term.cv_term is None:
                new.append(md(term.term))
            elif term.cv_term.lower() in term.term.lower():
                shared.append(md(term.term))
            else:
                shared.append(
                    t["vocabulary_cv_says"].format(term=md(term.term), cv_term=md(term.cv_term))
                )
        return (", ".join(shared) or t["vocabulary_none"], ", ".join(new) or t["vocabulary_none"])

    def signals(self) -> list[str]:
        t = self.t
        items = []
        for signal in self.a.prep.signals:
            quotes = "; ".join(
                f'"{self.jd(e)}" ({self.where(e.section, e.line)})' for e in signal.jd_lines
            )
            item = t["signal_item"].format(label=t[f"signal_{signal.kind}"], quotes=quotes)
            if signal.cv_lines:
                key = "signal_cv_lines" if len(signal.cv_lines) > 1 else "signal_cv_line"
                lines = t[key].format(lines=join_words([str(n) for n in signal.cv_lines], t))
                item += " " + t["signal_cv"].format(lines=lines)
            items.append(item)
        return items

    def checklist(self) -> list[tuple[bool, str, str]]:
        t = self.t
        rows = []
        for item in self.a.prep.checklist:
            label = t[f"check_{item.kind}"]
            if item.kind == "concrete_results":
                if not item.total:
                    text = t["check_concrete_results_empty"]
                else:
                    share = f"{round(100 * item.count / item.total)}%"
                    key = "check_concrete_results_ok" if item.ok else "check_concrete_results_todo"
                    text = t[key].format(
                        count=item.count,
                        total=item.total,
                        shown=item.total - item.count,
                        share=share,
                    )
            elif item.kind == "team_process":
                labels = "; ".join(_lower_first(t[f"signal_{k}"]) for k in item.signals)
                key = "check_team_process_ok" if item.ok else "check_team_process_todo"
                text = t[key].format(labels=labels)
            elif item.kind == "honest_gaps":
                key = "check_honest_gaps_ok" if item.ok else "check_honest_gaps_todo"
                text = t[key].format(skills=self.skills(item.skills))
            else:
                facts = " ".join(f'"{self.jd_line(f.text)}"' for f in item.facts)
                key = "check_enthusiasm_ok" if item.ok else "check_enthusiasm_todo"
                text = t[key].format(facts=facts)
            rows.append((item.ok, label, text))
        return rows

    def readability(self) -> list[tuple[bool, str, str]]:
        t = self.t
        rows = []
        for check in self.a.prep.readability:
            key = f"ats_{check.kind}_{'ok' if check.ok else 'problem'}"
            if check.kind == "file_type":
                kind = check.found[0]
                text = t[key].format(type=t.get(f"ats_type_{kind}", kind.upper()))
            elif check.kind == "sections":
                found = join_words([t[f"section_{k}"] for k in check.found], t)
                missing = join_words([t[f"section_{k}"] for k in check.missing], t)
                text = t[key].format(found=found or t["ats_contact_nothing"], missing=missing)
            elif check.kind == "contact":
                found = join_words([t[f"ats_contact_{k}"] for k in check.found], t)
                missing = join_words([t[f"ats_contact_{k}"] for k in check.missing], t, "or")
                text = t[key].format(found=found or t["ats_contact_nothing"], missing=missing)
            elif check.kind == "reading_order":
                order = " → ".join(md(h) for h in check.examples)
                text = t[key].format(order=order)
            elif check.kind == "run_together":
                text = t[key].format(examples=", ".join(f'"{md(e)}"' for e in check.examples))
            elif check.kind == "job_dates":
                count = check.found[0] if check.found else "0"
                text = t[key + "_one" if count == "1" and check.ok else key].format(count=count)
            else:
                text = t[key]
            rows.append((check.ok, t[f"ats_{check.kind}"], text))
        return rows


def prep_context(analysis: Analysis, t: Words, w: Wording) -> dict[str, Any]:
    """The preparation sections' pieces, worded and escaped, for the Markdown template (w: the
    report's wording in t)."""
    prep = analysis.prep
    # The impact check and the readability rows come from the CV alone: worded once per CV
    # and wording (a batch's anchor CV), while its facts are the same objects (see memo.py).
    impact = per_document(analysis.cv, "impact_worded", w.impact, prep.impact, t)
    readability = per_document(
        analysis.cv, "readability_worded", w.readability, prep.readability, t
    )
    questions: dict[str, list[tuple[str, str]]] = {"technical": [], "gap": [], "classic": []}
    for q in prep.questions:
        group = q.kind if q.kind in ("technical", "gap") else "classic"
        questions[group].append(w.question(q))
    shared, new = w.vocabulary()
    return {
        "stories": [w.story(n, s) for n, s in enumerate(prep.stories, 1)],
        "without_story": w.without_story(),
        "has_work_lines": bool(prep.bullets),
        "impact_intro": t["impact_intro"].format(count=len(impact), total=len(prep.bullets)),
        "impact": impact,
        "questions": questions,
        "reverse": [w.reverse(q) for q in prep.reverse_questions],
        "vocabulary_shared": shared,
        "vocabulary_new": new,
        "signals": w.signals(),
        "checklist": w.checklist(),
        "readability": readability,
    }


def prep_data(analysis: Analysis) -> dict[str, Any]:
    """The preparation facts as plain data for the JSON report (no wording, no Markdown)."""
    prep = analysis.prep

    def skill(s: Skill | None) -> dict[str, str] | None:
        return skill_data(s, analysis.lang) if s else None

    def evidence(e: Evidence | None) -> dict[str, Any] | None:
        if e is None:
            return None
        return {"line": e.line, "section": e.section, "text": e.text}

    def cv_line(b: CvBullet | None) -> dict[str, Any] | None:
        if b is None:
            return None
        return {
            "line": b.line,
            "last_line": b.last_line,
            "section": b.section,
            "text": b.text,
            "results": list(b.results),
        }

    def story(s: StarStory) -> dict[str, Any]:
        job = s.experience
        return {
            "answers": [
                {"skill": skill(a.skill), "level": a.requirement.level, "via": skill(a.via)}
                for a in s.answers
            ],
            "cv_lines": [cv_line(b) for b in s.bullets],
            "experience": (
                {
                    "role": job.role,
                    "organisation": job.organisation,
                    "start": job.start,
                    "end": job.end,
                }
                if job
                else None
            ),
            "jd_line": evidence(s.jd_line),
            "tools": [x.id for x in s.tools],
            "measurable": s.measurable,
            "results": list(s.results),
            "result_kinds": list(s.result_kinds),
        }

    def question(q: LikelyQuestion) -> dict[str, Any]:
        return {
            "kind": q.kind,
            "topic": q.topic,
            "skills": [skill(x) for x in q.skills],
            "jd_line": evidence(q.jd_line),
            "answer_with": {
                "story": q.story,
                "cv_line": cv_line(q.cv_line),
                "listed": evidence(q.listed),
                "related": skill(q.related),
                "related_evidence": evidence(q.related_evidence),
            },
        }

    def reverse(q: ReverseQuestion) -> dict[str, Any]:
        return {
            "kind": q.kind,
            "topic": q.topic,
            "skills": [skill(x) for x in q.skills],
            "jd_line": evidence(q.jd_line),
            "team": q.team,
        }

    return {
        "stories": [story(s) for s in prep.stories],
        "without_story": [skill(r.skill) for r in prep.without_story],
        "work_lines": len(prep.bullets),
        "impact": [{**(cv_line(g.bullet) or {}), "kinds": list(g.kinds)} for g in prep.impact],
        "questions": [question(q) for q in prep.questions],
        "reverse_questions": [reverse(q) for q in prep.reverse_questions],
        "vocabulary": [
            {
                "term": v.term,
                "skill": skill(v.skill),
                "jd_line": v.jd_line,
                "cv_term": v.cv_term,
                "shared": v.shared,
            }
            for v in prep.vocabulary
        ],
        "signals": [
            {
                "kind": s.kind,
                "jd_lines": [{**(evidence(e) or {}), "cue": e.alias} for e in s.jd_lines],
                "cv_lines": list(s.cv_lines),
            }
            for s in prep.signals
        ],
        "checklist": [
            {
                "kind": c.kind,
                "ok": c.ok,
                "count": c.count,
                "total": c.total,
                "signals": list(c.signals),
                "skills": [skill(x) for x in c.skills],
                "facts": [{"line": f.line, "text": f.text} for f in c.facts],
            }
            for c in prep.checklist
        ],
        "readability": [
            {
                "kind": r.kind,
                "ok": r.ok,
                "found": list(r.found),
                "missing": list(r.missing),
                "examples": list(r.examples),
            }
            for r in prep.readability
        ],
        "company": [{"line": f.line, "text": f.text} for f in prep.company],
    }
