"""Questions to ask about a trial, from ``resources/templates/trial_questions.json``.

Each template is ``{"key", "topic", "priority", "text"}``; the text may hold ``{title}`` and ``{nct_id}``,
filled from the saved trial. Topic and text are translated in the "TrialQuestions" context.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from msgspec import Struct
from msgspec.structs import asdict

from careorganiser.domain.enums import Priority
from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy
from careorganiser.trials.model import Study

PRIORITIES = tuple(Priority)  # high, normal, low
_PLACEHOLDER = lazy(r"\{(title|nct_id)\}")


class QuestionTemplate(Struct, frozen=True):
    key: str
    topic: str
    priority: str  # "high" | "normal" | "low"
    text: str


class QuestionDraft(Struct, frozen=True):
    """A question ready to add to the questions list, linked to ``trial`` (an NCT id) when there is one."""

    key: str
    topic: str
    priority: str
    text: str
    trial: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def templates_path() -> Path:
    from careorganiser.resources import resource_path

    return resource_path("templates", "trial_questions.json")


def load_question_templates(path: Path | None = None) -> list[QuestionTemplate]:
    """The templates in file order; a damaged file raises ``ValueError`` naming the problem."""
    path = path or templates_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"The trial question templates ({path}) cannot be read: {exc}") from exc
    entries = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"The trial question templates ({path}) have no \"questions\" list.")
    return [_template(entry, index, path) for index, entry in enumerate(entries)]


def _template(entry: Any, index: int, path: Path) -> QuestionTemplate:
    where = f"{path.name}: questions[{index}]"
    if not isinstance(entry, dict):
        raise ValueError(f"{where} is not an object.")
    for name in ("key", "topic", "priority", "text"):
        if not isinstance(entry.get(name), str) or not entry[name].strip():
            raise ValueError(f"{where}.{name} is missing or empty.")
    if entry["priority"] not in PRIORITIES:
        raise ValueError(f"{where}.priority: \"{entry['priority']}\" is not one of high, normal, low.")
    return QuestionTemplate(entry["key"], entry["topic"], entry["priority"], entry["text"])


def fill_question(template: QuestionTemplate, study: Study | None) -> str:
    """The translated text with ``{title}`` and ``{nct_id}`` filled in (plain words when unknown)."""
    text = translate("TrialQuestions", template.text)
    values = {
        "title": study.title if study else translate("TrialQuestions", "this trial"),
        "nct_id": study.nct_id if study and study.nct_id else translate("TrialQuestions", "its registration number"),
    }
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def trial_questions(study: Study | None, keys: list[str] | None = None,
                    templates: list[QuestionTemplate] | None = None) -> list[QuestionDraft]:
    """Drafts for ``study`` from the chosen template keys (all when ``keys`` is None), in template order."""
    chosen = templates if templates is not None else load_question_templates()
    if keys is not None:
        wanted = set(keys)
        chosen = [t for t in chosen if t.key in wanted]
    trial = study.nct_id if study and study.nct_id else None
    return [QuestionDraft(t.key, translate("TrialQuestions", t.topic), t.priority, fill_question(t, study), trial)
            for t in chosen]
