"""The view across the inputs of a batch: the skills in demand and the gaps worth closing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from jdmatch.batch_model import GapValue, Market, MatchSummary, SkillDemand, SkillRef
from jdmatch.match import Match, score_if_shown

#: Rows in each table of the market view.
MARKET_ROWS = 15


def gap_gains(m: Match) -> dict[str, float]:
    """For each gap, the score points the CV would gain by showing that skill.

    Computed with match's own scoring, so that a gain never drifts from the formula.
    """
    base = sum(part.points for part in m.score.parts)
    gains = {}
    for gap in m.missing:
        closed = score_if_shown(m, gap)
        gains[gap.skill.id] = max(0.0, sum(part.points for part in closed.parts) - base)
    return gains


def market(summaries: Sequence[MatchSummary], input_kind: str) -> Market:
    """The view across the inputs.

    Batch (postings): the skills most asked for, the CV's gaps by how many postings ask for
    them and the points showing them would gain, and the CV's skills no posting asks for.
    Rank (CVs): the posting's skills in its order, each with the candidates who show it.
    """
    if input_kind == "cv":
        skills = summaries[0].skills if summaries else ()
        shown_by: dict[str, int] = defaultdict(int)
        for summary in summaries:
            for s in summary.skills:
                shown_by[s.skill.id] += s.shown
        demand = tuple(
            SkillDemand(s.skill, shown_by[s.skill.id], int(s.level == "required"), False)
            for s in skills
        )
        return Market(demand, (), ())
    names: dict[str, SkillRef] = {}
    asked: dict[str, int] = defaultdict(int)
    required: dict[str, int] = defaultdict(int)
    shown: set[str] = set()
    missing: dict[str, int] = defaultdict(int)
    missing_required: dict[str, int] = defaultdict(int)
    points: dict[str, float] = defaultdict(float)
    for summary in summaries:
        for s in summary.skills:
            key = s.skill.id
            names[key] = s.skill
            asked[key] += 1
            required[key] += s.level == "required"
            if s.shown:
                shown.add(key)
            else:
                missing[key] += 1
                missing_required[key] += s.level == "required"
                points[key] += s.gain
    by_demand = sorted(asked, key=lambda k: (-asked[k], -required[k], names[k].name.lower()))
    # By the points as shown (rounded), so that equal figures fall back to the name order.
    by_gain = sorted(
        missing, key=lambda k: (-missing[k], -round(points[k], 1), names[k].name.lower())
    )
    # On the CV but asked for by no posting: in every posting's "extra" list.
    extras = [{s.id: s for s in summary.extra} for summary in summaries]
    unused = sorted(
        (s for s in (extras[0].values() if extras else ()) if all(s.id in e for e in extras)),
        key=lambda s: s.name.lower(),
    )
    return Market(
        demand=tuple(
            SkillDemand(names[k], asked[k], required[k], k in shown)
            for k in by_demand[:MARKET_ROWS]
        ),
        gaps=tuple(
            GapValue(names[k], missing[k], missing_required[k], round(points[k], 1))
            for k in by_gain[:MARKET_ROWS]
        ),
        unused=tuple(unused),
    )
