"""What a review of the merged program found by trying it as a caregiver, a careless user and an attacker would.

Each test failed before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careorganiser import cli
from careorganiser.services import backup
from careorganiser.services import profiles as svc
from careorganiser.store import profiles

SMALL = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale"},
    "medications": [{"id": "m1", "name": "Pirfenidone",
                     "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}],
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str, stdin: str | None = None,
            monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        import io
        import sys

        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_protected_profile_whose_first_page_is_damaged_is_damaged_not_a_wrong_passphrase(
        data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    p = profiles.create_profile("Locked", "secret words")
    try:
        svc.import_into(p, SMALL)
    finally:
        p.close()
    path = p.info.path
    with profiles.opened("Locked", "secret words") as opened:
        good = backup.backup_profile(opened)
    data = bytearray(path.read_bytes())
    data[16:1016] = bytes((11 * i + 5) % 256 for i in range(1000))  # the salt stays, the first page is hit
    path.write_bytes(bytes(data))

    with pytest.raises(profiles.ProfileDamaged) as info:
        profiles.open_profile("Locked", "secret words")
    assert "damaged" in str(info.value) and str(good) in str(info.value)
    assert "passphrase" not in str(info.value)
    code, out, err = run_cli(capsys, "check", "--profile", "Locked", "--passphrase-stdin",
                             stdin="secret words\n", monkeypatch=monkeypatch)
    assert code == 1 and "damaged" in out and "passphrase" not in out + err
    # a wrong passphrase on the same damaged file is still a wrong passphrase
    with pytest.raises(profiles.WrongPassphrase):
        profiles.open_profile("Locked", "not it")
    assert path.read_bytes() == bytes(data)
