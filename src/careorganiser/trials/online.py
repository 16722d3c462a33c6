"""Optional look-up of one study by NCT id from the ClinicalTrials.gov API v2.

Only ever called when the user asks for it; everything else in the app works offline. Uses the
standard library only (``urllib``), with a timeout and a size limit, and turns every failure into a
:class:`TrialLookupError` with one plain sentence for the user.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.parse
import urllib.request

from careorganiser.i18n import translate
from careorganiser.trials.model import is_valid_nct_id
from careorganiser.trials.readers import MAX_FILE_BYTES, ImportedStudy, TrialFileError, read_trial_file

DEFAULT_BASE_URL = "https://clinicaltrials.gov/api/v2"
DEFAULT_TIMEOUT_SECONDS = 20.0
USER_AGENT = "CareOrganiser (offline caregiver organiser; single study look-up)"


class TrialLookupError(Exception):
    """The look-up failed; ``str(error)`` is one sentence for the user."""


def study_url(nct_id: str, base_url: str = DEFAULT_BASE_URL) -> str:
    """``{base}/studies/{nct_id}?format=json``."""
    return f"{base_url.rstrip('/')}/studies/{urllib.parse.quote(nct_id)}?format=json"


def fetch_study(nct_id: str, base_url: str = DEFAULT_BASE_URL, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                max_bytes: int = MAX_FILE_BYTES) -> ImportedStudy:
    """The registry's current record of ``nct_id`` as an :class:`ImportedStudy`."""
    nct_id = nct_id.strip().upper()
    if not is_valid_nct_id(nct_id):
        raise TrialLookupError(translate("Trials", "“{value}” is not an NCT number (NCT followed by 8 digits).").format(
            value=nct_id[:40]))
    url = study_url(nct_id, base_url)
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise TrialLookupError(translate("Trials", "The ClinicalTrials.gov address must start with https:// or http://."))
    data = _download(url, nct_id, timeout, max_bytes)
    try:
        studies = read_trial_file(data, f"{nct_id}.json")
    except TrialFileError:
        raise TrialLookupError(translate("Trials", "ClinicalTrials.gov sent an answer for {nct_id} that is not a study "
                                            "record; try again later.").format(nct_id=nct_id)) from None
    if len(studies) != 1:
        raise TrialLookupError(translate("Trials", "ClinicalTrials.gov sent {count} studies for {nct_id} instead of one.")
                               .format(count=len(studies), nct_id=nct_id))
    return studies[0]


def _download(url: str, nct_id: str, timeout: float, max_bytes: int) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise TrialLookupError(translate("Trials", "ClinicalTrials.gov has no study {nct_id}; check the number.")
                                   .format(nct_id=nct_id)) from None
        raise TrialLookupError(translate("Trials", "ClinicalTrials.gov answered with an error (HTTP {code}); "
                                            "try again later.").format(code=exc.code)) from None
    except (TimeoutError, socket.timeout):
        raise TrialLookupError(_timed_out()) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise TrialLookupError(_timed_out()) from None
        raise TrialLookupError(_offline()) from None
    except (OSError, ValueError, http.client.HTTPException):
        raise TrialLookupError(_offline()) from None
    if len(data) > max_bytes:
        raise TrialLookupError(translate("Trials", "The answer from ClinicalTrials.gov for {nct_id} is too large to be "
                                            "a study record.").format(nct_id=nct_id))
    return data


def _timed_out() -> str:
    return translate("Trials", "ClinicalTrials.gov did not answer in time; check the internet connection and try again.")


def _offline() -> str:
    return translate("Trials", "ClinicalTrials.gov could not be reached, so the computer may be offline "
                        "(saved trials still work without a connection).")
