"""Parsing: clean text to a Document with lines, bullets, sections, language and CV entries."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from itertools import filterfalse

from jdmatch import regexcache
from jdmatch.model import Document, Experience, Line, Section

_BULLET = regexcache.compile(
    r"^\s*(?:[•●▪◦‣∙·○■□►▸▶➢➤✓✔\-–—*]+|\(?\d{1,2}[.)]|\(?[a-hA-H][.)](?=\s))\s*"
)
_HEADING_STRIP = regexcache.compile(r"[^\w\s&/]+")


@lru_cache(maxsize=1)
def requirement_words() -> dict:
    """The words of data/requirements.json: months, "Present", education levels, and more."""
    resource = resources.files("jdmatch").joinpath("data/requirements.json")
    return json.loads(resource.read_text("utf-8"))


def _alternatives(phrases: list[str]) -> str:
    # Longest first, so that "januari" wins over "jan"; spaces match any run of spaces.
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_WORDS = requirement_words()
#: Month name (English or Indonesian, full or short) to its number.
MONTHS: dict[str, int] = {
    name: int(number) for number, names in _WORDS["months"].items() for name in names
}
# Months in English and Indonesian, full and short.
_MONTH = rf"(?:{_alternatives(list(MONTHS))})\.?"
_DATE = (
    rf"(?:\b{_MONTH},?\s*(?:19|20)\d{{2}}|(?<!\d)(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])"
    rf"[/.-](?:19|20)\d{{2}}|(?<!\d)(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:19|20)\d{{2}}"
    rf"|(?<!\d)(?:19|20)\d{{2}}[/.-](?:0[1-9]|1[0-2])(?!\d)|(?<!\d)(?:19|20)\d{{2}})"
)
_NOW = rf"(?:{_alternatives(_WORDS['present'])})"
DATE_RANGE = regexcache.compile(
    # "2019 – 2021", "Mar 2019 s/d Sekarang", "September 2017 onwards"; two spaces stand for
    # a dash that a PDF or a paste dropped ("2005  Present").
    rf"(?P<start>{_DATE})(?:\s*(?:-|–|—|to|until|till|sampai|hingga|s/d|s\.d\.?|sd)\s*|\s{{2,}}"
    rf"|\s+(?=onwards?\b|dan\s+seterusnya))(?P<end>{_DATE}|{_NOW})(?![\w/])",
    re.IGNORECASE,
)
#: A year as every date of _DATE holds one, and the most characters a start date holds before
#: its year but for white space: a month's name with a dot and a comma ("September.,"), or a
#: day and a month in digits ("15/03/").
_YEAR = regexcache.compile(r"(?:19|20)\d{2}")
_BEFORE_YEAR = max(map(len, MONTHS)) + 2


def find_date_range(text: str) -> re.Match[str] | None:
    """``DATE_RANGE.search(text)``, begun just before the text's first year.

    The pattern is slow to try at each character of a long line (a job's header), and a range
    can start no earlier: the text before a start date's year holds no year.
    """
    year = _YEAR.search(text)
    if year is None:
        return None
    at = year.start()
    while at > 0 and text[at - 1].isspace():  # "Mar  2021": any white space before the year
        at -= 1
    return DATE_RANGE.search(text, max(0, at - _BEFORE_YEAR))


_DATE_PARTS = regexcache.compile(
    rf"^(?:(?P<month_name>{_MONTH}),?\s*(?P<year1>(?:19|20)\d{{2}})"
    rf"|(?:0?[1-9]|[12]\d|3[01])[/.-](?P<month3>0?[1-9]|1[0-2])[/.-](?P<year5>(?:19|20)\d{{2}})"
    rf"|(?P<month1>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<year2>(?:19|20)\d{{2}})"
    rf"|(?P<year3>(?:19|20)\d{{2}})[/.-](?P<month2>0[1-9]|1[0-2])"
    rf"|(?P<year4>(?:19|20)\d{{2}}))$",
    re.IGNORECASE,
)


def read_date(text: str) -> str | None:
    """A date as a CV writes it ("Mar 2021", "Maret 2021", "03/2021", "2021") as "2021-03" or,
    for a year alone, "2021"; None for "Present" and for anything else."""
    found = _DATE_PARTS.match(text.strip())
    if found is None:
        return None
    if found.group("month_name"):
        name = found.group("month_name").lower().rstrip(".")
        return f"{found.group('year1')}-{MONTHS[name]:02d}"
    if found.group("month3"):  # a whole date, day first: "15/03/2021"
        return f"{found.group('year5')}-{int(found.group('month3')):02d}"
    if found.group("month1"):
        return f"{found.group('year2')}-{int(found.group('month1')):02d}"
    if found.group("year3"):
        return f"{found.group('year3')}-{found.group('month2')}"
    return found.group("year4")


_ORG_HINT = regexcache.compile(
    r"^(?:pt|cv|ud|tbk|bank|universitas|university|institut|sekolah|rumah sakit|rs|hotel|"
    r"yayasan|koperasi)\b|\b(?:ltd|inc|llc|corp|gmbh|tbk|group|company|co)\b\.?$",
    re.IGNORECASE,
)
_HEADER_SPLIT = regexcache.compile(r"\s+[|•·@]\s+|\s+[-–—]\s+|\s+at\s+|\s+di\s+|,\s*")
_ID_WORDS = frozenset(
    [
        "dan",
        "yang",
        "di",
        "untuk",
        "dengan",
        "dalam",
        "ini",
        "itu",
        "atau",
        "dari",
        "ke",
        "pada",
        "akan",
        "kami",
        "anda",
        "memiliki",
        "mampu",
        "bersedia",
        "adalah",
        "sebagai",
        "tidak",
        "juga",
        "serta",
        "minimal",
        "diutamakan",
        "pengalaman",
        "tahun",
        "bidang",
        "kerja",
        "secara",
        "tim",
        "dapat",
        "oleh",
        "lebih",
        "baik",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "for",
        "with",
        "a",
        "an",
        "is",
        "are",
        "you",
        "we",
        "our",
        "will",
        "be",
        "as",
        "on",
        "or",
        "at",
        "this",
        "that",
        "your",
        "have",
        "has",
        "from",
        "by",
        "experience",
        "years",
        "ability",
        "strong",
        "work",
        "team",
        "skills",
    ]
)
_WORD = regexcache.compile(r"[^\W\d_]+")
_DIGIT_OR_COMMA = regexcache.compile(r"[\d,]")


@lru_cache(maxsize=1)
def _headings() -> dict[str, dict[str, str]]:
    """For each document kind, heading text (lower-case, no spaces) to section kind."""
    raw = json.loads(resources.files("jdmatch").joinpath("data/sections.json").read_text("utf-8"))
    table: dict[str, dict[str, str]] = {}
    for kind in ("jd", "cv"):
        table[kind] = {
            phrase.replace(" ", ""): section
            for section, phrases in raw[kind].items()
            for phrase in phrases
        }
    return table


#: +1 for an Indonesian function word, -1 for an English one (a word of both is Indonesian).
_LANGUAGE_VOTE = {word: -1 for word in _EN_WORDS} | {word: 1 for word in _ID_WORDS}


def detect_language(text: str) -> str:
    """ "id" when Indonesian function words outnumber English ones, else "en"."""
    # The words of _WORD.findall, counted in C (a loop over every word of a long document
    # costs more than the rest of parsing): a run of letters never crosses white space, so a
    # token of letters only is one word, and the other tokens are split as _WORD splits them
    # ("skills," "data-driven"). The regex engine then reads a quarter of the text, not all.
    tokens = text[:20000].lower().split()
    others = _WORD.findall(" ".join(filterfalse(str.isalpha, tokens)))
    votes = _LANGUAGE_VOTE.get
    score = sum(filter(None, map(votes, tokens))) + sum(filter(None, map(votes, others)))
    return "id" if score > 0 else "en"


_CV_ONLY = frozenset({"experience", "education", "projects", "certifications"})
#: Phrases only one kind of document uses; each counts once, however often it appears.
_CV_CUES = tuple(
    regexcache.compile(cue, re.IGNORECASE | re.MULTILINE)
    for cue in (
        r"\bcurriculum vitae\b|\bresume\b|\br[ée]sum[ée]\b|\bdaftar riwayat hidup\b",
        r"\bwork(ing)? experience\b|\bpengalaman kerja\b|\bprofessional experience\b",
        r"\b(personal (details|information|data)|data pribadi|date of birth|tanggal lahir)\b",
        r"\b(hobbies|interests|references|referensi)\s*:?\s*$",
        r"\b(19|20)\d\d\s*[-–—]?\s*(present|now|current|sekarang|saat ini)\b",
        r"\b(19|20)\d\d\s*[-–—]\s*(19|20)\d\d\b",
        r"^\W*(phone|e-?mail|mobile|telp|telepon|no\.? hp|whatsapp|linkedin|address|alamat)\s*:",
        r"\b(I|saya) (have|am|was|worked|led|built|developed|telah|pernah|bekerja)\b",
    )
)
_JD_CUES = tuple(
    regexcache.compile(cue, re.IGNORECASE)
    for cue in (
        r"\bwe(?: are|'re)? (looking|hiring|seeking|searching)\b|\bkami (mencari|membutuhkan)\b",
        r"\byou will\b|\byou'll\b|\bthe (ideal |successful )?candidate\b|\bkandidat\b",
        r"\bjob (description|summary|requirements?)\b|\bdeskripsi pekerjaan\b|\blowongan\b",
        r"\b(kualifikasi|persyaratan|requirements|qualifications)\b",
        r"\b(apply|lamar|kirimkan (cv|lamaran))\b",
        r"\b(must have|nice to have|is a plus|preferred|diutamakan|nilai tambah)\b",
        r"\b(what we offer|benefits|tunjangan|we offer)\b",
    )
)
_JD_ONLY = frozenset({"responsibilities", "requirements", "nice_to_have", "benefits"})


def guess_kind(text: str) -> str:
    """ "cv" or "jd" for a document of unknown kind, from its headings and dated jobs.

    A CV has headings such as Experience and Education and date ranges; a posting has
    Responsibilities, Requirements and Benefits. A tie reads it as a posting.
    """
    cv = jd = 0.0
    for line in text.splitlines()[:400]:
        stripped = line.strip()
        if not stripped or len(stripped) > 60:
            continue
        as_jd = heading_kind(stripped, "jd")
        if heading_kind(stripped, "cv") in _CV_ONLY:
            cv += 1 if as_jd is None else 0.5  # "Experience" heads a posting's part too
        jd += as_jd in _JD_ONLY
    head = text[:20000]
    cv += min(len(DATE_RANGE.findall(head)), 4) * 0.5
    cv += sum(1 for cue in _CV_CUES if cue.search(head))
    jd += sum(1 for cue in _JD_CUES if cue.search(head))
    return "cv" if cv > jd else "jd"


def heading_kind(line: str, doc_kind: str) -> str | None:
    """The section kind a line announces, or None when it is not a heading."""
    bullet = _BULLET.match(line)
    text = line[bullet.end() :] if bullet and len(line) < 80 else line
    head = text.split(":", 1)[0] if ":" in text else text
    if len(head) > 60:
        return None
    key = _HEADING_STRIP.sub(" ", head).lower().replace("&", " and ")
    words = key.split()
    key = " ".join(words)  # runs of white space as one space, none at the ends
    table = _headings()[doc_kind]
    compact = key.replace(" ", "")
    if compact in table:
        return table[compact]
    # "Requirements & Skills", "Kualifikasi Umum", "Skills required -": a short line that
    # starts with a heading phrase, when written as a heading (colon, or no sentence after).
    # "Pendidikan Pajak Nusantara, 2021" is no heading. (The cheap tests first.)
    if (
        1 < len(words) <= 4
        and not bullet
        and (text.rstrip().endswith(":") or text.isupper() or text.istitle())
        and not _DIGIT_OR_COMMA.search(head)
    ):
        for n in range(len(words) - 1, 0, -1):
            prefix = "".join(words[:n])
            if prefix in table and len(prefix) >= 5:
                return table[prefix]
    return None


def parse(text: str, *, kind: str, name: str = "", file_type: str = "txt") -> Document:
    """Split clean text into lines and sections and read its language and key facts."""
    default = "about" if kind == "jd" else "header"
    lines: list[Line] = []
    sections: list[Section] = []
    current, heading, first = default, None, 1
    resume: tuple[str, str | None] | None = None  # the list a one-line fact interrupted
    parts: list[str] = []
    offset = 0
    raw_lines = text.split("\n")
    for raw in raw_lines:
        stripped = raw.strip()
        if not stripped:
            continue
        found = heading_kind(stripped, kind)
        bullet_match = _BULLET.match(stripped)
        is_bullet = bullet_match is not None and bullet_match.end() < len(stripped)
        content = stripped[bullet_match.end() :] if is_bullet and bullet_match else stripped
        if resume is not None:
            back, resume = resume, None
            if found is None and is_bullet:
                # The line after a "Penempatan: Cikarang" fact: a bullet goes on with the list.
                if lines and lines[-1].number >= first:
                    sections.append(Section(current, heading, first, lines[-1].number))
                (current, heading), first = back, len(lines) + 1
        elif found is not None and current in _LIST_SECTIONS:
            has_value = bool(content.partition(":")[2].strip())
            if is_bullet and has_value:
                found = None  # "- Location: Jakarta" inside the requirements: one more item
            elif has_value and found == "other":
                resume = (current, heading)  # "Penempatan: Cikarang": a fact, then maybe more
        if found is not None:
            if lines and lines[-1].number >= first:
                sections.append(Section(current, heading, first, lines[-1].number))
            current, heading, first = found, content.split(":", 1)[0].strip(), len(lines) + 1
            after = content.split(":", 1)[1].strip() if ":" in content else ""
            number = len(lines) + 1
            lines.append(Line(number, offset, content, current, False, heading=not after))
            parts.append(content)
            offset += len(content) + 1
            continue
        elif (
            lines
            and not is_bullet
            and not lines[-1].heading
            and (lines[-1].bullet or len(lines[-1].text) >= WRAPPED_LINE)
            and _continues(lines[-1].text, content)
        ):
            # A bullet or a sentence wrapped over two lines in a PDF: join it back.
            previous = lines.pop()
            joined = previous.text + " " + content
            parts[-1] = joined
            offset = previous.start + len(joined) + 1
            lines.append(
                Line(previous.number, previous.start, joined, previous.section, previous.bullet)
            )
            continue
        number = len(lines) + 1
        lines.append(Line(number, offset, content, current, is_bullet))
        parts.append(content)
        offset += len(content) + 1
    if lines and lines[-1].number >= first:
        sections.append(Section(current, heading, first, lines[-1].number))
    body = "\n".join(parts)
    doc_lines = tuple(lines)
    language = detect_language(body)
    title, organisation = _jd_title(doc_lines) if kind == "jd" else (_cv_headline(doc_lines), None)
    experiences = _experiences(doc_lines, tuple(sections)) if kind == "cv" else ()
    return Document(
        kind=kind,
        name=name,
        text=body,
        language=language,
        lines=doc_lines,
        sections=tuple(sections),
        file_type=file_type,
        title=title,
        organisation=organisation,
        experiences=experiences,
    )


#: Sections that are lists of what the job does or asks. In them a bullet with its value
#: ("- Location: Jakarta") is one more item, not a heading, and a "Penempatan: Cikarang" line
#: is a fact of its own after which bullets go on with the list. "Benefits:" alone, or
#: "Nice to have: Docker", still starts its section.
_LIST_SECTIONS = frozenset({"responsibilities", "requirements", "nice_to_have"})


def _continues(previous: str, current: str) -> bool:
    if not current:
        return False
    first = current[0]
    if first.islower():
        return True
    if first.isalpha() and (previous.count("(") > previous.count(")") or previous.endswith(",")):
        # "(Mathematics, Economics," / "Industrial Engineering).": cut inside a list
        return True
    return first.isdigit() and not previous.rstrip().endswith((".", "!", "?", ":", ";"))


#: Words in a company's or a role's name at most; a longer line under a job's dates is the
#: first sentence about the job.
MAX_NAME_WORDS = 6
#: A line this long that stops mid-sentence was wrapped by the layout, not by its author.
WRAPPED_LINE = 60


_TITLE_LABEL = regexcache.compile(
    r"^(?:job\s*title|position|posisi|jabatan|role|lowongan(?:\s+kerja)?|dibutuhkan|"
    r"we\s+are\s+hiring|hiring)\s*[:\-–]\s*(?P<title>.+)$",
    re.IGNORECASE,
)
# Banners that stand where a title would: "LOWONGAN KERJA", "DIBUTUHKAN SEGERA !!!".
_BANNER = regexcache.compile(
    r"^(?:lowongan(?:\s+kerja)?|loker|dibutuhkan(?:\s+segera)?|segera\s+dibutuhkan|"
    r"we\s*(?:'re|are)\s+hiring|now\s+hiring|hiring|job\s+vacancy|vacancy|"
    r"urgently\s+(?:needed|required)|careers?\b.*)[\s!.:]*$",
    re.IGNORECASE,
)
_BANNER_PREFIX = regexcache.compile(
    r"^(?:(?:we\s*(?:'re|are)\s+hiring|hiring|dibutuhkan)\s*[!:.\-–]+"
    r"|(?:lowongan\s+kerja|lowongan|loker|dibutuhkan(?:\s+segera)?)\b[\s!:.\-–]*)\s*",
    re.IGNORECASE,
)
_INTRODUCES_TITLE = regexcache.compile(
    r"\b(?:sebagai|as\s+an?|as|position|posisi)\s*:?$", re.IGNORECASE
)
_COMPANY_LABEL = regexcache.compile(
    r"^(?:company|perusahaan|employer|nama\s+perusahaan)\s*[:\-–]\s*(?P<org>.+)$", re.IGNORECASE
)
_LEGAL_NAME = regexcache.compile(
    r"\b(?:PT\.?|CV\.?)\s+[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,5}(?:\s+Tbk\.?)?"
    r"|\b[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3},?\s+(?:Ltd|Inc|LLC|Corp|GmbH|Tbk)\b\.?"
)
#: Every match of _LEGAL_NAME holds one of these: a line with none is not searched.
_LEGAL_NAME_WORDS = ("PT", "CV", "Ltd", "Inc", "LLC", "Corp", "GmbH", "Tbk")
#: The last letter of every word _INTRODUCES_TITLE ends on, either case: a line ending in
#: another ASCII character is not searched.
_INTRODUCING_ENDS = frozenset("isanISAN")
_ABOUT_NAME = regexcache.compile(
    r"^(?i:about|tentang)\s+(?P<org>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})$"
)
_NOT_A_NAME = frozenset({"us", "the", "kami", "perusahaan", "company", "role", "team", "you"})


def _jd_title(lines: tuple[Line, ...]) -> tuple[str | None, str | None]:
    head = lines[:15]
    title = organisation = None
    for i, line in enumerate(head):
        text = line.text.strip()
        label = _COMPANY_LABEL.match(text)
        if label and organisation is None:
            organisation = label.group("org").strip()
        label = _TITLE_LABEL.match(text)
        if label and title is None and len(label.group("title").split()) <= 10:
            title = label.group("title").strip(" :-–")
        if (
            title is None
            and i + 1 < len(head)
            and _may_introduce_title(text)
            and _INTRODUCES_TITLE.search(text)
        ):
            title = head[i + 1].text.strip()
    if title is None:
        for line in head[:4]:
            text = _BANNER_PREFIX.sub("", line.text).strip()
            if not text or _BANNER.match(text) or line.heading:
                continue
            if _LEGAL_NAME.match(text) or re.search(r"\s[|·•]\s", text):
                continue  # the company's name or a line of facts, not the role
            if 1 <= len(text.split()) <= 10 and not text.endswith("."):
                title = text.strip(" !")
            break
    if organisation is None:
        organisation = _jd_organisation(lines, title)
    return title, organisation


def _may_introduce_title(text: str) -> bool:
    last = text.rstrip(":").rstrip()[-1:]
    return bool(last) and (last in _INTRODUCING_ENDS or not last.isascii())


def _jd_organisation(lines: tuple[Line, ...], title: str | None) -> str | None:
    for line in lines[:40]:
        found = (
            _LEGAL_NAME.search(line.text)
            if any(word in line.text for word in _LEGAL_NAME_WORDS)
            else None
        )
        if found:
            return found.group(0).strip(" .,")
    for line in lines:
        about = _ABOUT_NAME.match(line.text.strip())
        if about and about.group("org").split()[0].lower() not in _NOT_A_NAME:
            return about.group("org")
    # "Kiosara | Commercial Analytics | Jakarta": the company leads the line under the title.
    for line in lines[:4]:
        parts = [p.strip() for p in re.split(r"\s[|·•]\s", line.text)]
        if len(parts) >= 2 and line.text.strip() != title and 1 <= len(parts[0].split()) <= 4:
            return parts[0]
    return None


def _cv_headline(lines: tuple[Line, ...]) -> str | None:
    for line in lines[:4]:
        if line.section == "header" and 1 <= len(line.text.split()) <= 8 and "@" not in line.text:
            return line.text
    return None


#: Headings of an experience section that is not paid work: its entries keep their skills
#: but do not add to the candidate's years of experience.
_NOT_WORK_HEADING = regexcache.compile(
    r"organi[sz]|volunteer|relawan|extracurricular|ekstrakurikuler|kegiatan|leadership|kepanitiaan",
    re.IGNORECASE,
)


def _entry_section(line: Line, sections: tuple[Section, ...]) -> str:
    for section in sections:
        if section.first_line <= line.number <= section.last_line:
            if line.section == "experience" and _NOT_WORK_HEADING.search(section.heading or ""):
                return "organisation"
            break
    return line.section


def _experiences(
    lines: tuple[Line, ...], sections: tuple[Section, ...] = ()
) -> tuple[Experience, ...]:
    body = [
        line for line in lines if line.section in ("experience", "projects") and not line.heading
    ]
    starts: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate(body):
        if not line.bullet:
            found = find_date_range(line.text)
            if found:
                starts.append((i, found))
    entries: list[Experience] = []
    for k, (i, found) in enumerate(starts):
        line = body[i]
        rest = (line.text[: found.start()] + " " + line.text[found.end() :]).strip(" |,-–—()")
        header = [
            p.strip() for p in re.split(r"\s+[|•·@]\s+|\s+[-–—]\s+|\s+at\s+|\s+di\s+|,\s*", rest)
        ]
        header = [p for p in header if p]
        # The role or company may stand on the line(s) just before the dates.
        j = i - 1
        before: list[str] = []
        previous_end = starts[k - 1][0] if k else -1
        while j > previous_end and len(before) < 2 and not body[j].bullet:
            before.insert(0, body[j].text)
            j -= 1
        after = None
        if i + 1 < len(body) and not body[i + 1].bullet and not find_date_range(body[i + 1].text):
            after = _HEADER_SPLIT.split(body[i + 1].text)[0].strip()
            if len(after.split()) > MAX_NAME_WORDS:
                after = None  # a sentence about the job ("Mengelola anggaran ..."), not its name
        candidates = [*before, *header]
        if len(candidates) < 2 and after:
            candidates.append(after)
        role, organisation = _role_and_organisation(candidates)
        first = body[j + 1].number if before else line.number
        next_start = starts[k + 1][0] if k + 1 < len(starts) else len(body)
        # The next entry's header lines belong to it, not to this one.
        last_index = next_start - 1
        while last_index > i and not body[last_index].bullet and k + 1 < len(starts):
            last_index -= 1
        last = body[max(last_index, i)].number
        end_date = read_date(found.group("end"))
        entries.append(
            Experience(
                role,
                organisation,
                found.group("start"),
                found.group("end"),
                first,
                last,
                section=_entry_section(line, sections),
                start_date=read_date(found.group("start")),
                end_date=end_date,
                ongoing=end_date is None,
            )
        )
    return tuple(entries)


def _role_and_organisation(parts: list[str]) -> tuple[str | None, str | None]:
    parts = [p for p in (s.strip(" |,-–—") for s in parts) if p][:3]
    if not parts:
        return None, None
    if len(parts) == 1:
        return parts[0], None
    first, second = parts[0], parts[1]
    if _ORG_HINT.search(first) and not _ORG_HINT.search(second):
        return second, first
    return first, second
