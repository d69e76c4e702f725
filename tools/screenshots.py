"""Screenshots of every screen, for looking at the UI (and for the README).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshots.py \
        [--lang en fr] [--size 1280x800 1920x1080] [--out /tmp/shots] [--readme]

Fills a throwaway library with briefs made from the templates, opens the main window and
saves one PNG per editor step, language and window size (plus the library and trash views).
`--lang pseudo` lengthens every string by about 40 % to catch truncated layouts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pseudo(text: str) -> str:
    """A pseudo-translation: accented, about 40 % longer, placeholders kept."""
    table = str.maketrans("aeiouyAEIOUYcnCN", "àéîöûÿÀÉÎÖÛŸçñÇÑ")
    out, depth = [], 0
    for ch in text:
        depth += ch == "{"
        out.append(ch if depth else ch.translate(table))
        depth -= ch == "}"
    padding = "~" * max(2, len(text) * 2 // 5)
    return f"[{''.join(out)}{padding}]"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["en", "fr"])
    parser.add_argument("--size", nargs="+", default=["1280x800", "1920x1080"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--readme", action="store_true", help="also write docs/screenshot.png")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from studio.app import load_style
    from studio.core.brief import Status
    from studio.core.steps import Step
    from studio.store.library import Library
    from studio.store.templates import brief_from_template
    from studio.ui.i18n import install_translators
    from studio.ui.main_window import MainWindow

    class Pseudo(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return pseudo(source)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        library = Library.open(data_dir)
        start = date.today() - timedelta(days=12)
        demo = brief_from_template("software", title="Checkout rewrite for Acme Shop", start=start)
        demo = replace(
            demo,
            summary=(
                "Acme sells garden furniture online. The checkout is a 2014 PHP module that "
                "loses one order in five on mobile. We want a new checkout: cards, PayPal and "
                "bank transfer, guest checkout, and an order API for the warehouse."
            ),
            planning=replace(demo.planning, deadline=start + timedelta(days=70)),
            costs=replace(demo.costs, budget_min=Decimal(15000), budget_max=Decimal(21000)),
        )
        library.create(demo)
        library.create(brief_from_template("design", title="Brand refresh", start=start))
        other = brief_from_template("data-nlp", title="Support-ticket classifier", start=start)
        library.create(replace(other, status=Status.READY))
        for lang in args.lang:
            if lang == "pseudo":
                translator = Pseudo(app)
                app.installTranslator(translator)
            else:
                install_translators(app, lang)
            for size in args.size:
                width, height = (int(v) for v in size.split("x"))
                window = MainWindow(library)
                window.resize(width, height)
                window.show()
                window.open_brief(demo.id)
                app.processEvents()
                assert window.editor is not None
                for step in Step:
                    window.editor.show_step(step)
                    app.processEvents()
                    path = args.out / f"{lang}-{size}-{step.value}.png"
                    window.grab().save(str(path))
                    print(path)
                    readme_shot = lang == "en" and size == "1280x800" and step is Step.PLANNING
                    if args.readme and readme_shot:
                        (ROOT / "docs").mkdir(exist_ok=True)
                        window.grab().save(str(ROOT / "docs" / "screenshot.png"))
                window.session.flush() if window.session else None
                window.close()
                window.deleteLater()
                app.processEvents()
            if lang == "pseudo":
                app.removeTranslator(translator)
        library.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("BRIEF_STUDIO_LANG", "en")
    sys.exit(main())
