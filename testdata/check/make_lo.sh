#!/bin/sh
# Convert every testdata/check/fodt/*.fodt to testdata/check/lo/*.docx with
# LibreOffice (its own throw-away profile), and write lo/MANIFEST-lo.tsv.
#   sh testdata/check/make_lo.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d /tmp/lo-vanthu-corpus.XXXXXX)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$here/lo"
for f in "$here"/fodt/*.fodt; do
	soffice --headless "-env:UserInstallation=file://$profile" \
		--convert-to docx:"MS Word 2007 XML" --outdir "$here/lo" "$f" >/dev/null 2>&1
	b=$(basename "$f" .fodt)
	test -s "$here/lo/$b.docx" || { echo "conversion failed: $f" >&2; exit 1; }
	echo "lo/$b.docx"
done
# one line per file: name, TAB, the single defect (or "correct")
cat > "$here/lo/MANIFEST-lo.tsv" <<'TSV'
body-arial.docx	body paragraphs in Arial instead of Times New Roman
correct.docx	correct
date-not-italic.docx	địa danh/date line not italic
margins-wide.docx	right margin 30 mm (rule: 15-20 mm)
TSV
