"""The "Tell me about yourself" and "Fit with your future manager" sections in words, and
their facts as JSON data, for report.py (and any other renderer of the report context).

Every sentence comes from data/strings/<lang>.json; document text is escaped for Markdown
here, so the template only lays the pieces out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jdmatch import regexcache
from jdmatch.analysis import Analysis
from jdmatch.match import Evidence
from jdmatch.prep.intro import (
    MAX_SECONDS,
    MIN_SECONDS,
    SPOKEN_ACHIEVEMENTS,
    Achievement,
    Introduction,
    company_clause,
    spoken_clause,
    spoken_seconds,
)
from jdmatch.prep.manager import ManagerFit
from jdmatch.render_prep import (
    HINT_QUOTE_MAX,
    WHOLE_LINE_MAX,
    Wording,
    Words,
    display_name,
    join_words,
)
from jdmatch.report import md_escape as md

_PARENTHESES = regexcache.compile(r"\s*\([^)]*\)")
_PLACEHOLDER = regexcache.compile(r"\[[^\]]*\]")
_WORD = regexcache.compile(r"\w+")
_SPACES = regexcache.compile(r"\s{2,}")
#: Words the company sentence and the ending usually take, for deciding whether the draft
#: has room for a third result before those are written.
CLOSING_WORDS = 60


def _spoken_name(name: str) -> str:
    # "Ladangpintar (online grocery)" is said "Ladangpintar".
    return _PARENTHESES.sub("", display_name(name)).strip() or name


def _article(t: Words, word: str) -> str:
    return t["article_vowel"] if word[:1].lower() in "aeiou" else t["article_consonant"]


def _sentence(text: str) -> str:
    # Join the draft's pieces; an empty article leaves no double space.
    return _SPACES.sub(" ", text).replace(" ,", ",").strip()


class _IntroWording:
    """The outline and the spoken draft of "Tell me about yourself"."""

    def __init__(self, w: Wording, intro: Introduction) -> None:
        self.w = w
        self.t = w.t
        self.i = intro
        self.lang = w.a.lang

    def present(self) -> list[str]:
        t, i = self.t, self.i
        parts = []
        if i.current is not None and i.current_line is not None:
            job = i.current
            if job.role and job.organisation:
                organisation = md(_spoken_name(job.organisation))
                name = t["story_job"].format(role=md(job.role), organisation=organisation)
            else:
                name = md(job.role or job.organisation or i.current_line.text)
            where = self.w.where(i.current_line.section, i.current_line.line)
            parts.append(t["intro_present_job"].format(job=name, where=where))
        elif i.current_line is not None:
            parts.append(
                t["intro_present_summary"].format(
                    quote=md(i.current_line.text),
                    where=self.w.where(i.current_line.section, i.current_line.line),
                )
            )
        else:
            parts.append(t["intro_present_none"])
        if i.strengths:
            items = [
                t["intro_strength_item"].format(
                    skill=self.w.md_name(s.skill),
                    where=self.w.where(s.cv_line.section, s.cv_line.line),
                )
                for s in i.strengths
            ]
            parts.append(t["intro_strengths"].format(items=join_words(items, t)))
        else:
            parts.append(t["intro_strengths_none"])
        return parts

    def past(self) -> list[str]:
        t = self.t
        items = []
        for achievement in self.i.achievements:
            bullet = achievement.bullet
            quote = self.w.cv_text(bullet.text, limit=WHOLE_LINE_MAX)
            where = self.w.where(bullet.section, bullet.line)
            if achievement.story is not None:
                items.append(
                    t["intro_achievement_story"].format(
                        quote=quote, where=where, story=achievement.story
                    )
                )
            else:
                items.append(t["intro_achievement"].format(quote=quote, where=where))
        return items

    def future(self) -> list[str]:
        t, i = self.t, self.i
        company = md(self.w.company) if self.w.company else t["company_fallback"]
        parts = []
        if i.company:
            facts = " ".join(
                t["intro_fact"].format(
                    quote=self.w.jd_line(f.text),
                    where=self.w.where(self._fact_section(f.line), f.line),
                )
                for f in i.company
            )
            parts.append(t["intro_future_company"].format(company=company, facts=facts))
        else:
            parts.append(t["intro_future_no_company"].format(company=company))
        if i.role_line is not None:
            parts.append(
                t["intro_future_role"].format(
                    quote=self.w.jd_text(i.role_line.text, i.role_line.alias, HINT_QUOTE_MAX),
                    where=self.w.where(i.role_line.section, i.role_line.line),
                )
            )
        else:
            parts.append(t["intro_future_role_none"])
        return parts

    def _fact_section(self, line: int) -> str:
        return self.w.a.jd.lines[line - 1].section

    def draft(self) -> str:
        t, i = self.t, self.i
        sentences = []
        job = i.current
        strengths = join_words([self.w.md_name(s.skill) for s in i.strengths], t)
        if job is not None and job.role:
            role = md(job.role)
            if job.organisation:
                opening = t["intro_draft_job"].format(
                    article=_article(t, job.role),
                    role=role,
                    organisation=md(_spoken_name(job.organisation)),
                )
            else:
                opening = t["intro_draft_role"].format(article=_article(t, job.role), role=role)
            opening += t["intro_draft_strengths"].format(strengths=strengths) if strengths else "."
            sentences.append(opening)
        elif i.current_line is not None:
            summary = md(i.current_line.text.rstrip(" ."))
            sentences.append(t["intro_draft_summary"].format(summary=summary))
        else:
            sentences.append(t["intro_draft_nothing"])
        told = i.achievements[:SPOKEN_ACHIEVEMENTS]
        past = self._past(told)
        if self._seconds(sentences + past) < MIN_SECONDS and len(i.achievements) > len(told):
            # A short answer has room for the third result: 60 seconds is the least.
            past = self._past(i.achievements)
        sentences += past
        if not told:
            sentences.append(t["intro_draft_past_none"])
        company = md(self.w.company) if self.w.company else t["company_fallback"]
        if i.company:
            fact = i.company[0]
            jd = self.w.a.jd
            clause = company_clause(fact, jd.organisation) if jd.language == self.lang else None
            if clause is not None:
                sentences.append(t["intro_draft_company"].format(fact=md(clause)))
            else:
                text = md(fact.text.rstrip(" ."))
                sentences.append(t["intro_draft_company_quote"].format(company=company, fact=text))
        else:
            sentences.append(t["intro_draft_company_none"].format(company=company))
        role = md(self.w.role)
        if job is not None and job.organisation:
            end = t["intro_draft_end"].format(
                role=role, organisation=md(_spoken_name(job.organisation))
            )
        else:
            end = t["intro_draft_end_plain"].format(role=role)
        sentences.append(end)
        return " ".join(_sentence(s) for s in sentences)

    def _past(self, achievements: Sequence[Achievement]) -> list[str]:
        t = self.t
        sentences = []
        for n, achievement in enumerate(achievements):
            # A line in another language than the report is quoted, not spoken as one's own.
            same = self.w.a.cv.language == self.lang
            clause = spoken_clause(achievement.bullet.text, self.lang) if same else None
            key = ("intro_draft_past_first", "intro_draft_past_next")[min(n, 1)]
            if n == 2:
                key = "intro_draft_past_last"
            if clause is not None:
                sentences.append(t[key].format(clause=md(clause)))
            else:
                text = self.w.cv_text(achievement.bullet.text, limit=HINT_QUOTE_MAX, end=" .")
                sentences.append(t[key + "_quote"].format(text=text))
        return sentences

    @staticmethod
    def _words(text: str) -> int:
        spoken = _PLACEHOLDER.sub("", text)  # placeholders are not said
        return len(_WORD.findall(spoken))

    def _seconds(self, sentences: Sequence[str]) -> int:
        # The opening, the results, and about 60 words for the company and the ending.
        return spoken_seconds(self._words(" ".join(sentences)) + CLOSING_WORDS)

    def tips(self, draft: str) -> list[str]:
        t = self.t
        words = self._words(draft)
        seconds = spoken_seconds(words)
        length = t["intro_tip_length"].format(words=words, seconds=seconds)
        if seconds < MIN_SECONDS:
            length += " " + t["intro_tip_length_short"]
        elif seconds > MAX_SECONDS:
            length += " " + t["intro_tip_length_long"]
        return [length, t["intro_tip_story"], t["intro_tip_end"], t["intro_tip_own_words"]]


def intro_context(analysis: Analysis, t: Words, w: Wording) -> dict[str, Any] | None:
    """The "Tell me about yourself" section's pieces, worded and escaped (w: the report's
    wording in t)."""
    intro = analysis.prep.introduction
    if intro is None:
        return None
    words = _IntroWording(w, intro)
    draft = words.draft()
    return {
        "present": words.present(),
        "past": words.past(),
        "past_none": not intro.achievements,
        "future": words.future(),
        "draft": draft,
        "tips": words.tips(draft),
    }


def manager_context(analysis: Analysis, t: Words, w: Wording) -> dict[str, Any] | None:
    """The "Fit with your future manager" section's pieces, worded and escaped (w: the
    report's wording in t)."""
    fit: ManagerFit | None = analysis.prep.manager
    if fit is None:
        return None
    items = []
    for signal in fit.signals:
        if signal.cv_line is not None:
            cv = t["manager_cv" if signal.shown else "manager_cv_near"].format(
                quote=w.cv_text(signal.cv_line.text, signal.cv_line.alias, HINT_QUOTE_MAX),
                where=w.where(signal.cv_line.section, signal.cv_line.line),
            )
        else:
            cv = t.get(f"manager_cv_none_{signal.kind}", t["manager_cv_none"])
        items.append(
            t["manager_item"].format(
                label=t[f"manager_{signal.kind}"],
                jd=w.jd(signal.jd_line),
                where=w.where(signal.jd_line.section, signal.jd_line.line),
                cv=cv,
                say_label=t["manager_say"],
                say=t[f"manager_say_{signal.kind}"],
            )
        )
    learning = []
    if fit.gaps:
        text = t["manager_direction"].format(skills=w.skills([g.skill for g in fit.gaps]))
        bridge = next((g for g in fit.gaps if g.related is not None), None)
        if bridge is not None and bridge.related is not None:
            text += " " + t["manager_direction_related"].format(
                related=w.md_name(bridge.related), skill=w.md_name(bridge.skill)
            )
        learning.append(text)
    else:
        learning.append(t["manager_direction_none"])
    if fit.learning is not None:
        learning.append(
            t["manager_learning"].format(
                quote=md(fit.learning.text),
                where=w.where(fit.learning.section, fit.learning.line),
            )
        )
    else:
        learning.append(t["manager_learning_none"])
    questions = [
        t[f"mq_{q.kind}"].format(jd=w.jd(q.jd_line) if q.jd_line else "") for q in fit.questions
    ]
    return {"items": items, "learning": learning, "questions": questions}


def fit_data(analysis: Analysis) -> dict[str, Any]:
    """The two sections' facts as plain data for the JSON report (no wording, no Markdown)."""

    def evidence(e: Evidence | None) -> dict[str, Any] | None:
        if e is None:
            return None
        return {"line": e.line, "section": e.section, "text": e.text}

    prep = analysis.prep
    data: dict[str, Any] = {"introduction": None, "manager": None}
    intro = prep.introduction
    if intro is not None:
        job = intro.current
        data["introduction"] = {
            "current": (
                {"role": job.role, "organisation": job.organisation, "start": job.start}
                if job
                else None
            ),
            "current_line": evidence(intro.current_line),
            "strengths": [
                {
                    "skill": s.skill.id,
                    "cv_line": evidence(s.cv_line),
                    "jd_line": evidence(s.jd_line),
                }
                for s in intro.strengths
            ],
            "achievements": [
                {
                    "line": a.bullet.line,
                    "section": a.bullet.section,
                    "text": a.bullet.text,
                    "results": list(a.bullet.results),
                    "story": a.story,
                }
                for a in intro.achievements
            ],
            "company": [{"line": f.line, "text": f.text} for f in intro.company],
            "role_line": evidence(intro.role_line),
        }
    fit = prep.manager
    if fit is not None:
        data["manager"] = {
            "signals": [
                {
                    "kind": s.kind,
                    "jd_line": {**(evidence(s.jd_line) or {}), "cue": s.jd_line.alias},
                    "cv_line": (
                        {**(evidence(s.cv_line) or {}), "cue": s.cv_line.alias}
                        if s.cv_line
                        else None
                    ),
                    "shown": s.shown and s.cv_line is not None,
                }
                for s in fit.signals
            ],
            "gaps": [g.skill.id for g in fit.gaps],
            "learning": evidence(fit.learning),
            "questions": [{"kind": q.kind, "jd_line": evidence(q.jd_line)} for q in fit.questions],
        }
    return data


def profile_note(analysis: Analysis, t: Words) -> str | None:
    """One sentence on what the user's profile changed in this comparison, or None."""
    applied = analysis.profile
    if applied is None or not (applied.added or applied.removed):
        return None
    parts = []
    if applied.added:
        names = join_words([f"**{md(s.display_name(analysis.lang))}**" for s in applied.added], t)
        key = "profile_added_one" if len(applied.added) == 1 else "profile_added"
        parts.append(t[key].format(skills=names))
    if applied.removed:
        names = join_words([f"**{md(n)}**" for n in applied.removed], t)
        parts.append(t["profile_removed"].format(skills=names))
    return " ".join(parts)


def profile_data(analysis: Analysis) -> dict[str, Any] | None:
    """What the profile changed, as data for the JSON report; None without a profile."""
    applied = analysis.profile
    if applied is None:
        return None
    return {"added": [s.id for s in applied.added], "removed": list(applied.removed)}
