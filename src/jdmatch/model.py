"""The typed, immutable data that passes between the stages (see README: Architecture)."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Section kinds of a job description, in the order postings usually have them.
JD_SECTIONS = ("about", "responsibilities", "requirements", "nice_to_have", "benefits", "other")
#: Section kinds of a CV.
CV_SECTIONS = (
    "header",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "languages",
    "other",
)


@dataclass(frozen=True)
class Line:
    """One non-empty line of a document, with where it sits."""

    number: int  # 1-based line number in Document.text
    start: int  # character offset of the line in Document.text
    text: str
    section: str  # a key of JD_SECTIONS or CV_SECTIONS
    bullet: bool = False
    heading: bool = False  # a section heading with nothing after it

    @property
    def end(self) -> int:
        """Offset just past the line's last character."""
        return self.start + len(self.text)


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading."""

    kind: str
    heading: str | None  # the heading as written, None before the first heading
    first_line: int  # line numbers, inclusive
    last_line: int


@dataclass(frozen=True)
class Experience:
    """One job (or internship, or project role) read from a CV's experience section."""

    role: str | None
    organisation: str | None
    start: str | None  # as written: "Mar 2021", "Januari 2020", "2019"
    end: str | None  # as written, or "Present"
    first_line: int
    last_line: int
    #: "experience" (paid work and internships), "organisation" (student bodies, volunteering)
    #: or "projects"
    section: str = "experience"
    start_date: str | None = None  # "2021-03", or "2021" when only the year is written
    end_date: str | None = None  # the same; None while the job goes on
    ongoing: bool = False  # the end is "Present", "Sekarang", "saat ini"…


@dataclass(frozen=True)
class Document:
    """A parsed JD or CV: clean text, its lines and sections, language and a few facts."""

    kind: str  # "jd" or "cv"
    name: str  # file name, for the report
    text: str
    language: str  # "en" or "id"
    lines: tuple[Line, ...]
    sections: tuple[Section, ...]
    file_type: str = "txt"
    title: str | None = None  # JD: the role; CV: the candidate's headline
    organisation: str | None = None  # JD: the company
    experiences: tuple[Experience, ...] = ()
    #: What extraction had to repair (letter spacing, icon glyphs, columns), for the report.
    extraction_notes: tuple[str, ...] = field(default_factory=tuple)

    def line_at(self, offset: int) -> Line | None:
        """The line that holds a character offset."""
        lo, hi = 0, len(self.lines) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            line = self.lines[mid]
            if offset < line.start:
                hi = mid - 1
            elif offset > line.end:
                lo = mid + 1
            else:
                return line
        return None

    def section_lines(self, *kinds: str) -> tuple[Line, ...]:
        """The lines in sections of the given kinds."""
        return tuple(line for line in self.lines if line.section in kinds)
