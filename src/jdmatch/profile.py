"""Your corrections: a profile file that says "I have these skills" and "never match this".

The file is JSON, in the user config folder (``profile.json``) or given with ``--profile``::

    {
      "have": [{"skill": "Tableau", "evidence": "Built three Tableau dashboards in a course"}],
      "never": [{"skill": "Java"}, {"word": "excel"}]
    }

A claimed skill joins the CV as a line of its own, in a section "profile", so that matching,
weights and the score treat it like any CV line while the report can say where it came from.
A "never" entry removes a skill (by name, alias or id) or the mentions named by a word.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jdmatch.errors import ProfileError
from jdmatch.model import Document, Line
from jdmatch.skills import Mention
from jdmatch.taxonomy import Skill, Taxonomy, alias_key

log = logging.getLogger("jdmatch")

#: The profile's file name in the user config folder.
PROFILE_NAME = "profile.json"
#: Overrides the user config folder (tests, a shared machine).
CONFIG_ENV = "JDMATCH_CONFIG_DIR"
#: The section a claimed skill's line sits in, in the CV the matcher reads.
PROFILE_SECTION = "profile"
#: Largest profile read: a list of corrections, not a document.
MAX_PROFILE_BYTES = 1024 * 1024
_KEYS = frozenset({"have", "never"})


@dataclass(frozen=True)
class ClaimedSkill:
    """A skill the CV does not show but you have, with the line to quote for it."""

    skill: str  # as the profile writes it: a name, an alias or an id
    evidence: str


@dataclass(frozen=True)
class Profile:
    """A user's corrections. Its repr is its content, so a batch cache key that includes the
    settings includes the profile too."""

    have: tuple[ClaimedSkill, ...] = ()
    never_skills: tuple[str, ...] = ()
    never_words: tuple[str, ...] = ()
    source: str = field(default="", compare=False, repr=False)  # the file, for messages

    def __bool__(self) -> bool:
        return bool(self.have or self.never_skills or self.never_words)

    def without_claims(self) -> Profile:
        """The profile with only its "never" rules: ranking other people's CVs."""
        return replace(self, have=())


@dataclass(frozen=True)
class ResolvedProfile:
    """A profile with its names looked up in the taxonomy."""

    claims: tuple[tuple[Skill, ClaimedSkill], ...]
    never_ids: frozenset[str]
    never_keys: frozenset[tuple[str, ...]]


@dataclass(frozen=True)
class AppliedProfile:
    """What a profile changed in one comparison, for the report."""

    added: tuple[Skill, ...]  # skills the CV gained from the profile
    removed: tuple[str, ...]  # skills or words the profile kept from matching, that fired


def config_dir() -> Path:
    """Where the profile lives: $JDMATCH_CONFIG_DIR, else the user config folder."""
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    import platformdirs

    return Path(platformdirs.user_config_dir("jdmatch", appauthor=False))


def default_profile_path() -> Path:
    """The profile every command reads unless told otherwise."""
    return config_dir() / PROFILE_NAME


def load_profile(path: str | Path) -> Profile:
    """Read and check a profile file; raises ProfileError with a one-line reason."""
    try:
        if Path(path).stat().st_size > MAX_PROFILE_BYTES:
            raise ProfileError("the profile is larger than 1 MB; it should be a short list", path)
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise ProfileError(f"cannot read the profile ({exc.strerror})", path) from None
    except UnicodeDecodeError:
        raise ProfileError("the profile is not UTF-8 text", path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(
            f"the profile is not valid JSON (line {exc.lineno}: {exc.msg})", path
        ) from None
    return parse_profile(data, str(path))


def parse_profile(data: Any, source: str = "profile") -> Profile:
    """A profile from its JSON data, checked."""
    if not isinstance(data, dict):
        raise ProfileError('the profile must be a JSON object with "have" and "never"', source)
    unknown = sorted(k for k in data if k not in _KEYS and not str(k).startswith("_"))
    if unknown:
        raise ProfileError(
            f'unknown key {unknown[0]!r}; a profile has "have" and "never" only', source
        )
    have = []
    for number, entry in enumerate(_list(data, "have", source)):
        where = f"have[{number}]"
        if not isinstance(entry, dict) or set(entry) - {"skill", "evidence"}:
            raise ProfileError(f'{where} must be {{"skill": ..., "evidence": ...}}', source)
        skill, evidence = (
            _text(entry, "skill", where, source),
            _text(entry, "evidence", where, source),
        )
        have.append(ClaimedSkill(skill, " ".join(evidence.split())))
    skills, words = [], []
    for number, entry in enumerate(_list(data, "never", source)):
        where = f"never[{number}]"
        if not isinstance(entry, dict) or len(entry) != 1 or set(entry) - {"skill", "word"}:
            raise ProfileError(f'{where} must be {{"skill": ...}} or {{"word": ...}}', source)
        if "skill" in entry:
            skills.append(_text(entry, "skill", where, source))
        else:
            words.append(_text(entry, "word", where, source))
    return Profile(tuple(have), tuple(skills), tuple(words), source=source)


def _list(data: dict[str, Any], key: str, source: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ProfileError(f'"{key}" must be a list', source)
    return value


def _text(entry: dict[str, Any], key: str, where: str, source: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(f'{where}: "{key}" must be a non-empty text', source)
    return value.strip()


def find_skill(name: str, taxonomy: Taxonomy) -> Skill | None:
    """The skill a profile names: by id, by its name, or by any of its aliases."""
    skill = taxonomy.get(name) or taxonomy.get(name.lower())
    if skill is not None:
        return skill
    rule = taxonomy.table.get(alias_key(name))
    if rule is not None and rule[0] is not None:
        return taxonomy.skills[rule[0]]
    folded = name.casefold()
    return next((s for s in taxonomy.skills.values() if s.name.casefold() == folded), None)


#: Skills that left the taxonomy, by id and name (casefolded): a profile that names one is
#: still read, the entry ignored with a warning. Relocation and travel are hard requirements
#: (checked in every posting and CV), no longer skills.
RETIRED_SKILLS = frozenset(
    {
        "willing-to-relocate",
        "willingness to relocate",
        "willing to relocate",
        "willing-to-travel",
        "willingness to travel",
        "willing to travel",
    }
)


#: The retired entries already warned about (a profile is resolved more than once a run).
_warned: set[tuple[str, str, int]] = set()


def _current(names: Sequence[str], where: str, source: str) -> list[tuple[int, str]]:
    """The names with their places, less the retired ones (each warned about once)."""
    kept = []
    for i, name in enumerate(names):
        if name.casefold() not in RETIRED_SKILLS:
            kept.append((i, name))
        elif (source, where, i) not in _warned:
            _warned.add((source, where, i))
            log.warning(
                "warning: %s%s[%d]: %r is no longer a skill (relocation and travel are checked "
                "as hard requirements); the entry is ignored",
                f"{source}: " if source else "",
                where,
                i,
                name,
            )
    return kept


def resolve(profile: Profile, taxonomy: Taxonomy) -> ResolvedProfile:
    """Look the profile's skills up; a name the taxonomy does not know is an error (one it
    no longer has, RETIRED_SKILLS, a warning)."""

    def lookup(name: str, where: str) -> Skill:
        skill = find_skill(name, taxonomy)
        if skill is None:
            raise ProfileError(
                f"{where}: no skill called {name!r} in the taxonomy "
                f"(see `jdmatch taxonomy search {name}`)",
                profile.source or None,
            )
        return skill

    have = {i: c for i, c in enumerate(profile.have)}
    claims = tuple(
        (lookup(have[i].skill, f"have[{i}]"), have[i])
        for i, _ in _current([c.skill for c in profile.have], "have", str(profile.source or ""))
    )
    never_ids = frozenset(
        lookup(name, f"never[{i}]").id
        for i, name in _current(profile.never_skills, "never", str(profile.source or ""))
    )
    never_keys = frozenset(key for key in map(alias_key, profile.never_words) if key)
    return ResolvedProfile(claims, never_ids, never_keys)


def drop_never(mentions: Sequence[Mention], resolved: ResolvedProfile) -> list[Mention]:
    """The mentions the profile does not rule out."""
    if not resolved.never_ids and not resolved.never_keys:
        return list(mentions)
    return [m for m in mentions if not is_ruled_out(m, resolved)]


def is_ruled_out(mention: Mention, resolved: ResolvedProfile) -> bool:
    """Whether a "never" entry of the profile removes this mention."""
    return mention.skill.id in resolved.never_ids or alias_key(mention.alias) in resolved.never_keys


def with_claims(
    cv: Document, mentions: Sequence[Mention], resolved: ResolvedProfile
) -> tuple[Document, list[Mention], tuple[Skill, ...]]:
    """The CV with a line per claimed skill it does not show already (section "profile"),
    its mentions with theirs, and the skills added."""
    shown = {m.skill.id for m in mentions}
    text = cv.text
    lines: list[Line] = list(cv.lines)
    found = list(mentions)
    added: list[Skill] = []
    for skill, claim in resolved.claims:
        if skill.id in shown or skill.id in resolved.never_ids:
            continue
        shown.add(skill.id)
        if text and not text.endswith("\n"):
            text += "\n"
        start = len(text)
        text += claim.evidence
        line = Line(len(lines) + 1, start, claim.evidence, PROFILE_SECTION)
        lines.append(line)
        found.append(
            Mention(skill, start, line.end, claim.skill, line=line.number, section=PROFILE_SECTION)
        )
        added.append(skill)
    if not added:
        return cv, found, ()
    return replace(cv, text=text, lines=tuple(lines)), found, tuple(added)


def removed_names(
    before: Sequence[Mention], after: Sequence[Mention], resolved: ResolvedProfile
) -> tuple[str, ...]:
    """The skills and words of "never" entries that did fire in a document."""
    kept = {id(m) for m in after}
    names: list[str] = []
    for mention in before:
        if id(mention) in kept:
            continue
        name = (
            mention.skill.name
            if mention.skill.id in resolved.never_ids
            else " ".join(alias_key(mention.alias))
        )
        if name not in names:
            names.append(name)
    return tuple(names)


@dataclass(frozen=True)
class Corrected:
    """The mentions of a comparison after a profile: what the report shows of the CV, and
    the CV (with its claimed lines) that the matcher reads."""

    jd_mentions: list[Mention]
    cv_mentions: list[Mention]  # the CV's own, without what "never" rules out
    match_cv: Document  # the CV with a "profile" line per claimed skill
    match_cv_mentions: list[Mention]  # cv_mentions and the claimed skills'
    applied: AppliedProfile


def apply_profile(
    profile: Profile,
    taxonomy: Taxonomy,
    jd_mentions: Sequence[Mention],
    cv: Document,
    cv_mentions: Sequence[Mention],
) -> Corrected:
    """Apply a profile to one comparison: "never" to both documents, "have" to the CV."""
    resolved = resolve(profile, taxonomy)
    jd_kept = drop_never(jd_mentions, resolved)
    cv_kept = drop_never(cv_mentions, resolved)
    removed = removed_names(jd_mentions, jd_kept, resolved)
    removed += tuple(n for n in removed_names(cv_mentions, cv_kept, resolved) if n not in removed)
    match_cv, match_mentions, added = with_claims(cv, cv_kept, resolved)
    return Corrected(jd_kept, cv_kept, match_cv, match_mentions, AppliedProfile(added, removed))
