"""The trust check: red flags for a trial or an offer, each with why it matters.

Patient guidance: look for trials registered with an NCT number, and be wary of clinics that charge people
to take part (unproven "stem cell treatments" are the usual example). Flags: not registered; the patient pays
(an amount in any currency with a price word, "per infusion", a fee, "not covered by insurance"); the sponsor is
the clinic that runs it; the status contradicts the dates; completed without posted results; a single-group
phase 1 study. Payment *to* participants for their time or travel is normal and is not flagged.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from msgspec import Struct

from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy
from careorganiser.trials.model import (
    Phase,
    RegistryStatus,
    Study,
    StudyType,
    is_valid_nct_id,
    status_label,
)

_NCT_IN_TEXT = lazy(r"\bNCT\d{8}\b", re.IGNORECASE)
_CURRENCY = r"(?:[$£€¥₹₣₺₽]|\b(?:usd|us\$|eur|gbp|chf|aud|cad|nzd|inr|mxn|jpy|cny|aed|thb|try)\b)"
_NUMBER = r"\d{1,3}(?:[.,\s]\d{2,3}){0,4}(?:[.,]\d{1,2})?(?!\d)|\d{1,12}(?:[.,]\d{1,2})?"
_AMOUNT = lazy(
    rf"{_CURRENCY}\s?(?:{_NUMBER})(?:\s?(?:k|thousand|million))?|(?:{_NUMBER})\s?(?:k\s)?{_CURRENCY}|"
    rf"(?:{_NUMBER})\s?(?:dollars?|euros?|pounds?|francs?|pesos?|rupees?|yen|dirhams?|baht|lira)\b",
    re.IGNORECASE)
_TREATMENT = r"(?:stem[\s-]?cells?\s+)?(?:treatments?|therap(?:y|ies)|procedures?|injections?|infusions?|sessions?|" \
             r"programm?e?s?|course|cycles?|doses?|protocol|package)"
_PAYMENT = lazy(
    r"pay(?:ing|s)?\s+(?:\w+\s+){0,2}to\s+(?:participate|take\s+part|join|enrol|enroll|be\s+treated)|"
    r"pay(?:ing|s)?\s+(?:(?:a|the|an)\s+)?(?:\w+\s+)?fees?\b|"
    rf"pay(?:ing|s)?\s+for\s+(?:the\s+|their\s+|your\s+|my\s+|his\s+|her\s+|each\s+)?{_TREATMENT}|"
    r"(?:treatment|participation|enrol?ment|registration|procedure|program(?:me)?|clinic|consultation)\s+fees?\b|"
    rf"cost\s+of\s+(?:the\s+|each\s+)?{_TREATMENT}|"
    r"self[\s-]?(?:pay|funded)|out[\s-]of[\s-]pocket|patient[\s-]funded|deposit\s+(?:of|to\s+secure)|"
    r"not\s+covered\s+by\s+(?:your\s+|the\s+)?(?:insurance|insurer|medicare|medicaid|the\s+nhs|nhs|health\s+plan)",
    re.IGNORECASE)
# With an amount of money: the words that make it a price for the patient.
_PRICE = lazy(rf"\bcharg|\bcost|\bpric|\bfee\b|\bfees\b|\bpay|\bbill|\binvoice|\bdeposit|\bquote|"
                    rf"\bfor\s+(?:the\s+|a\s+|each\s+|one\s+|your\s+)?{_TREATMENT}|\bper\s+{_TREATMENT}|"
                    rf"\b(?:each|one|a|the)\s+{_TREATMENT}\s+(?:is|was|will\s+be)\b",
                    re.IGNORECASE)
# The money goes to the participant, or the patient pays nothing.
_COVERED = lazy(
    r"reimburs|free\s+of\s+charge|\bno\s+cost|at\s+no\s+(?:extra\s+)?(?:cost|charge)|"
    r"(?<!not\s)covered\s+by\s+the\s+(?:study|sponsor|trial)|paid\s+by\s+the\s+(?:sponsor|study|trial)|"
    r"will\s+not\s+(?:have\s+to\s+)?pay|do(?:es)?\s+not\s+(?:have\s+to\s+)?pay|won'?t\s+(?:have\s+to\s+)?pay|"
    r"(?:will\s+not|won'?t)\s+be\s+charged|not\s+be\s+charged|no\s+charge|compensat|stipend|"
    r"(?:participants?|you|volunteers?)\s+(?:will\s+)?(?:be\s+paid|receive)|paid\s+(?:to\s+)?(?:participants?|you)\b",
    re.IGNORECASE)

_OPEN_STATUSES = {RegistryStatus.NOT_YET_RECRUITING, RegistryStatus.RECRUITING, RegistryStatus.ENROLLING_BY_INVITATION,
                  RegistryStatus.ACTIVE_NOT_RECRUITING}
_CLINIC_WORDS = lazy(r"clinic|cent(?:er|re)|institute|medical|wellness|regenerat|stem\s*cell|health|"
                           r"longevity|cellular|therap", re.IGNORECASE)
_ACADEMIC = lazy(r"universit|hospital|college|national|nhs|ministry|council|foundation\s+trust|"
                       r"pharma|inc\b|ltd\b|gmbh|s\.?a\.?\b|ag\b|llc|corporation|company", re.IGNORECASE)


class Offer(Struct, frozen=True):
    """A treatment offered outside a registered trial (no NCT number): what the caregiver was told."""

    name: str = ""
    provider: str = ""
    offered: str = ""
    cost: str = ""
    heard_from: str = ""
    notes: str = ""


def cautions(study: Study | None, notes_text: str = "", today: date | None = None,
             study_asks_for_payment: bool | None = None) -> list[str]:
    """Plain-language red flags to show with a trial, each with why it matters; empty when there are none.

    Checks needing the date (status against dates, results not posted) are made only with ``today``.
    ``study_asks_for_payment``: :func:`asks_for_payment` of :func:`payment_texts` of ``study`` when it was
    worked out before (trials.parsed keeps it); None works it out here.
    """
    found: list[str] = []
    if study is None or not is_valid_nct_id(study.nct_id):
        if _NCT_IN_TEXT.search(notes_text or ""):
            found.append(translate("Trials", "The notes mention an NCT number, but no ClinicalTrials.gov record is saved: "
                                      "look it up to check that the trial is registered."))
        else:
            found.append(_not_registered())
    if study_asks_for_payment is None:
        study_asks_for_payment = asks_for_payment(payment_texts(study))
    if study_asks_for_payment or asks_for_payment([notes_text or ""]):
        found.append(_payment())
    if study is not None:
        found += _record_flags(study, today)
    return found


def offer_cautions(offer: Offer) -> list[str]:
    """Red flags of an offer without an NCT number: it is not registered, and what else its details show."""
    found = [translate("Trials", "This offer has no NCT number, so it is not a registered trial. Reputable trials are "
                          "registered (for example on ClinicalTrials.gov); ask for the registration number, and "
                          "talk to the specialist team before agreeing to anything.")]
    texts = [offer.name, offer.offered, offer.cost, offer.notes]
    cost = (offer.cost or "").strip()
    pays = asks_for_payment(texts) or (bool(cost) and _AMOUNT.search(cost) is not None
                                       and not _COVERED.search(cost))
    if pays:
        found.append(_payment())
        if offer.provider.strip():
            found.append(translate("Trials", "The provider who gives the treatment is also the one selling it ({provider}). "
                                      "In a regulated trial the sponsor pays for the study and an ethics committee "
                                      "checks it; here no one independent does.").format(provider=offer.provider))
    return found


def _not_registered() -> str:
    return translate("Trials", "This trial has no NCT number, so it may not be registered. Reputable trials are registered "
                        "(for example on ClinicalTrials.gov); ask for the registration number before going further.")


def _payment() -> str:
    return translate("Trials", "This mentions paying to take part. Reputable trials do not charge people to participate; "
                        "clinics that sell unproven treatments (such as stem cell treatments) are not regulated "
                        "trials. Talk to the specialist team first.")


def _record_flags(study: Study, today: date | None) -> list[str]:
    found: list[str] = []
    facilities = {s.facility.strip().casefold() for s in study.sites if s.facility.strip()}
    sponsor = study.sponsor.strip()
    if sponsor and sponsor.casefold() in facilities and len(facilities) <= 2 and _CLINIC_WORDS.search(sponsor) \
            and not _ACADEMIC.search(sponsor):
        found.append(translate("Trials", "The sponsor is the clinic that runs the study ({sponsor}). Studies run and paid "
                                  "for by the clinic selling the treatment are a warning sign; ask who checks the "
                                  "study independently (an ethics committee, a regulator).").format(sponsor=sponsor))
    if today is not None:
        end = _date_of(study.completion_date) or _date_of(study.primary_completion_date)
        if study.overall_status in _OPEN_STATUSES and end is not None and end < today - timedelta(days=90):
            found.append(translate("Trials", "The record says \u201c{status}\u201d but its completion date ({date}) has "
                                      "passed: the record has not been kept up to date. Ask the team what the study's "
                                      "real state is.").format(status=status_label(study.overall_status),
                                                                date=study.completion_date or
                                                                study.primary_completion_date))
        if study.overall_status == RegistryStatus.COMPLETED and study.has_results is False \
                and study.study_type == StudyType.INTERVENTIONAL \
                and end is not None and end < today - timedelta(days=365):
            found.append(translate("Trials", "The study finished more than a year ago and no results are posted. Registered "
                                      "trials are expected to post results; ask the team where the results are."))
    if set(study.phases) <= {Phase.PHASE1, Phase.EARLY_PHASE1} and study.phases and \
            (study.intervention_model == "SINGLE_GROUP" or (study.arms and len(study.arms) == 1)):
        found.append(translate("Trials", "A single-group phase 1 study: a first test of safety and dose in a few people, all "
                                  "given the treatment, with nothing to compare against. It cannot show that the "
                                  "treatment works."))
    return found


def _date_of(text: str) -> date | None:
    """"2024-06" or "2024-06-30" (the day defaults to the month's last)."""
    value = (text or "").strip()  # r"(\d{4})-(\d{2})(?:-(\d{2}))?" in full, told with str methods
    if not (len(value) in (7, 10) and value[4] == "-" and value[:4].isdecimal() and value[5:7].isdecimal()
            and (len(value) == 7 or (value[7] == "-" and value[8:].isdecimal()))):
        return None
    year, month = int(value[:4]), int(value[5:7])
    if not 1 <= month <= 12:
        return None
    day = int(value[8:]) if len(value) == 10 else calendar.monthrange(year, month)[1]
    try:
        return date(year, month, day)
    except ValueError:
        return None


def payment_texts(study: Study | None) -> list[str]:
    """The record's texts the payment check reads: titles, summary, description, criteria, interventions, arms."""
    if study is None:
        return []
    texts = [study.brief_title, study.official_title, study.brief_summary, study.detailed_description,
             study.eligibility_criteria]
    texts += [i.description for i in study.interventions] + [a.description for a in study.arms]
    return texts


MAX_SENTENCE = 2000  # longer "sentences" are not prose; their start is enough
# Every match of _PAYMENT holds one of these words, and every match of _AMOUNT a digit.
_PAYMENT_WORDS = ("pay", "fee", "cost", "pocket", "funded", "deposit", "covered")


def _cannot_ask(text: str) -> bool:
    """True for a text no sentence of which the patterns below can find asking for payment, told without
    compiling them: plain ASCII (where ignoring case is lower-casing), no digit (so no amount) and none of the
    words every payment wording holds."""
    if not text.isascii():
        return False
    lowered = text.lower()
    return not any(d in text for d in "0123456789") and not any(w in lowered for w in _PAYMENT_WORDS)


def asks_for_payment(texts: list[str]) -> bool:
    """Whether a sentence of ``texts`` asks the patient to pay (a price, a fee, "not covered by insurance")."""
    for text in texts:
        if not text or _cannot_ask(text):
            continue
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text or ""):
            sentence = sentence[:MAX_SENTENCE]
            if _COVERED.search(sentence):
                continue
            if _PAYMENT.search(sentence) or (_AMOUNT.search(sentence) and _PRICE.search(sentence)):
                return True
    return False
