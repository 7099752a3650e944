#!/usr/bin/python3
"""Dump what python-docx sees in a DOCX as one JSON object, for vanthu's tests.

Usage: docx_dump.py FILE.docx

Written for Debian's python3-docx (0.8.x; 1.x works too) and nothing beyond
the Python standard library and lxml (a python-docx dependency). python-docx
opens the package and gives the sections, headers and the parsed XML of the
parts; the effective formatting is resolved here, because python-docx only
reports what is set directly on an element:

- run properties: the run's own rPr, else its character style chain (rStyle,
  or the default character style, up basedOn), else the paragraph style
  chain, else w:docDefaults/w:rPrDefault in styles.xml. Each property is
  taken from the nearest level that sets it; toggle properties (w:b, w:i)
  are not XOR-ed between style levels. Theme fonts (w:asciiTheme,
  w:hAnsiTheme) are looked up in the theme part. Table styles are ignored.
- paragraph properties: the paragraph's own pPr, else the indentation of
  its numbering level (w:numPr, direct or from the style), else the
  paragraph style chain, else w:docDefaults/w:pPrDefault.

Paragraphs inside tables are listed in document order, cell by cell in
row-major order (the XML's w:tr/w:tc, so a merged cell is listed once),
nested tables included, each with the table, row and cell it stands in.
All text is NFC. The JSON is ASCII (non-ASCII escaped) whatever the locale.
"""
import json
import sys
import unicodedata

import docx
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MM_PER_TWIP = 25.4 / 1440

JC = {"left": "LEFT", "start": "LEFT", "center": "CENTER", "right": "RIGHT",
      "end": "RIGHT", "both": "JUSTIFY", "distribute": "DISTRIBUTE"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def num(v):
    """A numeric attribute value, or None."""
    if v is None:
        return None
    try:
        return float(v)
    except ValueError:
        return None


def on(el):
    """An OOXML on/off element: None when absent, else its truth."""
    if el is None:
        return None
    return el.get(W + "val") not in ("0", "false", "off")


def related_xml(part, reltype):
    """The parsed XML of the part related to part by reltype, or None."""
    for rel in part.rels.values():
        if rel.reltype == RT + reltype and not rel.is_external:
            return etree.fromstring(rel.target_part.blob)
    return None


class Doc:
    """Styles, numbering and theme of one document, for resolving."""

    def __init__(self, document):
        self.document = document
        self.styles_el = document.styles.element
        self.styles = {}
        self.default_style = {}
        for s in self.styles_el.findall(W + "style"):
            kind, sid = s.get(W + "type"), s.get(W + "styleId")
            self.styles.setdefault((kind, sid), s)
            if s.get(W + "default") in ("1", "true", "on"):
                self.default_style.setdefault(kind, sid)
        dd = self.styles_el.find(W + "docDefaults")
        self.rpr_default = dd.find(W + "rPrDefault/" + W + "rPr") if dd is not None else None
        self.ppr_default = dd.find(W + "pPrDefault/" + W + "pPr") if dd is not None else None
        self.numbering = related_xml(document.part, "numbering")
        self.theme_fonts = {}
        theme = related_xml(document.part, "theme")
        if theme is not None:
            for kind in ("major", "minor"):
                latin = theme.find(".//" + A + kind + "Font/" + A + "latin")
                if latin is not None:
                    self.theme_fonts[kind] = latin.get("typeface")

    def chain(self, kind, sid):
        """Style elements from the root of sid's basedOn chain to sid."""
        out, seen = [], set()
        while sid and sid not in seen:
            seen.add(sid)
            el = self.styles.get((kind, sid))
            if el is None:
                break
            out.append(el)
            based = el.find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None
        out.reverse()
        return out

    def para_style(self, p):
        ppr = p.find(W + "pPr")
        ps = ppr.find(W + "pStyle") if ppr is not None else None
        sid = ps.get(W + "val") if ps is not None else self.default_style.get("paragraph")
        return sid, self.chain("paragraph", sid)

    def numbering_ppr(self, num_pr):
        """The pPr of the numbering level named by a w:numPr, or None."""
        if self.numbering is None or num_pr is None:
            return None
        num_id = num_pr.find(W + "numId")
        ilvl = num_pr.find(W + "ilvl")
        num_id = num_id.get(W + "val") if num_id is not None else None
        ilvl = ilvl.get(W + "val") if ilvl is not None else "0"
        if num_id in (None, "0"):
            return None
        for n in self.numbering.findall(W + "num"):
            if n.get(W + "numId") != num_id:
                continue
            for o in n.findall(W + "lvlOverride"):
                lvl = o.find(W + "lvl")
                if o.get(W + "ilvl") == ilvl and lvl is not None and lvl.find(W + "pPr") is not None:
                    return lvl.find(W + "pPr")
            abstract = n.find(W + "abstractNumId")
            if abstract is None:
                return None
            for an in self.numbering.findall(W + "abstractNum"):
                if an.get(W + "abstractNumId") == abstract.get(W + "val"):
                    for lvl in an.findall(W + "lvl"):
                        if lvl.get(W + "ilvl") == ilvl:
                            return lvl.find(W + "pPr")
        return None


def apply_rpr(props, rpr):
    """Lay the properties set in a w:rPr over props."""
    if rpr is None:
        return
    sz = rpr.find(W + "sz")
    if sz is not None and num(sz.get(W + "val")) is not None:
        props["size"] = num(sz.get(W + "val")) / 2
    for tag, key in (("b", "bold"), ("i", "italic")):
        v = on(rpr.find(W + tag))
        if v is not None:
            props[key] = v
    u = rpr.find(W + "u")
    if u is not None:
        props["underline"] = u.get(W + "val") != "none"
    fonts = rpr.find(W + "rFonts")
    if fonts is not None:
        for slot in ("ascii", "hAnsi"):
            if fonts.get(W + slot + "Theme"):
                props[slot] = ("theme", fonts.get(W + slot + "Theme"))
            elif fonts.get(W + slot):
                props[slot] = ("font", fonts.get(W + slot))
    color = rpr.find(W + "color")
    if color is not None and color.get(W + "val"):
        props["color"] = color.get(W + "val")
    va = rpr.find(W + "vertAlign")
    if va is not None:
        props["superscript"] = va.get(W + "val") == "superscript"


def font_name(d, props):
    """The run's font for Latin and Vietnamese letters (hAnsi, else ascii)."""
    for slot in ("hAnsi", "ascii"):
        v = props.get(slot)
        if v is None:
            continue
        kind, name = v
        if kind == "font":
            return name
        family = "major" if name.startswith("major") else "minor"
        if family in d.theme_fonts:
            return d.theme_fonts[family]
    return ""


def effective_run(d, r, para_chain):
    props = {"size": 0, "bold": False, "italic": False, "underline": False,
             "color": "", "superscript": False}
    apply_rpr(props, d.rpr_default)
    for st in para_chain:
        apply_rpr(props, st.find(W + "rPr"))
    rpr = r.find(W + "rPr")
    rs = rpr.find(W + "rStyle") if rpr is not None else None
    sid = rs.get(W + "val") if rs is not None else d.default_style.get("character")
    for st in d.chain("character", sid):
        apply_rpr(props, st.find(W + "rPr"))
    apply_rpr(props, rpr)
    return props


def run_text(r, instructions=False):
    """The visible text of a run; field instructions only when asked."""
    out = []
    for child in r:
        tag = child.tag
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "sym" and child.get(W + "char"):
            try:
                out.append(chr(int(child.get(W + "char"), 16)))
            except ValueError:
                pass
        elif tag == W + "instrText" and instructions:
            out.append(" " + (child.text or "").strip() + " ")
    return "".join(out)


SKIP_IN_PARAGRAPH = {W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "sdtPr", W + "sdtEndPr"}


def runs_of(p):
    """The w:r elements of a paragraph in order: inside hyperlinks, fields,
    insertions and content controls too, but not deleted text, and not the
    paragraphs of text boxes anchored in a run."""
    for child in p:
        if not isinstance(child.tag, str) or child.tag in SKIP_IN_PARAGRAPH:
            continue
        if child.tag == W + "r":
            yield child
        else:
            for r in runs_of(child):
                yield r


def plain_text(p, instructions=False):
    """The text of a paragraph, with field instructions when asked."""
    parts = []
    for child in p:
        if not isinstance(child.tag, str) or child.tag in SKIP_IN_PARAGRAPH:
            continue
        if child.tag == W + "r":
            parts.append(run_text(child, instructions))
        else:
            if child.tag == W + "fldSimple" and instructions:
                parts.append(" " + (child.get(W + "instr") or "").strip() + " ")
            parts.append(plain_text(child, instructions))
    return "".join(parts)


def para_format(d, p, chain):
    fmt = {"Alignment": "", "FirstLineIndentMM": 0.0, "LeftIndentMM": 0.0,
           "SpaceBeforePt": 0.0, "SpaceAfterPt": 0.0, "LineSpacing": 0.0, "LineSpacingRule": ""}
    direct = p.find(W + "pPr")
    num_pr = None
    for ppr in [st.find(W + "pPr") for st in chain] + [direct]:
        if ppr is not None and ppr.find(W + "numPr") is not None:
            num_pr = ppr.find(W + "numPr")
    levels = [d.ppr_default] + [st.find(W + "pPr") for st in chain]
    levels += [d.numbering_ppr(num_pr), direct]
    for ppr in levels:
        if ppr is None:
            continue
        jc = ppr.find(W + "jc")
        if jc is not None and jc.get(W + "val"):
            fmt["Alignment"] = JC.get(jc.get(W + "val"), jc.get(W + "val").upper())
        ind = ppr.find(W + "ind")
        if ind is not None:
            for attr in ("left", "start"):
                if num(ind.get(W + attr)) is not None:
                    fmt["LeftIndentMM"] = num(ind.get(W + attr)) * MM_PER_TWIP
            if num(ind.get(W + "hanging")) is not None:
                fmt["FirstLineIndentMM"] = 0.0 - num(ind.get(W + "hanging")) * MM_PER_TWIP
            elif num(ind.get(W + "firstLine")) is not None:
                fmt["FirstLineIndentMM"] = num(ind.get(W + "firstLine")) * MM_PER_TWIP
        sp = ppr.find(W + "spacing")
        if sp is not None:
            if num(sp.get(W + "before")) is not None:
                fmt["SpaceBeforePt"] = num(sp.get(W + "before")) / 20
            if num(sp.get(W + "after")) is not None:
                fmt["SpaceAfterPt"] = num(sp.get(W + "after")) / 20
            line = num(sp.get(W + "line"))
            if line is not None:
                rule = sp.get(W + "lineRule") or "auto"
                fmt["LineSpacingRule"] = rule
                fmt["LineSpacing"] = line / 240 if rule == "auto" else line / 20
    return fmt


def paragraph(d, p, where):
    sid, chain = d.para_style(p)
    runs = []
    for r in runs_of(p):
        props = effective_run(d, r, chain)
        runs.append({"Text": nfc(run_text(r)), "Font": font_name(d, props),
                     "SizePt": props["size"], "Bold": props["bold"], "Italic": props["italic"],
                     "Underline": props["underline"], "Color": props["color"],
                     "Superscript": props["superscript"]})
    out = {"Text": "".join(r["Text"] for r in runs), "Style": sid or "", "Runs": runs}
    out.update(para_format(d, p, chain))
    out.update(where)
    return out


def unwrap(parent, tag):
    """Children of parent with the given tag, looking through content
    controls (w:sdt/w:sdtContent) and w:customXml around them."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                for el in unwrap(content, tag):
                    yield el
        elif child.tag == W + "customXml":
            for el in unwrap(child, tag):
                yield el


def walk(d, parent, out, tables, where):
    """Paragraphs of a block container (body or cell) in document order."""
    for child in parent:
        if child.tag == W + "p":
            out.append(paragraph(d, child, where))
        elif child.tag == W + "tbl":
            t = tables[0]
            tables[0] += 1
            for ri, tr in enumerate(unwrap(child, W + "tr")):
                for ci, tc in enumerate(unwrap(tr, W + "tc")):
                    walk(d, tc, out, tables, {"InTable": True, "Table": t, "Row": ri, "Col": ci})
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                walk(d, content, out, tables, where)
        elif child.tag == W + "customXml":
            walk(d, child, out, tables, where)


def story_text(root):
    """The text of a header or note: its paragraphs (tables included) joined
    by newlines, field instructions kept, blank paragraphs and surplus
    spaces dropped."""
    lines = []
    for p in root.iter(W + "p"):
        line = " ".join(plain_text(p, instructions=True).split())
        if line:
            lines.append(line)
    return nfc("\n".join(lines))


def footnotes(document):
    root = related_xml(document.part, "footnotes")
    if root is None:
        return []
    notes = []
    for fn in root.findall(W + "footnote"):
        note_id = num(fn.get(W + "id"))
        if note_id is None or note_id < 1 or fn.get(W + "type") not in (None, "normal"):
            continue
        notes.append(story_text(fn))
    return notes


def orientation(section):
    o = section.orientation
    name = getattr(o, "name", None)
    return name if isinstance(name, str) else str(o).split(".")[-1].split(" ")[0]


def table_info(tbl):
    """A table's grid, row heights and own borders (tblPr/tblBorders)."""
    grid = [num(g.get(W + "w")) * MM_PER_TWIP for g in tbl.findall(W + "tblGrid/" + W + "gridCol")
            if num(g.get(W + "w")) is not None]
    rows = []
    for tr in tbl.findall(W + "tr"):
        h = tr.find(W + "trPr/" + W + "trHeight")
        height = num(h.get(W + "val")) if h is not None else None
        rows.append({"HeightMM": height * MM_PER_TWIP if height is not None else 0,
                     "HeightRule": (h.get(W + "hRule") or "atLeast") if h is not None else ""})
    borders = {}
    tb = tbl.find(W + "tblPr/" + W + "tblBorders")
    if tb is not None:
        for side in tb:
            if not isinstance(side.tag, str):
                continue
            borders[side.tag.replace(W, "")] = {"Val": side.get(W + "val") or "",
                                                "SizeEighths": num(side.get(W + "sz")) or 0,
                                                "Color": side.get(W + "color") or ""}
    return {"GridMM": grid, "Rows": rows, "Borders": borders}


def mm(length):
    return None if length is None else length.mm


def page_number_start(section):
    """w:pgNumType w:start of a section's w:sectPr, 0 when absent."""
    t = section._sectPr.find(W + "pgNumType")
    v = None if t is None else t.get(W + "start")
    return int(v) if v is not None and v.lstrip("-").isdigit() else 0


def main():
    document = docx.Document(sys.argv[1])
    d = Doc(document)
    sections, headers, footers = [], {}, {}
    for s in document.sections:
        sections.append({
            "PageWidthMM": mm(s.page_width), "PageHeightMM": mm(s.page_height),
            "TopMM": mm(s.top_margin), "BottomMM": mm(s.bottom_margin),
            "LeftMM": mm(s.left_margin), "RightMM": mm(s.right_margin),
            "Orientation": orientation(s),
            "DifferentFirstPage": bool(s.different_first_page_header_footer),
            "PageNumberStart": page_number_start(s),
        })
        for kind, attr in (("default", "header"), ("first", "first_page_header"), ("even", "even_page_header")):
            hdr = getattr(s, attr)
            if kind not in headers and not hdr.is_linked_to_previous:
                headers[kind] = story_text(hdr._element)
        for kind, attr in (("default", "footer"), ("first", "first_page_footer"), ("even", "even_page_footer")):
            ftr = getattr(s, attr)
            if kind not in footers and not ftr.is_linked_to_previous:
                footers[kind] = story_text(ftr._element)
    paras = []
    walk(d, document.element.body, paras, [0], {"InTable": False, "Table": -1, "Row": -1, "Col": -1})
    tables = [table_info(t) for t in document.element.body.iter(W + "tbl")]
    json.dump({"Sections": sections, "Paragraphs": paras, "Footnotes": footnotes(document),
               "HeaderTexts": headers, "FooterTexts": footers, "Tables": tables}, sys.stdout, ensure_ascii=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
