import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from studio.core.costs import totals
from studio.core.errors import UnknownTemplateError
from studio.core.validation import has_errors, validate
from studio.resources import resource_path
from studio.store.templates import (
    brief_from_template,
    template_language,
    template_languages,
    template_names,
)


@pytest.mark.parametrize("name", ["software", "design", "data-nlp"])
def test_templates_load_and_validate(name: str) -> None:
    brief = brief_from_template(name, title="Mine", start=date(2026, 1, 5))
    assert brief.title == "Mine"
    assert brief.planning.milestones
    assert not has_errors(validate(brief)), validate(brief)


def test_two_briefs_from_a_template_share_no_ids() -> None:
    a = brief_from_template("software")
    b = brief_from_template("software")
    assert a.id != b.id
    assert {m.id for m in a.planning.milestones}.isdisjoint({m.id for m in b.planning.milestones})
    # dependencies point at the new ids
    ids = {m.id for m in a.planning.milestones}
    assert all(d in ids for m in a.planning.milestones for d in m.depends_on)


def test_unknown_template() -> None:
    with pytest.raises(UnknownTemplateError, match="software"):
        brief_from_template("nope")
    assert {"blank", "software", "design", "data-nlp"} <= set(template_names())


# ---- templates in other languages --------------------------------------------------------

TRANSLATED = ["software", "design", "data-nlp"]
# Values that are data, not text: a translation keeps them as they are.
DATA_KEYS = {
    "id", "version", "status", "created", "updated", "currency", "pricing", "quantity",
    "unit_price", "contingency_percent", "percent", "kind", "likelihood", "impact",
    "milestone_id", "depends_on", "deliverables",
}  # fmt: skip
# Names that are the same in French: tools and file formats.
SAME_IN_FRENCH = {"Python", "Figma", "PDF"}


def template_json(name: str, language: str = "") -> Any:
    folder = resource_path("templates", language) if language else resource_path("templates")
    return json.loads((folder / f"{name}.json").read_text("utf-8"))


def compare(en: Any, fr: Any, key: str, where: str, texts: list[tuple[str, str]]) -> None:
    """Walk both documents side by side: same shape, same data; collect the texts."""
    assert type(en) is type(fr), where
    if isinstance(en, dict):
        assert en.keys() == fr.keys(), where
        for k in en:
            compare(en[k], fr[k], k, f"{where}.{k}", texts)
    elif isinstance(en, list):
        assert len(en) == len(fr), where
        for i, (e, f) in enumerate(zip(en, fr, strict=True)):
            compare(e, f, key, f"{where}[{i}]", texts)
    elif isinstance(en, str) and key not in DATA_KEYS and where != "$.format":
        texts.append((en, fr))
    else:
        assert en == fr, where  # ids, links, amounts, durations


@pytest.mark.parametrize("name", TRANSLATED)
def test_french_template_is_the_english_one_translated(name: str) -> None:
    en, fr = template_json(name), template_json(name, "fr")
    en.pop("language"), fr.pop("language")
    texts: list[tuple[str, str]] = []
    compare(en, fr, "", "$", texts)
    for english, french in texts:
        if not english or english in SAME_IN_FRENCH:
            assert french == english
        else:
            assert french and french != english, f"left in English: {english!r}"


@pytest.mark.parametrize("name", TRANSLATED)
def test_french_template_loads_validates_and_says_it_is_french(name: str) -> None:
    brief = brief_from_template(name, title="Le mien", start=date(2026, 1, 5), language="fr")
    english = brief_from_template(name, language="en")
    assert brief.language == "fr" and brief.title == "Le mien"
    assert not has_errors(validate(brief)), validate(brief)
    assert brief.costs.currency == english.costs.currency == "EUR"
    assert totals(brief.costs) == totals(english.costs)
    fr_titles = [m.title for m in brief.planning.milestones]
    en_titles = [m.title for m in english.planning.milestones]
    assert len(fr_titles) == len(en_titles)
    assert all(f != e for f, e in zip(fr_titles, en_titles, strict=True))


def french_texts(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from french_texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from french_texts(v, key)
    elif isinstance(value, str) and key not in DATA_KEYS:
        yield value


@pytest.mark.parametrize("name", TRANSLATED)
def test_french_template_follows_french_typography(name: str) -> None:
    for text in french_texts(template_json(name, "fr")):
        assert "'" not in text, f"straight apostrophe (use ’): {text!r}"
        assert '"' not in text, f"straight quotes (use « »): {text!r}"
        # A narrow no-break space before ; : ! ? % and inside « », never a plain space.
        assert not re.search(r"(?<!\u202f)[;:!?%»]", text), f"missing narrow space: {text!r}"
        assert not re.search(r"«(?!\u202f)", text), f"missing narrow space: {text!r}"


def test_every_language_has_every_template() -> None:
    assert template_languages() == ["en", "fr"]
    for language in template_languages()[1:]:
        folder = resource_path("templates", language)
        assert {p.stem for p in folder.glob("*.json")} == set(TRANSLATED)


@pytest.mark.parametrize(
    ("asked", "written_in"),
    [
        ("fr", "fr"),
        ("fr_FR", "fr"),
        ("fr-CA", "fr"),
        ("FR", "fr"),
        (" fr_BE ", "fr"),
        ("", "en"),
        ("en_US", "en"),
        ("de_DE", "en"),  # no German templates
        ("C", "en"),  # Qt's name of the "C" locale
        ("../fr", "en"),  # a language is never a path
        ("fr/../..", "en"),
    ],
)
def test_template_language_matches_the_language_part(asked: str, written_in: str) -> None:
    assert template_language(asked) == written_in


def test_a_language_without_templates_gets_english() -> None:
    brief = brief_from_template("software", language="de_DE")
    assert brief.language == "en"
    assert brief.planning.milestones[0].title == "Discovery and specification"


def test_a_blank_brief_says_which_language_it_is_written_in() -> None:
    assert brief_from_template("blank").language == "en"
    assert brief_from_template("blank", language="fr_FR").language == "fr"
    assert brief_from_template("blank", language="de").language == "en"
