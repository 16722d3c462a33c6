"""A study's design and outcomes in plain words, for the trial page, ``trials show`` and the pack."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from careorganiser.i18n import translate
from careorganiser.trials.model import Study

_WHO_MASKED = {
    "PARTICIPANT": lambda: translate("Trials", "participants"),
    "CARE_PROVIDER": lambda: translate("Trials", "their doctors and nurses"),
    "INVESTIGATOR": lambda: translate("Trials", "the researchers"),
    "OUTCOMES_ASSESSOR": lambda: translate("Trials", "the people who measure the results"),
}


def design_explained(study: Study) -> str:
    """Allocation, masking and grouping in plain words; "" when the record does not say."""
    parts: list[str] = []
    if study.allocation == "RANDOMIZED":
        parts.append(translate("Trials", "Randomised: chance decides which group each participant joins, so the "
                                  "groups can be compared fairly."))
    elif study.allocation == "NON_RANDOMIZED":
        parts.append(translate("Trials", "Not randomised: participants are not put into groups by chance, so "
                                  "differences between groups may have other causes."))
    if study.intervention_model == "SINGLE_GROUP":
        parts.append(translate("Trials", "One group: everyone gets the same treatment; there is no comparison group."))
    elif study.intervention_model == "PARALLEL":
        parts.append(translate("Trials", "Parallel groups: each group gets a different treatment (or a placebo) at the "
                                  "same time."))
    elif study.intervention_model == "CROSSOVER":
        parts.append(translate("Trials", "Crossover: each participant gets each treatment in turn."))
    if study.masking == "NONE":
        parts.append(translate("Trials", "Open label: everyone knows which treatment each participant gets."))
    elif study.masking:
        who = [_WHO_MASKED[w]() for w in study.who_masked if w in _WHO_MASKED]
        if who:
            listed = who[0] if len(who) == 1 else translate("Trials", "{first} and {last}").format(
                first=", ".join(who[:-1]), last=who[-1])
            parts.append(translate("Trials", "Blinded: {who} do not know who gets which treatment.").format(who=listed))
        else:
            parts.append(translate("Trials", "Blinded ({level}): some of the people involved do not know who gets which "
                                      "treatment.").format(level=study.masking.lower()))
    return " ".join(parts)


def outcome_lines(outcomes: Sequence[Any]) -> list[str]:
    """"What is measured (when)" for each outcome of the record."""
    lines = []
    for o in outcomes:
        if not o.measure:
            continue
        lines.append(translate("Trials", "{measure} (when: {time_frame})").format(
            measure=o.measure, time_frame=o.time_frame) if o.time_frame else o.measure)
    return lines


def arm_lines(study: Study) -> list[str]:
    """Each group of the study: its name, its kind and what it gets."""
    lines = []
    for arm in study.arms:
        kind = arm.type.replace("_", " ").lower() if arm.type else ""
        text = arm.label + (f" ({kind})" if kind else "")
        if arm.description:
            text += f": {arm.description}"
        if text.strip():
            lines.append(text)
    return lines
