"""jdmatch: match a job description against a CV and prepare for the hiring manager.

The library under the ``jdmatch`` command::

    import jdmatch
    result = jdmatch.analyze("jd.pdf", "cv.docx")
    print(result.score, [m.skill.name for m in result.missing])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "BatchResult",
    "Document",
    "Evidence",
    "Failure",
    "Gap",
    "JdmatchError",
    "Match",
    "MatchSummary",
    "Mention",
    "Settings",
    "Skill",
    "SkillMatch",
    "__version__",
    "analyze",
    "batch",
    "find_skills",
    "load",
    "rank",
    "render",
]

# Names resolve on first use, so that `import jdmatch` (and `jdmatch --help`) stays light.
_EXPORTS = {
    "Analysis": "jdmatch.analysis",
    "analyze": "jdmatch.analysis",
    "load": "jdmatch.analysis",
    "batch": "jdmatch.batching",
    "rank": "jdmatch.batching",
    "BatchResult": "jdmatch.batch_model",
    "Failure": "jdmatch.inputs",
    "MatchSummary": "jdmatch.batch_model",
    "Document": "jdmatch.model",
    "Evidence": "jdmatch.match",
    "Gap": "jdmatch.match",
    "Match": "jdmatch.match",
    "SkillMatch": "jdmatch.match",
    "JdmatchError": "jdmatch.errors",
    "Mention": "jdmatch.skills",
    "find_skills": "jdmatch.skills",
    "Settings": "jdmatch.settings",
    "Skill": "jdmatch.taxonomy",
    "render": "jdmatch.report",
}

if TYPE_CHECKING:
    from jdmatch.analysis import Analysis, analyze, load
    from jdmatch.batch_model import BatchResult, MatchSummary
    from jdmatch.batching import batch, rank
    from jdmatch.errors import JdmatchError
    from jdmatch.inputs import Failure
    from jdmatch.match import Evidence, Gap, Match, SkillMatch
    from jdmatch.model import Document
    from jdmatch.report import render
    from jdmatch.settings import Settings
    from jdmatch.skills import Mention, find_skills
    from jdmatch.taxonomy import Skill


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'jdmatch' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
