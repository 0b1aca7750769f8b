"""Hard requirements: what a JD asks beyond skills (years, education, languages, licences,
place, terms), the candidate's record read from a CV, and each requirement checked against it.

One stage, ``hard_requirements(jd, cv, jd_mentions, cv_mentions, *, today)`` → the checks and
the CV's record, split by job: ``patterns`` (the words of ``data/requirements.json``, compiled
once, on first use), ``jd`` (the JD's requirements), ``cv`` (the candidate's record) and
``check`` (each requirement checked, the share met).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from jdmatch.memo import per_document
from jdmatch.model import Document
from jdmatch.requirements.check import RequirementCheck, check_requirements, met_share
from jdmatch.requirements.cv import CandidateRecord, job_span, read_candidate, reference_month
from jdmatch.requirements.jd import INFO_KINDS, KINDS, HardRequirement, read_hard_requirements
from jdmatch.requirements.patterns import patterns
from jdmatch.skills import Mention

__all__ = [
    "INFO_KINDS",
    "KINDS",
    "CandidateRecord",
    "HardRequirement",
    "RequirementCheck",
    "hard_requirements",
    "job_span",
    "met_share",
    "patterns",
    "read_candidate",
    "read_hard_requirements",
    "reference_month",
]


def hard_requirements(
    jd: Document,
    cv: Document,
    jd_mentions: Sequence[Mention],
    cv_mentions: Sequence[Mention],
    *,
    today: date | None = None,
) -> tuple[tuple[RequirementCheck, ...], CandidateRecord]:
    """The JD's hard requirements checked against the CV, and the CV's record.

    ``today`` is the month "Present" stands for (default: today's date). What is read from
    one document is read once while its mentions are the same (a batch's anchor, see memo.py).
    """
    now = today or date.today()
    record = per_document(
        cv,
        ("candidate", now),
        lambda: read_candidate(cv, list(cv_mentions), today=now),
        cv_mentions,
    )
    requirements = per_document(
        jd, "requirements", lambda: read_hard_requirements(jd, list(jd_mentions)), jd_mentions
    )
    return check_requirements(requirements, record, cv, cv_mentions), record
