"""Hard requirements: what a JD asks beyond skills (years, education, languages, licences,
place, terms), the candidate's record read from a CV, and each requirement checked against it.

The words live in data/requirements.json; every pattern is compiled once, on first use.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from jdmatch.model import Document, Experience, Line
from jdmatch.morph import stems
from jdmatch.parse import requirement_words
from jdmatch.settings import NICE_TO_HAVE_FACTOR
from jdmatch.skills import Mention, requirement_level

#: The kinds of requirement, in the order the report lists them.
KINDS = (
    "experience",
    "education",
    "field_of_study",
    "language",
    "licence",
    "certification",
    "location",
    "relocation",
    "travel",
    "employment_type",
    "work_arrangement",
    "age",
    "gender",
    "marital_status",
)
#: Kinds shown for information only: never met or missed, never scored. Age, gender and
#: marital status are personal; the employment type and the work arrangement are terms of the
#: offer, not a fit.
INFO_KINDS = frozenset({"employment_type", "work_arrangement", "age", "gender", "marital_status"})
#: Terms that say where and when the work is done, not the kind of employment.
_WORK_ARRANGEMENTS = frozenset({"remote", "hybrid", "on_site", "shift"})
#: What a check can say.
STATUSES = ("met", "not_met", "unknown", "info")
#: JD sections read for requirements (the benefits say what the company gives, not asks).
_SKIP_JD_SECTIONS = frozenset({"benefits"})
#: CV sections whose jobs count towards the total years (projects and organisations do not,
#: though a skill used in them still earns their years).
_WORK_SECTIONS = frozenset({"experience"})
#: A job whose dates give only years ("2018 - 2020") is taken to start and end mid-year, so
#: that it lasts the difference of the years; one within a single year lasts this many months.
_SAME_YEAR_MONTHS = 6
#: A line with more words than this describes the company or the work; the terms of a job
#: stand in short lines ("Full-time", "Status: kontrak").
_MAX_TERMS_WORDS = 30
#: Most words in a field of study or of experience ("Computer Science", "data analyst").
_MAX_FIELD_WORDS = 10


@dataclass(frozen=True)
class Job:
    """One entry of a CV's experience with its dates read: its span in months and years."""

    experience: Experience
    line: Line  # its first line in the CV
    start: float | None  # months since year 0 (year * 12 + month - 1), None when unreadable
    end: float | None
    years: float | None
    skill_ids: frozenset[str] = frozenset()  # the skills its lines name


@dataclass(frozen=True)
class Education:
    """A degree or school level read from a CV line, with its field of study."""

    level: str  # a key of education_levels in data/requirements.json: "bachelor", "d3"…
    rank: int
    field: str | None  # as written: "Teknik Informatika", "Commerce"
    line: Line


@dataclass(frozen=True)
class LanguageSkill:
    """A language the CV names and how well, when it says."""

    skill_id: str
    name: str
    level: str | None  # "basic", "intermediate", "fluent", "native"
    line: Line | None  # None when known only from the language the CV is written in


@dataclass(frozen=True)
class CandidateRecord:
    """What a CV says of its candidate: jobs and years, education and languages."""

    reference: str  # "2025-03": the month that "Present" stands for
    jobs: tuple[Job, ...]
    total_years: float | None  # overlapping jobs counted once; None when nothing is dated
    total_source: str  # "jobs", "statement" (the summary's "5+ years of…") or "none"
    statement: Line | None
    skill_years: tuple[tuple[str, float], ...]  # skill id and its years, most first
    education: Education | None  # the highest
    languages: tuple[LanguageSkill, ...]

    def years_with(self, skill_ids: tuple[str, ...]) -> float:
        """Years in jobs that name any of these skills, overlaps counted once."""
        spans = [
            (job.start, job.end)
            for job in self.jobs
            if job.start is not None
            and job.end is not None
            and job.experience.section in _WORK_SECTIONS
            and job.skill_ids & set(skill_ids)
        ]
        return total_years(spans)


@dataclass(frozen=True)
class HardRequirement:
    """One hard requirement read from a JD line."""

    kind: str  # one of KINDS
    line: Line
    wanted: str  # language-neutral: "3" (years), "bachelor", "fluent", a skill id, "max:30"
    subject: str | None = None  # what it is about, as written: "Python", "Akuntansi", "English"
    skills: tuple[str, ...] = ()  # skill ids it names (experience in a field, a licence)
    level: str = "required"  # or "nice"
    related_ok: bool = False  # field of study: "or related field", "atau sederajat"
    family: str = ""  # a licence's or certificate's family in the taxonomy
    field_of_work: bool = False  # years "as a data analyst", "di bidang gudang", not "of Python"


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


# -- the words, compiled once -----------------------------------------------------------------


def _alternation(phrases: Any) -> str:
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _alternation_nocase(phrases: Any) -> str:
    """The same alternation for a case-insensitive pattern, one branch per first letter.

    Python's re tries every alternative at every position of a text; grouped, it passes over
    most of them at once (2x on the education levels). The matches are the same: at one
    position only one first letter's group can match (ASCII letters and digits, compared
    without case), and a group keeps the order of its phrases. Phrases that start with any
    other character keep the flat form.
    """
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        first = phrase[0].lower()
        if not (first.isascii() and first.isalnum()):
            return _alternation(phrases)
        groups.setdefault(first, []).append(re.escape(phrase[1:]).replace(r"\ ", r"\s+"))
    return "|".join(
        first + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in groups.items()
    )


def _phrases(phrases: Any, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    alternation = _alternation_nocase(phrases) if flags & re.IGNORECASE else _alternation(phrases)
    return re.compile(rf"(?<![\w]){alternation.join(('(?:', ')'))}(?![\w])", flags)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


class _Patterns:
    """Every regular expression of this module, built from data/requirements.json."""

    def __init__(self) -> None:
        words = requirement_words()
        self.number_words: dict[str, int] = words["number_words"]
        number = rf"\d{{1,2}}(?:[.,]5)?|{_alternation_nocase(self.number_words)}"
        self.quantity = re.compile(
            rf"(?<![\d,])(?<!\d\.)(?P<n>{number})(?:\s*\(\d{{1,2}}\))?\s*(?:(?P<plus>\+)|\s*(?:-|–|to|s/d|sampai|hingga|"
            rf"atau|or)\s*(?P<n2>{number}))?\s*(?P<plus2>\+)?\s*"
            r"(?P<unit>years?|yrs?|tahun|thn|th|months?|bulan|bln)\b(?:['’]s?)?",
            re.IGNORECASE,
        )
        self.experience_cue = re.compile(
            r"\b(?:experience[ds]?|pengalaman|berpengalaman|track\s+record)\b", re.IGNORECASE
        )
        self.not_experience = re.compile(
            r"\b(?:usia|umur|age|aged|berusia|kontrak|contract|garansi|warranty|masa|periode|"
            r"period|established|berdiri|since|sejak|founded|history|over the past|ipk|gpa)\W*"
            r"(?:\w+\W+){0,2}$",
            re.IGNORECASE,
        )
        self.old_after = re.compile(r"^\s*(?:old|ke\s+atas|keatas)\b", re.IGNORECASE)
        self.field_lead = re.compile(
            r"^\s*(?:of\s+)?(?:(?:relevant|professional|proven|hands-on|working|work|industry|"
            r"related|progressive|full-time|practical|solid|commercial|strong|direct|recent|"
            r"kerja|bekerja)\s+)*(?:(?:experience[ds]?|pengalaman(?:\s+kerja)?)\s+)?"
            r"(?:(?:as|in|with|using|on|of|at|within|sebagai|di|dalam|pada|menggunakan)\s+)"
            r"(?:(?:bidang|posisi|industri|the|a|an|yang)\s+)?",
            re.IGNORECASE,
        )
        self.field_lead_before = re.compile(
            r"^\s*(?:kerja\s+)?(?:as|in|with|sebagai|di|dalam|pada)\s+"
            r"(?:(?:bidang|posisi|industri|the|a|an)\s+)?",
            re.IGNORECASE,
        )
        self.qualifier_tail = re.compile(
            r"\s*(?:,|minimal|min\.?|minimum|sekurang-kurangnya|paling\s+sedikit|at\s+least|"
            r"of\s+at\s+least|selama|lebih\s+dari|more\s+than|of|for|over|>)*\s*$",
            re.IGNORECASE,
        )
        self.field_stop = re.compile(
            r"[.;:()\[\]]|\b(?:ideally|preferably|preferred|diutamakan|lebih\s+disukai|terutama|"
            r"khususnya|utamanya|preferensi|namun|tetapi|but|however|"
            r"especially|particularly|is\s+a\s+plus|a\s+plus|nilai\s+plus|menjadi|is\s+required|"
            r"required|with\s+a\s+(?:proven|strong)|where|which|who|yang\s+(?:mampu|memiliki)|"
            r"dengan|minimal|min|at\s+least|and\s+(?:a|an|the|strong|good)|including|termasuk|"
            r"such\s+as|seperti|e\.g|dari)\b",
            re.IGNORECASE,
        )
        self.generic_field = _phrases(words["generic_field"])
        self.fresh = _phrases(words["fresh_graduate"])
        self.fresh_welcome = _phrases(words["fresh_graduate_welcome"])
        self.negation = re.compile(r"\b(?:bukan|not|tidak\s+menerima|no)\s*$", re.IGNORECASE)
        # Education levels: abbreviations in their own case, words in any case.
        self.level_of: dict[str, str] = {}
        self.rank: dict[str, int] = {}
        exact: list[str] = []
        loose: list[str] = []
        for level, spec in words["education_levels"].items():
            if level.startswith("_"):
                continue
            self.rank[level] = spec["rank"]
            for form in spec["exact"]:
                self.level_of[form] = level
                exact.append(form)
            for form in spec["words"]:
                self.level_of[_key(form)] = level
                loose.append(form)
        self.level = re.compile(
            rf"(?<![\w.])(?:(?P<exact>{_alternation(exact)})|(?i:(?P<word>{_alternation_nocase(loose)})))"
            r"(?![\w])"
        )
        self.education_cue = _phrases(words["education_cues"])
        self.any_field = _phrases(words["any_field"])
        self.related_field = _phrases(words["related_field"])
        self.field_label = re.compile(
            r"\b(?:jurusan|major(?:ing)?\s+in|majoring|major|program\s+studi|prodi|bidang\s+studi|"
            r"konsentrasi|peminatan)\s*:?\s*",
            re.IGNORECASE,
        )
        self.field_cut = re.compile(
            r"[,;|•·@–—\[\]]|\s-\s|(?<!\w)(?:19|20)\d{2}(?!\d)|\b(?:universitas|university|"
            r"universiti|institut|institute|politeknik|polytechnic|sekolah|akademi|academy|school|"
            r"college|stie|stmik|gpa|ipk|cum\s+laude|lulus|graduated|dengan|with|from|dari|at|"
            r"minimal|min|diutamakan|preferably|preferred|is\s+required|required)\b",
            re.IGNORECASE,
        )
        self.degree_filler = re.compile(
            r"^(?:\W|\b(?:degree|'s\s+degree|’s\s+degree|of|in|jurusan|bidang|program\s+studi|"
            r"prodi|majoring|major|s\.?\w{0,4}\.?\s*(?=\())\b)+",
            re.IGNORECASE,
        )
        self.field_split = re.compile(r"\s*(?:,|/|&|\bor\b|\batau\b|\band\b|\bdan\b)\s*", re.I)
        synonyms = {k: v for k, v in words["field_synonyms"].items() if not k.startswith("_")}
        self.synonyms = {_key(k): v for k, v in synonyms.items()}
        self.synonym = _phrases(synonyms)
        # Languages.
        self.language_level_of: dict[str, str] = {}
        self.language_rank: dict[str, int] = {}
        for level, spec in words["language_levels"].items():
            if level.startswith("_"):
                continue
            self.language_rank[level] = spec["rank"]
            for form in spec["words"]:
                self.language_level_of[_key(form)] = level
        self.language_level = _phrases(self.language_level_of)
        # Place and terms.
        labels = words["location_labels"]
        self.location = re.compile(
            rf"(?i:\b(?:(?:{_alternation(labels['colon'])})\s*[:\-–]"
            rf"|(?:{_alternation(labels['direct'])})\s*[:\-–]?))\s*(?:(?i:di|in|at)\s+)?"
            r"(?P<place>[^.;|()\n]{2,60})"
        )
        self.location_stop = frozenset(w.lower() for w in words["location_stopwords"])
        self.relocation = _phrases(words["relocation"])
        self.travel = _phrases(words["travel"])
        self.willing = re.compile(
            r"\b(?:willing|bersedia|siap|ready|able|open|available)\b\W+(?:\w+\W+){0,3}?"
            r"(?P<what>relocat\w*|ditempatkan|dimutasi|pindah|dipindahkan|travel\w*|dinas|"
            r"perjalanan|luar\s+kota|bepergian)",
            re.IGNORECASE,
        )
        # One pattern for every employment type; the words found say which type and whether
        # they need a context ("contract" alone may be contract management).
        self.employment_of: dict[str, tuple[str, bool]] = {}
        for kind, spec in words["employment_types"].items():
            if kind.startswith("_"):
                continue
            for form in spec["plain"]:
                self.employment_of[_key(form)] = (kind, False)
            for form in spec["context"]:
                self.employment_of.setdefault(_key(form), (kind, True))
        self.employment = _phrases(self.employment_of)
        ctx = words["employment_context"]
        self.employment_before = re.compile(
            rf"(?i:\b(?:{_alternation(ctx['before'])}))\W*(?:\w+\W+)?$"
        )
        self.employment_after = re.compile(rf"^\W*(?i:(?:{_alternation(ctx['after'])})\b|\d)")
        self.age = re.compile(
            r"\b(?:usia|umur|age|aged|berusia)\s*(?:(?P<cap>maks(?:imal|imum)?\.?|max(?:imum|imal)?"
            r"\.?|tidak\s+lebih\s+dari|not\s+more\s+than|di\s*bawah|under|below|up\s+to|"
            r"sampai|hingga)|(?P<floor>min(?:imal|imum)?\.?|at\s+least|di\s*atas|above|over)|"
            r"(?:antara|between|range|:|-))?\s*(?P<a>\d{2})(?:\s*(?:-|–|s/d|sampai|to|and|dan|"
            r"hingga)\s*(?P<b>\d{2}))?\s*(?:tahun|thn|th|years?|y\.?o\.?)?",
            re.IGNORECASE,
        )
        self.age_after = re.compile(
            r"\b(?P<cap>max(?:imum)?\.?|maks(?:imal)?\.?)\s*(?P<a>\d{2})\s*(?:tahun|years?)"
            r"\s*(?:old)?\b",
            re.IGNORECASE,
        )
        gender = words["gender"]
        self.gender_any = _phrases(gender["any"])
        self.gender_male = _phrases(gender["male"])
        self.gender_female = _phrases(gender["female"])
        # Outside a requirements list, "pria" or "wanita" is a requirement only when said so.
        self.gender_cue = re.compile(
            r"\b(?:khusus|only|hanya|jenis\s+kelamin|gender|sex|diutamakan|preferably)\b",
            re.IGNORECASE,
        )
        self.gender_neutral = re.compile(
            r"\b(?:equal|regardless|tanpa\s+memandang|tanpa\s+membedakan|setara|diversity|"
            r"inclusive|inklusif)\b",
            re.IGNORECASE,
        )
        marital = words["marital"]
        self.unmarried = _phrases([w for w in marital["unmarried"] if w != "single"])
        self.married = _phrases(marital["married"])
        self.single = re.compile(r"\bsingle\b", re.IGNORECASE)
        self.status_word = re.compile(r"\b(?:status|marital)\b", re.IGNORECASE)
        # The first words of each family's phrases: a line without one of them is not
        # searched for that family at all (most lines of a posting are about the work).
        self.first = {
            "employment": _first_tokens(self.employment_of),
            "location": _first_tokens([*labels["colon"], *labels["direct"]]),
            "fresh": _first_tokens(words["fresh_graduate"]),
            "level": frozenset(
                t.replace(".", "")
                for form in self.level_of
                for t in _TOKEN.findall(form.lower())
                if t not in _COMMON_TOKENS
            ),
            "relocation": _first_tokens(words["relocation"]) | _first_tokens(words["travel"]),
            "personal": _first_tokens(
                [
                    *gender["any"],
                    *gender["male"],
                    *gender["female"],
                    *marital["unmarried"],
                    *marital["married"],
                    *("usia", "umur", "age", "aged", "berusia", "max", "maks", "maksimal"),
                ]
            ),
            "number": frozenset(self.number_words),
        }


# Words for the quick test, dots inside kept together and then dropped ("A.Md" is "amd").
_TOKEN = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")


#: Words of the education levels' names too common to pick a line out ("S-1" and "D 3" are
#: caught by their digit instead).
_COMMON_TOKENS = frozenset(
    [
        "a",
        "be",
        "s",
        "d",
        "of",
        "in",
        "the",
        "program",
        "university",
        "college",
        "high",
        "senior",
        "junior",
        "post",
        "four",
        "applied",
        "associate",
        "sekolah",
        "school",
        "year",
        "1",
        "2",
        "3",
        "4",
        "i",
        "ii",
        "iii",
        "iv",
        "satu",
        "dua",
        "tiga",
        "empat",
    ]
)


def _tokens(text: str) -> set[str]:
    # Dropping every dot first is quicker, and joins "A.Md" as _TOKEN does for the phrases.
    return set(_PLAIN_TOKEN.findall(text.lower().replace(".", "")))


_PLAIN_TOKEN = re.compile(r"[^\W_]+")


def _first_tokens(phrases: Any) -> frozenset[str]:
    firsts = (_TOKEN.findall(p.lower()) for p in phrases)
    return frozenset(words[0].replace(".", "") for words in firsts if words)


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """The compiled patterns, built once."""
    return _Patterns()


# -- reading the JD ---------------------------------------------------------------------------


def read_hard_requirements(jd: Document, mentions: list[Mention]) -> tuple[HardRequirement, ...]:
    """The hard requirements a JD states, in the order of its lines."""
    p = patterns()
    by_line: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.line is not None:
            by_line[mention.line].append(mention)
    found: list[HardRequirement] = []
    fresh_ok = False
    employment_seen: set[str] = set()
    places_seen: set[frozenset[str]] = set()
    first = p.first
    for line in jd.lines:
        if line.heading or line.section in _SKIP_JD_SECTIONS:
            continue
        text = line.text
        tokens = _tokens(text)
        if tokens & first["employment"] and len(tokens) <= _MAX_TERMS_WORDS:
            for kind in _employment_types(text, p):
                if kind not in employment_seen:
                    employment_seen.add(kind)
                    terms = "work_arrangement" if kind in _WORK_ARRANGEMENTS else "employment_type"
                    found.append(HardRequirement(terms, line, kind))
        place = _location(text, p) if tokens & first["location"] else None
        if place and frozenset(w.lower() for w in place[1]) not in places_seen:
            places_seen.add(frozenset(w.lower() for w in place[1]))
            found.append(HardRequirement("location", line, " ".join(place[1]), subject=place[0]))
        if tokens & first["fresh"] and _fresh_graduate(text, p):
            fresh_ok = True
            found.append(HardRequirement("experience", line, "0"))
        elif tokens & first["number"] or _DIGIT.search(text):
            years = _experience(jd, line, by_line.get(line.number, []), p)
            if years is not None:
                found.append(years)
        if tokens & first["level"] or (tokens & {"s", "d"} and _DIGIT.search(text)):
            found.extend(_jd_education(line, p))
        if tokens & first["relocation"]:
            if p.relocation.search(text):
                found.append(HardRequirement("relocation", line, "yes", level=_level(line, text)))
            elif p.travel.search(text):
                found.append(HardRequirement("travel", line, "yes", level=_level(line, text)))
        if tokens & first["personal"]:
            found.extend(_personal(line, p))
    found.extend(_skill_requirements(jd, mentions))
    if fresh_ok:
        # "Fresh graduates welcome": a number of years elsewhere in the posting is a wish.
        found = [
            replace(r, level="nice")
            if r.kind == "experience" and r.wanted != "0" and not r.skills
            else r
            for r in found
        ]
    order = {kind: i for i, kind in enumerate(KINDS)}
    found.sort(key=lambda r: (order[r.kind], r.line.number))
    return tuple(found)


def _level(line: Line, text: str) -> str:
    return requirement_level(text, line.section)[0]


def _number(text: str, p: _Patterns) -> float:
    key = text.lower()
    if key in p.number_words:
        return float(p.number_words[key])
    return float(key.replace(",", "."))


def _fresh_graduate(text: str, p: _Patterns) -> bool:
    found = p.fresh.search(text)
    if found is None or p.negation.search(text[: found.start()]):
        return False
    phrase = _key(found.group(0))
    if not phrase.startswith(("fresh", "lulusan baru", "new grad")):
        return True  # "tanpa pengalaman", "no experience required"
    return bool(p.fresh_welcome.search(text)) or len(text.split()) <= 4


def _experience(
    jd: Document, line: Line, mentions: list[Mention], p: _Patterns
) -> HardRequirement | None:
    text = line.text
    cue = p.experience_cue.search(text)
    for quantity in p.quantity.finditer(text):
        before, after = text[: quantity.start()], text[quantity.end() :]
        if p.not_experience.search(before) or p.old_after.match(after):
            continue
        lead = p.field_lead.match(after)
        if cue is None and lead is None:
            continue  # "3 years" with neither "experience" nor "of Python" is no requirement
        years = _number(quantity.group("n"), p)
        if quantity.group("unit").lower().startswith(("month", "bulan", "bln")):
            years = round(years / 12, 2)
        field_start = field_end = None
        if lead is not None and not (cue and cue.start() > quantity.end() + lead.end()):
            field_start = quantity.end() + lead.end()
            stop = p.field_stop.search(text, field_start)
            field_end = stop.start() if stop else len(text)
        elif cue is not None and cue.end() <= quantity.start():
            # "Pengalaman kerja di bidang accounting minimal 2 tahun": the field comes first.
            between = text[cue.end() : quantity.start()]
            lead_before = p.field_lead_before.match(between)
            if lead_before:
                tail = p.qualifier_tail.search(between)
                field_start = cue.end() + lead_before.end()
                field_end = cue.end() + (tail.start() if tail else len(between))
        subject = None
        skills: tuple[str, ...] = ()
        field_of_work = False
        if field_start is not None and field_end is not None and field_end > field_start:
            subject = text[field_start:field_end].strip(" ,-–")
            if (
                not subject
                or p.generic_field.fullmatch(subject)
                or p.generic_field.match(subject)
                or len(subject.split()) > _MAX_FIELD_WORDS
            ):
                subject = None
            else:
                low, high = line.start + field_start, line.start + field_end
                ids: list[str] = []
                domains = True
                for mention in mentions:
                    if low <= mention.start < high and mention.skill.id not in ids:
                        ids.append(mention.skill.id)
                        domains = domains and mention.skill.category == "domain"
                skills = tuple(ids)
                # A role or a line of work, which a job's title or duties name, rather than
                # a tool a CV may list only among its skills.
                field_of_work = domains or bool(_ROLE_LEAD.search(text[:field_start]))
        cut = field_end if field_end is not None else quantity.end()
        level = _level(line, text[: max(cut, quantity.end())])
        return HardRequirement(
            "experience",
            line,
            _fmt_years(years),
            subject=subject,
            skills=skills,
            level=level,
            field_of_work=subject is not None and field_of_work,
        )
    return None


#: Words before a field of experience that make it a role or a line of work.
_ROLE_LEAD = re.compile(
    r"\b(?:as|sebagai|bidang|posisi|industri|industry|field)(?:\s+(?:an?|the|yang|of))?\s*$",
    re.IGNORECASE,
)


def _fmt_years(years: float) -> str:
    return f"{years:g}"


def _jd_education(line: Line, p: _Patterns) -> list[HardRequirement]:
    text = line.text
    levels = list(p.level.finditer(text))
    if not levels:
        return []
    has_cue = bool(p.education_cue.search(text))
    ranked: list[tuple[int, str, re.Match[str]]] = []
    for found in levels:
        level = _level_of(found, p)
        if level is None:
            continue
        # "S3" beside AWS, "BA" in a sentence: an abbreviation needs an education word.
        if (
            found.group("exact")
            and found.group("exact") not in _PLAIN_LEVELS
            and not p.education_cue.search(
                text, max(0, found.start() - _CUE_REACH), found.end() + _CUE_REACH
            )
        ):
            continue
        # "SMK Prakarya … berkedudukan di Bandung": a school as the employer, not a level
        # asked for; a level is asked in a requirements list, a short line, or with a cue.
        if not (
            has_cue
            or line.section in ("requirements", "nice_to_have")
            or found.start() <= 2
            or len(text.split()) <= 8
        ):
            continue
        ranked.append((p.rank[level], level, found))
    if not ranked:
        return []
    _, level, _ = min(ranked, key=lambda item: item[0])
    last = max(ranked, key=lambda item: item[2].end())[2]
    requirement_level_ = _level(line, text)
    result = [HardRequirement("education", line, level, level=requirement_level_)]
    fields, related_ok, any_field = _jd_fields(text, last.end(), p)
    if fields and not any_field:
        result.append(
            HardRequirement(
                "field_of_study",
                line,
                "; ".join(fields),
                subject=", ".join(fields),
                level=requirement_level_,
                related_ok=related_ok,
            )
        )
    return result


#: How near an education word must stand to an abbreviation that has other meanings.
_CUE_REACH = 40
#: Abbreviations that mean a school level wherever they stand in a JD line.
_PLAIN_LEVELS = frozenset({"S1", "S2", "D3", "D4", "SMA", "SMK", "STM", "SMU", "SLTA", "D-3"})


def _level_of(found: re.Match[str], p: _Patterns) -> str | None:
    if found.group("exact"):
        return p.level_of.get(" ".join(found.group("exact").split()))
    return p.level_of.get(_key(found.group("word")))


_FIELDS_END = re.compile(
    r"[.;]|\b(?:dengan|with|ipk|gpa|from|dari|minimal|min|preferably|diutamakan|lebih\s+"
    r"disukai|lebih|is\s+required|required|yang\s+memiliki|who|and\s+at\s+least|namun|"
    r"tetapi|but|however|khususnya|terutama|"
    r"usia|umur|age|pengalaman|experience|berpengalaman)\b",
    re.IGNORECASE,
)
_VAGUE_FIELD = re.compile(
    r"\b(?:related|relevant|terkait|berkaitan|berhubungan|relevan|sejenis|lainnya|others?|"
    r"similar|equivalent|setara|sederajat|sejenisnya)\b",
    re.IGNORECASE,
)
_FIELD_LEAD = re.compile(r"^(?:in|of|jurusan|bidang)\s+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"[A-Z][\w\-]+")
_WITHIN = re.compile(r"\bin\s+(?=[A-Z])")
_LETTER = re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"[\w\-]+")
_LOWER_WORDS = re.compile(r"[a-z]+")


def _jd_fields(text: str, after: int, p: _Patterns) -> tuple[list[str], bool, bool]:
    label = p.field_label.search(text)
    start = label.end() if label else after
    rest = text[start:].replace("(", ",").replace(")", ",")
    rest = p.degree_filler.sub("", rest)
    related_ok = bool(p.related_field.search(rest))
    any_field = bool(p.any_field.search(text))
    stop = _FIELDS_END.search(rest)
    rest = rest[: stop.start()] if stop else rest
    fields: list[str] = []
    for part in p.field_split.split(rest):
        part = p.related_field.sub("", part).strip(" ,-–:")
        part = _FIELD_LEAD.sub("", part)
        if _VAGUE_FIELD.search(part):
            related_ok = True  # "a related technical field", "bidang terkait lainnya"
            continue
        if (
            not part
            or len(part.split()) > 4
            or len(part) < 3
            or _DIGIT.search(part)
            or p.level.fullmatch(part)
            or part.lower() in {"field", "fields", "yang", "bidang", "jurusan", "lain", "sesuai"}
        ):
            continue
        fields.append(part)
    return fields, related_ok, any_field


def _employment_types(text: str, p: _Patterns) -> list[str]:
    kinds: list[str] = []
    for found in p.employment.finditer(text):
        kind, needs_context = p.employment_of[_key(found.group(0))]
        if kind in kinds:
            continue
        before, after = text[: found.start()], text[found.end() :]
        if (
            not needs_context
            or len(text.split()) <= 6
            or before.rstrip().endswith(("(", "|", "/", ":"))
            or after.lstrip().startswith((")", "|", "/"))
            or p.employment_before.search(before)
            or p.employment_after.match(after)
        ):
            kinds.append(kind)
    return kinds


def _location(text: str, p: _Patterns) -> tuple[str, list[str]] | None:
    found = p.location.search(text)
    if found is None or p.relocation.search(text):
        return None
    place = found.group("place").strip(" :-–,")
    capital = _CAPITALISED.search(place)
    place = place[capital.start() :] if capital else place  # "kerja : Tigaraksa" → "Tigaraksa"
    words = [
        w for w in _CAPITALISED.findall(place) if w.lower() not in p.location_stop and len(w) >= 3
    ]
    if not words or len(words) > _MAX_PLACE_WORDS:
        return None  # none, or a run of glued-together text rather than a place
    return place, words


#: Most capitalised words in a place of work ("Jakarta Selatan", "Graha Raya Bintaro").
_MAX_PLACE_WORDS = 5


def _personal(line: Line, p: _Patterns) -> list[HardRequirement]:
    text = line.text
    result: list[HardRequirement] = []
    age = p.age.search(text) or p.age_after.search(text)
    if age is not None:
        a = int(age.group("a"))
        b = age.groupdict().get("b")
        if b:
            wanted = f"range:{a}-{int(b)}"
        elif age.groupdict().get("floor"):
            wanted = f"min:{a}"
        else:
            wanted = f"max:{a}"
        if 15 <= a <= 65:
            result.append(HardRequirement("age", line, wanted))
    gender = None
    if not p.gender_neutral.search(text) and (
        line.section in ("requirements", "nice_to_have")
        or len(text.split()) <= 8
        or p.gender_cue.search(text)
    ):
        if p.gender_any.search(text):
            gender = "any"
        else:
            male, female = p.gender_male.search(text), p.gender_female.search(text)
            if male and female:
                gender = "any"
            elif male or female:
                gender = "male" if male else "female"
    if gender is not None:
        result.append(HardRequirement("gender", line, gender))
    marital = None
    if p.gender_neutral.search(text):
        pass  # "regardless of … marital status": an equal-opportunity statement
    elif p.unmarried.search(text):
        marital = "unmarried"
    elif p.married.search(text) and (p.status_word.search(text) or age or gender):
        marital = "married"
    elif p.single.search(text) and (p.status_word.search(text) or age or gender):
        marital = "unmarried"
    if marital is not None:
        result.append(HardRequirement("marital_status", line, marital))
    return result


def _skill_requirements(jd: Document, mentions: list[Mention]) -> list[HardRequirement]:
    """Languages, licences and certifications: the taxonomy's skills of those categories."""
    p = patterns()
    result: list[HardRequirement] = []
    seen: set[str] = set()
    for i, mention in enumerate(mentions):
        category = mention.skill.category
        if category not in ("language", "licence", "certification") or mention.line is None:
            continue
        if mention.skill.id in seen:
            continue
        seen.add(mention.skill.id)
        line = jd.lines[mention.line - 1]
        level = mention.level or "required"
        if category == "language":
            if p.level.search(line.text) and p.education_cue.search(line.text):
                continue  # "Bachelor Degree in English": a field of study, not a language
            wanted = _language_level(line, mention, mentions[i + 1 :], p) or ""
            if not wanted and not _asks(line):
                continue  # a language named in a paragraph about the company
            result.append(
                HardRequirement(
                    "language",
                    line,
                    wanted,
                    subject=mention.skill.name,
                    skills=(mention.skill.id,),
                    level=level,
                )
            )
        else:
            result.append(
                HardRequirement(
                    category,
                    line,
                    mention.skill.id,
                    subject=mention.skill.name,
                    skills=(mention.skill.id,),
                    level=level,
                    family=mention.skill.family,
                )
            )
    return result


#: A line this long that is not in a requirements list is a paragraph about the company or
#: the work; a language named there is asked for only with a level ("fluent English").
_MAX_ASKING_WORDS = 25


def _asks(line: Line) -> bool:
    return (
        line.section in ("requirements", "nice_to_have")
        or len(line.text.split()) <= _MAX_ASKING_WORDS
    )


def _language_level(
    line: Line, mention: Mention, following: list[Mention], p: _Patterns
) -> str | None:
    """How well a language is wanted or spoken: the level words from just before the
    language's name to the next language on the line."""
    start = max(0, mention.start - line.start - 25)
    end = line.end - line.start
    for other in following:
        if other.line != mention.line:
            break
        if other.skill.category == "language" and other.skill.id != mention.skill.id:
            end = other.start - line.start
            break
    window = line.text[start:end]
    # Only the words before the language that belong to it ("fluent in English"), not the
    # previous language's level ("Indonesian native, English"): cut at a comma or "and".
    head = mention.start - line.start - start
    cut = max(window.rfind(",", 0, head), window.rfind(";", 0, head))
    if cut >= 0:
        window = window[cut + 1 :]
    best = None
    for found in p.language_level.finditer(window):
        level = p.language_level_of.get(_key(found.group(0)))
        if level and (best is None or p.language_rank[level] > p.language_rank[best]):
            best = level
    return best


# -- reading the CV ---------------------------------------------------------------------------


def reference_month(today: date) -> float:
    """A date as months since year 0, with the days gone in its month as a fraction."""
    days = calendar.monthrange(today.year, today.month)[1]
    return today.year * 12 + today.month - 1 + (today.day - 1) / days


def _month_index(value: str, *, is_end: bool) -> tuple[float, bool]:
    if len(value) == 4:
        return int(value) * 12 + 6, True  # a year alone: mid-year
    year, month = value.split("-")
    # A month written as the end is worked through: "Jan 2019 - Jun 2019" is six months.
    return int(year) * 12 + int(month) - (0 if is_end else 1), False


def job_span(experience: Experience, now: float) -> tuple[float, float] | None:
    """A job's start and end in months since year 0; None when its dates cannot be read."""
    if experience.start_date is None:
        return None
    start, start_year_only = _month_index(experience.start_date, is_end=False)
    if experience.ongoing:
        end, end_year_only = now, False
    elif experience.end_date is None:
        return None
    else:
        end, end_year_only = _month_index(experience.end_date, is_end=True)
    if start_year_only and end_year_only and start == end:
        start, end = start - _SAME_YEAR_MONTHS / 2, end + _SAME_YEAR_MONTHS / 2
    end = min(end, now)
    if end <= start:
        return None
    return start, end


def _merged_months(spans: list[tuple[float, float]]) -> float:
    total = 0.0
    current_start = current_end = None
    for start, end in sorted(spans):
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start
    return total


def total_years(spans: list[tuple[float, float]]) -> float:
    """Years covered by these spans (months since year 0), overlaps counted once."""
    return round(_merged_months(spans) / 12, 1)


def read_candidate(cv: Document, mentions: list[Mention], *, today: date) -> CandidateRecord:
    """What a CV says of its candidate: jobs and years (per skill too), education, languages."""
    p = patterns()
    now = reference_month(today)
    by_line: dict[int, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.line is not None:
            by_line[mention.line].add(mention.skill.id)
            by_line[mention.line].update(mention.skill.implies)
    jobs: list[Job] = []
    for experience in cv.experiences:
        span = job_span(experience, now)
        ids: set[str] = set()
        for number in range(experience.first_line, experience.last_line + 1):
            ids |= by_line.get(number, set())
        years = round((span[1] - span[0]) / 12, 1) if span else None
        jobs.append(
            Job(
                experience,
                cv.lines[experience.first_line - 1],
                span[0] if span else None,
                span[1] if span else None,
                years,
                frozenset(ids),
            )
        )
    work_spans = [
        (j.start, j.end)
        for j in jobs
        if j.start is not None and j.end is not None and j.experience.section in _WORK_SECTIONS
    ]
    skill_spans: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for job in jobs:
        if (
            job.start is not None
            and job.end is not None
            and job.experience.section in _WORK_SECTIONS
        ):
            for skill_id in job.skill_ids:
                skill_spans[skill_id].append((job.start, job.end))
    skill_years = {s: total_years(spans) for s, spans in skill_spans.items()}
    total: float | None = total_years(work_spans) if work_spans else None
    source = "jobs" if work_spans else "none"
    statement = None
    if total is None:
        found = _stated_years(cv, p)
        if found is not None:
            total, statement = found
            source = "statement"
            for skill_id in by_line.get(statement.number, ()):
                skill_years.setdefault(skill_id, total)
    ordered = tuple(sorted(skill_years.items(), key=lambda item: (-item[1], item[0])))
    year = int(now // 12)
    return CandidateRecord(
        reference=f"{year}-{int(now - year * 12) + 1:02d}",
        jobs=tuple(jobs),
        total_years=total,
        total_source=source,
        statement=statement,
        skill_years=ordered,
        education=_cv_education(cv, p),
        languages=_cv_languages(cv, mentions, p),
    )


def _stated_years(cv: Document, p: _Patterns) -> tuple[float, Line] | None:
    """ "5+ years of experience", "pengalaman lebih dari 3 tahun" in the summary or header."""
    for line in cv.lines:
        if line.section not in ("summary", "header", "other") or line.heading:
            continue
        if not p.experience_cue.search(line.text):
            continue
        for quantity in p.quantity.finditer(line.text):
            if p.not_experience.search(line.text[: quantity.start()]):
                continue
            years = _number(quantity.group("n"), p)
            if quantity.group("unit").lower().startswith(("month", "bulan", "bln")):
                years /= 12
            return round(years, 1), line
    return None


def _cv_education(cv: Document, p: _Patterns) -> Education | None:
    lines = [line for line in cv.lines if line.section == "education" and not line.heading]
    if not lines:
        lines = [
            line
            for line in cv.lines
            if line.section not in ("experience", "projects", "skills") and not line.heading
        ]
    best: Education | None = None
    for line in lines:
        for found in p.level.finditer(line.text):
            level = _level_of(found, p)
            if level is None:
                continue
            if (
                line.section != "education"
                and not p.education_cue.search(line.text)
                and found.group("exact") not in _PLAIN_LEVELS
            ):
                continue
            rank = p.rank[level]
            if best is None or rank > best.rank:
                best = Education(level, rank, _cv_field(line.text, found, p), line)
    return best


def _cv_field(text: str, found: re.Match[str], p: _Patterns) -> str | None:
    label = p.field_label.search(text)
    if label:
        rest = text[label.end() :]
    else:
        rest = text[found.end() :]
        if rest.lstrip().startswith((",", "|", "–", "—", "- ")):
            return None  # "MBA, Prasetiya Mulya": a school's name follows, not a field
        within = _WITHIN.search(rest)
        if within:
            rest = rest[within.end() :]
        elif p.rank[_level_of(found, p) or "bachelor"] <= 1:
            return None  # "SMA Negeri 1 Bandung": the school's name, not a field
        rest = rest.replace("(", ",").replace(")", ",")
        rest = p.degree_filler.sub("", rest)
    cut = p.field_cut.search(rest)
    field = (rest[: cut.start()] if cut else rest).strip(" .,:-–")
    if not field or len(field.split()) > _MAX_FIELD_WORDS or not _LETTER.search(field):
        return None
    return field


def _cv_languages(cv: Document, mentions: list[Mention], p: _Patterns) -> tuple[LanguageSkill, ...]:
    best: dict[str, LanguageSkill] = {}
    for i, mention in enumerate(mentions):
        if mention.skill.category != "language" or mention.line is None:
            continue
        line = cv.lines[mention.line - 1]
        level = _language_level(line, mention, mentions[i + 1 :], p)
        known = best.get(mention.skill.id)
        if (
            known is None
            or (level and not known.level)
            or (level and known.level and p.language_rank[level] > p.language_rank[known.level])
        ):
            skill = mention.skill
            best[skill.id] = LanguageSkill(skill.id, skill.name, level, line)
    return tuple(best.values())


# -- the comparison ---------------------------------------------------------------------------

#: The language a CV is written in, as a language skill of the taxonomy.
_DOCUMENT_LANGUAGE = {"en": ("english", "English"), "id": ("indonesian", "Indonesian")}


def check_requirements(
    requirements: tuple[HardRequirement, ...],
    record: CandidateRecord,
    cv: Document,
    cv_mentions: list[Mention],
) -> tuple[RequirementCheck, ...]:
    """Each hard requirement checked against the candidate's record: met, not met or unknown."""
    p = patterns()
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
    checks: list[RequirementCheck] = []
    for requirement in requirements:
        found, status, evidence, source = _check(requirement, record, cv, shown, p)
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


def _check(
    requirement: HardRequirement,
    record: CandidateRecord,
    cv: Document,
    shown: dict[str, Line],
    p: _Patterns,
) -> tuple[str | None, str, tuple[Line, ...], str]:
    kind = requirement.kind
    if kind in INFO_KINDS:
        return None, "info", (), ""
    if kind == "experience":
        return _check_experience(requirement, record, cv)
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
    requirement: HardRequirement, record: CandidateRecord, cv: Document
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
        return _fmt_years(total), "met" if total >= wanted else "not_met", evidence, source
    named = _field_jobs(requirement, record, cv)
    years = total_years(
        [(j.start, j.end) for j in named if j.start is not None and j.end is not None]
    )
    if source == "statement":
        years = max((y for s, y in record.skill_years if s in requirement.skills), default=0.0)
    if years >= wanted:
        return _fmt_years(years), "met", _lines_of(named), "skill_jobs"
    if years > 0:
        return _fmt_years(years), "not_met", _lines_of(named), "skill_jobs"
    work = [job for job in record.jobs if job.experience.section in _WORK_SECTIONS]
    all_dated = all(job.start is not None and job.end is not None for job in work)
    if source == "jobs" and all_dated and (total < wanted or requirement.field_of_work):
        # Every job is dated and none names the field: the CV shows no years in it.
        return _fmt_years(total), "not_met", evidence, "no_field_jobs"
    if total < wanted:
        return _fmt_years(total), "not_met", evidence, source
    # A tool no job names ("2+ years of Kubernetes"): the CV does not say how long.
    return _fmt_years(total), "unknown", evidence, source


#: Words of a field of experience that do not name it ("or similar", "di bidang yang sama").
_FIELD_FILLER = frozenset(
    {"a", "an", "the", "of", "in", "as", "at", "di", "ke", "yang", "dan", "atau", "or", "and"}
    | {"with", "similar", "related", "relevant", "equivalent", "sejenis", "terkait", "relevan"}
    | {"setara", "sama", "lain", "lainnya", "other", "others", "etc", "dll", "bidang", "field"}
    | {"industry", "industri", "posisi", "position", "role", "roles", "experience", "pengalaman"}
    | {"kerja", "work"}
)
_FIELD_SPLIT = re.compile(r"[,;/&()]|\s(?:or|and|atau|dan)\s", re.IGNORECASE)


def _word_forms(word: str) -> frozenset[str]:
    """A word and what it may be written as: "analysts" → analyst, "pergudangan" → gudang."""
    forms = {word, word[:-1] if word.endswith("s") and len(word) > 4 else word}
    return frozenset(forms | stems(word))


def _field_jobs(requirement: HardRequirement, record: CandidateRecord, cv: Document) -> list[Job]:
    """The dated jobs that name a field: one of its skills, or all the words of one of its
    alternatives ("Staff Gudang" for "di bidang gudang") in the job's title or lines."""
    alternatives = []
    for part in _FIELD_SPLIT.split(requirement.subject or ""):
        words = [w for w in _LOWER_WORDS.findall(part.lower()) if w not in _FIELD_FILLER]
        if words and all(len(w) >= 3 for w in words):
            alternatives.append([_word_forms(w) for w in words])
    named = []
    for job in record.jobs:
        if job.start is None or job.end is None or job.experience.section not in _WORK_SECTIONS:
            continue
        if job.skill_ids & set(requirement.skills):
            named.append(job)
            continue
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
        for word in _LOWER_WORDS.findall(text):
            forms |= _word_forms(word)
        if any(all(word & forms for word in words) for words in alternatives):
            named.append(job)
    return named


def _lines_of(jobs: list[Job]) -> tuple[Line, ...]:
    ordered = sorted(jobs, key=lambda j: -(j.years or 0))[:_MAX_JOB_LINES]
    return tuple(job.line for job in ordered)


#: CV lines quoted as the evidence of years: the first line of each job.
_MAX_JOB_LINES = 3


def _job_lines(record: CandidateRecord, skills: tuple[str, ...] | None) -> tuple[Line, ...]:
    lines = []
    for job in record.jobs:
        if job.start is None or job.experience.section not in _WORK_SECTIONS:
            continue
        if skills is not None and not (job.skill_ids & set(skills)):
            continue
        lines.append(job)
    ordered = sorted(lines, key=lambda j: -(j.years or 0))[:_MAX_JOB_LINES]
    return tuple(job.line for job in ordered)


def _check_language(
    requirement: HardRequirement, record: CandidateRecord, cv: Document, p: _Patterns
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


def _field_words(text: str, p: _Patterns) -> frozenset[str]:
    """A field of study as English words: "S1 Teknik Informatika" → informatics, engineering,
    computer, science."""
    mapped = p.synonym.sub(lambda m: " " + p.synonyms[_key(m.group(0))] + " ", text)
    stop = {"of", "and", "dan", "the", "in", "ilmu", "jurusan", "program", "studi", "&", "s1"}
    return frozenset(w for w in _LOWER_WORDS.findall(mapped.lower()) if w not in stop)


# -- together ---------------------------------------------------------------------------------


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


def hard_requirements(
    jd: Document,
    cv: Document,
    jd_mentions: list[Mention],
    cv_mentions: list[Mention],
    *,
    today: date | None = None,
) -> tuple[tuple[RequirementCheck, ...], CandidateRecord]:
    """The JD's hard requirements checked against the CV, and the CV's record.

    ``today`` is the month "Present" stands for (default: today's date).
    """
    record = read_candidate(cv, cv_mentions, today=today or date.today())
    requirements = read_hard_requirements(jd, jd_mentions)
    return check_requirements(requirements, record, cv, cv_mentions), record
