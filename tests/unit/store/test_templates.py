from datetime import date

import pytest

from studio.core.errors import UnknownTemplateError
from studio.core.validation import has_errors, validate
from studio.store.templates import brief_from_template, template_names


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
