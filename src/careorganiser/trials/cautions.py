"""Visible cautions for a trial: not registered, or a clinic asking for payment.

Patient guidance: look for trials registered with an NCT number, and be wary of clinics that charge people
to take part (unproven "stem cell treatments" are the usual example). Payment *to* participants for their
time or travel is normal and is not flagged.
"""

from __future__ import annotations

import re

from careorganiser.i18n import tr
from careorganiser.trials.model import Study, is_valid_nct_id

_NCT_IN_TEXT = re.compile(r"\bNCT\d{8}\b", re.IGNORECASE)
_PAYMENT = re.compile(
    r"pay(?:ing|s)?\s+(?:\w+\s+){0,2}to\s+(?:participate|take\s+part|join|enrol|enroll|be\s+treated)|"
    r"pay(?:ing|s)?\s+(?:(?:a|the|an)\s+)?(?:\w+\s+)?fees?\b|"
    r"pay(?:ing|s)?\s+for\s+(?:the\s+|their\s+|your\s+|my\s+|his\s+|her\s+)?(?:stem[\s-]cell\s+)?"
    r"(?:treatment|therapy|procedure|injection|infusion)s?|"
    r"(?:treatment|participation|enrol?ment|registration|procedure|program(?:me)?|clinic)\s+fees?\b|"
    r"cost\s+of\s+(?:the\s+)?(?:stem[\s-]cell\s+)?(?:treatment|therapy|procedure|injection|infusion)s?|"
    r"self[\s-]?(?:pay|funded)|out[\s-]of[\s-]pocket|patient[\s-]funded|deposit\s+(?:of|to\s+secure)",
    re.IGNORECASE)
# Sentences where the cost is someone else's: "travel costs are reimbursed", "at no cost to you".
_COVERED = re.compile(r"reimburs|free\s+of\s+charge|no\s+cost|at\s+no\s+(?:extra\s+)?(?:cost|charge)|covered\s+by|"
                      r"paid\s+by\s+the\s+(?:sponsor|study|trial)|will\s+not\s+(?:have\s+to\s+)?pay|"
                      r"do(?:es)?\s+not\s+(?:have\s+to\s+)?pay|compensat", re.IGNORECASE)


def cautions(study: Study | None, notes_text: str = "") -> list[str]:
    """Plain-language cautions to show with a trial; empty when there is nothing to warn about."""
    found: list[str] = []
    if study is None or not is_valid_nct_id(study.nct_id):
        if _NCT_IN_TEXT.search(notes_text or ""):
            found.append(tr("Trials", "The notes mention an NCT number, but no ClinicalTrials.gov record is saved: "
                                      "look it up to check that the trial is registered."))
        else:
            found.append(tr("Trials", "This trial has no NCT number, so it may not be registered. Reputable trials "
                                      "are registered (for example on ClinicalTrials.gov); ask for the registration "
                                      "number before going further."))
    if _asks_for_payment(_texts(study) + [notes_text or ""]):
        found.append(tr("Trials", "This mentions paying to take part. Reputable trials do not charge people to "
                                  "participate; clinics that sell unproven treatments (such as stem cell "
                                  "treatments) are not regulated trials. Talk to the specialist team first."))
    return found


def _texts(study: Study | None) -> list[str]:
    if study is None:
        return []
    texts = [study.brief_title, study.official_title, study.brief_summary, study.detailed_description,
             study.eligibility_criteria]
    texts += [i.description for i in study.interventions] + [a.description for a in study.arms]
    return texts


def _asks_for_payment(texts: list[str]) -> bool:
    for text in texts:
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text or ""):
            if _PAYMENT.search(sentence) and not _COVERED.search(sentence):
                return True
    return False
