"""video/chapters.vtt: the video's chapters (the brief's sections) as WebVTT chapter cues."""

from __future__ import annotations

from studio.core.take import Chapter


def vtt_time(seconds: float) -> str:
    """WebVTT's HH:MM:SS.mmm."""
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def clock(seconds: float) -> str:
    """How a person reads a position in a video: 0:05, 12:40, 1:02:03."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _cue_text(title: str) -> str:
    # Cue text is a tiny markup language: escape its three special characters, and keep
    # "-->" (the timing arrow) and blank lines (the cue's end) out of it.
    text = " ".join(title.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text or "Chapter"


def webvtt(chapters: tuple[Chapter, ...], duration: float) -> str:
    """One cue per chapter, each lasting until the next one starts (the last until the end)."""
    lines = ["WEBVTT", ""]
    for index, chapter in enumerate(chapters):
        end = chapters[index + 1].start if index + 1 < len(chapters) else duration
        end = max(end, chapter.start + 0.001)
        lines += [
            f"chapter-{index + 1}",
            f"{vtt_time(chapter.start)} --> {vtt_time(end)}",
            _cue_text(chapter.title),
            "",
        ]
    return "\n".join(lines)
