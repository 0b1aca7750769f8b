"""Build the bundled sample documents for jdmatch.

Run from the repository root:

    .venv/bin/python samples/make_samples.py

Writes (relative to this file's folder):

    en/jd.pdf, en/cv.docx          English job description and CV (Data Analyst)
    id/jd.pdf, id/cv.pdf           Indonesian job description and two-column CV (Staff Accounting)
    postings/*                     more job postings in mixed formats, for batch ranking

Every company, person, e-mail address and phone number is fictional. The output is
deterministic: PDFs get a fixed creation date, DOCX files fixed core properties and fixed
ZIP member timestamps, and text files are written as UTF-8 with "\\n" line endings.

fpdf2's built-in Helvetica is a latin-1 font: PDF text below uses "-" instead of en/em
dashes and chr(149) (the WinAnsi bullet, which pdfplumber extracts as U+2022 "\u2022").
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2025, 3, 1, 9, 0, 0, tzinfo=timezone.utc)
FIXED_ZIP_TIME = (2025, 3, 1, 9, 0, 0)
BULLET = chr(149)  # WinAnsiEncoding bullet; renders as "\u2022" in Helvetica


# --------------------------------------------------------------------------- helpers


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


def new_pdf(title: str, author: str, lang: str) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("jdmatch samples/make_samples.py")
    pdf.set_lang(lang)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(auto=True, margin=18)
    return pdf


def save_pdf(pdf: FPDF, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))


def new_docx(title: str, author: str) -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime(2025, 3, 1, 9, 0, 0)
    cp.last_printed = datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1
    cp.comments = ""
    for section in doc.sections:
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    return doc


def save_docx(doc: Document, path: Path) -> None:
    """Save with fixed ZIP member timestamps (python-docx stamps them with the clock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            member.create_system = 3
            dst.writestr(member, src.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_bullets(doc: Document, items: list[str], style: str = "List Bullet") -> None:
    for item in items:
        doc.add_paragraph(item, style=style)


# ----------------------------------------------------------- generic PDF job posting


class PostingPDF(FPDF):
    """A one-column job posting. `footer_text` (with {nb}) is printed on every page."""

    footer_text: str | None = None

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def posting_pdf(title: str, author: str, lang: str, footer: str | None = None) -> PostingPDF:
    pdf = PostingPDF(orientation="P", unit="mm", format="A4")
    pdf.footer_text = footer
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("jdmatch samples/make_samples.py")
    pdf.set_lang(lang)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def render_blocks(
    pdf: FPDF, blocks: list[tuple], accent: tuple[int, int, int], size: float = 10.5
) -> None:
    """Render ("title"|"subtitle"|"center"|"h"|"p"|"ul"|"ol"|"gap", payload) blocks."""
    lh = size * 0.52
    for kind, payload in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 20)
            pdf.set_text_color(*accent)
            pdf.multi_cell(0, 9, payload, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
        elif kind == "center":
            text, style, fsize = payload
            pdf.set_font("Helvetica", style, fsize)
            pdf.multi_cell(0, fsize * 0.5, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "subtitle":
            pdf.set_font("Helvetica", "", size)
            pdf.set_text_color(80, 80, 80)
            pdf.multi_cell(0, lh, payload, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            y = pdf.get_y() + 2
            pdf.set_draw_color(*accent)
            pdf.set_line_width(0.6)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.set_y(y + 3)
        elif kind == "h":
            pdf.ln(2.5)
            pdf.set_font("Helvetica", "B", size + 2)
            pdf.set_text_color(*accent)
            pdf.multi_cell(0, lh + 1.5, payload, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
        elif kind == "p":
            pdf.set_font("Helvetica", "", size)
            pdf.multi_cell(0, lh, payload, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.2)
        elif kind in ("ul", "ol"):
            pdf.set_font("Helvetica", "", size)
            items = payload if isinstance(payload, list) else payload[0]
            marker = BULLET if kind == "ul" else None
            if isinstance(payload, tuple):
                marker = payload[1]
            indent = 4 if kind == "ul" else 7
            for n, item in enumerate(items, start=1):
                mark = f"{n}." if kind == "ol" else marker
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(indent, lh, mark)
                pdf.multi_cell(
                    pdf.w - pdf.r_margin - pdf.get_x(),
                    lh,
                    item,
                    markdown=True,
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                )
                pdf.ln(0.6)
            pdf.ln(0.8)
        elif kind == "gap":
            pdf.ln(payload)
        else:  # pragma: no cover - programming error
            raise ValueError(kind)


# ------------------------------------------------------------------- 1. EN JD (PDF)

EN_JD = [
    ("title", "Data Analyst"),
    (
        "subtitle",
        "Kiosara  |  Commercial Analytics  |  Jakarta Selatan, Indonesia (Hybrid)  |  Full-time",
    ),
    ("h", "About us"),
    (
        "p",
        "Kiosara is an online marketplace that helps more than 40,000 small and medium-sized "
        "sellers across Indonesia reach buyers in over 300 cities. Since launching in 2018 we "
        "have grown to 650 people, with our head office in Jakarta Selatan and fulfilment hubs "
        "in Cikarang and Surabaya. Data sits at the heart of how we decide which categories to "
        "grow, how we price shipping and how we spend our marketing budget.",
    ),
    ("h", "The role"),
    (
        "p",
        "As a Data Analyst in the Commercial Analytics team you will turn raw transaction, "
        "traffic and campaign data into insights that category managers, marketers and product "
        "teams act on every week. You will own a set of dashboards and recurring reports, run "
        "deep-dive analyses, and help design and read out experiments on the buyer journey. "
        "You will report to the Analytics Manager.",
    ),
    ("h", "Responsibilities"),
    (
        "ul",
        [
            "Write, optimise and maintain SQL queries on our BigQuery data warehouse to answer "
            "questions on sales, buyer behaviour and seller performance.",
            "Build and maintain Tableau dashboards for the category, marketing and operations "
            "teams, and retire reports that nobody uses any more.",
            "Analyse web and app traffic in Google Analytics 4 to find where buyers drop off "
            "between search and checkout.",
            "Design, size and analyse A/B tests together with product managers, and present the "
            "results with a clear recommendation.",
            "Automate recurring reports and data checks in Python (pandas) so the team spends "
            "its time on analysis rather than copy-pasting.",
            "Turn loosely defined questions from stakeholders into a clear analysis plan, and "
            "explain findings to non-technical audiences in Bahasa Indonesia and English.",
            "Define and document core metrics (GMV, take rate, repeat purchase rate) so that "
            "every team works from the same numbers.",
            "Check data quality and flag anomalies before numbers reach the leadership team.",
        ],
    ),
    ("h", "Requirements"),
    (
        "ul",
        [
            "Bachelor's degree in Statistics, Computer Science or related field (Mathematics, "
            "Economics, Industrial Engineering).",
            "3+ years of experience as a data analyst, business intelligence analyst or similar, "
            "ideally in e-commerce, retail or fintech.",
            "Strong SQL: joins, window functions, CTEs and writing queries that run well on large "
            "tables.",
            "Working knowledge of Python for data analysis (pandas, NumPy, Jupyter).",
            "Hands-on experience building dashboards in Tableau.",
            "Advanced Excel (pivot tables, XLOOKUP, Power Query).",
            "Experience with Google Analytics (GA4) and web/app event tracking.",
            "Solid grasp of A/B testing and the statistics behind it: hypothesis tests, confidence "
            "intervals, sample size and power.",
            "Clear written and verbal communication with stakeholders, from analysts to directors.",
            "Strong attention to detail and the habit of checking your own numbers.",
        ],
    ),
    ("h", "Nice to have"),
    (
        "ul",
        [
            "Experience with dbt or Airflow for building and scheduling data pipelines.",
            "Familiarity with Looker Studio or Metabase.",
            "Exposure to marketing attribution, customer segmentation or demand forecasting.",
            "Experience in a marketplace or other two-sided platform.",
        ],
    ),
    ("h", "How we work"),
    (
        "ul",
        [
            "You will be embedded in a cross-functional squad with a product manager, engineers "
            "and a designer, while staying part of the central analytics team.",
            "We plan in two-week Agile sprints and show our work at a fortnightly demo.",
            "Hybrid work: three days a week (Tuesday to Thursday) in our Jakarta Selatan office, "
            "the rest from home.",
            "We write things down: analyses are shared as short written memos, not only slides.",
        ],
    ),
    ("h", "Benefits"),
    (
        "ul",
        [
            "Competitive salary with an annual performance bonus.",
            "Private health insurance for you, your spouse and up to three children, on top of "
            "BPJS Kesehatan and BPJS Ketenagakerjaan.",
            "18 days of annual leave, plus your birthday off.",
            "Learning budget of Rp 7.500.000 per year for courses, books and conferences.",
            "Monthly internet and transport allowance.",
            "A laptop and home-office equipment of your choice.",
        ],
    ),
    ("h", "How to apply"),
    (
        "p",
        "Send your CV and a short note about an analysis you are proud of to "
        'careers@kiosara.example.com with the subject "Data Analyst - Your Name". '
        "Applications close on 31 March 2025. Kiosara is an equal-opportunity employer and "
        "welcomes applicants of every background.",
    ),
]


def build_en_jd(path: Path) -> None:
    pdf = posting_pdf(
        "Data Analyst - Kiosara",
        "Kiosara Talent Acquisition",
        "en",
        footer="Kiosara Careers  |  Data Analyst  |  Page {page} of {{nb}}",
    )
    render_blocks(pdf, EN_JD, accent=(232, 93, 4))
    save_pdf(pdf, path)


# ------------------------------------------------------------------ 2. EN CV (DOCX)

EN_CV = {
    "name": "Nadia Prameswari",
    "headline": "Data Analyst",
    "contact": "nadia.prameswari@example.com  |  +62 812-3456-7890  |  "
    "linkedin.com/in/nadia-prameswari  |  Jakarta, Indonesia",
    "summary": (
        "Data analyst with 5 years of experience in e-commerce and fintech. I build the SQL "
        "models, dashboards and experiments that commercial and product teams use to make "
        "weekly decisions, and I enjoy turning messy questions into clear, checked answers. "
        "Comfortable working in cross-functional squads and presenting to senior stakeholders "
        "in English and Bahasa Indonesia."
    ),
    "jobs": [
        (
            "Data Analyst, Ladangpintar (online grocery), Jakarta",
            "Mar 2021 – Present",
            [
                "Built and maintain 25+ Power BI dashboards used daily by the category, supply "
                "chain and marketing teams.",
                "Automated the weekly sales pack with Python (pandas) and scheduled BigQuery SQL, "
                "reducing report preparation time from 6 hours to 1 hour.",
                "Designed and analysed an A/B test of a one-page checkout that increased conversion "
                "by 12% and was rolled out to all users.",
                "Analysed GA4 funnels for the mobile app and found a promo-code bug that was "
                "costing about 3% of orders.",
                "Work in a cross-functional squad (product, engineering, design) and plan work in "
                "two-week Agile sprints.",
                "Wrote the team's metric definitions and data dictionary, now the reference for "
                "GMV and retention figures in board reports.",
                "Mentor two junior analysts on SQL style and on presenting results to stakeholders.",
            ],
        ),
        (
            "Business Intelligence Analyst, PT Cakrawala Dana Teknologi (fintech lending), Jakarta",
            "Jul 2019 – Feb 2021",
            [
                "Consolidated loan, payment and collection data from 3 source systems into "
                "PostgreSQL reporting tables.",
                "Built onboarding funnel reports in Google Analytics; the drop-off analysis led to "
                "a redesign that lifted KYC completion by 8%.",
                "Prepared the monthly management report for the board of directors.",
                "Answered ad-hoc questions from the credit risk and collections teams with Excel "
                "and SQL.",
            ],
        ),
        (
            "Research Intern, Biro Riset Sentosa, Bandung",
            "Jan 2019 – Jun 2019",
            [
                "Cleaned and tabulated survey data from 1,200 respondents in SPSS and Excel.",
                "Helped write client reports and prepared charts for presentations.",
            ],
        ),
    ],
    "education": [
        (
            "Bachelor of Science (S.Si.) in Statistics, Universitas Cendana Raya, Bandung",
            "2015 – 2019",
            "GPA 3.62 / 4.00. Thesis: \u201cForecasting weekly demand for fresh produce with "
            "seasonal ARIMA models\u201d.",
        ),
    ],
    "skills": [
        (
            "Data & querying",
            "SQL (BigQuery, PostgreSQL), Python (pandas, NumPy, Jupyter), "
            "Excel (pivot tables, XLOOKUP, Power Query)",
        ),
        ("Visualisation", "Power BI (DAX), Looker Studio, matplotlib"),
        (
            "Analytics",
            "Google Analytics 4, A/B testing, cohort analysis, regression, time-series forecasting",
        ),
        ("Data tooling", "dbt (basic), Git, Jira, Confluence"),
        (
            "Ways of working",
            "Stakeholder communication, data storytelling, attention to detail, Agile / Scrum",
        ),
    ],
    "certifications": [
        "Microsoft Certified: Power BI Data Analyst Associate (PL-300), 2022",
        "Google Data Analytics Professional Certificate, 2021",
    ],
    "languages": [
        "Indonesian – native",
        "English – professional working proficiency (IELTS 7.0, 2020)",
    ],
}


def build_en_cv(path: Path) -> None:
    cv = EN_CV
    doc = new_docx(f"CV - {cv['name']}", cv["name"])
    accent = RGBColor(0x1F, 0x4E, 0x79)

    title = doc.add_paragraph(style="Title")
    run = title.add_run(cv["name"])
    run.font.size = Pt(24)
    headline = doc.add_paragraph()
    hrun = headline.add_run(cv["headline"])
    hrun.font.size = Pt(13)
    hrun.font.color.rgb = accent
    doc.add_paragraph(cv["contact"])

    text_width = Cm(17.0)

    def heading(text: str) -> None:
        h = doc.add_heading(text, level=1)
        for r in h.runs:
            r.font.color.rgb = accent

    heading("Summary")
    doc.add_paragraph(cv["summary"])

    heading("Work Experience")
    for role, dates, bullets in cv["jobs"]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        p.add_run(role).bold = True
        p.add_run("\t" + dates).italic = True
        docx_bullets(doc, bullets)

    heading("Education")
    for degree, dates, note in cv["education"]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(degree).bold = True
        p.add_run("\t" + dates).italic = True
        doc.add_paragraph(note)

    heading("Skills")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in cv["skills"]:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    for row in table.rows:
        row.cells[0].width = Cm(4.0)
        row.cells[1].width = Cm(13.0)

    heading("Certifications")
    docx_bullets(doc, cv["certifications"])

    heading("Languages")
    docx_bullets(doc, cv["languages"])

    save_docx(doc, path)


# -------------------------------------------------------------------- 3. ID JD (PDF)

ID_JD = [
    ("center", ("LOWONGAN KERJA", "B", 22)),
    ("gap", 2),
    ("center", ("PT CAHAYA BANGUN SENTOSA", "B", 14)),
    ("center", ("Distributor Bahan Bangunan & Perlengkapan Sanitasi", "I", 10.5)),
    ("gap", 4),
    (
        "p",
        "PT Cahaya Bangun Sentosa adalah perusahaan distributor bahan bangunan dan "
        "perlengkapan sanitasi yang berdiri sejak tahun 2009 dan melayani lebih dari 1.200 "
        "toko bangunan di Jawa Timur dan Bali. Seiring dengan pembukaan cabang baru di Malang, "
        "kami membuka kesempatan bagi putra/putri terbaik untuk bergabung sebagai:",
    ),
    ("center", ("STAFF ACCOUNTING", "B", 16)),
    ("center", ("Penempatan: Kantor Pusat Surabaya (Rungkut Industri)", "", 10.5)),
    ("gap", 2),
    ("h", "Tanggung Jawab:"),
    (
        "ul",
        (
            [
                "Melakukan pencatatan jurnal harian atas transaksi penjualan, pembelian, kas dan bank.",
                "Melakukan rekonsiliasi bank serta rekonsiliasi hutang dan piutang setiap bulan.",
                "Menyusun laporan keuangan bulanan (neraca, laba rugi, arus kas) kantor pusat dan "
                "cabang.",
                "Menghitung, menyetor dan melaporkan PPh 21, PPh 23 dan PPN tepat waktu.",
                "Membuat dan mengunggah e-Faktur pajak keluaran serta memeriksa faktur pajak masukan.",
                "Membantu pelaksanaan stock opname bulanan bersama tim gudang.",
                "Menyiapkan data dan dokumen pendukung untuk audit eksternal.",
            ],
            "-",
        ),
    ),
    ("h", "Kualifikasi:"),
    (
        "ol",
        [
            "Pria/Wanita, usia maksimal 30 tahun.",
            "Pendidikan minimal S1 Akuntansi dengan IPK minimal 3,00.",
            "Pengalaman minimal 2 tahun di bidang accounting, diutamakan dari perusahaan "
            "distribusi atau dagang.",
            "Menguasai software akuntansi Accurate/Zahir.",
            "Menguasai Microsoft Excel (VLOOKUP, Pivot Table, SUMIF).",
            "Memahami perpajakan PPh 21, PPh 23, PPN dan e-Faktur.",
            "Memiliki sertifikat Brevet A/B menjadi nilai plus.",
            "Teliti, jujur dan bertanggung jawab.",
            "Mampu bekerja di bawah tekanan dan memenuhi tenggat waktu.",
            "Mampu bekerja sama dalam tim maupun mandiri.",
            "Memiliki SIM C dan kendaraan sendiri diutamakan.",
            "Bersedia sesekali dinas ke kantor cabang.",
        ],
    ),
    ("h", "Benefit:"),
    (
        "ul",
        (
            [
                "Gaji pokok di atas UMK Surabaya (dapat dinegosiasikan sesuai pengalaman)",
                "BPJS Kesehatan & BPJS Ketenagakerjaan",
                "THR dan bonus tahunan sesuai kinerja",
                "Tunjangan makan dan transport",
                "Jenjang karir yang jelas",
                "Hari kerja Senin - Jumat 08.00 - 16.30, Sabtu 08.00 - 12.00",
            ],
            "-",
        ),
    ),
    ("gap", 2),
    (
        "p",
        "Kirim CV, surat lamaran, fotokopi ijazah dan transkrip nilai ke: "
        "**hrd.cahayabangun@example.com**",
    ),
    ("p", "Subjek email: STAFF ACCOUNTING - NAMA LENGKAP"),
    (
        "p",
        "Lamaran paling lambat 15 April 2025. Hanya kandidat yang memenuhi kualifikasi yang "
        "akan dihubungi untuk proses selanjutnya. Proses rekrutmen tidak dipungut biaya "
        "apa pun.",
    ),
]


def build_id_jd(path: Path) -> None:
    pdf = posting_pdf(
        "Lowongan Kerja Staff Accounting - PT Cahaya Bangun Sentosa",
        "HRD PT Cahaya Bangun Sentosa",
        "id",
    )
    render_blocks(pdf, ID_JD, accent=(0, 86, 145), size=9.5)
    save_pdf(pdf, path)


# ------------------------------------------------------- 4. ID CV (two-column PDF)

ID_CV_LEFT = [
    (
        "KONTAK",
        [
            "Jl. Rungkut Asri Tengah No. 17, Surabaya",
            "0812-3344-5566",
            "rahma.lestari@example.com",
            "linkedin.com/in/rahmaayulestari",
        ],
    ),
    (
        "KEAHLIAN",
        [
            "Accurate 5 & Accurate Online",
            "MYOB Accounting",
            "Microsoft Excel (VLOOKUP, Pivot Table, SUMIFS)",
            "Jurnal umum & buku besar",
            "Rekonsiliasi bank",
            "Hutang & piutang usaha",
            "PPh 21 & PPh 23",
            "PPN & e-Faktur",
            "Laporan keuangan (SAK EP)",
            "Stock opname",
            "Teliti, jujur, disiplin",
        ],
    ),
    (
        "BAHASA",
        [
            "Bahasa Indonesia - aktif",
            "Bahasa Inggris - menengah",
            "Bahasa Jawa - aktif",
        ],
    ),
    (
        "SERTIFIKASI",
        [
            "Brevet Pajak A - Lembaga Pendidikan Pajak Nusantara, 2021",
            "Pelatihan Accurate 5 untuk Perusahaan Dagang, 2020",
            "TOEFL ITP 497, 2019",
        ],
    ),
    (
        "LAINNYA",
        [
            "SIM C & motor pribadi",
            "Bersedia lembur saat closing",
        ],
    ),
]

ID_CV_RIGHT = {
    "name": "RAHMA AYU LESTARI",
    "headline": "Staff Accounting",
    "profile": (
        "Staff accounting dengan pengalaman lebih dari 5 tahun di perusahaan distribusi "
        "makanan dan toko grosir. Terbiasa menangani siklus akuntansi penuh mulai dari "
        "jurnal harian hingga laporan keuangan konsolidasi cabang, serta perpajakan bulanan "
        "(PPh 21, PPh 23, PPN). Teliti, jujur, dan terbiasa bekerja dengan tenggat closing "
        "yang ketat."
    ),
    "jobs": [
        (
            "Staff Accounting - PT Mitra Pangan Lestari",
            "Jan 2020 - Sekarang",
            [
                "Menyusun laporan keuangan bulanan untuk 3 cabang (Surabaya, Sidoarjo, Gresik) "
                "dan laporan konsolidasinya.",
                "Mempercepat closing bulanan dari 10 hari menjadi 5 hari dengan template "
                "rekonsiliasi di Excel (VLOOKUP dan Pivot Table).",
                "Menghitung dan melaporkan PPh 21 untuk 85 karyawan serta PPh 23 atas jasa "
                "ekspedisi setiap bulan.",
                "Membuat e-Faktur pajak keluaran dan menyiapkan SPT Masa PPN.",
                "Menemukan selisih persediaan senilai Rp 200 juta saat stock opname tahunan dan "
                "menelusuri penyebabnya bersama tim gudang.",
                "Melakukan rekonsiliasi bank harian dan memantau umur piutang pelanggan.",
                "Mendampingi auditor eksternal selama audit tahunan.",
            ],
        ),
        (
            "Admin Keuangan - CV Sumber Rejeki Abadi",
            "Mar 2019 - Des 2019",
            [
                "Menginput sekitar 300 transaksi penjualan dan pembelian per bulan ke MYOB.",
                "Mengelola kas kecil sebesar Rp 15 juta per bulan beserta laporannya.",
                "Membuat laporan umur piutang mingguan untuk bagian penagihan.",
                "Mengarsip faktur, nota dan bukti pembayaran.",
            ],
        ),
    ],
    "education": [
        (
            "S1 Akuntansi, Universitas Bhakti Samudra, Surabaya",
            "2015 - 2019",
            "IPK 3,48 / 4,00. Skripsi: Analisis penerapan PSAK 14 pada perusahaan dagang.",
        ),
    ],
    "organisation": [
        (
            "Bendahara Himpunan Mahasiswa Akuntansi",
            "2017 - 2018",
            "Mengelola anggaran kegiatan himpunan dan menyusun laporan pertanggungjawaban.",
        ),
    ],
}


class TwoColumnCV(FPDF):
    SIDEBAR_W = 68.0
    LEFT_X = 8.0
    LEFT_W = 53.0
    RIGHT_X = 76.0
    RIGHT_W = 124.0
    LH = 5.0  # one grid line; every vertical step in both columns is a multiple of it
    TOP = 16.0
    TEAL = (31, 78, 95)

    def sidebar_background(self) -> None:
        self.set_fill_color(*self.TEAL)
        self.rect(0, 0, self.SIDEBAR_W, self.h, style="F")


def build_id_cv(path: Path) -> None:
    pdf = TwoColumnCV(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("CV - Rahma Ayu Lestari")
    pdf.set_author("Rahma Ayu Lestari")
    pdf.set_creator("jdmatch samples/make_samples.py")
    pdf.set_lang("id")
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.sidebar_background()
    lh = pdf.LH

    # ---- left column (white on teal)
    y = pdf.TOP
    pdf.set_text_color(255, 255, 255)
    for heading, items in ID_CV_LEFT:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_char_spacing(1)
        pdf.set_xy(pdf.LEFT_X, y)
        pdf.cell(pdf.LEFT_W, lh, heading)
        pdf.set_char_spacing(0)
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.3)
        pdf.line(pdf.LEFT_X, y + lh + 0.5, pdf.LEFT_X + pdf.LEFT_W, y + lh + 0.5)
        y += lh * 2
        pdf.set_font("Helvetica", "", 9)
        for item in items:
            pdf.set_xy(pdf.LEFT_X, y)
            pdf.multi_cell(pdf.LEFT_W, lh, item, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            y = pdf.get_y()
        y += lh
    left_end = y

    # ---- right column
    pdf.set_text_color(30, 30, 30)
    y = pdf.TOP
    pdf.set_xy(pdf.RIGHT_X, y)
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_text_color(*pdf.TEAL)
    pdf.cell(pdf.RIGHT_W, lh * 2, ID_CV_RIGHT["name"])
    y += lh * 2
    pdf.set_xy(pdf.RIGHT_X, y)
    pdf.set_font("Helvetica", "", 12)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(pdf.RIGHT_W, lh, ID_CV_RIGHT["headline"])
    y += lh * 2

    def right_heading(text: str) -> float:
        pdf.set_xy(pdf.RIGHT_X, y)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(*pdf.TEAL)
        # Wide letter spacing, as in Canva templates. fpdf2 writes the value straight into
        # the Tc operator, so it is in points: 3.5 pt is wider than pdfplumber's default
        # x_tolerance (3), and every letter gap comes out as a space.
        pdf.set_char_spacing(3.5)
        pdf.cell(pdf.RIGHT_W, lh, text)
        pdf.set_char_spacing(0)
        pdf.set_draw_color(*pdf.TEAL)
        pdf.set_line_width(0.4)
        pdf.line(pdf.RIGHT_X, y + lh + 0.5, pdf.RIGHT_X + pdf.RIGHT_W, y + lh + 0.5)
        pdf.set_text_color(30, 30, 30)
        return y + lh * 2

    def right_para(text: str, style: str = "") -> float:
        pdf.set_xy(pdf.RIGHT_X, y)
        pdf.set_font("Helvetica", style, 9.5)
        pdf.multi_cell(
            pdf.RIGHT_W, lh, text, markdown=True, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        return pdf.get_y()

    def right_bullet(text: str) -> float:
        pdf.set_xy(pdf.RIGHT_X + 1, y)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(4, lh, BULLET)
        pdf.multi_cell(pdf.RIGHT_W - 5, lh, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        return pdf.get_y()

    y = right_heading("PROFIL")
    y = right_para(ID_CV_RIGHT["profile"])
    y += lh

    y = right_heading("PENGALAMAN KERJA")
    for role, dates, bullets in ID_CV_RIGHT["jobs"]:
        y = right_para(f"**{role}** | {dates}")
        for b in bullets:
            y = right_bullet(b)
        y += lh

    y = right_heading("PENDIDIKAN")
    for degree, dates, note in ID_CV_RIGHT["education"]:
        y = right_para(f"**{degree}** | {dates}")
        y = right_para(note)
    y += lh

    y = right_heading("ORGANISASI")
    for role, dates, note in ID_CV_RIGHT["organisation"]:
        y = right_para(f"**{role}** | {dates}")
        y = right_para(note)

    if max(y, left_end) > pdf.h - 10:
        raise RuntimeError(f"two-column CV overflows the page (left {left_end:.0f}, right {y:.0f})")
    save_pdf(pdf, path)


# ------------------------------------------------------------------- 5. postings

SENIOR_DA = [
    ("title", "Senior Data Analyst - Growth"),
    ("subtitle", "Jalanesia  |  Jakarta Pusat (Hybrid, 2 days in office)  |  Permanent"),
    ("h", "About Jalanesia"),
    (
        "p",
        "Jalanesia is an online travel agency for domestic trips: flights, trains, ferries and "
        "more than 18,000 hotels and guesthouses across the archipelago. Two million "
        "travellers book with us every month. The Growth team owns acquisition, activation "
        "and loyalty, and analytics is how we decide where the next rupiah goes.",
    ),
    ("h", "What you'll do"),
    (
        "ul",
        (
            [
                "Lead analytics for the Growth team: own the acquisition and retention metrics, and "
                "set the analysis roadmap with the Head of Growth.",
                "Design and evaluate experiments on pricing, promotions and the booking funnel; "
                "push the team towards sound experiment design (power, guardrail metrics, novelty "
                "effects).",
                "Build customer lifetime value and cohort models that the marketing team uses to set "
                "channel budgets.",
                "Own Looker dashboards for weekly business reviews and keep the underlying data "
                "models clean.",
                "Mentor two data analysts and review their SQL and their write-ups.",
                "Present findings to VP-level stakeholders and challenge assumptions with data.",
            ],
            "-",
        ),
    ),
    ("h", "What we're looking for"),
    (
        "ul",
        (
            [
                "5+ years of experience in data analytics, with at least 2 years in a consumer "
                "internet, travel or e-commerce company.",
                "Degree in Statistics, Mathematics, Economics, Computer Science or a similar "
                "quantitative field; a master's degree is a plus.",
                "Expert SQL and solid Python or R for analysis and statistical modelling.",
                "Experience with a BI tool such as Looker or Tableau, including data modelling "
                "(LookML or similar).",
                "Deep knowledge of A/B testing, causal inference and regression.",
                "Proven stakeholder management: you can say no to a request and explain why.",
                "Fluent English and Bahasa Indonesia.",
            ],
            "-",
        ),
    ),
    ("h", "Bonus points"),
    (
        "ul",
        (
            [
                "Experience with dbt and Airflow.",
                "Marketing mix modelling or multi-touch attribution.",
                "Experience coaching or managing analysts.",
            ],
            "-",
        ),
    ),
    ("h", "Perks"),
    (
        "ul",
        (
            [
                "Annual travel credit of Rp 5.000.000 to use on Jalanesia.",
                "Health insurance for you and your family, BPJS, and a yearly medical check-up.",
                "Flexible hours around core hours of 10:00-16:00.",
                "Annual learning budget and conference tickets.",
            ],
            "-",
        ),
    ),
    (
        "p",
        "Apply at jalanesia.example.com/careers before 20 April 2025. We review every "
        "application and reply within two weeks.",
    ),
]

FINANCE_AR = [
    ("center", ("DIBUTUHKAN SEGERA", "B", 18)),
    ("center", ("Staff Finance (Account Receivable)", "B", 14)),
    ("center", ("PT Gemilang Niaga Elektronik - Bekasi Barat", "", 11)),
    ("gap", 4),
    (
        "p",
        "PT Gemilang Niaga Elektronik adalah distributor resmi peralatan elektronik rumah "
        "tangga untuk wilayah Jabodetabek dengan lebih dari 600 toko mitra. Kami mencari "
        "Staff Finance AR yang teliti untuk memperkuat tim keuangan di kantor Bekasi.",
    ),
    ("h", "Deskripsi Pekerjaan:"),
    (
        "ul",
        (
            [
                "Membuat invoice dan faktur pajak (e-Faktur) atas penjualan ke toko mitra.",
                "Melakukan penagihan piutang melalui telepon, email dan kunjungan bila diperlukan.",
                "Mencocokkan pembayaran pelanggan dengan mutasi bank dan menginput pelunasan di "
                "Accurate.",
                "Menyusun laporan umur piutang (aging) mingguan dan daftar piutang bermasalah.",
                "Berkoordinasi dengan tim sales terkait limit kredit dan retur.",
            ],
            "-",
        ),
    ),
    ("h", "Persyaratan:"),
    (
        "ul",
        (
            [
                "Pendidikan minimal D3/S1 Akuntansi atau Manajemen Keuangan.",
                "Pengalaman minimal 1 tahun sebagai staff AR/finance, fresh graduate dipersilakan "
                "melamar.",
                "Terbiasa menggunakan Accurate atau software akuntansi sejenis.",
                "Mahir Microsoft Excel (VLOOKUP, Pivot Table).",
                "Memahami dasar PPN dan e-Faktur.",
                "Komunikatif, tegas namun sopan saat melakukan penagihan.",
                "Teliti, jujur dan tahan terhadap target.",
                "Memiliki SIM C diutamakan.",
            ],
            "-",
        ),
    ),
    ("h", "Yang Kami Tawarkan:"),
    (
        "ul",
        (
            [
                "Gaji pokok + tunjangan komunikasi",
                "BPJS Kesehatan dan BPJS Ketenagakerjaan",
                "THR, bonus tahunan, dan cuti 12 hari",
            ],
            "-",
        ),
    ),
    (
        "p",
        "Kirim lamaran ke recruitment.gne@example.com paling lambat 30 April 2025 "
        "dengan subjek: FIN-AR - Nama.",
    ),
]

BI_ANALYST = {
    "company": "PT Arunika Logistik Indonesia",
    "title": "Business Intelligence Analyst",
    "details": [
        ("Location", "Cikarang, Bekasi (on-site, Monday to Friday)"),
        ("Department", "Data & Reporting"),
        ("Reports to", "Head of Data & Reporting"),
        ("Employment type", "Permanent, full-time"),
    ],
    "sections": [
        (
            "About Arunika",
            [
                "Arunika is a third-party logistics provider running 14 warehouses and a fleet of "
                "320 trucks for consumer-goods brands across Java and Sumatra. Our customers rely "
                "on us for accurate stock, on-time delivery and transparent cost reporting, and "
                "our Data & Reporting team makes that visible."
            ],
            None,
        ),
        (
            "What you will do",
            [
                "Develop and maintain Power BI reports on warehouse productivity, order accuracy and "
                "on-time-in-full (OTIF) delivery for internal teams and key customers.",
                "Write T-SQL queries and views on our SQL Server data warehouse and tune slow "
                "reports.",
                "Maintain SSIS packages that load data from our WMS and TMS every night.",
                "Work with operations managers to define KPIs and targets for each site.",
                "Prepare the monthly customer business review deck with account managers.",
                "Train warehouse supervisors to use self-service reports.",
            ],
            "List Bullet",
        ),
        (
            "What we are looking for",
            [
                "Bachelor's degree in Industrial Engineering, Information Systems, Statistics or a "
                "related field.",
                "2+ years of experience in business intelligence or reporting.",
                "Strong Power BI skills, including DAX and Power Query.",
                "Good SQL (SQL Server preferred).",
                "Advanced Microsoft Excel.",
                "Understanding of supply chain or logistics processes.",
                "Good communication skills and comfortable presenting to customers in English.",
            ],
            "List Bullet",
        ),
        (
            "Good to have",
            [
                "Experience with Python for automation.",
                "Knowledge of Azure Data Factory or another cloud ETL tool.",
                "PL-300 certification.",
            ],
            "List Bullet",
        ),
        (
            "What we offer",
            [
                "Competitive salary and a 13th-month bonus.",
                "Health insurance, BPJS Kesehatan and BPJS Ketenagakerjaan.",
                "Shuttle bus from Bekasi Timur and Cikarang station.",
                "Paid certification exams.",
            ],
            "List Bullet",
        ),
        (
            "How to apply",
            [
                "Send your CV to talent@arunika-logistik.example.com with the subject "
                "\u201cBI Analyst\u201d by 25 April 2025."
            ],
            None,
        ),
    ],
}

STAFF_PAJAK = {
    "company": "PT Sumber Kemasan Prima",
    "title": "Staff Pajak (Tax Staff)",
    "intro": (
        "PT Sumber Kemasan Prima adalah produsen kemasan karton dan plastik fleksibel yang "
        "berlokasi di Sidoarjo, Jawa Timur, dengan lebih dari 450 karyawan dan pelanggan di "
        "industri makanan, minuman dan farmasi. Kami membuka lowongan untuk posisi Staff Pajak "
        "yang akan bergabung dengan Departemen Finance & Accounting."
    ),
    "sections": [
        (
            "Tanggung Jawab",
            [
                "Menghitung, menyetor dan melaporkan PPh 21, PPh 23, PPh 25 dan PPh 4 ayat 2 setiap "
                "bulan.",
                "Membuat faktur pajak keluaran melalui e-Faktur dan merekonsiliasi pajak masukan.",
                "Membuat bukti potong melalui e-Bupot Unifikasi dan e-Bupot 21/26.",
                "Menyiapkan SPT Masa PPN dan SPT Tahunan PPh Badan bersama konsultan pajak.",
                "Melakukan ekualisasi PPN, PPh dan biaya terhadap laporan keuangan.",
                "Menyiapkan data dan mendampingi manajemen saat pemeriksaan pajak.",
                "Mengikuti perubahan peraturan perpajakan, termasuk penerapan Coretax DJP.",
            ],
            "List Bullet",
        ),
        (
            "Kualifikasi",
            [
                "Pendidikan minimal S1 Akuntansi atau Perpajakan.",
                "Pengalaman minimal 2 tahun di bidang perpajakan; pengalaman di Kantor Konsultan "
                "Pajak menjadi nilai tambah.",
                "Memahami PPh 21/23/25, PPh Final dan PPN.",
                "Menguasai aplikasi e-Faktur, e-Bupot dan DJP Online.",
                "Wajib memiliki sertifikat Brevet A/B.",
                "Menguasai Microsoft Excel (VLOOKUP, Pivot Table).",
                "Teliti, jujur, dan mampu bekerja dengan tenggat waktu pelaporan.",
                "Bersedia bekerja di Sidoarjo.",
            ],
            "List Number",
        ),
        (
            "Fasilitas",
            [
                "Gaji sesuai pengalaman dan kemampuan",
                "BPJS Kesehatan & BPJS Ketenagakerjaan",
                "THR dan bonus tahunan",
                "Makan siang di kantin perusahaan",
                "Pelatihan perpajakan berkala",
            ],
            "List Bullet",
        ),
    ],
    "closing": (
        "Kirim CV terbaru dan sertifikat Brevet ke hc.sumberkemasan@example.com dengan subjek "
        "\u201cSTAFF PAJAK\u201d. Lowongan dibuka sampai 10 Mei 2025."
    ),
}


def build_bi_analyst(path: Path) -> None:
    jd = BI_ANALYST
    doc = new_docx(f"{jd['title']} - {jd['company']}", "Arunika People & Culture")
    header = doc.sections[0].header
    hp = header.paragraphs[0]
    hp.text = f"{jd['company']}  |  People & Culture  |  Job Description"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = doc.sections[0].footer
    footer.paragraphs[0].text = "Internal reference: ARN-DR-2025-07"

    doc.add_heading(jd["title"], level=0)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in jd["details"]:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    for row in table.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12.5)

    for heading, items, style in jd["sections"]:
        doc.add_heading(heading, level=1)
        if style is None:
            for text in items:
                doc.add_paragraph(text)
        else:
            docx_bullets(doc, items, style)
    save_docx(doc, path)


def build_staff_pajak(path: Path) -> None:
    jd = STAFF_PAJAK
    doc = new_docx(f"Lowongan {jd['title']} - {jd['company']}", "HC PT Sumber Kemasan Prima")
    header = doc.sections[0].header
    header.paragraphs[0].text = f"{jd['company']} - Human Capital Department"
    doc.add_heading(f"Lowongan Kerja: {jd['title']}", level=0)
    doc.add_paragraph(jd["intro"])
    p = doc.add_paragraph()
    p.add_run("Lokasi: ").bold = True
    p.add_run("Sidoarjo, Jawa Timur    ")
    p.add_run("Status: ").bold = True
    p.add_run("Karyawan tetap")
    for heading, items, style in jd["sections"]:
        doc.add_heading(heading, level=2)
        docx_bullets(doc, items, style)
    doc.add_paragraph(jd["closing"])
    save_docx(doc, path)


DATA_ENGINEER_MD = """
# Data Engineer

**Dompetara** · Jakarta Barat (Hybrid) · Full-time

Dompetara is an e-wallet and bill-payment app used by 9 million people in Indonesia, from
paying electricity tokens to splitting arisan contributions. Our data platform team builds
the pipelines that power fraud detection, regulatory reporting to Bank Indonesia, and the
dashboards every squad uses.

## What you'll work on

- Design, build and operate batch and streaming pipelines with Airflow and Kafka.
- Model data in BigQuery with dbt, following Kimball-style star schemas.
- Own data quality: tests, freshness checks and alerting (we use dbt tests and Great Expectations).
- Migrate legacy cron jobs and stored procedures to Airflow DAGs.
- Manage infrastructure as code with Terraform on Google Cloud Platform.
- Work with analysts and data scientists to make datasets easy to find and trust.

## Requirements

- 3+ years of experience as a data engineer or backend engineer working with data.
- Strong Python and SQL.
- Production experience with Apache Airflow (or Dagster / Prefect).
- Experience with a cloud data warehouse: BigQuery, Snowflake or Redshift.
- Comfortable with Docker, Git and CI/CD (we use GitHub Actions).
- Good understanding of data modelling and of how to keep personal data secure.
- Able to explain technical trade-offs to non-engineers.

## Nice to have

- Apache Spark or Beam / Dataflow.
- Kafka or Pub/Sub stream processing.
- Experience with financial data and regulations (OJK, Bank Indonesia).
- Kubernetes.

## Benefits

- Salary range IDR 22-32 million per month, depending on experience
- Stock options
- Health insurance for employee and family
- Work from anywhere for 4 weeks a year
- Monthly wellness allowance

## How to apply

Apply through [our careers page](https://dompetara.example.com/careers/data-engineer) or
email your CV and GitHub profile to **data-hiring@dompetara.example.com**.
"""

MARKETING_ANALYST_HTML = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marketing Analyst | Careers at Serumku</title>
<link rel="stylesheet" href="./Marketing Analyst _ Careers at Serumku_files/main.css">
<style>
  body { font-family: "Inter", Arial, sans-serif; color: #2b2b2b; margin: 0; }
  nav.site-nav { background: #fbeee6; padding: 12px 32px; }
  nav.site-nav ul { list-style: none; display: flex; gap: 24px; margin: 0; padding: 0; }
  .job { max-width: 760px; margin: 40px auto; padding: 0 24px; }
  .job h1 { font-size: 32px; margin-bottom: 4px; }
  .meta { color: #8a6f62; }
  .apply-btn { background: #c2573a; color: #fff; border-radius: 24px; padding: 12px 28px; }
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SRMK0000"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-SRMK0000', { page_title: 'Careers - Marketing Analyst' });
</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "title": "Marketing Analyst",
 "datePosted": "2025-03-03", "employmentType": "FULL_TIME",
 "hiringOrganization": {"@type": "Organization", "name": "Serumku"},
 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Jakarta Barat", "addressCountry": "ID"}}}
</script>
</head>
<body>
<header>
  <nav class="site-nav" aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/shop">Shop</a></li>
      <li><a href="/skincare">Skincare</a></li>
      <li><a href="/body">Body Care</a></li>
      <li><a href="/journal">Journal</a></li>
      <li><a href="/careers">Careers</a></li>
      <li><a href="/account">Sign in</a></li>
      <li><a href="/cart">Cart (0)</a></li>
    </ul>
  </nav>
</header>
<main class="job">
  <p class="breadcrumb"><a href="/careers">Careers</a> &rsaquo; Marketing</p>
  <h1>Marketing Analyst</h1>
  <p class="meta">Marketing &amp; Growth &middot; Jakarta Barat (Kebon Jeruk) &middot; Hybrid &middot; Full-time</p>

  <h2>About Serumku</h2>
  <p>Serumku is a local skincare brand made for tropical skin. We sell direct to consumers
  through our website, our own app and the big marketplaces, and ship about 120,000 orders a
  month. Our 40-person marketing team runs campaigns on Meta, TikTok and Google, and works with
  more than 300 creators every quarter.</p>

  <h2>What you'll do</h2>
  <ul>
    <li>Measure the performance of paid campaigns on Google Ads, Meta Ads and TikTok Ads, and recommend where to shift budget each week.</li>
    <li>Own our GA4 setup together with the web team: event tracking, conversions and UTM conventions.</li>
    <li>Build and maintain Looker Studio dashboards for the marketing and e-commerce teams.</li>
    <li>Analyse cohort retention and repeat purchase by first product and acquisition channel.</li>
    <li>Plan and read out A/B tests on landing pages, bundles and email flows.</li>
    <li>Support the quarterly marketing mix review with clean, reconciled spend and sales data.</li>
  </ul>

  <h2>What you'll bring</h2>
  <ul>
    <li>2+ years of experience in marketing analytics, performance marketing or e-commerce analytics.</li>
    <li>Bachelor&#8217;s degree in Statistics, Economics, Marketing, or a related field.</li>
    <li>Confident with SQL and with Excel or Google Sheets.</li>
    <li>Hands-on experience with Google Analytics 4 and Google Tag Manager.</li>
    <li>Understanding of attribution models, CAC, ROAS and LTV.</li>
    <li>Curious, structured and able to explain numbers to creative teams.</li>
  </ul>

  <h2>Nice to have</h2>
  <ul>
    <li>Python or R for analysis.</li>
    <li>Experience with a CRM or email tool such as Klaviyo.</li>
    <li>Interest in beauty and personal care.</li>
  </ul>

  <h2>Perks</h2>
  <ul>
    <li>Monthly Serumku product allowance</li>
    <li>Health insurance and BPJS</li>
    <li>Hybrid work: 3 days in the office</li>
  </ul>

  <p><a class="apply-btn" href="mailto:people@serumku.example.com?subject=Marketing%20Analyst">Apply now</a></p>
</main>
<footer>
  <p>&copy; 2025 Serumku. All rights reserved. &nbsp;|&nbsp; <a href="/privacy">Privacy</a> &nbsp;|&nbsp; <a href="/terms">Terms</a></p>
</footer>
<script src="./Marketing Analyst _ Careers at Serumku_files/bundle.min.js"></script>
<script>
  document.querySelectorAll('.apply-btn').forEach(function (b) {
    b.addEventListener('click', function () { gtag('event', 'apply_click', { job: 'marketing-analyst' }); });
  });
</script>
</body>
</html>
"""

SALES_EXECUTIVE_HTML = """
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Lowongan Sales Executive - PT Mitra Kantor Sejahtera - Bandung | LokerJabar</title>
<style>
  .topbar { background:#0b5394; color:#fff; }
  .topbar a { color:#fff; margin-right:18px; text-decoration:none; }
  .detail { width: 720px; margin: 0 auto; font-family: Arial, sans-serif; }
  .badge { background:#ffe599; padding:2px 8px; border-radius:4px; }
</style>
<script>
  var _loker = { id: 88213, kategori: "Sales & Marketing", kota: "Bandung" };
  function bagikan(media) { window.open('/share?m=' + media + '&id=' + _loker.id); }
</script>
</head>
<body>
<div class="topbar">
  <nav>
    <a href="/">Beranda</a>
    <a href="/lowongan">Cari Lowongan</a>
    <a href="/perusahaan">Perusahaan</a>
    <a href="/tips-karir">Tips Karir</a>
    <a href="/masuk">Masuk</a>
    <a href="/daftar">Daftar</a>
  </nav>
</div>
<div class="detail">
  <h1>Sales Executive (B2B)</h1>
  <p><strong>PT Mitra Kantor Sejahtera</strong><br>
  Bandung, Jawa Barat &middot; <span class="badge">Full Time</span><br>
  Gaji: Rp 5.500.000 - Rp 7.000.000 + insentif</p>

  <p>PT Mitra Kantor Sejahtera adalah penyedia solusi peralatan kantor (mesin fotokopi,
  printer multifungsi dan layanan sewa) untuk perusahaan, sekolah dan instansi di Bandung
  Raya sejak 2012. Kami mencari Sales Executive yang enerjik untuk memperluas jaringan
  pelanggan korporat.</p>

  <p><strong>Tugas dan Tanggung Jawab:</strong><br>
  - Mencari dan menghubungi calon pelanggan baru (perusahaan, sekolah, kantor pemerintahan)<br>
  - Melakukan presentasi produk dan demo mesin di lokasi pelanggan<br>
  - Menyusun penawaran harga dan melakukan negosiasi kontrak sewa<br>
  - Mencapai target penjualan bulanan dan melaporkan aktivitas di CRM<br>
  - Menjaga hubungan baik dengan pelanggan yang sudah ada</p>

  <p><strong>Kualifikasi:</strong></p>
  <ol>
    <li>Pendidikan minimal D3 semua jurusan</li>
    <li>Pengalaman minimal 2 tahun sebagai sales B2B, diutamakan produk mesin kantor atau IT</li>
    <li>Berorientasi pada target dan memiliki kemampuan negosiasi yang baik</li>
    <li>Komunikatif, percaya diri dan berpenampilan menarik</li>
    <li>Mampu mengoperasikan Microsoft Excel dan PowerPoint</li>
    <li>Memiliki SIM C dan kendaraan bermotor sendiri, SIM A menjadi nilai plus</li>
    <li>Menguasai wilayah Bandung dan sekitarnya</li>
  </ol>

  <p><strong>Benefit:</strong><br>
  Gaji pokok + insentif penjualan tanpa batas, tunjangan bensin dan pulsa, BPJS Kesehatan
  &amp; Ketenagakerjaan, THR, serta trip tahunan bagi sales terbaik.</p>

  <p>Lamaran dapat dikirim ke <a href="mailto:karir.mks@example.com">karir.mks@example.com</a>
  atau langsung ke kantor kami di Jl. Soekarno-Hatta No. 410, Bandung.</p>

  <div class="share">Bagikan:
    <a href="#" onclick="bagikan('wa')">WhatsApp</a>
    <a href="#" onclick="bagikan('fb')">Facebook</a>
  </div>
</div>
<footer><small>&copy; 2025 LokerJabar &middot; Lowongan kerja terbaru Jawa Barat</small></footer>
</body>
</html>
"""

ADMIN_GUDANG_TXT = """
DIBUTUHKAN SEGERA !!!
ADMIN GUDANG

PT Bumi Rantai Logistik
Kawasan Industri Jababeka, Cikarang - Bekasi

Kami adalah perusahaan jasa pergudangan dan distribusi untuk produk FMCG. Saat ini kami
membuka lowongan Admin Gudang untuk gudang baru kami di Cikarang.

Tugas & Tanggung Jawab :
- Mencatat penerimaan dan pengeluaran barang sesuai surat jalan dan PO
- Menginput data stok harian ke sistem WMS dan Microsoft Excel
- Memastikan pengeluaran barang mengikuti FIFO / FEFO
- Melaksanakan stock opname mingguan dan bulanan serta membuat berita acara selisih
- Membuat laporan stok harian untuk supervisor gudang
- Mengatur dokumen serah terima dengan ekspedisi

Kualifikasi :
- Pria, usia 20 - 32 tahun
- Pendidikan min. SMA/SMK sederajat, D3 Logistik lebih disukai
- Pengalaman min. 1 tahun sebagai admin gudang / admin inventory
- Memahami stock opname, FIFO dan administrasi gudang
- Menguasai Microsoft Excel (VLOOKUP, Pivot Table)
- Teliti, jujur, cekatan dan bisa bekerja dalam tim
- Bersedia bekerja shift dan lembur
- Memiliki SIM C dan motor sendiri
- Bisa mengoperasikan forklift (memiliki SIO forklift) diutamakan

Fasilitas :
- Gaji UMK Kabupaten Bekasi
- Uang lembur dan uang makan
- BPJS Kesehatan & BPJS Ketenagakerjaan
- THR

Kirim CV + foto terbaru via email ke rekrut.bumirantai@example.com
Subject : ADMIN GUDANG - CIKARANG
Atau WA (chat only) 0811-2020-3030

*TIDAK DIPUNGUT BIAYA APAPUN*
"""

CUSTOMER_SERVICE_TXT = """
We're hiring! Customer Service Officer (Live Chat & Email)
Lokalin - Jakarta Selatan (Pancoran), WFO 5 hari

Hai kamu yang suka bantu orang! Lokalin adalah app untuk booking jasa rumah tangga:
cleaning, AC service, tukang, sampai laundry kiloan. Kami lagi cari Customer Service Officer
yang sabar, fast response dan nggak takut sama complaint.

What you'll do:
- Handle inquiry dan complaint customer via live chat, email dan DM Instagram
- Follow up order yang bermasalah bareng tim operasional dan mitra
- Input dan update tiket di Zendesk, pastikan SLA first response < 5 menit
- Proses refund dan voucher kompensasi sesuai SOP
- Bikin weekly report soal top complaint buat tim product

Requirements:
- Min. D3/S1 semua jurusan, fresh graduate are welcome
- Min. 1 tahun experience di customer service, call center atau live chat (nilai plus)
- Good communication skill, baik lisan maupun tulisan
- Bisa bahasa Inggris basic untuk balas customer expat
- Familiar dengan Zendesk, Freshdesk atau Qontak
- Typing speed min. 40 wpm
- Bisa pakai Google Sheets / Microsoft Excel
- Willing to work shift (pagi / siang / malam), termasuk weekend dan tanggal merah

What we offer:
- Gaji kompetitif + shift allowance
- BPJS Kesehatan & Ketenagakerjaan
- Free lunch tiap hari
- Voucher layanan Lokalin tiap bulan
- Career path ke Team Leader CS atau Quality Assurance

Interested? Kirim CV kamu ke hiring@lokalin.example.com dengan subject "CS Officer - Nama Kamu".
Only shortlisted candidates will be contacted ya!
"""


# ------------------------------------------------------------------------- main


def main() -> None:
    build_en_jd(HERE / "en" / "jd.pdf")
    build_en_cv(HERE / "en" / "cv.docx")
    build_id_jd(HERE / "id" / "jd.pdf")
    build_id_cv(HERE / "id" / "cv.pdf")

    post = HERE / "postings"
    pdf = posting_pdf("Senior Data Analyst - Growth - Jalanesia", "Jalanesia Talent Team", "en")
    render_blocks(pdf, SENIOR_DA, accent=(0, 122, 94), size=10)
    save_pdf(pdf, post / "senior-data-analyst.pdf")

    pdf = posting_pdf("Staff Finance AR - PT Gemilang Niaga Elektronik", "HRD PT GNE", "id")
    render_blocks(pdf, FINANCE_AR, accent=(150, 30, 45), size=10.5)
    save_pdf(pdf, post / "staff-finance-ar.pdf")

    build_bi_analyst(post / "business-intelligence-analyst.docx")
    build_staff_pajak(post / "staff-pajak.docx")
    write_text(post / "data-engineer.md", DATA_ENGINEER_MD)
    write_text(post / "marketing-analyst.html", MARKETING_ANALYST_HTML)
    write_text(post / "sales-executive.html", SALES_EXECUTIVE_HTML)
    write_text(post / "admin-gudang.txt", ADMIN_GUDANG_TXT)
    write_text(post / "customer-service.txt", CUSTOMER_SERVICE_TXT)

    for path in sorted(HERE.rglob("*")):
        if (
            path.is_file()
            and path.suffix in {".pdf", ".docx", ".md", ".html", ".txt"}
            and path.name != "README.md"
        ):
            print(path.relative_to(HERE))


if __name__ == "__main__":
    main()
