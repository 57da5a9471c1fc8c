# Prints, as JSON, the language assistive technology is told for each text
# object of Firefox's accessibility tree (AT-SPI) whose text contains argv[1]:
# [{"text": ..., "language": ...}]. Run with Debian's python3 on the test's
# desktop (its DISPLAY and session bus).
import json
import sys

import pyatspi

wanted = sys.argv[1]
found = []


def visit(node, depth=0):
    if node is None or depth > 80 or len(found) > 20:
        return
    try:
        text = node.queryText()
        content = text.getText(0, -1)
        if wanted in content:
            start = content.index(wanted)
            attributes, _, _ = text.getAttributeRun(start, True)
            language = dict(a.split(':', 1) for a in attributes if ':' in a).get('language', '')
            own, _, _ = text.getAttributeRun(start, False)
            found.append({'text': content[:80], 'language': language, 'own': list(own), 'object': dict(a.split(':', 1) for a in node.getAttributes() if ':' in a).get('language', '')})
            return
    except (NotImplementedError, AttributeError, Exception):
        pass
    for i in range(node.childCount):
        try:
            visit(node.getChildAtIndex(i), depth + 1)
        except Exception:
            pass


desktop = pyatspi.Registry.getDesktop(0)
for app in desktop:
    if app is not None and 'irefox' in (app.name or ''):
        visit(app)
print(json.dumps(found, ensure_ascii=False))
