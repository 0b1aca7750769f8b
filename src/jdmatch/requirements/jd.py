"""The JD's hard requirements: years, education and field of study, languages, licences and
certificates, place, relocation and travel, terms of employment, and personal ones."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from jdmatch import regexcache
from jdmatch.model import Document, Line
from jdmatch.requirements.patterns import (
    MAX_FIELD_WORDS,
    PLAIN_LEVELS,
    Patterns,
    education_level_of,
    line_tokens,
    patterns,
    phrase_key,
    read_language_level,
    read_number,
)
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
#: JD sections read for requirements (the benefits say what the company gives, not asks).
_SKIP_JD_SECTIONS = frozenset({"benefits"})
#: A line with more words than this describes the company or the work; the terms of a job
#: stand in short lines ("Full-time", "Status: kontrak").
_MAX_TERMS_WORDS = 30


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
        tokens = line_tokens(text)
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
            if p.find_relocation(text):
                found.append(HardRequirement("relocation", line, "yes", level=_level(line, text)))
            elif p.find_travel(text):
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


def _fresh_graduate(text: str, p: Patterns) -> bool:
    found = p.fresh.search(text)
    if found is None or p.negation.search(text[: found.start()]):
        return False
    phrase = phrase_key(found.group(0))
    if not phrase.startswith(("fresh", "lulusan baru", "new grad")):
        return True  # "tanpa pengalaman", "no experience required"
    return bool(p.fresh_welcome.search(text)) or len(text.split()) <= 4


def _experience(
    jd: Document, line: Line, mentions: list[Mention], p: Patterns
) -> HardRequirement | None:
    text = line.text
    cue: re.Match[str] | None = None
    searched = False  # the cue is looked for once a quantity is found: most lines have none
    for quantity in p.quantities(text):
        if not searched:
            cue, searched = p.find_experience_cue(text), True
        before, after = text[: quantity.start()], text[quantity.end() :]
        if p.not_experience.search(before) or p.old_after.match(after):
            continue
        lead = p.field_lead.match(after)
        if cue is None and lead is None:
            continue  # "3 years" with neither "experience" nor "of Python" is no requirement
        years = read_number(quantity.group("n"), p)
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
                or len(subject.split()) > MAX_FIELD_WORDS
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
            format_years(years),
            subject=subject,
            skills=skills,
            level=level,
            field_of_work=subject is not None and field_of_work,
        )
    return None


#: Words before a field of experience that make it a role or a line of work.
_ROLE_LEAD = regexcache.compile(
    r"\b(?:as|sebagai|bidang|posisi|industri|industry|field)(?:\s+(?:an?|the|yang|of))?\s*$",
    re.IGNORECASE,
)


def format_years(years: float) -> str:
    """Years as the language-neutral text of a requirement or a check: "3", "5.2"."""
    return f"{years:g}"


def _jd_education(line: Line, p: Patterns) -> list[HardRequirement]:
    text = line.text
    levels = p.levels(text)
    if not levels:
        return []
    has_cue = bool(p.find_education_cue(text))
    ranked: list[tuple[int, str, re.Match[str]]] = []
    for found in levels:
        level = education_level_of(found, p)
        if level is None:
            continue
        # "S3" beside AWS, "BA" in a sentence: an abbreviation needs an education word.
        if (
            found.group("exact")
            and found.group("exact") not in PLAIN_LEVELS
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


_FIELDS_END = regexcache.compile(
    r"[.;]|\b(?:dengan|with|ipk|gpa|from|dari|minimal|min|preferably|diutamakan|lebih\s+"
    r"disukai|lebih|is\s+required|required|yang\s+memiliki|who|and\s+at\s+least|namun|"
    r"tetapi|but|however|khususnya|terutama|"
    r"usia|umur|age|pengalaman|experience|berpengalaman)\b",
    re.IGNORECASE,
)
_VAGUE_FIELD = regexcache.compile(
    r"\b(?:related|relevant|terkait|berkaitan|berhubungan|relevan|sejenis|lainnya|others?|"
    r"similar|equivalent|setara|sederajat|sejenisnya)\b",
    re.IGNORECASE,
)
_FIELD_LEAD = regexcache.compile(r"^(?:in|of|jurusan|bidang)\s+", re.IGNORECASE)
_DIGIT = regexcache.compile(r"\d")
_CAPITALISED = regexcache.compile(r"[A-Z][\w\-]+")


def _jd_fields(text: str, after: int, p: Patterns) -> tuple[list[str], bool, bool]:
    label = p.find_field_label(text)
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


def _employment_types(text: str, p: Patterns) -> list[str]:
    kinds: list[str] = []
    for found in p.employment.finditer(text):
        kind, needs_context = p.employment_of[phrase_key(found.group(0))]
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


def _location(text: str, p: Patterns) -> tuple[str, list[str]] | None:
    found = p.find_location(text)
    if found is None or p.find_relocation(text):
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


def _personal(line: Line, p: Patterns) -> list[HardRequirement]:
    text = line.text
    lower = text.lower()

    def search(name: str) -> re.Match[str] | None:
        return p.personal_search(name, text, lower)

    result: list[HardRequirement] = []
    age = search("age") or search("age_after")
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
    neutral = search("gender_neutral") is not None
    if not neutral and (
        line.section in ("requirements", "nice_to_have")
        or len(text.split()) <= 8
        or search("gender_cue")
    ):
        if search("gender_any"):
            gender = "any"
        else:
            male, female = search("gender_male"), search("gender_female")
            if male and female:
                gender = "any"
            elif male or female:
                gender = "male" if male else "female"
    if gender is not None:
        result.append(HardRequirement("gender", line, gender))
    marital = None
    if neutral:
        pass  # "regardless of … marital status": an equal-opportunity statement
    elif search("unmarried"):
        marital = "unmarried"
    elif search("married") and (search("status_word") or age or gender):
        marital = "married"
    elif search("single") and (search("status_word") or age or gender):
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
            if p.level.search(line.text) and p.find_education_cue(line.text):
                continue  # "Bachelor Degree in English": a field of study, not a language
            wanted = read_language_level(line, mention, mentions[i + 1 :], p) or ""
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
