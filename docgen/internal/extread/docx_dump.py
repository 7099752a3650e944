#!/usr/bin/python3
"""Dump what python-docx sees in a DOCX as JSON, for vanthu's tests.

Usage: docx_dump.py FILE.docx

Run sizes, weights and slants are EFFECTIVE values: the run's own, else
its character style chain, else the paragraph style chain, else the
document defaults (w:docDefaults), which python-docx does not resolve by
itself. Paragraphs inside tables are listed in document order, with the
table, row and column they stand in.
"""
import json
import sys

import docx
from docx.shared import Length
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def mm(v):
    return None if v is None else Length(v).mm


def on(el):
    """An OOXML toggle: present and not switched off."""
    if el is None:
        return None
    val = el.get(qn("w:val"))
    return val not in ("0", "false", "off")


def rpr_props(rpr):
    """The run properties set directly in a w:rPr element."""
    out = {}
    if rpr is None:
        return out
    sz = rpr.find(qn("w:sz"))
    if sz is not None:
        out["size"] = int(sz.get(qn("w:val"))) / 2
    for tag, key in (("w:b", "bold"), ("w:i", "italic")):
        v = on(rpr.find(qn(tag)))
        if v is not None:
            out[key] = v
    u = rpr.find(qn("w:u"))
    if u is not None:
        out["underline"] = u.get(qn("w:val")) not in (None, "none")
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None and fonts.get(qn("w:hAnsi")):
        out["font"] = fonts.get(qn("w:hAnsi"))
    elif fonts is not None and fonts.get(qn("w:ascii")):
        out["font"] = fonts.get(qn("w:ascii"))
    color = rpr.find(qn("w:color"))
    if color is not None:
        out["color"] = color.get(qn("w:val"))
    va = rpr.find(qn("w:vertAlign"))
    if va is not None:
        out["superscript"] = va.get(qn("w:val")) == "superscript"
    return out


def style_chain(doc, style_id, kind):
    """Style elements from the given one up its basedOn chain."""
    chain = []
    styles = doc.styles.element
    seen = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        el = None
        for s in styles.findall(qn("w:style")):
            if s.get(qn("w:styleId")) == style_id and s.get(qn("w:type")) == kind:
                el = s
                break
        if el is None:
            break
        chain.append(el)
        based = el.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    return chain


def default_style_id(doc, kind):
    for s in doc.styles.element.findall(qn("w:style")):
        if s.get(qn("w:type")) == kind and s.get(qn("w:default")) in ("1", "true", "on"):
            return s.get(qn("w:styleId"))
    return None


def doc_defaults(doc):
    dd = doc.styles.element.find(qn("w:docDefaults"))
    props = {}
    if dd is not None:
        rpr = dd.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        props.update(rpr_props(rpr))
    return props


def para_style_props(doc, p_el):
    ppr = p_el.find(qn("w:pPr"))
    sid = None
    if ppr is not None and ppr.find(qn("w:pStyle")) is not None:
        sid = ppr.find(qn("w:pStyle")).get(qn("w:val"))
    if sid is None:
        sid = default_style_id(doc, "paragraph")
    return sid, style_chain(doc, sid, "paragraph")


def effective_run(doc, r_el, para_chain, defaults):
    props = {"size": None, "bold": False, "italic": False, "underline": False,
             "font": None, "color": "", "superscript": False}
    props.update({k: v for k, v in defaults.items()})
    for st in reversed(para_chain):
        props.update(rpr_props(st.find(qn("w:rPr"))))
    rpr = r_el.find(qn("w:rPr"))
    if rpr is not None and rpr.find(qn("w:rStyle")) is not None:
        for st in reversed(style_chain(doc, rpr.find(qn("w:rStyle")).get(qn("w:val")), "character")):
            props.update(rpr_props(st.find(qn("w:rPr"))))
    props.update(rpr_props(rpr))
    return props


def run_text(r_el):
    out = []
    for child in r_el:
        if child.tag == qn("w:t"):
            out.append(child.text or "")
        elif child.tag == qn("w:tab"):
            out.append("\t")
        elif child.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
    return "".join(out)


def para_format(doc, p_el, chain):
    """Alignment, indents and spacing: direct, else from the style chain."""
    fmt = {"Alignment": "", "FirstLineIndentMM": 0.0, "LeftIndentMM": 0.0,
           "SpaceBeforePt": 0.0, "SpaceAfterPt": 0.0, "LineSpacing": 0.0, "LineSpacingRule": ""}
    pprs = [st.find(qn("w:pPr")) for st in reversed(chain)] + [p_el.find(qn("w:pPr"))]
    dd = doc.styles.element.find(qn("w:docDefaults"))
    if dd is not None:
        pprs.insert(0, dd.find(qn("w:pPrDefault") + "/" + qn("w:pPr")))
    jcmap = {"left": "LEFT", "start": "LEFT", "center": "CENTER", "right": "RIGHT", "end": "RIGHT",
             "both": "JUSTIFY", "distribute": "DISTRIBUTE"}
    for ppr in pprs:
        if ppr is None:
            continue
        jc = ppr.find(qn("w:jc"))
        if jc is not None:
            fmt["Alignment"] = jcmap.get(jc.get(qn("w:val")), jc.get(qn("w:val")).upper())
        ind = ppr.find(qn("w:ind"))
        if ind is not None:
            for attr, key, sign in (("w:firstLine", "FirstLineIndentMM", 1), ("w:hanging", "FirstLineIndentMM", -1),
                                    ("w:left", "LeftIndentMM", 1), ("w:start", "LeftIndentMM", 1)):
                v = ind.get(qn(attr))
                if v is not None:
                    fmt[key] = sign * int(v) / 1440 * 25.4
        sp = ppr.find(qn("w:spacing"))
        if sp is not None:
            if sp.get(qn("w:before")) is not None:
                fmt["SpaceBeforePt"] = int(sp.get(qn("w:before"))) / 20
            if sp.get(qn("w:after")) is not None:
                fmt["SpaceAfterPt"] = int(sp.get(qn("w:after"))) / 20
            if sp.get(qn("w:line")) is not None:
                rule = sp.get(qn("w:lineRule")) or "auto"
                line = int(sp.get(qn("w:line")))
                fmt["LineSpacingRule"] = rule
                fmt["LineSpacing"] = line / 240 if rule == "auto" else line / 20
    return fmt


def paragraph(doc, p_el, defaults, where):
    sid, chain = para_style_props(doc, p_el)
    runs = []
    for r_el in p_el.iter(qn("w:r")):
        props = effective_run(doc, r_el, chain, defaults)
        runs.append({"Text": run_text(r_el), "Font": props["font"] or "", "SizePt": props["size"] or 0,
                     "Bold": bool(props["bold"]), "Italic": bool(props["italic"]),
                     "Underline": bool(props["underline"]), "Color": props["color"] or "",
                     "Superscript": bool(props["superscript"])})
    out = {"Text": "".join(r["Text"] for r in runs), "Style": sid or "", "Runs": runs}
    out.update(para_format(doc, p_el, chain))
    out.update(where)
    return out


def walk(doc, parent, defaults, out, table_counter, where):
    for child in parent:
        if child.tag == qn("w:p"):
            out.append(paragraph(doc, child, defaults, where))
        elif child.tag == qn("w:tbl"):
            t = table_counter[0]
            table_counter[0] += 1
            for ri, tr in enumerate(child.findall(qn("w:tr"))):
                for ci, tc in enumerate(tr.findall(qn("w:tc"))):
                    walk(doc, tc, defaults, out, table_counter,
                         {"InTable": True, "Table": t, "Row": ri, "Col": ci})
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                walk(doc, content, defaults, out, table_counter, where)


def footnotes(doc):
    part = None
    for rel in doc.part.rels.values():
        if rel.reltype == FOOTNOTES:
            part = rel.target_part
    if part is None:
        return []
    from lxml import etree
    root = etree.fromstring(part.blob)
    notes = []
    for fn in root.findall(W + "footnote"):
        if int(fn.get(W + "id")) < 1:
            continue
        notes.append("".join(t.text or "" for t in fn.iter(W + "t")).strip())
    return notes


def header_text(hdr):
    if hdr is None or hdr.is_linked_to_previous:
        return ""
    texts = []
    for el in hdr._element.iter():
        if el.tag == qn("w:t") and el.text:
            texts.append(el.text)
        elif el.tag == qn("w:instrText") and el.text:
            texts.append(el.text)
        elif el.tag == qn("w:fldSimple"):
            texts.append(el.get(qn("w:instr")) or "")
    return " ".join(t.strip() for t in texts if t.strip())


def main():
    doc = docx.Document(sys.argv[1])
    defaults = doc_defaults(doc)
    sections = []
    headers = {}
    for s in doc.sections:
        sections.append({
            "PageWidthMM": mm(s.page_width), "PageHeightMM": mm(s.page_height),
            "TopMM": mm(s.top_margin), "BottomMM": mm(s.bottom_margin),
            "LeftMM": mm(s.left_margin), "RightMM": mm(s.right_margin),
            "Orientation": str(s.orientation).split(".")[-1].split(" ")[0],
            "DifferentFirstPage": bool(s.different_first_page_header_footer),
        })
        if not headers:
            headers["default"] = header_text(s.header)
            headers["first"] = header_text(s.first_page_header) if s.different_first_page_header_footer else ""
    paras = []
    walk(doc, doc.element.body, defaults, paras, [0], {"InTable": False, "Table": -1, "Row": -1, "Col": -1})
    json.dump({"Sections": sections, "Paragraphs": paras, "Footnotes": footnotes(doc), "HeaderTexts": headers},
              sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
