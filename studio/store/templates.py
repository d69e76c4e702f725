"""Built-in brief templates (JSON in resources/templates) and giving a brief fresh ids."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from studio.core.brief import Brief, new_id, now_utc
from studio.core.errors import UnknownTemplateError
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.serialize import brief_from_json
from studio.resources import resource_path

# Template name -> title shown to the user (translated by the UI, context "Templates").
TEMPLATES: dict[str, str] = {
    "blank": QT_TRANSLATE_NOOP("Templates", "Blank brief"),
    "software": QT_TRANSLATE_NOOP("Templates", "Software project"),
    "design": QT_TRANSLATE_NOOP("Templates", "Design work"),
    "data-nlp": QT_TRANSLATE_NOOP("Templates", "Data / NLP study"),
}


def template_names() -> list[str]:
    return list(TEMPLATES)


def template_languages() -> list[str]:
    """The languages the templates are written in: English, then each translated folder."""
    root = resource_path("templates")
    folders = root.iterdir() if root.is_dir() else ()  # --help must work on a broken install
    return ["en", *sorted(p.name for p in folders if p.is_dir())]


def template_language(language: str) -> str:
    """The language we ship templates in that best fits `language` ("fr_FR", "fr-CA" → "fr"):
    its own when we have it, else English, the language of resources/templates itself."""
    # Only a plain language code may become a folder name, never a path.
    code = re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower()
    if re.fullmatch(r"[a-z]{2,3}", code) and resource_path("templates", code).is_dir():
        return code
    return "en"


def _template_file(name: str, language: str) -> Path:
    if language != "en":
        localized = resource_path("templates", language, f"{name}.json")
        if localized.is_file():
            return localized
    return resource_path("templates", f"{name}.json")


def brief_from_template(
    name: str, title: str = "", start: date | None = None, language: str = ""
) -> Brief:
    """A new draft built from a template, with fresh ids; the planning starts `start`.

    The template is written in `language` (a locale name or code) when we ship one in it,
    else in English. A blank brief says it is written in that language too.
    """
    if name not in TEMPLATES:
        raise UnknownTemplateError(name, template_names())
    written_in = template_language(language)
    if name == "blank":
        brief = Brief(language=written_in)
    else:
        text = _template_file(name, written_in).read_text("utf-8")
        brief = fresh_ids(brief_from_json(text))
    stamp = now_utc()
    brief = replace(brief, created=stamp, updated=stamp)
    if title:
        brief = replace(brief, title=title)
    if start is not None:
        brief = replace(brief, planning=replace(brief.planning, start=start))
    return brief


def fresh_ids(brief: Brief) -> Brief:
    """The same brief with new ids for itself and every part, references remapped."""
    remap: dict[str, str] = {}

    def fresh(old: str) -> str:
        remap.setdefault(old, new_id())
        return remap[old]

    deliverables = tuple(replace(d, id=fresh(d.id)) for d in brief.results.deliverables)
    milestones = tuple(replace(m, id=fresh(m.id)) for m in brief.planning.milestones)
    milestones = tuple(
        replace(
            m,
            depends_on=tuple(remap.get(d, d) for d in m.depends_on),
            deliverables=tuple(remap.get(d, d) for d in m.deliverables),
        )
        for m in milestones
    )
    payments = tuple(
        replace(
            p,
            id=new_id(),
            milestone_id=remap.get(p.milestone_id, p.milestone_id) if p.milestone_id else None,
        )
        for p in brief.costs.payments
    )
    return replace(
        brief,
        id=new_id(),
        inputs=tuple(replace(i, id=new_id()) for i in brief.inputs),
        planning=replace(brief.planning, milestones=milestones),
        costs=replace(
            brief.costs,
            items=tuple(replace(c, id=new_id()) for c in brief.costs.items),
            payments=payments,
        ),
        results=replace(brief.results, deliverables=deliverables),
        risks=tuple(replace(r, id=new_id()) for r in brief.risks),
        attachments=tuple(replace(a, id=new_id()) for a in brief.attachments),
    )
