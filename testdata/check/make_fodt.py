#!/usr/bin/python3
"""(Re)create the LibreOffice flat-ODT sources in testdata/check/fodt/.

    /usr/bin/python3 testdata/check/make_fodt.py

fodt/correct.fodt is pydocx/correct.docx converted by LibreOffice
(soffice --convert-to fodt); it is self-contained (no linked images or
external files). The broken variants are text edits of it, each with exactly
one defect. You only need this script if the .fodt files must be rebuilt; the
committed .fodt files are the sources that make_lo.sh turns into lo/*.docx.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FODT = os.path.join(HERE, "fodt")

# file name -> description (also written to MANIFEST-lo.tsv by make_lo.sh's
# caller; kept here as the single source)
VARIANTS = [
    ("correct.fodt", "correct"),
    ("margins-wide.fodt", "right margin 30 mm (rule: 15-20 mm)"),
    ("body-arial.fodt", "body paragraphs in Arial instead of Times New Roman"),
    ("date-not-italic.fodt", "địa danh/date line not italic"),
]


def convert_correct():
    tmp = tempfile.mkdtemp(prefix="vanthu-fodt-")
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(
            ["soffice", "--headless",
             "-env:UserInstallation=file://" + profile,
             "--convert-to", "fodt", "--outdir", tmp,
             os.path.join(HERE, "pydocx", "correct.docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(tmp, "correct.fodt"), encoding="utf-8") as f:
            return f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def sub1(pattern, repl, s, count=0, flags=0):
    out, n = re.subn(pattern, repl, s, count=count, flags=flags)
    if n == 0:
        sys.exit("pattern not found: " + pattern)
    return out


def margins_wide(s):
    # only the page layout's right margin (30 mm = 1.1811in)
    return sub1(r'(<style:page-layout-properties [^>]*fo:margin-right=")[^"]*"',
                r'\g<1>1.1811in"', s)


def body_arial(s):
    # Declare Arial, add a text style for body runs, use it in the six
    # justified body paragraphs only.
    s = sub1(r'(<office:font-face-decls>)',
             r'\1\n  <style:font-face style:name="Arial" svg:font-family="Arial" '
             r'style:font-family-generic="swiss" style:font-pitch="variable"/>', s,
             count=1)
    s = sub1(r'(\s*<style:style style:name="T1" style:family="text">)',
             '\n  <style:style style:name="TArial" style:family="text">\n'
             '   <style:text-properties style:font-name="Arial" fo:font-size="14pt" '
             'style:font-name-asian="Arial" style:font-size-asian="14pt" '
             'style:font-name-complex="Arial"/>\n  </style:style>\\1', s, count=1)
    body_styles = set(re.findall(
        r'<style:style style:name="(P\d+)" style:family="paragraph"[^>]*>\s*'
        r'<style:paragraph-properties [^>]*fo:text-align="justify"', s))
    if not body_styles:
        sys.exit("no justified paragraph styles found")
    n = 0
    for st in body_styles:
        s, k = re.subn(r'(<text:p text:style-name="%s"><text:span text:style-name=")T1"' % st,
                       r'\1TArial"', s)
        n += k
    if n != 6:
        sys.exit("expected 6 body paragraphs, got %d" % n)
    return s


def date_not_italic(s):
    m = re.search(r'<text:span text:style-name="(T\d+)">Bắc Ninh, ngày', s)
    if not m:
        sys.exit("date span not found")
    # a new non-italic 13 pt style for the date only
    s = sub1(r'(\s*<style:style style:name="T1" style:family="text">)',
             '\n  <style:style style:name="TDate" style:family="text">\n'
             '   <style:text-properties fo:font-size="13pt" fo:font-style="normal" '
             'style:font-size-asian="13pt" style:font-style-asian="normal" '
             'style:font-style-complex="normal"/>\n  </style:style>\\1', s, count=1)
    return s.replace('<text:span text:style-name="%s">Bắc Ninh, ngày' % m.group(1),
                     '<text:span text:style-name="TDate">Bắc Ninh, ngày')


def main():
    os.makedirs(FODT, exist_ok=True)
    src = convert_correct()
    variants = {
        "correct.fodt": src,
        "margins-wide.fodt": margins_wide(src),
        "body-arial.fodt": body_arial(src),
        "date-not-italic.fodt": date_not_italic(src),
    }
    for name, _ in VARIANTS:
        with open(os.path.join(FODT, name), "w", encoding="utf-8") as f:
            f.write(variants[name])
    print("wrote %d .fodt files to %s" % (len(variants), FODT))


if __name__ == "__main__":
    main()
