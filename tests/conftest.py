"""Shared fixtures. Qt runs offscreen, and every test gets its own data dir, home and config dirs."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from careorganiser import paths  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data dir, home and XDG dirs at tmp_path: no test touches a real home folder."""
    data = tmp_path / "data"
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700)
    paths.set_data_dir(None)
    return data


@pytest.fixture(autouse=True)
def no_answers_left() -> Iterator[None]:
    """Answers tests give to modal questions (``dialogs.ANSWERS``) never leak into the next test."""
    import sys

    def clear() -> None:
        dialogs = sys.modules.get("careorganiser.ui.dialogs")
        if dialogs is not None:  # tests that never load the ui keep Qt unloaded
            dialogs.ANSWERS.clear()

    clear()
    yield
    clear()


@pytest.fixture
def answers() -> dict:
    """The answers to modal questions for this test: ``answers["confirm"] = True`` and the like."""
    from careorganiser.ui import dialogs

    return dialogs.ANSWERS


@pytest.fixture(autouse=True)
def english(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read English whatever the machine's language; Qt tests get the English plural forms installed."""
    from careorganiser import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_language(None)
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from careorganiser.ui.language import apply_language

        apply_language(request.getfixturevalue("qapp"), "en", set_locale=False)


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs


@pytest.fixture
def profile(isolated_dirs: Path) -> Iterator[object]:
    """An empty plain profile named "Test" for a person called "Test Person"."""
    from careorganiser.store import profiles

    p = profiles.create_profile("Test", person_name="Test Person")
    yield p
    p.close()


# A fixed "now" for the demo, so tests are repeatable: a Saturday morning in November.
DEMO_NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo profile's file, built once per test session for DEMO_NOW in Europe/London."""
    from zoneinfo import ZoneInfo

    from careorganiser.services import demo, profiles as svc
    from careorganiser.store import profiles

    folder = tmp_path_factory.mktemp("demo-template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Europe/London")
        mp.setenv(paths.ENV_DATA_DIR, str(folder / "data"))
        paths.set_data_dir(None)
        p = profiles.create_profile("Demo")
        try:
            svc.import_into(p, demo.build_demo_document(DEMO_NOW, ZoneInfo("Europe/London")))
        finally:
            p.close()
        path = p.info.path
    paths.set_data_dir(None)
    leftovers = [s for s in path.parent.iterdir() if s != path and s.name.startswith(path.name)]
    assert not leftovers, f"the demo template should be one closed file, found {leftovers}"
    return path


@pytest.fixture
def demo_profile(isolated_dirs: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The demo profile, built for DEMO_NOW in Europe/London (a copy of the session's template)."""
    import shutil

    from careorganiser.store import profiles

    monkeypatch.setenv("TZ", "Europe/London")
    target = profiles.profile_path("Demo")
    paths.ensure_private_dir(target.parent)
    shutil.copyfile(demo_template, target)
    target.chmod(0o600)
    p = profiles.open_profile("Demo")
    yield p
    p.close()
