"""Where a found alias is not a skill the document claims: inside an organisation's name or a
job's employer line, an e-mail address or a link, a language named as a nationality, or an
abbreviation that the words before it spell out as something else. find_skills (skills.py)
asks these after its walk over the words."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from jdmatch import regexcache
from jdmatch.taxonomy import Rule, Skill
from jdmatch.textscan import occurrences

#: A mention as find_skills first finds it: its rule and offsets.
Found = tuple[Rule, int, int]


#: A language's name as a nationality, before a noun of a people, a place, an organisation
#: or a market: "a Danish company", "Russian subsidiary", "Polish citizen", "Latin America",
#: "Czech Republic", "French universities" say where, not which language the writer speaks.
NATIONALITY_NOUN = regexcache.compile(
    r" (?i:citizens?|citizenship|nationals?|nationality|universit(?:y|ies)|colleges?|"
    r"ministry|ministries|government|embassy|consulate|compan(?:y|ies)|firms?|"
    r"subsidiar(?:y|ies)|markets?|population|people|regions?|cuisine|food|army|navy|"
    r"defen[cs]e|republic|americas?|americans?|authorities|affairs|confederation|economy)\b"
)


# The employer of a job in a CV, as job sites export it: the organisation's name at the start
# of a line, then " - ", the place and a dash at the end of the line, and the dates on the
# next one ("Oracle -  Bengaluru, Karnataka -", then "May 2013 to May 2014"). The name of a
# company whose products are skills (Oracle, SAP, Cisco, Red Hat) is where the writer
# worked, not what they can do. Without a place ("Microsoft SharePoint -", then "2010 to
# 2010") the field as often holds the product the job was about, and counts.
_EMPLOYER_AFTER = regexcache.compile(
    r"(?:[ \t]+[\w&.'’]+){0,3}[ \t]+-[ \t]+[^\s-][^\n]{0,80}?-[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:19|20)\d\d)\b"
)


#: How far after a mention the dash of an employer's line is looked for (three words of the
#: name): the quick test before the regular expression.
_EMPLOYER_REACH = 40


def _is_employer_line(text: str, start: int, end: int) -> bool:
    """Whether a mention is the employer of a job: alone at the start of its line, with the
    place and the dates after it (see _EMPLOYER_AFTER)."""
    if not _EMPLOYER_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


_LETTERS = regexcache.compile(r"[^\W\d_]+")
_SPACED = regexcache.compile(r"\S+")
#: Small words a name's initials pass over: "Center for Protein Research (CPR)".
_NOT_INITIALS = frozenset({"of", "for", "and", "the", "in", "on", "at", "to", "&"})


def abbreviates_other(
    text: str, start: int, end: int, rule: Rule, found: list[Found], skills: dict[str, Skill]
) -> bool:
    """Whether a mention in brackets is the initials of the words just before it, and those
    words are not this skill: "Canada Pacific Railways (CPR)", "Service Improvement Plan
    (SIP)", "Port Operating System (POS)" spell out what the letters mean here. Where the
    words are the skill ("Search Engine Marketing (SEM)"), the letters are kept."""
    letters = text[start:end]
    size = len(letters)
    if not (2 <= size <= 6 and letters.isalpha() and letters.isupper()):
        return False
    if text[end : end + 1] != ")":
        return False
    window = max(0, start - 16 * size)
    words = [
        m
        for m in _SPACED.finditer(text, window, start - 1)
        if m.group().casefold() not in _NOT_INITIALS
    ]
    if len(words) < size or "".join(m.group()[0] for m in words[-size:]).upper() != letters:
        return False
    spelt_from = words[-size].start()
    # Only a name written out on one line, words apart by spaces: "extract, transform and
    # load (ETL)" is a list, and "Test Driven\nDevelopment (TDD)" is not found as the alias
    # it is.
    if any(c in "\n,;:" for c in text[spelt_from : start - 1]):
        return False
    if any(r[0] == rule[0] and spelt_from <= s and e <= start for r, s, e in found):
        return False
    # A wording the taxonomy lacks ("Programmable Logic Control (PLC)" for "programmable logic
    # controller") still shares a word with the skill's names.
    spelt = {w.casefold() for w in _LETTERS.findall(text, spelt_from, start - 1) if len(w) > 2}
    skill = skills[rule[0]]  # type: ignore[index]
    return not any(
        spelt & set(_LETTERS.findall(n.casefold())) for n in (skill.name, *skill.aliases)
    )


def in_address(text: str, start: int, end: int) -> bool:
    # A skill inside an e-mail address or URL (linkedin.com/in/..., python.dev@...) is not
    # a skill the document names.
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    token = text[left:right].lower()
    return "@" in token or "://" in token or "www." in token or ".com/" in token


# What in_address looks for in a lower-cased token, in the text as written: no character
# outside ASCII lower-cases to one of these characters.
_ADDRESS_MARK = regexcache.compile(r"@|://|[wW]{3}\.|\.[cC][oO][mM]/")


def merged_runs(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs sorted, those that overlap or touch joined: a span overlaps one of the result
    exactly when it overlaps one of the runs."""
    out: list[tuple[int, int]] = []
    for left, right in sorted(runs):
        if out and left <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], right))
        else:
            out.append((left, right))
    return out


def overlaps_a_run(start: int, end: int, runs: list[tuple[int, int]], ends: list[int]) -> bool:
    """Whether a span overlaps one of sorted, disjoint runs (``ends``: their ends)."""
    i = bisect_right(ends, start)
    return i < len(runs) and runs[i][0] < end


def address_runs(text: str, folded: str) -> list[tuple[int, int]]:
    """The runs of characters between white space that hold an address's mark: a mention is
    in an address (in_address) exactly when it overlaps one of them. ``folded`` is the
    text's casefold."""
    if len(folded) == len(text):
        # str.find is many times faster than a regular expression over the whole text, and
        # no character outside ASCII folds to one of the marks' characters either.
        marks = []
        for mark, where in (("@", text), ("://", text), ("www.", folded), (".com/", folded)):
            at = where.find(mark)
            while at >= 0:
                marks.append((at, at + len(mark)))
                at = where.find(mark, at + 1)
    else:
        marks = [m.span() for m in _ADDRESS_MARK.finditer(text)]
    runs = []
    for left, right in marks:
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        while right < len(text) and not text[right].isspace():
            right += 1
        runs.append((left, right))
    return runs


# A skill inside the name of an organisation, a journal or a term is not one the document
# claims: "Department of Computer Science", "Journal of Applied Computer Science", "American
# Public Health Association", "Fleet Advertising Ltd.", "Spring 2014" (a semester). English
# only: in Indonesian postings "jurusan Akuntansi" names the field the job asks for.
_ORG_WORDS = (
    r"Institute|School|College|Department|Dept|Faculty|Journal|Society|Association|Academy|"
    r"Council|Ministry|Bureau|Centre|Center|Division|Office|Museum|Foundation|Board"
)
_NAME_BEFORE = regexcache.compile(
    rf"\b(?i:{_ORG_WORDS})\.?\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z][\w&]*\s+(?:(?:and|&)\s+)?){0,3}$"
)
# After the mention, a word that only ends the name of an organisation; or, one space apart
# on the same line, up to two more capitalised words of the name and a word that ends one
# ("Oracle India Pvt Ltd", "BI Norwegian Business School", "SAP Labs", "Aviation Security
# Training Institute"). Case-sensitive: "a school project" is no name. Not "Group",
# "Company" or "Panel": "Network Security Group" is an Azure resource, "a Banking Company"
# in a posting's title the field of the job, "Perakitan Panel" an electrical panel.
# One space: "Industry: Software Development" with "Company size:" on the next line, or a
# skills list and "Education  DePaul University" run together in a PDF's text, are not one.
_ORG_AFTER = (
    r"Department|Dept\b|College|Society|Association|Alliance|Institute|Faculty|Council|"
    r"Foundation|Inc\b|Corp\b|Corporation|Ltd\b|Limited|LLC|Pvt\b|GmbH"
)
# A word that names a place of study, care or a committee ends a name only after at least
# one more capitalised word: "Customer Service Center", "Risk Management Committee", "the
# Python Club" and "Graphic Design School graduate" are the skill's own team or training.
_NAME_AFTER = regexcache.compile(
    rf"(?:\s+(?:and|&)\s+[A-Z]\w*)?(?:\s+(?:{_ORG_AFTER})|(?: [A-Z][\w&'’]*){{0,2}}"
    rf" (?:{_ORG_AFTER}|(?:AG|University|Labs|Industries|Bank)\b)|(?: [A-Z][\w&'’]*){{1,2}}"
    r" (?:School|Academy|Centre|Center|Committee|Club|Hospital|Clinic)\b)"
)
_ORG_FOLDED = tuple(w.casefold() for w in _ORG_WORDS.split("|"))
_SEASON_YEAR = regexcache.compile(r"\s+\(?(?:'\d\d|\d\d|\d{4}|[12][09]XX)\b")
_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
_LONGEST_SEASON = max(len(s) for s in _SEASONS)
#: How far before a mention an organisation's name is looked for.
_NAME_REACH = 80


def org_starts(text: str, folded: str) -> list[int] | None:
    """Every place one of _ORG_WORDS starts in a text, in any case (``folded`` is its casefold):
    _NAME_BEFORE cannot match before a mention without one in reach. None (search as before)
    where casefold moves characters or IGNORECASE reads "ı" or "İ" as "i" and casefold not."""
    if len(folded) != len(text) or "\u0131" in text or "\u0130" in text:
        return None
    return sorted(occurrences(folded, _ORG_FOLDED))


def in_name(text: str, start: int, end: int, *, orgs: list[int] | None = None) -> bool:
    """Whether a mention is part of an organisation's name, a job's employer line or a
    semester. ``orgs`` (from org_starts) spares the search before a mention with no
    organisation's word in reach."""
    if (
        end - start <= _LONGEST_SEASON
        and text[start:end].casefold() in _SEASONS
        and _SEASON_YEAR.match(text, end, end + 8)
    ):
        return True
    # White space starts every match after the mention, and the next word of a name starts
    # with a capital, "&" or "and": in prose most words after a mention do not, and the
    # regular expression is not tried.
    after = text[end + 1 : end + 2]
    if (
        text[end : end + 1].isspace()
        and (
            after.isupper()
            or after == "&"
            or after.isspace()
            or (after == "a" and text.startswith("and", end + 1))
            or not after
        )
        and _NAME_AFTER.match(text, end, end + 60)
    ):
        return True
    if text.find(" -", end, end + _EMPLOYER_REACH) >= 0 and _is_employer_line(text, start, end):
        return True
    reach = max(0, start - _NAME_REACH)
    if orgs is not None:
        i = bisect_left(orgs, reach)
        if i == len(orgs) or orgs[i] >= start:
            return False
    # The regular expression only where "of" or "for" comes first: it is slow to search.
    window = text[reach:start]
    return (" of " in window or " for " in window) and bool(_NAME_BEFORE.search(text, reach, start))
