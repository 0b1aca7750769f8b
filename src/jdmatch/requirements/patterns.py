"""The words of data/requirements.json compiled once into the patterns that read hard
requirements, and what a match of them says (a number, an education level, a language level).

The JD's reader (``jd``) and the CV's (``cv``) share these; ``check`` uses a few of them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import filterfalse
from typing import Any

from jdmatch import regexcache
from jdmatch.model import Line
from jdmatch.parse import requirement_words
from jdmatch.skills import Mention
from jdmatch.textscan import FOLDS_TO_ASCII, each_match_at, matches_at, occurrences

#: Most words in a field of study or of experience ("Computer Science", "data analyst").
MAX_FIELD_WORDS = 10
#: Abbreviations that mean a school level wherever they stand in a JD line.
PLAIN_LEVELS = frozenset({"S1", "S2", "D3", "D4", "SMA", "SMK", "STM", "SMU", "SLTA", "D-3"})

#: A digit, where a quantity may start.
_DIGIT = regexcache.compile(r"\d")


def _alternation(phrases: Any) -> str:
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _alternation_nocase(phrases: Any) -> str:
    """The same alternation for a case-insensitive pattern, one branch per first letter.

    Python's re tries every alternative at every position of a text; grouped, it passes over
    most of them at once (2x on the education levels). The matches are the same: at one
    position only one first letter's group can match (ASCII letters and digits, compared
    without case), and a group keeps the order of its phrases. Phrases that start with any
    other character keep the flat form.
    """
    return _grouped(phrases, ignore_case=True)


def _alternation_exact(phrases: Any) -> str:
    """The same alternation for a case-sensitive pattern, one branch per first character
    (letter or digit, as written): the same matches, as for _alternation_nocase."""
    return _grouped(phrases, ignore_case=False)


def _grouped(phrases: Any, *, ignore_case: bool) -> str:
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        first = phrase[0].lower() if ignore_case else phrase[0]
        if not (first.isascii() and first.isalnum()):
            return _alternation(phrases)
        groups.setdefault(first, []).append(re.escape(phrase[1:]).replace(r"\ ", r"\s+"))
    return "|".join(
        first + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in groups.items()
    )


def _phrases(phrases: Any, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    alternation = _alternation_nocase(phrases) if flags & re.IGNORECASE else _alternation(phrases)
    return regexcache.compile(rf"(?<![\w]){alternation.join(('(?:', ')'))}(?![\w])", flags)


def _level_locator(exact: list[str], loose: list[str]) -> re.Pattern[str] | None:
    """Patterns.level from the character before a level (see Patterns.levels): the same
    alternatives in the same order, grouped by their first character, as written for an
    abbreviation and in either case for a word, so that the pattern begins with a set of
    characters and its branches with one each. None when a level begins with anything but
    an ASCII letter or digit."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for phrase in sorted({p for p in exact if p}, key=lambda p: (-len(p), p)):
        groups.setdefault(phrase[0], ([], []))[0].append(_escaped(phrase[1:]))
    for phrase in sorted({p for p in loose if p}, key=lambda p: (-len(p), p)):
        for first in dict.fromkeys((phrase[0].lower(), phrase[0].upper())):
            groups.setdefault(first, ([], []))[1].append(_escaped(phrase[1:]))
    if not all(first.isascii() and first.isalnum() for first in groups):
        return None
    branches = []
    for first, (as_written, any_case) in groups.items():
        rests = as_written + ([f"(?i:{'|'.join(any_case)})"] if any_case else [])
        branches.append(f"{first}(?:{'|'.join(rests)})")
    return regexcache.compile(rf"[^\w.](?:{'|'.join(branches)})(?![\w])")


def _escaped(text: str) -> str:
    # As the alternations write a phrase: spaces match any run of spaces.
    return re.escape(text).replace(r"\ ", r"\s+")


def phrase_key(text: str) -> str:
    """A phrase as the tables built from data/requirements.json look it up."""
    return " ".join(text.lower().split())


class Patterns:
    """Every regular expression of the requirements package, built from data/requirements.json.

    One method per family of patterns; each also adds to ``first`` the first words of its
    phrases, for the quick test of a line.
    """

    def __init__(self) -> None:
        words = requirement_words()
        # The first words of each family's phrases: a line without one of them is not
        # searched for that family at all (most lines of a posting are about the work).
        self.first: dict[str, frozenset[str]] = {}
        self._years(words)
        self._education(words)
        self._languages(words)
        self._place_and_terms(words)
        self._personal(words)

    def _years(self, words: dict[str, Any]) -> None:
        """Years of experience: the quantity, its cues, the field it is in; fresh graduates."""
        self.number_words: dict[str, int] = words["number_words"]
        number = rf"\d{{1,2}}(?:[.,]5)?|{_alternation_nocase(self.number_words)}"
        self.quantity = regexcache.compile(
            rf"(?<![\d,])(?<!\d\.)(?P<n>{number})(?:\s*\(\d{{1,2}}\))?\s*(?:(?P<plus>\+)|\s*(?:-|–|to|s/d|sampai|hingga|"
            rf"atau|or)\s*(?P<n2>{number}))?\s*(?P<plus2>\+)?\s*"
            r"(?P<unit>years?|yrs?|tahun|thn|th|months?|bulan|bln)\b(?:['’]s?)?",
            re.IGNORECASE,
        )
        # Every match begins with one of _EXPERIENCE_CUE_STARTS (find_experience_cue).
        self.experience_cue = regexcache.compile(
            r"\b(?:experience[ds]?|pengalaman|berpengalaman|track\s+record)\b", re.IGNORECASE
        )
        self.not_experience = regexcache.compile(
            r"\b(?:usia|umur|age|aged|berusia|kontrak|contract|garansi|warranty|masa|periode|"
            r"period|established|berdiri|since|sejak|founded|history|over the past|ipk|gpa)\W*"
            r"(?:\w+\W+){0,2}$",
            re.IGNORECASE,
        )
        self.old_after = regexcache.compile(r"^\s*(?:old|ke\s+atas|keatas)\b", re.IGNORECASE)
        self.field_lead = regexcache.compile(
            r"^\s*(?:of\s+)?(?:(?:relevant|professional|proven|hands-on|working|work|industry|"
            r"related|progressive|full-time|practical|solid|commercial|strong|direct|recent|"
            r"kerja|bekerja)\s+)*(?:(?:experience[ds]?|pengalaman(?:\s+kerja)?)\s+)?"
            r"(?:(?:as|in|with|using|on|of|at|within|sebagai|di|dalam|pada|menggunakan)\s+)"
            r"(?:(?:bidang|posisi|industri|the|a|an|yang)\s+)?",
            re.IGNORECASE,
        )
        self.field_lead_before = regexcache.compile(
            r"^\s*(?:kerja\s+)?(?:as|in|with|sebagai|di|dalam|pada)\s+"
            r"(?:(?:bidang|posisi|industri|the|a|an)\s+)?",
            re.IGNORECASE,
        )
        self.qualifier_tail = regexcache.compile(
            r"\s*(?:,|minimal|min\.?|minimum|sekurang-kurangnya|paling\s+sedikit|at\s+least|"
            r"of\s+at\s+least|selama|lebih\s+dari|more\s+than|of|for|over|>)*\s*$",
            re.IGNORECASE,
        )
        self.field_stop = regexcache.compile(
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
        self.negation = regexcache.compile(
            r"\b(?:bukan|not|tidak\s+menerima|no)\s*$", re.IGNORECASE
        )
        self.first["fresh"] = _first_tokens(words["fresh_graduate"])
        self.first["number"] = frozenset(self.number_words)
        # Where a quantity can start: a digit, or a number word.
        self._number_starts = _start_words(self.number_words)

    def quantities(self, text: str) -> list[re.Match[str]]:
        """What ``quantity.finditer(text)`` finds, the pattern tried only where a digit or a
        number word starts (3x quicker on lines with a digit; see ``matches_at``)."""
        starts = self._quantity_starts(text)
        if starts is None:
            return list(self.quantity.finditer(text))
        return matches_at(self.quantity, text, starts)

    def each_quantity(self, text: str) -> Iterator[re.Match[str]]:
        """``quantities(text)`` one at a time, for a reader that may stop at the first: a CV
        line can be a whole page with a hundred numbers."""
        starts = self._quantity_starts(text)
        if starts is None:
            yield from self.quantity.finditer(text)
            return
        yield from each_match_at(self.quantity, text, starts)

    def _quantity_starts(self, text: str) -> list[int] | None:
        # Where a quantity can start, in text order: a digit, or a number word.
        starts = _starts(text, self._number_starts)
        if starts is not None:
            starts += [found.start() for found in _DIGIT.finditer(text)]
            starts.sort()
        return starts

    def find_experience_cue(self, text: str) -> re.Match[str] | None:
        """``experience_cue.search(text)``, tried only where one of its words starts."""
        return _search_at(self.experience_cue, text, _EXPERIENCE_CUE_STARTS)

    def find_location(self, text: str) -> re.Match[str] | None:
        """``location.search(text)``, tried only where a label starts (see ``matches_at``)."""
        return _search_at(self.location, text, self._location_starts)

    def find_relocation(self, text: str) -> re.Match[str] | None:
        """``relocation.search(text)``, tried only where one of its phrases starts."""
        return _search_at(self.relocation, text, self._relocation_starts)

    def find_travel(self, text: str) -> re.Match[str] | None:
        """``travel.search(text)``, tried only where one of its phrases starts."""
        return _search_at(self.travel, text, self._travel_starts)

    def levels(self, text: str) -> list[re.Match[str]]:
        """What ``level.finditer(text)`` finds, re skipping straight to where one can start.

        ``level`` begins with a lookbehind, so re tries it at every character (and a CV's
        line can be a whole page). ``_level_after`` matches the same levels from the
        character before them, which it reads from a set: re looks for that character
        alone, and ``level`` is matched only after it, for its groups. A text with a
        character that a case-insensitive pattern reads as an ASCII letter is searched the
        plain way (looked up with str.find, as in ``_starts``).
        """
        if self._level_after is None or (
            not text.isascii() and any(c in text for c in FOLDS_TO_ASCII)
        ):
            return list(self.level.finditer(text))
        found: list[re.Match[str]] = []
        match = self.level.match(text)  # at the start, where no character comes before
        at = 0
        while True:
            if match is None:
                hit = self._level_after.search(text, at)
                if hit is None:
                    return found
                match = self.level.match(text, hit.start() + 1)
                assert match is not None  # the same level, matched from its first character
            found.append(match)
            # The next level begins after this one ends, as in finditer; the locator reads
            # the character before it, which may be this level's last.
            at = match.end() - 1
            match = None

    def find_education_cue(self, text: str) -> re.Match[str] | None:
        """``education_cue.search(text)``, tried only where one of its phrases starts."""
        return _search_at(self.education_cue, text, self._education_cue_starts)

    def find_field_label(self, text: str) -> re.Match[str] | None:
        """``field_label.search(text)``, tried only where one of its labels starts."""
        return _search_at(self.field_label, text, _FIELD_LABEL_STARTS)

    def personal_search(self, name: str, text: str, lower: str) -> re.Match[str] | None:
        """``search(text)`` of the personal pattern ``name`` (``age``, ``gender_male``, …),
        tried only where one of the words its matches begin with starts in ``lower`` (the
        text's lower case): 3x quicker on the long lines that name one of them, see
        ``matches_at``."""
        return _search_at(getattr(self, name), text, self._personal_words[name], lower)

    def _education(self, words: dict[str, Any]) -> None:
        """Education levels (abbreviations in their own case, words in any case) and fields of
        study."""
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
                self.level_of[phrase_key(form)] = level
                loose.append(form)
        self.level = regexcache.compile(
            rf"(?<![\w.])(?:(?P<exact>{_alternation_exact(exact)})|"
            rf"(?i:(?P<word>{_alternation_nocase(loose)})))"
            r"(?![\w])"
        )
        self._level_after = _level_locator(exact, loose)
        self.education_cue = _phrases(words["education_cues"])
        self._education_cue_starts = _start_words(words["education_cues"])
        self.any_field = _phrases(words["any_field"])
        self.related_field = _phrases(words["related_field"])
        # Every match begins with one of _FIELD_LABEL_STARTS (find_field_label).
        self.field_label = regexcache.compile(
            r"\b(?:jurusan|major(?:ing)?\s+in|majoring|major|program\s+studi|prodi|bidang\s+studi|"
            r"konsentrasi|peminatan)\s*:?\s*",
            re.IGNORECASE,
        )
        self.field_cut = regexcache.compile(
            r"[,;|•·@–—\[\]]|\s-\s|(?<!\w)(?:19|20)\d{2}(?!\d)|\b(?:universitas|university|"
            r"universiti|institut|institute|politeknik|polytechnic|sekolah|akademi|academy|school|"
            r"college|stie|stmik|gpa|ipk|cum\s+laude|lulus|graduated|dengan|with|from|dari|at|"
            r"minimal|min|diutamakan|preferably|preferred|is\s+required|required)\b",
            re.IGNORECASE,
        )
        self.degree_filler = regexcache.compile(
            r"^(?:\W|\b(?:degree|'s\s+degree|’s\s+degree|of|in|jurusan|bidang|program\s+studi|"
            r"prodi|majoring|major|s\.?\w{0,4}\.?\s*(?=\())\b)+",
            re.IGNORECASE,
        )
        self.field_split = regexcache.compile(
            r"\s*(?:,|/|&|\bor\b|\batau\b|\band\b|\bdan\b)\s*", re.I
        )
        synonyms = {k: v for k, v in words["field_synonyms"].items() if not k.startswith("_")}
        self.synonyms = {phrase_key(k): v for k, v in synonyms.items()}
        self.synonym = _phrases(synonyms)
        self.first["level"] = frozenset(
            t.replace(".", "")
            for form in self.level_of
            for t in _TOKEN.findall(form.lower())
            if t not in _COMMON_TOKENS
        )

    def _languages(self, words: dict[str, Any]) -> None:
        """How well a language is spoken, in words."""
        self.language_level_of: dict[str, str] = {}
        self.language_rank: dict[str, int] = {}
        for level, spec in words["language_levels"].items():
            if level.startswith("_"):
                continue
            self.language_rank[level] = spec["rank"]
            for form in spec["words"]:
                self.language_level_of[phrase_key(form)] = level
        self.language_level = _phrases(self.language_level_of)

    def _place_and_terms(self, words: dict[str, Any]) -> None:
        """The place of work, relocation and travel; employment types and work arrangements."""
        labels = words["location_labels"]
        self.location = regexcache.compile(
            rf"(?i:\b(?:(?:{_alternation_nocase(labels['colon'])})\s*[:\-–]"
            rf"|(?:{_alternation_nocase(labels['direct'])})\s*[:\-–]?))\s*(?:(?i:di|in|at)\s+)?"
            r"(?P<place>[^.;|()\n]{2,60})"
        )
        self.location_stop = frozenset(w.lower() for w in words["location_stopwords"])
        self.relocation = _phrases(words["relocation"])
        self.travel = _phrases(words["travel"])
        self.willing = regexcache.compile(
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
                self.employment_of[phrase_key(form)] = (kind, False)
            for form in spec["context"]:
                self.employment_of.setdefault(phrase_key(form), (kind, True))
        self.employment = _phrases(self.employment_of)
        ctx = words["employment_context"]
        self.employment_before = regexcache.compile(
            rf"(?i:\b(?:{_alternation_nocase(ctx['before'])}))\W*(?:\w+\W+)?$"
        )
        self.employment_after = regexcache.compile(
            rf"^\W*(?i:(?:{_alternation_nocase(ctx['after'])})\b|\d)"
        )
        self._location_starts = _start_words([*labels["colon"], *labels["direct"]])
        self._relocation_starts = _start_words(words["relocation"])
        self._travel_starts = _start_words(words["travel"])
        self.first["employment"] = _first_tokens(self.employment_of)
        self.first["location"] = _first_tokens([*labels["colon"], *labels["direct"]])
        self.first["relocation"] = _first_tokens(words["relocation"]) | _first_tokens(
            words["travel"]
        )

    def _personal(self, words: dict[str, Any]) -> None:
        """Age, gender and marital status."""
        self.age = regexcache.compile(
            r"\b(?:usia|umur|age|aged|berusia)\s*(?:(?P<cap>maks(?:imal|imum)?\.?|max(?:imum|imal)?"
            r"\.?|tidak\s+lebih\s+dari|not\s+more\s+than|di\s*bawah|under|below|up\s+to|"
            r"sampai|hingga)|(?P<floor>min(?:imal|imum)?\.?|at\s+least|di\s*atas|above|over)|"
            r"(?:antara|between|range|:|-))?\s*(?P<a>\d{2})(?:\s*(?:-|–|s/d|sampai|to|and|dan|"
            r"hingga)\s*(?P<b>\d{2}))?\s*(?:tahun|thn|th|years?|y\.?o\.?)?",
            re.IGNORECASE,
        )
        self.age_after = regexcache.compile(
            r"\b(?P<cap>max(?:imum)?\.?|maks(?:imal)?\.?)\s*(?P<a>\d{2})\s*(?:tahun|years?)"
            r"\s*(?:old)?\b",
            re.IGNORECASE,
        )
        gender = words["gender"]
        self.gender_any = _phrases(gender["any"])
        self.gender_male = _phrases(gender["male"])
        self.gender_female = _phrases(gender["female"])
        # Outside a requirements list, "pria" or "wanita" is a requirement only when said so.
        self.gender_cue = regexcache.compile(
            r"\b(?:khusus|only|hanya|jenis\s+kelamin|gender|sex|diutamakan|preferably)\b",
            re.IGNORECASE,
        )
        self.gender_neutral = regexcache.compile(
            r"\b(?:equal|regardless|tanpa\s+memandang|tanpa\s+membedakan|setara|diversity|"
            r"inclusive|inklusif)\b",
            re.IGNORECASE,
        )
        marital = words["marital"]
        self.unmarried = _phrases([w for w in marital["unmarried"] if w != "single"])
        self.married = _phrases(marital["married"])
        self.single = regexcache.compile(r"\bsingle\b", re.IGNORECASE)
        self.status_word = regexcache.compile(r"\b(?:status|marital)\b", re.IGNORECASE)
        # For each pattern, the words one of which every match of it begins with (lower case;
        # None: no such words), where ``personal_search`` tries it.
        cue = ("khusus", "only", "hanya", "jenis", "gender", "sex", "diutamakan", "preferably")
        neutral = ("equal", "regardless", "tanpa", "setara", "diversity", "inclusive", "inklusif")
        self._personal_words: dict[str, tuple[str, ...] | None] = {
            "age": ("usia", "umur", "age", "berusia"),
            "age_after": ("max", "maks"),
            "gender_any": _start_words(gender["any"]),
            "gender_male": _start_words(gender["male"]),
            "gender_female": _start_words(gender["female"]),
            "gender_cue": cue,
            "gender_neutral": neutral,
            "unmarried": _start_words([w for w in marital["unmarried"] if w != "single"]),
            "married": _start_words(marital["married"]),
            "single": ("single",),
            "status_word": ("status", "marital"),
        }
        self.first["personal"] = _first_tokens(
            [
                *gender["any"],
                *gender["male"],
                *gender["female"],
                *marital["unmarried"],
                *marital["married"],
                *("usia", "umur", "age", "aged", "berusia", "max", "maks", "maksimal"),
            ]
        )


#: The first words of Patterns.experience_cue's words, in lower case.
_EXPERIENCE_CUE_STARTS = ("berpengalaman", "experience", "pengalaman", "track")
#: The first words of Patterns.field_label's labels, in lower case.
_FIELD_LABEL_STARTS = ("bidang", "jurusan", "konsentrasi", "major", "peminatan", "prodi", "program")

# Words for the quick test, dots inside kept together and then dropped ("A.Md" is "amd").
_TOKEN = regexcache.compile(r"[^\W_]+(?:\.[^\W_]+)*")


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


def line_tokens(text: str) -> set[str]:
    """A line's words for the quick test against ``Patterns.first``."""
    # Dropping every dot first is quicker, and joins "A.Md" as _TOKEN does for the phrases.
    # The words of _PLAIN_TOKEN.findall, split in C: a run of letters and digits never
    # crosses white space, so a token of them only is one word, and the regex engine reads
    # only the other tokens ("skills," "(S1)").
    tokens = text.lower().replace(".", "").split()
    words = set(filter(str.isalnum, tokens))
    words.update(_PLAIN_TOKEN.findall(" ".join(filterfalse(str.isalnum, tokens))))
    return words


_PLAIN_TOKEN = regexcache.compile(r"[^\W_]+")


def _first_tokens(phrases: Any) -> frozenset[str]:
    firsts = (_TOKEN.findall(p.lower()) for p in phrases)
    return frozenset(words[0].replace(".", "") for words in firsts if words)


def _start_words(phrases: Any) -> tuple[str, ...] | None:
    # The lower-case first words of phrases (every match begins with one); None if one is
    # not ASCII (lower() and a case-insensitive pattern may then disagree). A word that
    # begins with another is left out: it is found where that one is ("minimal", "min").
    words = {phrase.lower().split(" ")[0] for phrase in phrases if phrase}
    if not all(w.isascii() for w in words) or "" in words:
        return None
    return tuple(sorted(w for w in words if not any(w.startswith(o) for o in words - {w})))


def _starts(text: str, words: tuple[str, ...] | None, lower: str | None = None) -> list[int] | None:
    # Where one of the words starts in the text's lower case (``lower``, when given), in text
    # order; None where that is no guide: the lower case keeps every offset unless the text
    # holds a character a case-insensitive pattern reads as an ASCII letter (İ ı ſ K). (Four
    # substring tests: isdisjoint would hash every character of a long line.)
    if words is None or (not text.isascii() and any(c in text for c in FOLDS_TO_ASCII)):
        return None
    return sorted(occurrences(text.lower() if lower is None else lower, words))


def _search_at(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...] | None, lower: str | None = None
) -> re.Match[str] | None:
    starts = _starts(text, words, lower)
    if starts is None:
        return pattern.search(text)
    for start in starts:
        if (found := pattern.match(text, start)) is not None:
            return found
    return None


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The compiled patterns, built once."""
    return Patterns()


# -- what a match says, in a JD or a CV -------------------------------------------------------


def read_number(text: str, p: Patterns) -> float:
    """A quantity's number, in digits or in words ("three", "tiga")."""
    key = text.lower()
    if key in p.number_words:
        return float(p.number_words[key])
    return float(key.replace(",", "."))


def education_level_of(found: re.Match[str], p: Patterns) -> str | None:
    """The education level a match of ``Patterns.level`` names."""
    if found.group("exact"):
        return p.level_of.get(" ".join(found.group("exact").split()))
    return p.level_of.get(phrase_key(found.group("word")))


def read_language_level(
    line: Line, mention: Mention, following: list[Mention], p: Patterns
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
        level = p.language_level_of.get(phrase_key(found.group(0)))
        if level and (best is None or p.language_rank[level] > p.language_rank[best]):
            best = level
    return best
