"""Reads Parama's window through AT-SPI (run by .ci/atspi.sh) and checks what a screen reader
would find on one tab: the application and its window named; no focusable node without a name;
the tables as tables (a table named by what it lists, a header row of named column headers, rows
of cells, the selected row selected); the article's heading with its title.

AccessKit's AT-SPI adapter (accesskit_atspi_common 0.21) gives roles, names and states but not
AT-SPI's Table interface, so the counts are checked on the tree of rows and cells.
"""

import sys
import time

import pyatspi

TAB, SELECTED = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
HEADERS = {
    "programmes": ["Category", "Programme", "Summary", "Provider", "Period", "Status", "Sources", "Origin"],
    "figures": ["Figure", "What it measures", "Period", "Category", "Source", "Origin"],
}


def find_app(seconds=40):
    deadline = time.time() + seconds
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and (app.name or "").lower() == "parama" and app.childCount:
                return app
        time.sleep(0.5)
    sys.exit("no application called parama on the accessibility bus")


def nodes(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from nodes(child)


def main():
    app = find_app()
    # Let the window draw and the tree settle.
    time.sleep(3)
    failures = []
    every = list(nodes(app))
    frames = [n for n in every if n.getRole() == pyatspi.ROLE_FRAME]
    if not frames or frames[0].name != "Parama":
        failures.append(f"the window is not named Parama: {[f.name for f in frames]}")
    for node in every:
        states = node.getState()
        if states.contains(pyatspi.STATE_FOCUSABLE) and not (node.name or "").strip():
            failures.append(f"a focusable {node.getRoleName()} has no name")
    menus = [n for n in every if n.getRole() == pyatspi.ROLE_MENU_BAR or n.getRoleName() == "menu"]
    if not any(m.name for m in menus):
        failures.append("the menu bar has no name")
    if TAB in HEADERS:
        tables = [n for n in every if n.getRole() == pyatspi.ROLE_TABLE]
        if len(tables) != 1 or tables[0].name != TAB.capitalize():
            failures.append(f"one table named {TAB.capitalize()!r} expected: {[t.name for t in tables]}")
        else:
            rows = [n for n in nodes(tables[0]) if n.getRole() == pyatspi.ROLE_TABLE_ROW]
            headers = [n.name for n in nodes(tables[0]) if n.getRole() == pyatspi.ROLE_COLUMN_HEADER]
            if headers != HEADERS[TAB]:
                failures.append(f"column headers {headers}")
            body = rows[1:]
            if len(body) < 3:
                failures.append(f"only {len(body)} rows")
            for row in body:
                cells = [c for c in nodes(row) if c.getRole() == pyatspi.ROLE_TABLE_CELL]
                if len(cells) != len(HEADERS[TAB]):
                    failures.append(f"a row of {len(cells)} cells")
                    break
            selected = [r for r in body if r.getState().contains(pyatspi.STATE_SELECTED)]
            if len(selected) != 1:
                failures.append(f"{len(selected)} rows selected, one expected")
            print(f"{TAB}: table of {len(body)} rows on screen, headers {headers}, {len(selected)} selected")
    if TAB == "articles":
        headings = [n.name for n in every if n.getRole() == pyatspi.ROLE_HEADING]
        if "Lithuania to continue its military assistance to Ukraine in 2023 – ministry" not in headings:
            failures.append(f"the article's heading: {headings}")
        print(f"articles: headings {headings}")
    print(f"{TAB}: {len(every)} nodes, window {frames[0].name if frames else None!r}")
    for failure in failures:
        print("FAIL", TAB, failure)
    return not failures


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
