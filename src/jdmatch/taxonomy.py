"""The skill taxonomy: canonical skills and their aliases, loaded from CSV files (see
data/taxonomy/README.md), compiled into one lookup table of word sequences."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from jdmatch import regexcache
from jdmatch.errors import TaxonomyError

CATEGORIES = (
    "tool",
    "technical",
    "soft",
    "language",
    "certification",
    "licence",
    "domain",
    "methodology",
)
HEADER = ["id", "name", "category", "family", "aliases", "strict", "implies", "name_id"]
#: The header without the optional last column (name_id): files written before it still load.
HEADER_V1 = HEADER[:-1]
_ID = regexcache.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: A word as the matcher sees it: letters and digits, with ".", "'" or "&" inside (Node.js,
#: R&D), "+" or "#" after (C++, C#), and an optional leading dot (.NET).
WORD = regexcache.compile(r"\.?[^\W_]+(?:[.'’&][^\W_]+)*[+#]*")
_INNER = regexcache.compile(r"[.'’]")
#: Categories whose one-word aliases are also found through Indonesian affixes.
MORPH_CATEGORIES = frozenset({"soft"})
#: Words whose reading through Indonesian affixes is remembered at most (then forgotten, and
#: looked up again): a batch of thousands of postings meets about this many distinct words.
AFFIXED_CACHE_SIZE = 200_000
_UNKNOWN: Any = object()
#: Shorter aliases are too easy to reach by accident through affix stripping ("menempati",
#: to occupy, is me-N-empati; "penelitian", research, is pe-N-teliti).
MORPH_MIN_ALIAS = 7


@dataclass(frozen=True)
class Skill:
    """One canonical skill."""

    id: str
    name: str
    category: str
    family: str = ""
    aliases: tuple[str, ...] = ()
    strict: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()
    #: The Indonesian display name, empty where it is the same as ``name``. Shown in
    #: Indonesian reports only; never matched (an Indonesian name is listed under aliases).
    name_id: str = ""

    def display_name(self, lang: str) -> str:
        """The name a report in this language shows: ``name`` unless a translation exists."""
        return self.name_id if lang == "id" and self.name_id else self.name


#: What a word sequence resolves to: (skill id, or None for an ignore phrase; the alias as
#: written; the exact-case forms of a strict alias, empty for an ordinary one). Plain tuples,
#: so that the compiled table caches with marshal and loads in milliseconds.
Rule = tuple["str | None", str, tuple[str, ...]]


class StartWords(NamedTuple):
    """The trie's keys as the matcher first reads a word (see skills._scan): which words can
    begin a mention, and which keys a longer key extends. Derived from the trie, and kept
    beside it in the disk cache."""

    #: One word that is an alias (or an ignore phrase) on its own: "python", "excel".
    aliases: frozenset[str]
    #: One word that only begins longer keys: "the" ("the cloud"), "ms" ("ms excel").
    prefixes: frozenset[str]
    #: Keys of any length that a longer key extends by one word: "ms", "microsoft power".
    extendable: frozenset[str]


def start_words(trie: dict[str, Rule | None]) -> StartWords:
    """The start words of a trie (see StartWords)."""
    parents = {key.rpartition(" ")[0] for key in trie if " " in key}
    # The trie's own key objects, so that the disk cache stores each string once.
    return StartWords(
        aliases=frozenset(k for k, rule in trie.items() if rule is not None and " " not in k),
        prefixes=frozenset(k for k, rule in trie.items() if rule is None and " " not in k),
        extendable=frozenset(k for k in trie if k in parents),
    )


def normalise_word(word: str) -> str:
    """A word's lookup form: case folded, inner dots and apostrophes dropped."""
    word = word.casefold()
    return word[0] + _INNER.sub("", word[1:]) if len(word) > 1 else word


def alias_key(alias: str) -> tuple[str, ...]:
    """The word sequence an alias is looked up by."""
    return tuple(normalise_word(w) for w in WORD.findall(alias))


class Taxonomy:
    """Skills by id, and the compiled lookup from word sequences to skills.

    Compiling fills ``table`` (word tuple -> rule); matching walks ``trie``, the same rules
    keyed by words joined with spaces plus every prefix, so that a lookup costs one dict
    access per word. Either is derived from the other on first use, so the disk cache keeps
    only one.
    """

    def __init__(
        self,
        skills: dict[str, Skill] | None = None,
        table: dict[tuple[str, ...], Rule] | None = None,
        trie: dict[str, Rule | None] | None = None,
        starts: StartWords | None = None,
    ) -> None:
        self.skills: dict[str, Skill] = skills if skills is not None else {}
        self._table = table if table is not None or trie is not None else {}
        self._trie = trie
        self._starts = starts if trie is not None else None
        #: Clashes found while compiling: (key, existing id, new id).
        self.clashes: list[tuple[str, str, str]] = []
        self._affixed: dict[str, Rule | None] = {}
        #: The words of _affixed that are read as an alias.
        self._affixed_hits: set[str] = set()
        self._generated: set[tuple[str, ...]] = set()

    def __len__(self) -> int:
        return len(self.skills)

    def __repr__(self) -> str:
        return f"Taxonomy({len(self.skills)} skills)"

    @property
    def table(self) -> dict[tuple[str, ...], Rule]:
        """Every word sequence the taxonomy knows, and what it resolves to."""
        if self._table is None:
            self._table = {
                tuple(key.split(" ")): rule for key, rule in self.trie.items() if rule is not None
            }
        return self._table

    @property
    def trie(self) -> dict[str, Rule | None]:
        """The table keyed by words joined with spaces, with every proper prefix of a key
        present too (as None where no alias ends there): matching extends a key one word at
        a time while it is in this dict. Flat strings, so it loads from disk in milliseconds.
        """
        if self._trie is None:
            trie: dict[str, Rule | None] = {}
            for key, rule in self.table.items():
                for size in range(1, len(key)):
                    trie.setdefault(" ".join(key[:size]), None)
                trie[" ".join(key)] = rule
            self._trie = trie
        return self._trie

    @property
    def starts(self) -> StartWords:
        """The trie's start words (see StartWords), derived on first use."""
        if self._starts is None:
            self._starts = start_words(self.trie)
        return self._starts

    def get(self, skill_id: str) -> Skill | None:
        """The skill with this id, if any."""
        return self.skills.get(skill_id)

    def add(self, skill: Skill, *, override: bool = False) -> None:
        """Add a skill and compile its aliases; a user's entry may override a built-in."""
        table = self.table
        if skill.id in self.skills and override:
            for key in [k for k, rule in table.items() if rule[0] == skill.id]:
                del table[key]
        self.skills[skill.id] = skill
        self._changed()
        names = list(skill.aliases)
        if skill.name not in skill.strict:
            names.insert(0, skill.name)
        for name in names:
            key = alias_key(name)
            if key:
                self._put(key, (skill.id, name, ()), override)
                plural = _plural(key) if skill.category != "soft" else None
                if plural and plural not in table:
                    self._put(plural, (skill.id, name, ()), override, generated=True)
        strict_forms: dict[tuple[str, ...], list[str]] = {}
        for name in skill.strict:
            key = alias_key(name)
            if key:
                strict_forms.setdefault(key, []).append(" ".join(WORD.findall(name)))
        for key, forms in strict_forms.items():
            self._put(key, (skill.id, forms[0], tuple(forms)), override)

    def _changed(self) -> None:
        self._trie = None
        self._starts = None
        self._affixed = {}
        self._affixed_hits = set()

    def affixed(self, word: str) -> Rule | None:
        """The one-word alias an Indonesian affixed word stands for, if any: one of the word's
        candidate stems is the alias itself ("berkomunikasi" -> komunikasi). Stems are not
        matched against other stems: "penempatan" (placement) and "berempati" share "empat"
        (four), which says nothing about either."""
        known = self._affixed
        rule = known.get(word, _UNKNOWN)
        if rule is not _UNKNOWN:
            return rule  # type: ignore[no-any-return]
        from jdmatch.morph import stems

        rule = None
        candidates = sorted(stems(word), key=lambda s: (-len(s), s))
        trie = self.trie
        for stem in candidates:
            found = trie.get(stem)
            if found is not None and self._morph_target(found):
                rule = found
                break
        if len(known) >= AFFIXED_CACHE_SIZE:
            # A fresh cache, not cleared in place: a reader in another thread keeps the old.
            known = {}
            self._affixed, self._affixed_hits = known, set()
        known[word] = rule
        if rule is not None:
            self._affixed_hits.add(word)
        return rule

    def affixed_words(self, words: set[str]) -> set[str]:
        """The words of a set that ``affixed`` reads as an alias. Each word is looked up
        once; one that cannot be stemmed (short, or not all letters) is remembered as no
        alias without a lookup, so that a later set's known words are sorted out in C."""
        from jdmatch.morph import WORD_MIN

        # Those known already, taken first: a lookup below may start a fresh cache.
        hits = words.intersection(self._affixed_hits)
        for word in words.difference(self._affixed):
            if len(word) >= WORD_MIN and word.isalpha():
                if self.affixed(word) is not None:
                    hits.add(word)
            elif len(self._affixed) < AFFIXED_CACHE_SIZE:
                self._affixed[word] = None  # what affixed() finds: stems() has none for it
        return hits

    def _morph_target(self, rule: Rule) -> bool:
        # Indonesian affixes matter for soft skills (berkomunikasi, memimpin, teliti); for
        # tools and techniques, stripping "meng-" or "-kan" finds more accidents than skills.
        return (
            rule[0] is not None
            and not rule[2]
            and self.skills[rule[0]].category in MORPH_CATEGORIES
            and len(rule[1]) >= MORPH_MIN_ALIAS
        )

    def add_ignore(self, phrase: str) -> None:
        """Add a phrase whose words are skipped: never a skill."""
        key = alias_key(phrase)
        if key and key not in self.table:
            self._put(key, (None, phrase, ()), False)
            self._changed()

    def _put(
        self, key: tuple[str, ...], rule: Rule, override: bool, *, generated: bool = False
    ) -> None:
        table = self.table
        existing = table.get(key)
        if existing is not None and existing[0] != rule[0] and not override:
            if key in self._generated and not generated:
                self._generated.discard(key)  # a real alias beats a generated plural
            else:
                if existing[0] is not None and rule[0] is not None and not generated:
                    self.clashes.append((" ".join(key), existing[0], rule[0]))
                return
        elif generated:
            self._generated.add(key)
        table[key] = rule


#: Names of a person in a role. An alias ending in one ("teacher", "Java developer") gets no
#: generated plural: "trained new teachers", "worked with the developers" and "a guide for
#: nurses" name other people, where the singular in a CV is the writer's own title. Not the
#: nouns that also name things ("kernel drivers", "Celery workers", "hardness testers").
PERSON_NOUNS = frozenset(
    {
        "accountant",
        "administrator",
        "advisor",
        "adviser",
        "agent",
        "analyst",
        "animator",
        "architect",
        "artist",
        "assistant",
        "associate",
        "attendant",
        "attorney",
        "auditor",
        "baker",
        "banker",
        "barista",
        "bartender",
        "bookkeeper",
        "broker",
        "buyer",
        "caregiver",
        "carpenter",
        "cashier",
        "chef",
        "cleaner",
        "clerk",
        "coach",
        "coder",
        "consultant",
        "cook",
        "coordinator",
        "copywriter",
        "counselor",
        "counsellor",
        "courier",
        "dentist",
        "designer",
        "developer",
        "dietitian",
        "director",
        "doctor",
        "draftsman",
        "economist",
        "editor",
        "educator",
        "electrician",
        "engineer",
        "executive",
        "expert",
        "fitter",
        "gardener",
        "guard",
        "housekeeper",
        "illustrator",
        "inspector",
        "instructor",
        "interpreter",
        "janitor",
        "journalist",
        "lawyer",
        "lecturer",
        "machinist",
        "manager",
        "marketer",
        "mason",
        "mechanic",
        "merchandiser",
        "midwife",
        "musician",
        "nurse",
        "nutritionist",
        "officer",
        "operator",
        "painter",
        "paralegal",
        "pharmacist",
        "photographer",
        "physician",
        "physiotherapist",
        "planner",
        "plumber",
        "practitioner",
        "professional",
        "professor",
        "programmer",
        "promoter",
        "psychologist",
        "receptionist",
        "recruiter",
        "representative",
        "researcher",
        "salesman",
        "salesperson",
        "scientist",
        "seller",
        "specialist",
        "statistician",
        "strategist",
        "supervisor",
        "surveyor",
        "teacher",
        "technician",
        "technologist",
        "teller",
        "therapist",
        "trainer",
        "translator",
        "tutor",
        "videographer",
        "waiter",
        "waitress",
        "welder",
        "writer",
    }
)


def _plural(key: tuple[str, ...]) -> tuple[str, ...] | None:
    last = key[-1]
    if last in PERSON_NOUNS:
        return None
    if len(last) >= 3 and last.isalpha() and not last.endswith("s") and last.isascii():
        return (*key[:-1], last + "s")
    return None


def read_rows(text: str, source: str) -> Iterable[Skill]:
    """Parse taxonomy CSV text into skills, with errors that name the file and line."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return
    columns = [h.strip() for h in header]
    if columns not in (HEADER, HEADER_V1):
        raise TaxonomyError(f"the first line must be the header {','.join(HEADER)}", source)
    width = len(columns)
    for number, row in enumerate(reader, start=2):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) != width:
            raise TaxonomyError(f"line {number} has {len(row)} columns, not {width}", source)
        cells = [c.strip() for c in row] + [""] * (len(HEADER) - width)
        skill_id, name, category, family, aliases, strict, implies, name_id = cells
        if not _ID.match(skill_id):
            raise TaxonomyError(
                f"line {number}: id {skill_id!r} must be lower-case words joined by '-'", source
            )
        if category not in CATEGORIES:
            raise TaxonomyError(
                f"line {number}: unknown category {category!r} (one of {', '.join(CATEGORIES)})",
                source,
            )
        if not name:
            raise TaxonomyError(f"line {number}: the name is empty", source)
        yield Skill(
            id=skill_id,
            name=name,
            category=category,
            family=family,
            aliases=_split(aliases),
            strict=_split(strict),
            implies=_split(implies),
            name_id=name_id if name_id != name else "",
        )


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def _builtin_sources() -> list[tuple[str, str]]:
    folder = resources.files("jdmatch").joinpath("data/taxonomy")
    return [
        (entry.name, entry.read_text("utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".csv")
        or (entry.name.startswith("ignore") and entry.name.endswith(".txt"))
    ]


def compile_builtin(sources: list[tuple[str, str]]) -> Taxonomy:
    """Compile the built-in taxonomy files (CSV skills, then ignore phrases)."""
    taxonomy = Taxonomy()
    for name, text in sources:
        if name.endswith(".csv"):
            for skill in read_rows(text, f"taxonomy/{name}"):
                taxonomy.add(skill)
    for name, text in sources:
        if name.endswith(".txt"):
            for line in text.splitlines():
                if line.strip() and not line.startswith("#"):
                    taxonomy.add_ignore(line.strip())
    return taxonomy


def _cache_file(sources: list[tuple[str, str]]) -> Path | None:
    import hashlib

    from jdmatch import __version__

    # The compiler's own source is part of the key: a change to it recompiles.
    digest = hashlib.sha1(__version__.encode() + Path(__file__).read_bytes())
    for name, text in sources:
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    return Path(user_cache_dir("jdmatch")) / f"taxonomy-{digest.hexdigest()[:16]}.marshal"


def _load_builtin() -> Taxonomy:
    """The built-in taxonomy, compiled once and cached on disk (keyed by the files' content)."""
    import gc
    import marshal
    import os

    sources = _builtin_sources()
    cache = None if os.environ.get("JDMATCH_NO_CACHE") else _cache_file(sources)
    if cache is not None:
        try:
            data = cache.read_bytes()
            # ~170,000 new objects, none in a cycle: the cyclic garbage collector would pass
            # over all of them several times while they load (about a tenth of its time).
            enabled = gc.isenabled()
            gc.disable()
            try:
                skills, trie, starts = marshal.loads(data)
                return Taxonomy(
                    skills={row[0]: Skill(*row) for row in skills},
                    trie=trie,
                    starts=StartWords(*starts),
                )
            finally:
                if enabled:
                    gc.enable()
        except (OSError, ValueError, EOFError, TypeError):
            pass
    taxonomy = compile_builtin(sources)
    if cache is not None:
        import contextlib
        import tempfile

        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
            rows = [
                (s.id, s.name, s.category, s.family, s.aliases, s.strict, s.implies, s.name_id)
                for s in taxonomy.skills.values()
            ]
            data = marshal.dumps((rows, taxonomy.trie, tuple(taxonomy.starts)))
            fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".taxonomy-")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, cache)
    return taxonomy


def load_taxonomy(extra: tuple[Path, ...] = ()) -> Taxonomy:
    """The built-in taxonomy, with a user's files merged over it (theirs win on an id)."""
    return _load_taxonomy(tuple(Path(p) for p in extra))


@lru_cache(maxsize=8)
def _load_taxonomy(extra: tuple[Path, ...]) -> Taxonomy:
    taxonomy = _load_builtin()
    for path in extra:
        for skill in read_rows(_read_user_file(path), str(path)):
            taxonomy.add(skill, override=True)
    return taxonomy


def _read_user_file(path: str | Path) -> str:
    try:
        return Path(path).read_text("utf-8")
    except OSError as exc:
        raise TaxonomyError(f"cannot read the taxonomy file ({exc.strerror})", path) from None
    except UnicodeDecodeError:
        raise TaxonomyError("the taxonomy file is not UTF-8 text", path) from None


# Forget the loaded taxonomies (benchmarks time a cold load).
load_taxonomy.cache_clear = _load_taxonomy.cache_clear  # type: ignore[attr-defined]


def check_file(path: str | Path) -> list[str]:
    """Problems in a user's taxonomy file, one sentence each: an empty list means it is fine.

    Raises TaxonomyError when the file cannot be read as taxonomy CSV at all.
    """
    text = _read_user_file(path)
    builtin = load_taxonomy()
    problems: list[str] = []
    seen: dict[str, Skill] = {}
    aliases: dict[tuple[str, ...], str] = {}
    for skill in read_rows(text, str(path)):
        if skill.id in seen:
            problems.append(f"{skill.id}: the id appears twice in this file")
        seen[skill.id] = skill
        names = [*skill.aliases, *([skill.name] if skill.name not in skill.strict else [])]
        for name in [*names, *skill.strict]:
            key = alias_key(name)
            if not key:
                problems.append(f"{skill.id}: the alias {name!r} has no letters or digits")
                continue
            if key in aliases and aliases[key] != skill.id:
                problems.append(f"{skill.id}: the alias {name!r} is also used by {aliases[key]}")
            aliases[key] = skill.id
            rule = builtin.table.get(key)
            if rule is not None and rule[0] is not None and rule[0] != skill.id:
                other = builtin.skills[rule[0]]
                problems.append(
                    f"{skill.id}: the alias {name!r} already means the built-in skill "
                    f"{other.id} ({other.name}); use that id to override it"
                )
    for skill in seen.values():
        for target in skill.implies:
            if target not in seen and target not in builtin.skills:
                problems.append(f"{skill.id}: implies an unknown skill id {target!r}")
    return problems


def search(word: str, taxonomy: Taxonomy) -> list[tuple[str, Skill]]:
    """What a word or phrase resolves to: the exact alias first, then aliases containing it."""
    key = alias_key(word)
    results: list[tuple[str, Skill]] = []
    rule = taxonomy.table.get(key)
    if rule is not None and rule[0] is not None:
        results.append((rule[1], taxonomy.skills[rule[0]]))
    elif len(key) == 1:
        affixed = taxonomy.affixed(key[0])
        if affixed is not None and affixed[0] is not None:
            results.append((f"{word} -> {affixed[1]}", taxonomy.skills[affixed[0]]))
    if key:
        needle = " ".join(key)
        for other, found in taxonomy.table.items():
            if found[0] is None or other == key:
                continue
            if needle in " ".join(other) and all(s.id != found[0] for _, s in results):
                results.append((found[1], taxonomy.skills[found[0]]))
    return results
