"""Throughput of jdmatch.find_skills, in MB of text per second on one core.

Usage (from the repository root):

    python benchmarks/bench_find_skills.py [--size-kb 500] [--runs 7] [--taxonomy extra.csv]

The text is generated here from templates: job postings in English, in Indonesian and
code-switched, a few KB each, with bullets, section headings, skill names, Indonesian
affixed words and ordinary words that look like skills. No external data is needed. Each
posting is one find_skills call, as in real use. After one warm-up pass (which also fills
the matcher's caches), the median of several timed passes is reported; loading the
taxonomy is timed separately, from a cold cache, and so is the first call, which builds the
matcher's caches. 1 MB = 10^6 bytes of UTF-8 text.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from jdmatch.skills import find_skills
from jdmatch.taxonomy import load_taxonomy

TOOLS = [
    "Python", "SQL", "Microsoft Excel", "Ms. Excel", "Power BI", "Tableau", "Docker",
    "Kubernetes", "k8s", "AWS", "Google Cloud Platform", "Git", "JavaScript", "TypeScript",
    "React.js", "Node.js", "Java", "Spring Boot", "PostgreSQL", "MySQL", "MongoDB", "Redis",
    "Google Analytics", "SEO", "Adobe Photoshop", "Figma", "SAP", "Accurate", "Zahir",
    "CI/CD", "REST API", "Linux", "Go", "R", "C++", "C#", ".NET", "AutoCAD", "Jira",
]  # fmt: skip
SOFT_EN = [
    "communication", "teamwork", "leadership", "problem-solving", "time management",
    "attention to detail", "negotiation", "stakeholder management", "critical thinking",
]  # fmt: skip
SOFT_ID = [
    "komunikasi", "kerja sama tim", "kepemimpinan", "pemecahan masalah", "manajemen waktu",
    "teliti", "negosiasi", "berpikir kritis", "berkomunikasi",
]  # fmt: skip
FIELDS = ["accounting", "digital marketing", "data analysis", "software development", "sales"]
FIELDS_ID = ["akuntansi", "pemasaran digital", "analisis data", "pengembangan perangkat lunak"]
TITLES = [
    "Data Analyst", "Backend Engineer", "Accounting Staff", "Digital Marketing Specialist",
    "Sales Executive", "DevOps Engineer", "Admin Gudang", "Staff Keuangan", "Frontend Developer",
]  # fmt: skip
CITIES = ["Jakarta Selatan", "Bandung", "Surabaya", "Tangerang", "Yogyakarta", "Medan"]

EN_INTRO = [
    "{company} is a fast-growing company in {city} that helps small businesses sell online. "
    "We are looking for a {title} to join our team and grow with us.",
    "At {company} we build products used by millions of people across Southeast Asia. "
    "Our culture is open, we go live often and we value ownership and learning.",
]
EN_DUTIES = [
    "Build and maintain {tool} pipelines and dashboards for the {field} team.",
    "Work with product managers and engineers to ship features every two weeks.",
    "Write clean, tested code in {tool} and {tool2}, and review the code of others.",
    "Prepare weekly reports in {tool} and present the findings to management.",
    "Own the {field} process end to end, from planning to monitoring.",
    "Collaborate with cross-functional teams and excel in a fast-paced environment.",
]
EN_REQUIREMENTS = [
    "Bachelor's degree in Computer Science, Accounting or a related field.",
    "At least {years} years of experience in {field}.",
    "Strong knowledge of {tool}, {tool2} and {tool3}.",
    "Hands-on experience with {tool} is a must; {tool2} is a plus.",
    "Excellent {soft} and {soft2} skills.",
    "Fluent in English, both written and spoken.",
    "Familiar with Agile / Scrum and version control (Git).",
    "Nice to have: experience with {tool} and {tool2}.",
]
EN_BENEFITS = [
    "Competitive salary and annual bonus.",
    "Health insurance for you and your family.",
    "Hybrid working: three days in the office in {city}.",
    "Learning budget for courses and certifications.",
]
ID_INTRO = [
    "{company} adalah perusahaan yang bergerak di bidang distribusi dan ritel di {city}. "
    "Saat ini kami membuka kesempatan untuk posisi {title}.",
    "Kami adalah perusahaan teknologi yang sedang berkembang pesat dan membutuhkan "
    "kandidat terbaik untuk bergabung bersama tim kami di {city}.",
]
ID_DUTIES = [
    "Membuat laporan harian dan bulanan menggunakan {tool}.",
    "Melakukan analisis data {field} dan memberikan rekomendasi kepada atasan.",
    "Berkoordinasi dengan tim terkait untuk memastikan target tercapai.",
    "Mengelola dan memperbarui data di sistem {tool} secara berkala.",
    "Menjalin komunikasi yang baik dengan klien, vendor dan tim internal.",
]
ID_REQUIREMENTS = [
    "Pendidikan minimal S1 jurusan {field_id} atau yang berhubungan.",
    "Pengalaman minimal {years} tahun di bidang yang sama.",
    "Menguasai {tool} dan {tool2}.",
    "Memiliki kemampuan {soft_id} dan {soft_id2} yang baik.",
    "Memahami {tool}, diutamakan yang menguasai {tool2}.",
    "Memiliki SIM C dan kendaraan sendiri.",
    "Bersedia ditempatkan di {city}.",
    "Jujur, teliti, disiplin dan bertanggung jawab.",
    "Nilai plus jika memiliki sertifikat {tool}.",
]
ID_BENEFITS = [
    "Gaji pokok, tunjangan transportasi dan makan.",
    "BPJS Kesehatan dan BPJS Ketenagakerjaan.",
    "Jenjang karir yang jelas.",
]
HEADINGS = {
    "en": ("About us", "Responsibilities", "Requirements", "Benefits"),
    "id": ("Tentang Perusahaan", "Tanggung Jawab", "Kualifikasi", "Fasilitas"),
    "mixed": ("About us", "Job Description", "Kualifikasi", "Benefit"),
}


def posting(rng: random.Random, lang: str) -> str:
    """One job posting in "en", "id" or "mixed" (English duties, Indonesian requirements)."""
    values = {
        "company": rng.choice(["PT Maju Jaya Abadi", "Nusantara Digital", "CV Sinar Terang"]),
        "title": rng.choice(TITLES),
        "city": rng.choice(CITIES),
        "years": rng.randint(1, 5),
    }

    def fill(template: str) -> str:
        tools = rng.sample(TOOLS, 3)
        return template.format(
            **values,
            tool=tools[0],
            tool2=tools[1],
            tool3=tools[2],
            soft=rng.choice(SOFT_EN),
            soft2=rng.choice(SOFT_EN),
            soft_id=rng.choice(SOFT_ID),
            soft_id2=rng.choice(SOFT_ID),
            field=rng.choice(FIELDS),
            field_id=rng.choice(FIELDS_ID),
        )

    def bullets(templates: list[str], n: int, mark: str) -> list[str]:
        return [f"{mark} {fill(t)}" for t in rng.sample(templates, min(n, len(templates)))]

    english = lang == "en"
    about, duties, requirements, benefits = HEADINGS[lang]
    lines = [values["title"], values["company"], "", about]
    lines += [fill(rng.choice(EN_INTRO if english else ID_INTRO)), ""]
    lines += [f"{duties}:", *bullets(ID_DUTIES if lang == "id" else EN_DUTIES, 8, "-"), ""]
    lines += [f"{requirements}:", *bullets(EN_REQUIREMENTS if english else ID_REQUIREMENTS, 9, "•")]
    lines += ["", f"{benefits}:", *bullets(EN_BENEFITS if english else ID_BENEFITS, 3, "*")]
    return "\n".join(lines) + "\n"


def corpus(size_kb: int, seed: int) -> dict[str, list[str]]:
    """Postings per language, about a third of ``size_kb`` each."""
    rng = random.Random(seed)
    texts: dict[str, list[str]] = {}
    for lang in ("en", "id", "mixed"):
        texts[lang] = []
        size = 0
        while size < size_kb * 1000 / 3:
            text = posting(rng, lang)
            texts[lang].append(text)
            size += len(text.encode("utf-8"))
    return texts


def time_pass(texts: list[str], taxonomy: object) -> tuple[float, int]:
    """Seconds to run find_skills over every text, and the mentions found."""
    found = 0
    started = time.perf_counter()
    for text in texts:
        found += len(find_skills(text, taxonomy=taxonomy))  # type: ignore[arg-type]
    return time.perf_counter() - started, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=500, help="text per pass (default 500)")
    parser.add_argument("--runs", type=int, default=7, help="timed passes (default 7)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--taxonomy", type=Path, action="append", default=[], help="merge a taxonomy CSV"
    )
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    extra = tuple(args.taxonomy)
    loads = []
    for _ in range(3):
        load_taxonomy.cache_clear()
        started = time.perf_counter()
        taxonomy = load_taxonomy(extra)
        loads.append(time.perf_counter() - started)
    texts = corpus(args.size_kb, args.seed)
    texts["all"] = [t for lang in ("en", "id", "mixed") for t in texts[lang]]
    first_call, _ = time_pass(texts["id"][:1], taxonomy)

    print(f"taxonomy: {len(taxonomy)} skills, {len(taxonomy.table)} alias keys")
    print(f"taxonomy load (cold, median of 3): {statistics.median(loads) * 1000:.1f} ms")
    print(f"first find_skills call (builds the matcher's caches): {first_call * 1000:.1f} ms")
    if not len(taxonomy):
        print("warning: the taxonomy is empty: only tokenising is measured", file=sys.stderr)
    header = ["text", "postings", "KB", "median s", "MB/s", "ms/5KB", "mentions"]
    rows = []
    for lang, group in texts.items():
        size = sum(len(t.encode("utf-8")) for t in group)
        time_pass(group, taxonomy)  # warm-up
        timings = [time_pass(group, taxonomy) for _ in range(args.runs)]
        seconds = statistics.median(s for s, _ in timings)
        rows.append(
            [
                lang,
                str(len(group)),
                f"{size / 1000:.0f}",
                f"{seconds:.3f}",
                f"{size / 1e6 / seconds:.2f}",
                f"{seconds * 1000 / (size / 5000):.2f}",
                str(timings[0][1]),
            ]
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"\nfind_skills throughput, one core, median of {args.runs} runs after a warm-up")
    for row in [header, ["-" * w for w in widths], *rows]:
        cells = [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        print("  ".join([row[0].ljust(widths[0]), *cells]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
