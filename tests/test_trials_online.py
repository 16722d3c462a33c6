"""Optional online look-up, against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

from careorganiser.trials.online import TrialLookupError, fetch_study, study_url

from fake_registry import SINGLE, FakeRegistry, serve_registry

@pytest.fixture(scope="module")
def registry() -> Iterator[str]:
    with serve_registry() as url:
        yield url


def test_study_url() -> None:
    assert study_url("NCT00763412") == "https://clinicaltrials.gov/api/v2/studies/NCT00763412?format=json"
    assert study_url("NCT00763412", "http://127.0.0.1:8/api/v2/") == (
        "http://127.0.0.1:8/api/v2/studies/NCT00763412?format=json")


def test_fetches_one_study(registry: str) -> None:
    imported = fetch_study("nct00763412", base_url=registry, timeout=5)
    assert imported.study.nct_id == "NCT00763412"
    assert imported.study.brief_title.startswith("Pilot and Feasibility Study")
    assert imported.raw == json.loads(SINGLE)
    path, query, accept = FakeRegistry.requests[-1]
    assert path == "/api/v2/studies/NCT00763412"
    assert query == {"format": ["json"]}
    assert "application/json" in accept


def test_not_found(registry: str) -> None:
    with pytest.raises(TrialLookupError, match="has no study NCT01234567"):
        fetch_study("NCT01234567", base_url=registry, timeout=5)


def test_server_error(registry: str) -> None:
    with pytest.raises(TrialLookupError, match=r"HTTP 500"):
        fetch_study("NCT00000500", base_url=registry, timeout=5)


def test_answers_that_are_not_a_study(registry: str) -> None:
    with pytest.raises(TrialLookupError, match="not a study record"):
        fetch_study("NCT00000200", base_url=registry, timeout=5)
    with pytest.raises(TrialLookupError, match="not a study record"):
        fetch_study("NCT00000201", base_url=registry, timeout=5)


def test_size_limit(registry: str) -> None:
    with pytest.raises(TrialLookupError, match="too large"):
        fetch_study("NCT00000999", base_url=registry, timeout=5, max_bytes=1000)


def test_timeout(registry: str) -> None:
    with pytest.raises(TrialLookupError, match="did not answer in time"):
        fetch_study("NCT00000300", base_url=registry, timeout=0.3)


def test_offline() -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TrialLookupError, match="could not be reached"):
        fetch_study("NCT00763412", base_url=f"http://127.0.0.1:{port}/api/v2", timeout=2)


def test_bad_input_never_touches_the_network() -> None:
    with pytest.raises(TrialLookupError, match="not an NCT number"):
        fetch_study("12345", base_url="http://127.0.0.1:9/api/v2")
    with pytest.raises(TrialLookupError, match="https://"):
        fetch_study("NCT00763412", base_url="file:///etc")
