#!/usr/bin/env bash
# Render a diff review page in headless Chromium and save a screenshot of it.
#
#   scripts/review_screenshot.sh [OUT.png]
#
# Extracts the shipped example, and a copy of it with an amount changed, a project
# removed, a country added and markup-like text added, writes `factsheets diff --html`
# to a page, and has Debian's chromium (apt-get install chromium) take a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-review.png}
case $out in /*) ;; *) out="$PWD/$out" ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old" "$work/new"
cp raw/ilo-japan-cooperation.txt "$work/old/"
python3 - "$work/old/ilo-japan-cooperation.txt" "$work/new/ilo-japan-cooperation.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("US$ 1,000,000", "US$ 1,250,000")
text = text.replace("  6. Promoting and building social protection in Asia (3rd phase): Extending social security coverage in ASEAN (ESSA)\n", "")
text = text.replace("located in Turin, Italy,", "located in Turin, Italy, with a field office in Kenya <script>alert(1)</script>,")
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
factsheets extract "$work/old" -o "$work/old-x" --silent 2>/dev/null
factsheets extract "$work/new" -o "$work/new-x" --silent 2>/dev/null
factsheets diff "$work/old-x" "$work/new-x" --html > "$work/review.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1280,1800 --screenshot="$out" "file://$work/review.html" 2>/dev/null
echo "screenshot: $out"
