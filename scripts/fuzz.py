"""Fuzz every extractor and the matcher with hypothesis, longer than the test suite does.

    python scripts/fuzz.py --examples 2000            # every target
    python scripts/fuzz.py --examples 500 --target pdf-mutated

Each target feeds generated input to one entry point. The only outcomes allowed are a result
or a JdmatchError; anything else is counted as unhandled, printed with its traceback, and
makes the exit code 1. The table says how many examples ran per target and what came out.
"""

from __future__ import annotations

import argparse
import collections
import io
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdmatch.analysis import analyze_documents
from jdmatch.errors import JdmatchError
from jdmatch.extract import extract_bytes
from jdmatch.parse import parse
from jdmatch.report import render
from jdmatch.skills import find_skills

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _docx(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    """Apply (kind, position, value) edits: flip a byte, cut the file, or repeat a chunk."""
    out = bytearray(data)
    for kind, position, value in edits:
        if not out:
            break
        at = position % len(out)
        if kind == 0:
            out[at] = value
        elif kind == 1:
            del out[at:]
        else:
            out[at:at] = out[at : at + value * 8]
    return bytes(out)


_edits = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=6
)
_xml_text = st.text(
    alphabet=st.sampled_from("<>/=\"'&;!?[] abw:pPrRtT\n#x0123456789"), max_size=400
)


def _targets() -> dict[str, tuple[st.SearchStrategy, Callable[[object], object]]]:
    pdf = (SAMPLES / "en" / "jd.pdf").read_bytes()
    pdf_cv = (SAMPLES / "id" / "cv.pdf").read_bytes()
    docx = (SAMPLES / "en" / "cv.docx").read_bytes()
    html = (SAMPLES / "postings" / "marketing-analyst.html").read_bytes()
    return {
        "pdf-random": (
            st.binary(max_size=4096).map(lambda b: b"%PDF-1.7\n" + b),
            lambda data: extract_bytes(data, "x.pdf"),
        ),
        "pdf-mutated": (
            st.tuples(st.sampled_from([pdf, pdf_cv]), _edits).map(lambda t: _mutate(*t)),
            lambda data: extract_bytes(data, "x.pdf"),
        ),
        "docx-random-xml": (
            _xml_text.map(lambda t: _docx(t.encode())),
            lambda data: extract_bytes(data, "x.docx"),
        ),
        "docx-mutated": (
            _edits.map(lambda e: _mutate(docx, e)),
            lambda data: extract_bytes(data, "x.docx"),
        ),
        "html-mutated": (
            _edits.map(lambda e: _mutate(html, e)),
            lambda data: extract_bytes(data, "x.html"),
        ),
        "text-random": (st.binary(max_size=2048), lambda data: extract_bytes(data, "x.txt")),
        "find_skills": (st.text(max_size=2000), _check_offsets),
        "analyze": (st.tuples(st.text(max_size=1500), st.text(max_size=1500)), _analyze),
    }


def _check_offsets(text: object) -> None:
    assert isinstance(text, str)
    for hit in find_skills(text):
        assert 0 <= hit.start < hit.end <= len(text), (hit.start, hit.end, len(text))


def _analyze(pair: object) -> None:
    jd, cv = pair  # type: ignore[misc]
    analysis = analyze_documents(parse(jd, kind="jd"), parse(cv, kind="cv"))
    render(analysis, "md")
    render(analysis, "json")


def run(name: str, strategy: st.SearchStrategy, target: Callable, examples: int) -> dict:
    outcomes: collections.Counter[str] = collections.Counter()
    failures: list[str] = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(strategy)
    def case(value: object) -> None:
        try:
            target(value)
        except JdmatchError as exc:
            outcomes[type(exc).__name__] += 1
            return
        except Exception:
            outcomes["UNHANDLED"] += 1
            if len(failures) < 3:
                failures.append(traceback.format_exc())
            return
        outcomes["ok"] += 1

    started = time.perf_counter()
    case()
    return {
        "name": name,
        "examples": sum(outcomes.values()),
        "seconds": time.perf_counter() - started,
        "outcomes": outcomes,
        "failures": failures,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples per target")
    parser.add_argument("--target", action="append", help="run only these targets")
    args = parser.parse_args()
    targets = _targets()
    chosen = args.target or list(targets)
    rows = []
    for name in chosen:
        strategy, target = targets[name]
        rows.append(run(name, strategy, target, args.examples))
        print(f"  {name}: {rows[-1]['examples']} examples", file=sys.stderr)
    print(f"{'target':<16} {'examples':>8} {'seconds':>8} {'unhandled':>9}  outcomes")
    for row in rows:
        outcomes = row["outcomes"]
        shown = ", ".join(f"{k} {v}" for k, v in outcomes.most_common() if k != "UNHANDLED")
        print(
            f"{row['name']:<16} {row['examples']:>8} {row['seconds']:>8.1f} "
            f"{outcomes['UNHANDLED']:>9}  {shown}"
        )
    unhandled = [f for row in rows for f in row["failures"]]
    for failure in unhandled:
        print(failure, file=sys.stderr)
    return 1 if unhandled else 0


if __name__ == "__main__":
    sys.exit(main())
