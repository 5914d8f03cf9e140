"""Checks what Gnumeric read from Parama's workbooks (converted by .ci/spreadsheet.sh).

In Gnumeric's XML a cell's ValueType is 40 for a number (dates are numbers with a date format),
50 for an error and 60 for text; a formula cell has none. Each table must have its sheet and an
About sheet, numbers where the column means a number, text where it means text ("1,500" as
written, "November 2024", partial dates), Lithuanian letters intact, and no formula or error.
"""

import gzip
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"gnm": "http://www.gnumeric.org/v10.dtd"}
NUMBER, ERROR, TEXT = "40", "50", "60"
NUMERIC = {"value", "citation_no", "citation_count", "quote_start", "quote_end", "characters",
           "year_from", "year_to", "programmes", "checked", "found_automatically"}
ALWAYS_TEXT = {"number_as_written", "period", "when", "figure", "article_id", "date_inferred"}


def sheets(path):
    root = ET.fromstring(gzip.open(path).read())
    for sheet in root.iterfind("gnm:Sheets/gnm:Sheet", NS):
        name = sheet.findtext("gnm:Name", namespaces=NS)
        cells = {}
        for cell in sheet.iterfind("gnm:Cells/gnm:Cell", NS):
            cells[(int(cell.get("Row")), int(cell.get("Col")))] = (cell.get("ValueType"), cell.text or "")
        yield name, cells


def check(folder):
    failures = []
    letters = False
    for path in sorted(Path(folder).glob("*.gnumeric")):
        found = dict(sheets(path))
        names = list(found)
        if len(names) != 2 or names[1] != "About":
            failures.append(f"{path.name}: sheets {names}")
            continue
        cells = found[names[0]]
        header = {col: text for (row, col), (_, text) in cells.items() if row == 0}
        rows = max(row for row, _ in cells)
        if rows < 1:
            failures.append(f"{path.name}: no rows")
        for (row, col), (kind, text) in cells.items():
            name = header.get(col, "?")
            where = f"{path.name} {names[0]}!R{row + 1}C{col + 1} ({name}) {text[:40]!r}"
            if kind is None:
                failures.append(f"{where}: a formula")
            elif kind == ERROR:
                failures.append(f"{where}: an error")
            elif row > 0 and name in NUMERIC and kind != NUMBER:
                failures.append(f"{where}: should be a number")
            elif row > 0 and name in ALWAYS_TEXT and kind != TEXT:
                failures.append(f"{where}: should stay text")
            elif row > 0 and name == "date" and kind == TEXT and len(text) > 7:
                failures.append(f"{where}: a full date left as text")
            letters = letters or "Šimonytė" in text
        for (row, col), (kind, text) in found["About"].items():
            if kind != TEXT and kind != NUMBER:
                failures.append(f"{path.name} About!R{row + 1}C{col + 1}: {kind} {text[:40]!r}")
        about = " ".join(text for _, text in found["About"].values())
        for needed in ("Lithuania's military assistance to Ukraine", "remain the work of their publishers",
                       "Sources"):
            if needed not in about:
                failures.append(f"{path.name}: the About sheet lacks {needed!r}")
        dates = [kind for (row, col), (kind, _) in cells.items() if row > 0 and header.get(col) == "date"]
        if dates and NUMBER not in dates:
            failures.append(f"{path.name}: no full date became a date")
        print(f"{path.name}: {names[0]} {rows} rows, {len(header)} columns; About {len(found['About'])} cells")
    if not letters:
        failures.append("no table kept “Šimonytė” intact")
    for failure in failures:
        print("FAIL", failure)
    return not failures


if __name__ == "__main__":
    sys.exit(0 if check(sys.argv[1]) else 1)
