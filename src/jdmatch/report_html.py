"""The HTML report and index: one self-contained page each, with inline SVG charts.

The page's sections are the Markdown report's own, converted by markdown-it with raw HTML
off: whatever section the Markdown template gains, the HTML page gains too, and document
text, already escaped for Markdown, is escaped again as HTML. The charts and the page around
the sections come from `templates/*.html.j2`, autoescaped. Nothing refers to anything
outside the file: no script, no font, no image, no link off the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from jdmatch import __version__, regexcache
from jdmatch.analysis import Analysis
from jdmatch.render_prep import clip
from jdmatch.report import markdown_context, pct, render_markdown, strings

#: Inputs drawn in the ranking chart of an HTML index; the table below it lists them all.
RANKING_CHART_ROWS = 20
#: Longest input label in a chart row before it is cut with "…" (the table has it whole).
CHART_LABEL_MAX = 90
#: Score from which the gauge is green, and from which it is amber rather than red: the same
#: bands a reader would put on a 0-100 fit.
GOOD_SCORE = 70
FAIR_SCORE = 45
#: The order of the categories in the coverage chart: what a hiring manager tests first.
CATEGORY_ORDER = (
    "tool",
    "technical",
    "methodology",
    "domain",
    "certification",
    "licence",
    "language",
    "soft",
)
_CHECKBOX = regexcache.compile(r"^\[([ xX])\] ")


@dataclass(frozen=True)
class Section:
    """One `##` section of the Markdown report, as HTML."""

    anchor: str  # the element id
    heading: Any  # Markup: the heading's inline HTML
    body: Any  # Markup: everything under the heading


@dataclass(frozen=True)
class Page:
    """A Markdown report split for the page: what comes before the first `##`, then each."""

    header: Any  # Markup
    sections: tuple[Section, ...]


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    # CommonMark plus GFM tables; raw HTML off, so any "<" left in the text stays text.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    # With html off these two rules return False at once; left in, they are still called at
    # every line and at every inline stop (the same output without them, a little quicker).
    md.disable(["html_block", "html_inline"])
    md.add_render_rule("table_open", lambda *_: '<div class="table"><table>\n')
    md.add_render_rule("table_close", lambda *_: "</table></div>\n")
    return md


def _mark_checkboxes(tokens: list[Any]) -> None:
    """ "- [x] text" list items become checked or open items (a class; no form control)."""
    for i, token in enumerate(tokens):
        if token.type != "inline" or i < 2 or tokens[i - 2].type != "list_item_open":
            continue
        first = token.children[0] if token.children else None
        if first is None or first.type != "text":
            continue
        found = _CHECKBOX.match(first.content)
        if found is None:
            continue
        first.content = first.content[found.end() :]
        done = found.group(1) != " "
        tokens[i - 2].attrSet("class", "check done" if done else "check todo")


def split_markdown(text: str) -> Page:
    """Markdown as HTML: the part before the first `##` heading, then each `##` section."""
    from markupsafe import Markup

    md = _markdown()
    env: dict[str, Any] = {}
    tokens = md.parse(text, env)
    _mark_checkboxes(tokens)
    starts = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"] + [
        len(tokens)
    ]

    def html(part: list[Any]) -> Markup:
        # markdown-it escapes all text (raw HTML is off); this is its output, not document text.
        return Markup(md.renderer.render(part, md.options, env))

    sections = []
    for number, (start, end) in enumerate(pairwise(starts), 1):
        heading = Markup(
            md.renderer.renderInline(tokens[start + 1].children or [], md.options, env)
        )
        sections.append(Section(f"s{number}", heading, html(tokens[start + 3 : end])))
    return Page(html(tokens[: starts[0]]), tuple(sections))


@lru_cache(maxsize=1)
def html_environment() -> Any:
    """The Jinja environment of the HTML templates: everything autoescaped."""
    import jinja2

    from jdmatch.report import _bytecode_cache

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("jdmatch", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_bytecode_cache(),
        auto_reload=False,  # the templates are package data: no file date to check per page
    )
    env.filters["pct"] = pct
    return env


def score_band(score: int) -> str:
    """ "good", "fair" or "low": the colour of a score."""
    return "good" if score >= GOOD_SCORE else "fair" if score >= FAIR_SCORE else "low"


def coverage_by_category(analysis: Analysis) -> list[dict[str, Any]]:
    """The job's skills per category: how many the CV shows, has a related skill for, lacks."""
    m = analysis.match
    shown = {x.skill.id for x in m.matched}
    related = {g.skill.id for g in m.missing if g.related is not None}
    counts: dict[str, dict[str, int]] = {}
    for r in m.requirements:
        row = counts.setdefault(r.skill.category, {"matched": 0, "related": 0, "missing": 0})
        if r.skill.id in shown:
            row["matched"] += 1
        elif r.skill.id in related:
            row["related"] += 1
        else:
            row["missing"] += 1
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    return [
        {"category": c, **row, "total": sum(row.values())}
        for c, row in sorted(counts.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
    ]


def render_html(analysis: Analysis) -> str:
    """The report as one self-contained HTML page."""
    t = strings(analysis.lang)
    context = markdown_context(analysis)
    m = analysis.match
    score = m.score
    categories = coverage_by_category(analysis)
    return (
        html_environment()
        .get_template("report.html.j2")
        .render(
            t=t,
            lang=analysis.lang,
            version=__version__,
            page_title=f"{t['title']}: {context['title']}",
            page=split_markdown(render_markdown(analysis, context)),
            score=score.total,
            band=score_band(score.total),
            parts=[
                {
                    "label": t[f"part_{p.name}"],
                    "value": p.value,
                    "points": p.points,
                    "max": p.weight * 100,
                }
                for p in score.parts
            ],
            categories=[
                {**row, "label": t.get(f"category_{row['category']}", row["category"])}
                for row in categories
            ],
            widest=max((row["total"] for row in categories), default=1),
        )
    )


def render_index_html(result: Any) -> str:
    """A batch's index as one self-contained HTML page, with the ranking as a bar chart."""
    from jdmatch.render_index import label, render_index_markdown

    t = strings(result.lang)
    batch = result.input_kind == "jd"
    markdown = render_index_markdown(result)
    ranked = result.ranked
    title = t["index_title_batch" if batch else "index_title_rank"].format(anchor=result.anchor)
    return (
        html_environment()
        .get_template("index.html.j2")
        .render(
            t=t,
            lang=result.lang,
            version=__version__,
            page_title=title,
            page=split_markdown(markdown),
            chart_title=t["chart_ranking_batch" if batch else "chart_ranking_rank"],
            rows=[
                {
                    "rank": n,
                    "label": clip(label(s, t), limit=CHART_LABEL_MAX),
                    "score": s.score,
                    "band": score_band(s.score),
                    "report": s.report,
                }
                for n, s in enumerate(ranked[:RANKING_CHART_ROWS], 1)
            ],
            more=(
                t["chart_ranking_more"].format(shown=RANKING_CHART_ROWS, total=len(ranked))
                if len(ranked) > RANKING_CHART_ROWS
                else ""
            ),
        )
    )
