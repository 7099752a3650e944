#!/usr/bin/python3
"""Test corpus for `vanthu check`: DOCX files written by python-docx (not by vanthu).

Run with Debian's python3-docx (0.8.x):

    /usr/bin/python3 testdata/check/make_corpus.py

Writes testdata/check/pydocx/correct.docx (a công văn of a Sở that follows
NĐ 30/2020/NĐ-CP Phụ lục I, see RULES.md Part A) and one file per defect,
each the correct document with exactly ONE defect, plus MANIFEST.tsv.

Output is deterministic: fixed core properties, and the zip is rewritten
with fixed member timestamps, so re-running gives byte-identical files.
"""

import datetime
import io
import os
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
# The output folder: testdata/check/pydocx, or the first argument (tests
# regenerate the corpus into a temporary folder and compare).
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "pydocx")

FONT = "Times New Roman"
KINH_GUI_INDENT = Cm(4.0)
# Width of "Kính gửi" in Times New Roman 14 pt is about 50 pt; the dash of
# each recipient starts under the colon.
RECIPIENT_INDENT = Cm(4.0) + Pt(50)

BODY = [
    "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ "
    "về công tác văn thư và Kế hoạch số 12/KH-UBND ngày 15 tháng 01 năm 2024 của "
    "Ủy ban nhân dân tỉnh về chuyển đổi số trong công tác văn thư, lưu trữ, Sở Nội vụ "
    "đề nghị các phòng thuộc Sở triển khai lập hồ sơ điện tử năm 2024 như sau:",

    "Các phòng căn cứ Danh mục hồ sơ năm 2024 của Sở, chủ động mở hồ sơ điện tử trên "
    "Hệ thống quản lý văn bản và điều hành ngay từ khi phát sinh văn bản đầu tiên của "
    "công việc; mỗi hồ sơ phải có đủ tiêu đề, ký hiệu, thời hạn bảo quản và người lập "
    "hồ sơ theo đúng quy định.",

    "Công chức, viên chức được giao giải quyết công việc có trách nhiệm đưa đầy đủ văn "
    "bản đi, văn bản đến và tài liệu có liên quan vào hồ sơ điện tử; sắp xếp văn bản "
    "theo trình tự giải quyết công việc, bảo đảm tính toàn vẹn, tính xác thực và khả "
    "năng truy cập của tài liệu.",

    "Khi công việc kết thúc, người lập hồ sơ kiểm tra, hoàn thiện và đóng hồ sơ trên "
    "hệ thống; thời hạn nộp lưu hồ sơ điện tử vào Lưu trữ cơ quan chậm nhất là 01 năm "
    "kể từ ngày công việc kết thúc, trừ trường hợp hồ sơ cần giữ lại để tiếp tục theo "
    "dõi, giải quyết.",

    "Văn phòng Sở có trách nhiệm hướng dẫn nghiệp vụ, kiểm tra việc lập hồ sơ điện tử "
    "của các phòng định kỳ hằng quý; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày "
    "15 tháng 12 năm 2024 làm căn cứ đánh giá, xếp loại thi đua.",

    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các phòng phản ánh "
    "về Văn phòng Sở để được hướng dẫn, giải quyết./.",
]

# file name -> (defect key, description)
VARIANTS = [
    ("correct.docx", None, "correct"),
    ("margins-narrow.docx", "margins-narrow", "left margin 20 mm (rule: 30-35 mm)"),
    ("letter-paper.docx", "letter-paper", "page size US Letter 8.5x11 in instead of A4"),
    ("landscape.docx", "landscape", "A4 landscape orientation (công văn without tables must be portrait)"),
    ("font-arial.docx", "font-arial", "Normal style font Arial instead of Times New Roman"),
    ("quoc-hieu-not-bold.docx", "quoc-hieu-not-bold", "Quốc hiệu line not bold"),
    ("quoc-hieu-size-14.docx", "quoc-hieu-size-14", "Quốc hiệu 14 pt (rule: 12-13 pt)"),
    ("tieu-ngu-no-hyphen-spaces.docx", "tieu-ngu-no-hyphen-spaces", "Tiêu ngữ 'Độc lập-Tự do-Hạnh phúc' without spaces around hyphens"),
    ("number-no-leading-zero.docx", "number-no-leading-zero", "document number 'Số: 5/SNV-VP' without leading zero"),
    ("number-no-colon.docx", "number-no-colon", "document number 'Số 05/SNV-VP' without colon"),
    ("date-no-leading-zero.docx", "date-no-leading-zero", "date 'ngày 5 tháng 2 năm 2024' without leading zeros"),
    ("date-not-italic.docx", "date-not-italic", "địa danh/date line not italic"),
    ("vv-missing.docx", "vv-missing", "công văn trích yếu (V/v line) missing"),
    ("body-not-justified.docx", "body-not-justified", "body paragraphs left-aligned instead of justified"),
    ("body-no-indent.docx", "body-no-indent", "body paragraphs without first-line indent"),
    ("body-size-12.docx", "body-size-12", "body text 12 pt (rule: 13-14 pt)"),
    ("body-line-spacing-2.docx", "body-line-spacing-2", "body line spacing double (rule: single to 1.5)"),
    ("noi-nhan-no-colon.docx", "noi-nhan-no-colon", "'Nơi nhận' without colon"),
    ("noi-nhan-not-italic.docx", "noi-nhan-not-italic", "'Nơi nhận:' bold but not italic"),
    ("luu-without-vt.docx", "luu-without-vt", "last Nơi nhận line '- Lưu: VP.' without VT"),
    ("signature-kt-no-dot.docx", "signature-kt-no-dot", "quyền hạn 'KT GIÁM ĐỐC' without dot after KT"),
    ("page-number-on-first-page.docx", "page-number-on-first-page", "no different first page: page number shown on page 1"),
    ("text-red.docx", "text-red", "body text colour red FF0000 (rule: black)"),
]


# ---------------------------------------------------------------- helpers

def set_run_fonts(rpr_parent_font_element, name):
    """Set ascii/hAnsi/eastAsia/cs on an rFonts element."""
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rpr_parent_font_element.set(qn(attr), name)


def add_run(par, text, size, bold=None, italic=None, color=None):
    r = par.add_run(text)
    r.font.size = Pt(size)
    if bold is not None:
        r.font.bold = bold
    if italic is not None:
        r.font.italic = italic
    if color is not None:
        r.font.color.rgb = color
    return r


def para(container, text, size, align=WD_ALIGN_PARAGRAPH.CENTER, bold=None,
         italic=None, before=None, first=False):
    """Add a paragraph to a cell/document. In table cells the first (empty)
    paragraph that Word puts in every cell is reused."""
    if first:
        p = container.paragraphs[0]
    else:
        p = container.add_paragraph()
    p.alignment = align
    if before is not None:
        p.paragraph_format.space_before = before
    if text:
        add_run(p, text, size, bold, italic)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "none")
        el.set(qn("w:sz"), "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto")
        borders.append(el)
    tblPr.append(borders)


def set_widths(table, widths):
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(round(w / 635))))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def add_page_field(par, size):
    def fld(kind):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(size * 2))
        rpr.append(sz)
        r.append(rpr)
        return r

    r = fld("begin")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r.append(fc)
    par._p.append(r)

    r = fld("instr")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r.append(it)
    par._p.append(r)

    r = fld("separate")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r.append(fc)
    par._p.append(r)

    r = fld("result")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    par._p.append(r)

    r = fld("end")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r.append(fc)
    par._p.append(r)


# ---------------------------------------------------------------- builder

def build(defect=None):
    d = defect
    doc = Document()

    # core properties: fixed for reproducibility
    cp = doc.core_properties
    fixed = datetime.datetime(2024, 1, 1)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "vanthu-corpus"
    cp.last_modified_by = "vanthu-corpus"
    cp.revision = 1
    cp.title = "V/v lập hồ sơ điện tử năm 2024"
    cp.comments = ""

    # page setup
    sec = doc.sections[0]
    if d == "letter-paper":
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        sec.orientation = WD_ORIENT.PORTRAIT
    elif d == "landscape":
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.orientation = WD_ORIENT.LANDSCAPE
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.orientation = WD_ORIENT.PORTRAIT
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(20)
    sec.left_margin = Mm(20) if d == "margins-narrow" else Mm(30)
    sec.right_margin = Mm(15)
    sec.header_distance = Mm(10)
    sec.footer_distance = Mm(10)

    # Normal style
    normal = doc.styles["Normal"]
    font_name = "Arial" if d == "font-arial" else FONT
    normal.font.name = font_name
    set_run_fonts(normal.element.rPr.rFonts, font_name)
    normal.font.size = Pt(14)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    # ---- header block: 2x2 borderless table (ô 1-4, 5b)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_widths(t, [Cm(6.3), Cm(10.0)])
    c00, c01 = t.cell(0, 0), t.cell(0, 1)
    c10, c11 = t.cell(1, 0), t.cell(1, 1)

    para(c00, "UBND TỈNH BẮC NINH", 12, bold=False, first=True)
    para(c00, "SỞ NỘI VỤ", 12, bold=True)

    para(c01, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         14 if d == "quoc-hieu-size-14" else 12,
         bold=(d != "quoc-hieu-not-bold"), first=True)
    tieu_ngu = ("Độc lập-Tự do-Hạnh phúc" if d == "tieu-ngu-no-hyphen-spaces"
                else "Độc lập - Tự do - Hạnh phúc")
    para(c01, tieu_ngu, 13, bold=True)

    number = {"number-no-leading-zero": "Số: 5/SNV-VP",
              "number-no-colon": "Số 05/SNV-VP"}.get(d, "Số: 05/SNV-VP")
    # number and date are the first paragraphs of row 2: same level
    para(c10, number, 13, before=Pt(12), first=True)
    if d != "vv-missing":
        para(c10, "V/v lập hồ sơ điện tử năm 2024", 12, before=Pt(6))

    date = ("Bắc Ninh, ngày 5 tháng 2 năm 2024" if d == "date-no-leading-zero"
            else "Bắc Ninh, ngày 05 tháng 02 năm 2024")
    para(c11, date, 13, italic=(d != "date-not-italic"), before=Pt(12),
         first=True)

    # ---- Kính gửi (ô 9a)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.left_indent = KINH_GUI_INDENT
    add_run(p, "Kính gửi:", 14)
    for rec in ("- Các phòng thuộc Sở;", "- Văn phòng Sở."):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = RECIPIENT_INDENT
        add_run(p, rec, 14)

    # ---- body (ô 6)
    for i, text in enumerate(BODY):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        p.alignment = (WD_ALIGN_PARAGRAPH.LEFT if d == "body-not-justified"
                       else WD_ALIGN_PARAGRAPH.JUSTIFY)
        if d != "body-no-indent":
            pf.first_line_indent = Cm(1.27)
        pf.space_before = Pt(12) if i == 0 else Pt(6)
        pf.line_spacing = 2.0 if d == "body-line-spacing-2" else 1.15
        add_run(p, text, 12 if d == "body-size-12" else 14,
                color=RGBColor(0xFF, 0, 0) if d == "text-red" else None)

        if i == len(BODY) - 1:
            pf.space_after = Pt(12)  # gap before the signature block

    # ---- Nơi nhận (ô 9b) + signature (ô 7a-7c)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, [Cm(7.5), Cm(8.8)])
    left, right = t.cell(0, 0), t.cell(0, 1)
    para(left, "Nơi nhận" if d == "noi-nhan-no-colon" else "Nơi nhận:", 12,
         align=WD_ALIGN_PARAGRAPH.LEFT, bold=True,
         italic=(d != "noi-nhan-not-italic"), first=True)
    luu = "- Lưu: VP." if d == "luu-without-vt" else "- Lưu: VT, VP."
    for line in ("- Như trên;", "- Giám đốc Sở (để báo cáo);", luu):
        para(left, line, 11, align=WD_ALIGN_PARAGRAPH.LEFT)

    para(right, "KT GIÁM ĐỐC" if d == "signature-kt-no-dot" else "KT. GIÁM ĐỐC",
         14, bold=True, first=True)
    para(right, "PHÓ GIÁM ĐỐC", 14, bold=True)
    para(right, "", 14)
    para(right, "", 14)
    para(right, "Trần Văn Minh", 14, bold=True)
    # Word always ends the body with a paragraph after a final table
    doc.add_paragraph()

    # ---- page numbers: centred in the header, hidden on page 1
    sec.different_first_page_header_footer = (d != "page-number-on-first-page")
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(hp, 14)
    first = sec.first_page_header
    first.is_linked_to_previous = False  # creates an empty first-page header
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for name, defect, desc in VARIANTS:
        save_deterministic(build(defect), os.path.join(OUT, name))
        rows.append("%s\t%s\n" % (name, desc))
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.writelines(rows)
    print("wrote %d files to %s" % (len(VARIANTS), OUT))


if __name__ == "__main__":
    sys.exit(main())
