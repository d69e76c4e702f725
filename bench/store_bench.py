"""Store and editor benchmark: prints the figures issue 2 sets targets for.

    python bench/store_bench.py [--briefs 10000] [--queries 100] [--keep DIR]

Figures: time to open a store of N briefs, to list them, full-text search (median and p95
over the queries), the time to open a brief with 300 milestones and 1,000 cost lines in the
editor, and the time from process start to a usable main window. Targets on a 2-core
machine: search p95 < 20 ms, editor open < 300 ms, start to usable window < 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.core.brief import (
    Brief,
    CostEstimate,
    CostItem,
    Deliverable,
    Input,
    Milestone,
    Planning,
    Results,
    Risk,
    Status,
)
from studio.store.library import Library

WORDS = (
    "checkout payment gateway design logo brand website mobile app android ios backend api "
    "database migration analytics dashboard report model training dataset annotation corpus "
    "translation french german spanish video editing animation illustration typography "
    "accessibility audit security review performance cloud kubernetes docker python rust "
    "react vue figma marketing newsletter seo content strategy research interview survey "
    "prototype testing deployment monitoring support onboarding documentation handover"
).split()


def _vocabulary() -> tuple[list[str], list[float]]:
    """Domain words mixed into 3,000 made-up ones, with Zipf-like frequencies, so a word
    matches a realistic share of briefs instead of all of them."""
    rng = random.Random(0)
    syllables = "ka to ri mu se la po ne vi da gu fe zo bi ha me".split()
    made_up = {
        "".join(rng.choice(syllables) for _ in range(rng.randrange(2, 5))) for _ in range(4000)
    }
    vocab = sorted(made_up)[:3000] + WORDS
    rng.shuffle(vocab)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    return vocab, weights


VOCAB, WEIGHTS = _vocabulary()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(VOCAB, WEIGHTS, k=n))


def generated_brief(rng: random.Random) -> Brief:
    start = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
    milestones = tuple(
        Milestone(
            title=sentence(rng, 3),
            description=sentence(rng, 12),
            duration_days=rng.randrange(3, 30),
        )
        for _ in range(rng.randrange(2, 8))
    )
    return Brief(
        title=sentence(rng, 4).capitalize(),
        summary=sentence(rng, 60),
        status=rng.choice(list(Status)),
        inputs=tuple(Input(name=sentence(rng, 3), description=sentence(rng, 10)) for _ in range(3)),
        planning=Planning(start=start, milestones=milestones),
        costs=CostEstimate(
            items=tuple(
                CostItem(
                    label=sentence(rng, 2),
                    quantity=Decimal(rng.randrange(1, 40)),
                    unit_price=Decimal(500),
                )
                for _ in range(5)
            )
        ),
        results=Results(
            deliverables=tuple(
                Deliverable(title=sentence(rng, 3), acceptance_criteria=(sentence(rng, 6),))
                for _ in range(3)
            )
        ),
        skills=tuple(rng.sample(WORDS, 4)),
        risks=(Risk(description=sentence(rng, 8), mitigation=sentence(rng, 8)),),
    )


def big_brief() -> Brief:
    rng = random.Random(7)
    milestones: list[Milestone] = []
    for i in range(300):
        deps = (milestones[-1].id,) if milestones and i % 3 else ()
        milestones.append(
            Milestone(
                title=f"Milestone {i + 1} {sentence(rng, 2)}", duration_days=3, depends_on=deps
            )
        )
    items = tuple(
        CostItem(
            label=f"Line {i + 1} {sentence(rng, 2)}",
            quantity=Decimal(rng.randrange(1, 20)),
            unit="h",
            unit_price=Decimal("85.50"),
        )
        for i in range(1000)
    )
    return Brief(
        title="Big programme",
        planning=Planning(start=date(2026, 1, 5), milestones=tuple(milestones)),
        costs=CostEstimate(items=items),
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def bench_store(data_dir: Path, count: int, queries: int) -> None:
    rng = random.Random(1)
    library = Library.open(data_dir)
    existing = library.count()
    if existing < count:
        t0 = time.perf_counter()
        for _ in range(count - existing):
            library.save(generated_brief(rng))
        print(f"generate+save {count - existing} briefs: {time.perf_counter() - t0:8.2f} s")
    library.close()

    t0 = time.perf_counter()
    library = Library.open(data_dir)
    print(f"open store ({count} briefs):        {ms(time.perf_counter() - t0)}")

    t0 = time.perf_counter()
    rows = library.list()
    print(f"list all ({len(rows)} rows):          {ms(time.perf_counter() - t0)}")

    texts = []
    for _ in range(queries):
        words = rng.sample(WORDS, rng.choice((1, 1, 2)))
        texts.append(
            " ".join(w[: rng.randrange(3, len(w) + 1)] for w in words)
        )  # prefixes, as typed
    for label, limit in (("search, all matches", None), ("search, first 200 (library panel)", 200)):
        timings: list[float] = []
        hits = 0
        for text in texts:
            t0 = time.perf_counter()
            hits += len(library.list(search=text, limit=limit))
            timings.append(time.perf_counter() - t0)
        print(
            f"{label} x{queries}: median {ms(statistics.median(timings))}"
            f"  p95 {ms(percentile(timings, 95))}  (avg {hits / queries:.0f} hits)"
        )
    library.close()


def bench_editor(data_dir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from studio.ui.editor.editor import BriefEditor
    from studio.ui.editor.session import EditSession

    app = QApplication.instance() or QApplication([])
    library = Library.open(data_dir)
    brief = library.create(big_brief())
    editor_cls = BriefEditor
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        loaded = library.get(brief.id)
        session = EditSession(library, loaded)
        editor = editor_cls(session)
        editor.resize(1280, 800)
        editor.show()
        app.processEvents()
        times.append(time.perf_counter() - t0)
        editor.close()
        editor.deleteLater()
        app.processEvents()
    print(
        f"open 300-milestone / 1000-line brief in the editor: median {ms(statistics.median(times))}"
        f"  (first {ms(times[0])})"
    )
    t0 = time.perf_counter()
    session.apply("bench", replace(session.brief, title="Renamed"))
    app.processEvents()
    print(f"one edit on that brief (validate + refresh):       {ms(time.perf_counter() - t0)}")
    library.close()


def bench_startup(data_dir: Path) -> None:
    probe = (
        "import time, sys; t0 = float(sys.argv[1]);"
        "from studio.app import startup_benchmark; startup_benchmark(t0)"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "BRIEF_STUDIO_HOME": str(data_dir),
    }
    runs = []
    for _ in range(3):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", probe, repr(start)],
            env=env,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
            check=False,
        )
        if out.returncode != 0:
            print("start-up probe failed:", out.stderr.strip().splitlines()[-1:])
            return
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    each = [round(r * 1000) for r in runs]
    print(f"process start to usable main window: median {ms(statistics.median(runs))}  runs {each}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="reuse/keep the generated store in this folder")
    parser.add_argument("--skip-ui", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.keep or Path(tmp)
        data_dir.mkdir(parents=True, exist_ok=True)
        bench_store(data_dir, args.briefs, args.queries)
        if not args.skip_ui:
            bench_editor(data_dir)
            bench_startup(data_dir)


if __name__ == "__main__":
    main()
