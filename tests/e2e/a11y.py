"""axe-core (bundled by axe-playwright-python, injected from disk: no CDN) at WCAG 2.1 AA."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}

_axe = Axe()


def violations(page):
    """The WCAG 2.1 A/AA violations on the page as short readable lines."""
    results = _axe.run(page, options=OPTIONS)
    lines = []
    for violation in results.response["violations"]:
        for node in violation["nodes"][:5]:
            lines.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} -- "
                f"{', '.join(map(str, node['target']))}: {node.get('failureSummary', '')[:300]}"
            )
    return lines
