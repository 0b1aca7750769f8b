"""Each hard requirement of the JD checked against the candidate's record, and the share met."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from jdmatch import regexcache
from jdmatch.memo import per_document
from jdmatch.model import Document, Line
from jdmatch.morph import stems
from jdmatch.requirements.cv import WORK_SECTIONS, CandidateRecord, Job, total_years
from jdmatch.requirements.jd import INFO_KINDS, HardRequirement, format_years
from jdmatch.requirements.patterns import Patterns, patterns, phrase_key
from jdmatch.settings import NICE_TO_HAVE_FACTOR
from jdmatch.skills import Mention
from jdmatch.textscan import may_hold

#: What a check can say.
STATUSES = ("met", "not_met", "unknown", "info")


@dataclass(frozen=True)
class RequirementCheck:
    """One hard requirement of the JD checked against the CV, with the evidence."""

    kind: str  # one of KINDS
    line: int  # the JD line
    text: str
    wanted: str  # language-neutral, see HardRequirement
    subject: str | None
    found: str | None  # language-neutral like wanted: "5.2" (years), "bachelor", "intermediate"
    status: str  # one of STATUSES
    evidence: tuple[Line, ...]  # CV lines
    level: str = "required"  # or "nice"
    source: str = ""  # how found was read: "jobs", "skill_jobs", "statement", "cv_language"…
    related_ok: bool = False  # field of study: a related field would do


#: The language a CV is written in, as a language skill of the taxonomy.
_DOCUMENT_LANGUAGE = {"en": ("english", "English"), "id": ("indonesian", "Indonesian")}


_WORDS = regexcache.compile(r"[\w\-]+")
#: Every match of Patterns.willing holds one of these ("able" in "available" too).
_WILLING_ANCHORS = ("willing", "bersedia", "siap", "ready", "able", "open")
_LOWER_WORDS = regexcache.compile(r"[a-z]+")


def check_requirements(
    requirements: tuple[HardRequirement, ...],
    record: CandidateRecord,
    cv: Document,
    cv_mentions: Sequence[Mention],
) -> tuple[RequirementCheck, ...]:
    """Each hard requirement checked against the candidate's record: met, not met or unknown."""
    p = patterns()
    # The CV's side is the same for every posting: kept per CV while its mentions and its
    # record are the same objects (a batch's anchor, see memo.py).
    shown, families = per_document(
        cv, "skill_lines", lambda: _skill_lines(cv, cv_mentions), cv_mentions
    )
    # The word forms of each job's lines, read once for all the requirements that ask.
    job_forms: dict[int, set[str]] = per_document(cv, "job_forms", dict, record)
    checks: list[RequirementCheck] = []
    for requirement in requirements:
        found, status, evidence, source = _check(requirement, record, cv, shown, p, job_forms)
        if status == "not_met" and requirement.family in families:
            # A licence or certificate of the same family (SIM C for SIM A, Brevet A for
            # Brevet B) does not stand in for it, but is worth saying.
            name, line = families[requirement.family]
            found, evidence, source = name, (line,), "family"
        checks.append(
            RequirementCheck(
                kind=requirement.kind,
                line=requirement.line.number,
                text=requirement.line.text,
                wanted=requirement.wanted,
                subject=requirement.subject,
                found=found,
                status=status,
                evidence=evidence,
                level=requirement.level,
                source=source,
                related_ok=requirement.related_ok,
            )
        )
    return tuple(checks)


def _skill_lines(
    cv: Document, cv_mentions: Sequence[Mention]
) -> tuple[dict[str, Line], dict[str, tuple[str, Line]]]:
    # The first CV line that shows each skill (or implies it), and the first skill of each
    # family with its line.
    shown: dict[str, Line] = {}
    families: dict[str, tuple[str, Line]] = {}
    for mention in cv_mentions:
        if mention.line is None:
            continue
        line = cv.lines[mention.line - 1]
        shown.setdefault(mention.skill.id, line)
        for implied in mention.skill.implies:
            shown.setdefault(implied, line)
        if mention.skill.family:
            families.setdefault(mention.skill.family, (mention.skill.name, line))
    return shown, families


def _check(
    requirement: HardRequirement,
    record: CandidateRecord,
    cv: Document,
    shown: dict[str, Line],
    p: Patterns,
    job_forms: dict[int, set[str]] | None = None,
) -> tuple[str | None, str, tuple[Line, ...], str]:
    kind = requirement.kind
    if kind in INFO_KINDS:
        return None, "info", (), ""
    if kind == "experience":
        return _check_experience(requirement, record, cv, job_forms)
    if kind == "education":
        education = record.education
        if education is None:
            return None, "unknown", (), ""
        met = education.rank >= p.rank[requirement.wanted]
        return education.level, "met" if met else "not_met", (education.line,), "education"
    if kind == "field_of_study":
        education = record.education
        if education is None or education.field is None:
            return None, "unknown", (), ""
        cv_words = _field_words(education.field, p)
        for wanted in requirement.wanted.split("; "):
            words = _field_words(wanted, p)
            if words and words <= cv_words:
                return education.field, "met", (education.line,), "education"
        status = "unknown" if requirement.related_ok else "not_met"
        return education.field, status, (education.line,), "education"
    if kind == "language":
        return _check_language(requirement, record, cv, p)
    if kind in ("licence", "certification"):
        line = shown.get(requirement.wanted)
        if line is not None:
            return requirement.subject, "met", (line,), "cv"
        return None, "not_met", (), ""
    if kind == "location":
        place = {w.lower() for w in requirement.wanted.split()}
        for line in cv.lines[:12]:
            if line.section not in ("header", "summary", "other"):
                continue
            line_words = {w.lower() for w in _WORDS.findall(line.text)}
            if place & line_words:
                return ", ".join(sorted(place & line_words)), "met", (line,), "cv"
        return None, "unknown", (), ""
    if kind in ("relocation", "travel"):
        for line in cv.lines:
            if not may_hold(line.text, _WILLING_ANCHORS):
                continue
            found = p.willing.search(line.text)
            if found is None:
                continue
            what = found.group("what").lower()
            is_travel = what.startswith(("travel", "dinas", "perjalanan", "bepergian", "luar"))
            if (kind == "travel") == is_travel or (kind == "travel" and "luar kota" in what):
                return "yes", "met", (line,), "cv"
        return None, "unknown", (), ""
    return None, "unknown", (), ""


def _check_experience(
    requirement: HardRequirement,
    record: CandidateRecord,
    cv: Document,
    job_forms: dict[int, set[str]] | None = None,
) -> tuple[str | None, str, tuple[Line, ...], str]:
    wanted = float(requirement.wanted)
    total = record.total_years
    total_evidence = _job_lines(record, None)
    if total is None:
        if wanted == 0:
            return None, "met", (), ""
        return None, "unknown", (), ""
    source = record.total_source
    stated = (record.statement,) if record.statement is not None else ()
    evidence: tuple[Line, ...] = total_evidence if source == "jobs" else stated
    if wanted == 0 or not requirement.subject:
        return format_years(total), "met" if total >= wanted else "not_met", evidence, source
    named = _field_jobs(requirement, record, cv, job_forms)
    years = total_years(
        [(j.start, j.end) for j in named if j.start is not None and j.end is not None]
    )
    if source == "statement":
        years = max((y for s, y in record.skill_years if s in requirement.skills), default=0.0)
    if years >= wanted:
        return format_years(years), "met", _lines_of(named), "skill_jobs"
    if years > 0:
        return format_years(years), "not_met", _lines_of(named), "skill_jobs"
    work = [job for job in record.jobs if job.experience.section in WORK_SECTIONS]
    all_dated = all(job.start is not None and job.end is not None for job in work)
    if source == "jobs" and all_dated and (total < wanted or requirement.field_of_work):
        # Every job is dated and none names the field: the CV shows no years in it.
        return format_years(total), "not_met", evidence, "no_field_jobs"
    if total < wanted:
        return format_years(total), "not_met", evidence, source
    # A tool no job names ("2+ years of Kubernetes"): the CV does not say how long.
    return format_years(total), "unknown", evidence, source


#: Words of a field of experience that do not name it ("or similar", "di bidang yang sama").
_FIELD_FILLER = frozenset(
    {"a", "an", "the", "of", "in", "as", "at", "di", "ke", "yang", "dan", "atau", "or", "and"}
    | {"with", "similar", "related", "relevant", "equivalent", "sejenis", "terkait", "relevan"}
    | {"setara", "sama", "lain", "lainnya", "other", "others", "etc", "dll", "bidang", "field"}
    | {"industry", "industri", "posisi", "position", "role", "roles", "experience", "pengalaman"}
    | {"kerja", "work"}
)
_FIELD_SPLIT = regexcache.compile(r"[,;/&()]|\s(?:or|and|atau|dan)\s", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _word_forms(word: str) -> frozenset[str]:
    """A word and what it may be written as: "analysts" → analyst, "pergudangan" → gudang."""
    forms = {word, word[:-1] if word.endswith("s") and len(word) > 4 else word}
    return frozenset(forms | stems(word))


def _field_jobs(
    requirement: HardRequirement,
    record: CandidateRecord,
    cv: Document,
    job_forms: dict[int, set[str]] | None = None,
) -> list[Job]:
    """The dated jobs that name a field: one of its skills, or all the words of one of its
    alternatives ("Staff Gudang" for "di bidang gudang") in the job's title or lines."""
    alternatives = []
    for part in _FIELD_SPLIT.split(requirement.subject or ""):
        words = [w for w in _LOWER_WORDS.findall(part.lower()) if w not in _FIELD_FILLER]
        if words and all(len(w) >= 3 for w in words):
            alternatives.append([_word_forms(w) for w in words])
    named = []
    if job_forms is None:
        job_forms = {}
    for index, job in enumerate(record.jobs):
        if job.start is None or job.end is None or job.experience.section not in WORK_SECTIONS:
            continue
        if job.skill_ids & set(requirement.skills):
            named.append(job)
            continue
        if not alternatives:
            continue  # no words to look for in the job's lines
        forms = job_forms.get(index)
        if forms is None:
            forms = job_forms[index] = _job_forms(job, cv)
        if any(all(word & forms for word in words) for words in alternatives):
            named.append(job)
    return named


def _job_forms(job: Job, cv: Document) -> set[str]:
    """The words of a job's title and lines, and their word forms."""
    organisation = (job.experience.organisation or "").lower()
    texts = [job.experience.role or ""] + [
        cv.lines[n - 1].text
        for n in range(job.experience.first_line, job.experience.last_line + 1)
        if n <= len(cv.lines)
    ]
    text = " ".join(texts).lower()
    if organisation:  # the employer's name is no line of work: "PT Gudang Garam"
        text = text.replace(organisation, " ")
    forms: set[str] = set()
    for word in set(_LOWER_WORDS.findall(text)):
        forms |= _word_forms(word)
    return forms


def _lines_of(jobs: list[Job]) -> tuple[Line, ...]:
    ordered = sorted(jobs, key=lambda j: -(j.years or 0))[:_MAX_JOB_LINES]
    return tuple(job.line for job in ordered)


#: CV lines quoted as the evidence of years: the first line of each job.
_MAX_JOB_LINES = 3


def _job_lines(record: CandidateRecord, skills: tuple[str, ...] | None) -> tuple[Line, ...]:
    lines = []
    for job in record.jobs:
        if job.start is None or job.experience.section not in WORK_SECTIONS:
            continue
        if skills is not None and not (job.skill_ids & set(skills)):
            continue
        lines.append(job)
    ordered = sorted(lines, key=lambda j: -(j.years or 0))[:_MAX_JOB_LINES]
    return tuple(job.line for job in ordered)


def _check_language(
    requirement: HardRequirement, record: CandidateRecord, cv: Document, p: Patterns
) -> tuple[str | None, str, tuple[Line, ...], str]:
    skill_id = requirement.skills[0]
    wanted_rank = p.language_rank.get(requirement.wanted, 0)
    spoken = next((s for s in record.languages if s.skill_id == skill_id), None)
    if spoken is not None and spoken.line is not None:
        if spoken.level is None or not wanted_rank:
            return spoken.level or "", "met", (spoken.line,), "cv"
        met = p.language_rank[spoken.level] >= wanted_rank
        return spoken.level, "met" if met else "not_met", (spoken.line,), "cv"
    written = _DOCUMENT_LANGUAGE.get(cv.language)
    if written and written[0] == skill_id:
        # The CV is written in it: that shows working command, not a native speaker's.
        if wanted_rank <= p.language_rank["fluent"]:
            return "fluent", "met", (), "cv_language"
        return None, "unknown", (), "cv_language"
    return None, "not_met", (), ""


def _field_words(text: str, p: Patterns) -> frozenset[str]:
    """A field of study as English words: "S1 Teknik Informatika" → informatics, engineering,
    computer, science."""
    mapped = p.synonym.sub(lambda m: " " + p.synonyms[phrase_key(m.group(0))] + " ", text)
    stop = {"of", "and", "dan", "the", "in", "ilmu", "jurusan", "program", "studi", "&", "s1"}
    return frozenset(w for w in _LOWER_WORDS.findall(mapped.lower()) if w not in stop)


def met_share(checks: tuple[RequirementCheck, ...]) -> float | None:
    """Met / (met + not met), a nice-to-have counting NICE_TO_HAVE_FACTOR of a required one;
    None when nothing could be checked."""
    met = checkable = 0.0
    for check in checks:
        if check.status not in ("met", "not_met"):
            continue
        weight = NICE_TO_HAVE_FACTOR if check.level == "nice" else 1.0
        checkable += weight
        if check.status == "met":
            met += weight
    return round(met / checkable, 4) if checkable else None
