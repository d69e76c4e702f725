"""video/chapters.vtt and how chapter titles find the brief's sections."""

from __future__ import annotations

from studio.bundle.chapters import clock, vtt_time, webvtt
from studio.bundle.spec import SECTIONS, section_of, sections
from studio.core.take import Chapter


def test_webvtt_chapters() -> None:
    chapters = (Chapter("Summary", 0.0), Chapter("Costs <& risks>", 65.5))
    assert webvtt(chapters, 3725.25) == (
        "WEBVTT\n\n"
        "chapter-1\n00:00:00.000 --> 00:01:05.500\nSummary\n\n"
        "chapter-2\n00:01:05.500 --> 01:02:05.250\nCosts &lt;&amp; risks&gt;\n"
    )
    assert webvtt((), 10.0) == "WEBVTT\n"


def test_times() -> None:
    assert vtt_time(0.0004) == "00:00:00.000"
    assert vtt_time(3661.5) == "01:01:01.500"
    assert clock(5.9) == "0:05"
    assert clock(760) == "12:40"
    assert clock(3723) == "1:02:03"


def test_chapter_titles_find_their_sections() -> None:
    assert section_of("Summary") == "summary"
    assert section_of("3. Planning") == "planning"
    assert section_of("Costs") == section_of("COST ESTIMATE") == "costs"
    assert section_of("Inputs the client provides") == "inputs"
    assert section_of("Expected results") == "results"
    assert section_of("Risks and mitigation") == "risks"
    assert section_of("Thanks for watching") is None
    found = sections((Chapter("Intro", 0.0), Chapter("Planning", 12.0), Chapter("Plan B", 30.0)))
    assert [s.key for s in found] == [key for key, _ in SECTIONS]
    starts = {s.key: s.start for s in found}
    assert starts["summary"] == 0.0 and starts["planning"] == 12.0, "the first one wins"
    assert starts["costs"] is None
