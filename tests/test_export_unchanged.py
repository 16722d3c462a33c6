"""The export writes the same bytes as before the reads moved to store/queries (issue 15, item 1).

``fixtures/demo-export.json.gz`` is the demo's export (DEMO_NOW, Europe/London) as written before the change,
without ``exported_at``, the one field that differs between two exports of the same data. Re-importing and
saving every record again through the services is tested in test_field_rules.py.
"""

from __future__ import annotations

import difflib
import gzip
from pathlib import Path
from typing import Any

from careorganiser.services import profiles as profile_service
from careorganiser.store import interchange

FIXTURE = Path(__file__).parent / "fixtures" / "demo-export.json.gz"


def test_the_demo_exports_the_same_bytes_as_before(demo_profile: Any) -> None:
    document = profile_service.export_profile(demo_profile)
    assert document.pop("exported_at")
    text = interchange.dumps(document)
    expected = gzip.decompress(FIXTURE.read_bytes()).decode("utf-8")
    if text != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "before",
                                                 "now", n=2))[:60])
        raise AssertionError("the export changed:\n" + diff)
    assert len(document["medications"]) >= 4 and len(document["dose_events"]) > 100
