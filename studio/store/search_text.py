"""What of a brief is searchable: its words, grouped in the FTS table's columns."""

from __future__ import annotations

import re
from typing import Any


def _join(*parts: Any) -> str:
    return "\n".join(str(p) for p in parts if p)


def search_columns(doc: dict[str, Any]) -> tuple[str, str, str, str, str, str, str]:
    """(title, summary, inputs, milestones, deliverables, skills, risks) of a brief's JSON form.

    Works on the JSON document rather than the dataclass so a migration can index old rows
    without depending on today's model.
    """
    planning = doc.get("planning", {})
    results = doc.get("results", {})
    client = doc.get("client", {})
    return (
        doc.get("title", ""),
        _join(doc.get("summary", ""), client.get("name"), client.get("company")),
        _join(*(_join(i.get("name"), i.get("description")) for i in doc.get("inputs", []))),
        _join(
            *(_join(m.get("title"), m.get("description")) for m in planning.get("milestones", []))
        ),
        _join(
            *(
                _join(
                    d.get("title"),
                    d.get("description"),
                    d.get("format"),
                    *d.get("acceptance_criteria", []),
                )
                for d in results.get("deliverables", [])
            ),
            *results.get("success_metrics", []),
        ),
        _join(*doc.get("skills", []), *doc.get("languages", [])),
        _join(*(_join(r.get("description"), r.get("mitigation")) for r in doc.get("risks", []))),
    )


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn what a person types into an FTS5 query: every word must match, as a prefix.

    Quoting each word keeps FTS5 syntax (AND, NEAR, quotes, colons) from being interpreted.
    """
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)
