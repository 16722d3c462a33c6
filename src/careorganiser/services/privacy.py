"""Privacy on a shared computer: new passphrases, their strength in plain words, and the wait after wrong ones.

The strength estimate comes from zxcvbn (the estimator password managers use), never from home-made rules.
The minimum length applies wherever a person chooses a passphrase: the window and ``--passphrase-stdin``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from msgspec import Struct

from careorganiser.domain.enums import SlotStatus
from careorganiser.i18n import translate
from careorganiser.services.base import ValidationError

MIN_PASSPHRASE_LENGTH = 8
#: After the first wrong passphrase the wait doubles with each further one, up to this many seconds.
FIRST_WAIT_SECONDS = 1.0
MAX_WAIT_SECONDS = 30.0


def check_new_passphrase(passphrase: str) -> str:
    """Return the passphrase, or raise ValidationError("passphrase", ...) when it cannot protect a profile."""
    if not passphrase:
        raise ValidationError("passphrase", translate("Privacy", "A passphrase cannot be empty."))
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError("passphrase", translate(
            "Privacy", "A passphrase needs at least {n} characters; a few words are easy to remember and hard "
            "to guess.").format(n=MIN_PASSPHRASE_LENGTH))
    return passphrase


class Strength(Struct, frozen=True):
    score: int  # 0 (guessed at once) .. 4 (very hard to guess)
    words: str  # one or two plain sentences for the person typing it


def passphrase_strength(passphrase: str, avoid: tuple[str, ...] = ()) -> Strength:
    """How hard the passphrase is to guess, in plain words. ``avoid``: words that are easy to guess here
    (the person's or the profile's name)."""
    if not passphrase:
        return Strength(0, "")
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100], user_inputs=[a for a in avoid if a])
    score = int(result["score"])
    verdict = (
        translate("Privacy", "Very easy to guess."),
        translate("Privacy", "Easy to guess."),
        translate("Privacy", "Fairly easy to guess."),
        translate("Privacy", "Hard to guess."),
        translate("Privacy", "Very hard to guess."),
    )[score]
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        verdict = translate("Privacy", "Too short: at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
    advice = ""
    if score < 3:
        feedback = result.get("feedback") or {}
        advice = (feedback.get("warning") or "").strip()
        if not advice:
            advice = translate("Privacy", "Add another word or two that only you would put together.")
    return Strength(score, " ".join(part for part in (verdict, advice) if part))


class WrongAttempts:
    """A growing wait after each wrong passphrase: none after the first, then 1 s, 2 s, 4 s ... up to 30 s.

    ``sleeper`` does the waiting (``time.sleep`` in the app; a recorder in tests); ``clock`` is monotonic
    seconds. A right passphrase starts the count again.
    """

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        import time

        self._clock = clock or time.monotonic
        self.count = 0
        self._not_before = 0.0

    def wait_seconds(self) -> float:
        """How long the next attempt must still wait."""
        return max(0.0, self._not_before - self._clock())

    def failed(self) -> float:
        """Count a wrong passphrase; returns the wait before the next attempt."""
        self.count += 1
        wait = 0.0 if self.count < 2 else min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (self.count - 2))
        self._not_before = self._clock() + wait
        return wait

    def succeeded(self) -> None:
        self.count = 0
        self._not_before = 0.0


def upcoming_dose_times(profile: object, now: datetime, hours: int = 48) -> list[datetime]:
    """The instants at which a dose falls due in the next ``hours`` and is not yet answered.

    Read just before a protected profile locks: while locked, the app still says *that* a dose is due,
    from these instants alone, without knowing which medication it is.
    """
    from careorganiser.domain import doses as dd
    from careorganiser.domain.clock import local_date, to_utc
    from careorganiser.services import today
    from careorganiser.store import reads

    conn = profile.read()  # type: ignore[attr-defined]
    now = to_utc(now)
    zone = reads.profile_zone(conn)
    facts = today.load_medication_facts(conn, local_date(now, zone))
    window = today.reminder_window(conn)
    start, end = now - window, now + timedelta(hours=hours)
    events = today.load_events(conn, facts, start, end)
    slots = dd.doses_between(facts.facts, events, start, end, zone, now, window, include_unscheduled=False)
    open_states = {SlotStatus.DUE, SlotStatus.UPCOMING}
    return sorted({slot.scheduled_for for slot in slots
                   if str(slot.status) in open_states and facts.active.get(slot.medication_id, True)})
