"""A profile's time zone (issue 9): a clear error where it is set, a visible warning where it is used."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from cli_runner import run_cli

from careorganiser.services import profiles as svc
from careorganiser.services.base import ValidationError
from careorganiser.store import models as m
from careorganiser.store import profiles


def store_raw_zone(profile: profiles.Profile, value: object) -> None:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value=value))


@pytest.mark.parametrize(("typed", "words"), [("", "Please give a time zone"), ("   ", "Please give a time zone"),
                                              ("Mars/Olympus", "not a time zone this computer knows")])
def test_a_missing_or_unknown_zone_is_refused_where_it_is_set(profile: profiles.Profile, typed: str,
                                                              words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.set_time_zone(profile, typed)
    assert caught.value.field == "timezone" and words in caught.value.message
    assert svc.time_zone_warning(profile.read()) is not None  # nothing was stored


def test_warning_where_the_zone_is_used(profile: profiles.Profile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    missing = svc.time_zone_warning(profile.read())
    assert missing is not None and "no time zone set" in missing and "Europe/Paris" in missing
    store_raw_zone(profile, "Atlantis/Capital")
    unknown = svc.time_zone_warning(profile.read())
    assert unknown is not None and "Atlantis/Capital" in unknown and "hours off" in unknown
    assert svc.set_time_zone(profile, "America/New_York").key == "America/New_York"
    assert svc.time_zone_warning(profile.read()) is None


def test_today_on_the_command_line_warns_on_stderr(profile: profiles.Profile, data_dir: Path) -> None:
    """In this process (cli_runner: its own standard streams and exit status); test_today_cli.py proves today
    as a real process."""
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(data_dir), TZ="Europe/London")

    def today() -> subprocess.CompletedProcess[str]:
        return run_cli("today", "--profile", "Test", "--json", env=env)

    store_raw_zone(profile, "Atlantis/Capital")
    warned = today()
    assert warned.returncode == 0
    assert "warning:" in warned.stderr and "Atlantis/Capital" in warned.stderr
    assert warned.stdout.lstrip().startswith("{")  # the JSON stays clean
    svc.set_time_zone(profile, "Europe/London")
    assert today().stderr == ""


def test_the_today_page_shows_the_warning_and_fixes_it(qtbot, profile: profiles.Profile,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    ctx = AppContext(profile)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    warning = page.zone_warning
    assert warning.isVisible() and "no time zone set" in warning.label.text()
    assert warning.fix_button.text() == "Use Asia/Tokyo for this profile"
    qtbot.mouseClick(warning.fix_button, Qt.MouseButton.LeftButton)
    assert not warning.isVisible()
    assert svc.time_zone_warning(profile.read()) is None
    assert ctx.zone.key == "Asia/Tokyo"


def test_a_profile_made_in_the_window_or_on_the_command_line_keeps_this_computers_zone(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new profile is in the computer's zone from the start: Today has no warning to show a new user."""
    from careorganiser import cli

    monkeypatch.setenv("TZ", "America/New_York")
    made = svc.create_profile("From the window")
    try:
        assert svc.time_zone_warning(made.read()) is None
        from careorganiser.store import reads

        assert reads.profile_zone(made.read()).key == "America/New_York"
    finally:
        made.close()
    assert cli.main(["profile", "create", "From the command line"]) == 0
    with profiles.opened("From the command line") as p:
        assert svc.time_zone_warning(p.read()) is None


NOT_PLACES = ["localtime", "posixrules", "Factory", "posix/Europe/London", "right/UTC"]


@pytest.mark.parametrize("name", NOT_PLACES)
def test_a_zone_file_that_is_no_place_is_refused_on_import(data_dir: Path, tmp_path: Path, name: str) -> None:
    """``localtime`` loads (the tz folder has it) but means each computer's own zone; refused naming the field,
    and no profile is left behind."""
    import json

    doc = {"format": "careorganiser", "version": 1, "person": {"name": "Ann"}, "timezone": name}
    path = tmp_path / "ann.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(data_dir))
    refused = run_cli("import", str(path), "--profile", "Ann", env=env)
    assert refused.returncode != 0
    assert f'timezone: "{name}" is not a place\'s time zone' in refused.stderr
    assert not profiles.profile_exists("Ann")
    doc["timezone"] = "America/Argentina/Buenos_Aires"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli("import", str(path), "--profile", "Ann", env=env).returncode == 0
    with profiles.opened("Ann") as p:
        assert svc.time_zone_warning(p.read()) is None
        from careorganiser.store import reads

        assert reads.profile_zone(p.read()).key == "America/Argentina/Buenos_Aires"


@pytest.mark.parametrize("name", [*NOT_PLACES, "LOCALTIME", "/etc/localtime", "/usr/share/zoneinfo/Factory"])
def test_the_same_rule_where_the_zone_is_set_and_where_it_is_read(profile: profiles.Profile, name: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    with pytest.raises(ValidationError) as caught:
        svc.set_time_zone(profile, name)
    assert caught.value.field == "timezone"
    store_raw_zone(profile, name)  # kept by an older version: warned, and this computer's zone is used
    warning = svc.time_zone_warning(profile.read())
    assert warning is not None and "Europe/Paris" in warning
    from careorganiser.store import reads

    assert reads.profile_zone(profile.read()).key == "Europe/Paris"


def test_tz_localtime_is_not_taken_as_the_computers_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    from careorganiser.domain.clock import local_zone

    monkeypatch.setenv("TZ", "localtime")
    assert local_zone().key != "localtime"
