"""Shared fixtures. Qt runs offscreen, and every test gets its own data dir, home and config dirs."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from careorganiser import paths  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    """With xdist, compile the test modules (assertions rewritten, as pytest caches them) and src/ once, split
    over the workers' number of processes, before the workers start. Otherwise on a fresh clone every worker
    rewrote every test module itself (~9 s of processor time each) and compiled src/ again."""
    import hypothesis_tables

    hypothesis_tables.write_utf8_table()  # else each worker of a fresh clone builds it (~3 s)
    workers = getattr(config.option, "numprocesses", None) or 0
    if hasattr(config, "workerinput") or int(workers) < 2 or sys.dont_write_bytecode:
        return
    if config.getoption("assertmode") != "rewrite":
        return
    _compile_ahead(config, min(int(workers), os.cpu_count() or 1))


def _compile_ahead(config: pytest.Config, parts: int) -> None:
    """Write the byte code a worker would write on its first import, in ``parts`` processes (forked)."""
    import compileall

    from _pytest.assertion import assertstate_key, rewrite

    state = config.stash[assertstate_key]
    tests = Path(__file__).parent
    src = Path(paths.__file__).resolve().parent

    def rewritten(path: Path) -> Path:
        return rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)

    jobs = [("test", f) for f in sorted(tests.glob("test_*.py")) if rewrite._read_pyc(f, rewritten(f)) is None]
    jobs += [("src", f) for f in sorted(src.rglob("*.py"))]
    jobs.sort(key=lambda job: -job[1].stat().st_size)  # dealt out largest first: the parts end together
    if not any(kind == "test" for kind, _ in jobs):
        return  # compiled by an earlier run: src/ is checked by the import system as it loads

    def compile_part(part: int) -> None:
        for kind, path in jobs[part::parts]:
            if kind == "src":
                compileall.compile_file(path, quiet=2)
                continue
            try:
                source_hash, code = rewrite._rewrite_test(path, config)
            except (SyntaxError, ValueError):
                continue  # the worker that imports it reports the error as pytest does
            rewrite.try_makedirs(rewrite.get_cache_dir(path))
            rewrite._write_pyc(state, code, source_hash, rewritten(path))

    children = []
    for part in range(1, parts):
        pid = os.fork()
        if pid == 0:
            try:
                compile_part(part)
            finally:
                os._exit(0)  # the child never goes back into pytest
        children.append(pid)
    try:
        compile_part(0)
    finally:
        for pid in children:
            os.waitpid(pid, 0)


# The suite's longest tests, longest first (seconds, from --durations of a whole `make test`, load 0.6-2.8). Under xdist
# each worker starts with a run of consecutive tests (a quarter of its share), then takes more as it needs them;
# these are dealt out in turns to the start of each worker's first run. In file order a long one could be the
# last test of one worker while the other had nothing left. A name missing here only costs time.
LONG_TESTS = (
    "test_crash.py::test_kill_9_loses_nothing_and_leaves_nothing_behind",  # 8.2
    "test_one_writer.py::test_fifty_processes_each_taking_a_dose_lower_the_stock_by_exactly_fifty_doses",  # 5.0
    "test_ui_rows_in_place.py::test_journal_updates_only_the_notes_a_change_names",  # 4.1
    "test_interchange.py::test_random_json_never_crashes_the_importer",  # 3.8
    "test_one_writer.py::test_writing_commands_beside_the_app_fail_clearly_and_change_nothing",  # 3.4
    "test_ui_text_sizes.py::test_every_page_of_an_empty_profile_fits_at_every_text_size",  # 3.3
    "test_trials_parsed.py::test_the_payment_check_without_patterns_says_what_the_patterns_say",  # 3.2
    "test_startup_imports.py::test_the_orm_loads_in_a_worker_after_the_first_paint_then_the_first_check_runs",  # 3.0
    "test_interchange.py::test_mutated_documents_import_whole_or_not_at_all",  # 2.8
    "test_ui_text_sizes.py::test_the_main_dialogs_fit_at_every_text_size",  # 2.8
    "test_trials_readers.py::test_mutated_samples",  # 2.7
    "test_stress.py::test_short_stress_run_loses_nothing",  # 2.7
    "test_trials_readers.py::test_refuses_more_than_10000_studies",  # 2.5
    "test_ui_text_sizes.py::test_every_page_of_the_demo_fits_at_every_text_size",  # 2.5
    "test_services_trials.py::test_mutated_samples_are_imported_or_refused_cleanly",  # 2.2
    "test_ui_pack.py::test_print_a_page_range",  # 2.2
    "test_trials_words.py::test_the_builders_need_no_widgets",  # 2.2
    "test_i18n.py::test_old_helpers_are_gone_and_the_codemod_has_nothing_left",  # 2.1
    "test_i18n.py::test_lupdate_finds_every_literal_translate_call",  # 2.0
    "test_shared_privacy.py::test_a_profile_made_with_older_key_settings_is_rekeyed_to_stronger_ones_when_opened",
    "test_recovery.py::test_demo_killed_half_way_leaves_no_profile",  # 2.0
    "test_pack_reading.py::test_an_old_profile_loads_the_migrations_once_then_reads_plainly",  # 2.0
    "test_pack_reading.py::test_a_protected_profile_reads_plainly_too",  # 2.0
    "test_pack_gather.py::test_five_years_of_data",  # 1.9
    "test_one_writer.py::test_parallel_writers_of_one_dose_slot_get_one_event_and_no_raw_error",  # 1.6
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In an xdist worker: the LONG_TESTS dealt out to the first run of tests of each worker (every worker sorts
    the same way, as xdist needs; its load scheduling sends worker k the k-th run of len/workers/4 tests)."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:
        return  # one process: the file order people expect
    rank = {name: i for i, name in enumerate(LONG_TESTS)}

    def place(item: pytest.Item) -> int | None:
        return rank.get(f"{item.path.name}::{getattr(item, 'originalname', item.name)}")

    long = sorted((item for item in items if place(item) is not None), key=place)
    rest = [item for item in items if place(item) is None]
    workers = int(workerinput.get("workercount", 1))
    first_run = max(2, len(items) // workers // 4)
    ordered: list[pytest.Item] = []
    for worker in range(workers):
        ordered += long[worker::workers]
        while rest and len(ordered) < (worker + 1) * first_run:
            ordered.append(rest.pop(0))
    ordered += rest
    assert len(ordered) == len(items)
    items[:] = ordered


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collecting made (modules, test items, their marks and strategies) lives to the end of the session:
    moved out of the garbage collector's sight, so its full collections during the tests do not walk it again
    each time (about a third less time collecting garbage in a run of three Qt test files: 0.9 s, was 1.4 s)."""
    import gc

    gc.collect()
    gc.freeze()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After each test (its fixtures gone, pytest-qt's widgets closed and given deleteLater): the widgets and
    objects given deleteLater are deleted now. pytest-qt only processes events, which leaves them to the next
    nested event loop of some later test, so a worker held hundreds of closed windows, each window's idle
    watcher and read-only guard still filtering every event of the application."""
    result = yield
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        qtcore.QCoreApplication.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)
    _forget_closed_profiles_statements()
    return result


def _forget_closed_profiles_statements() -> None:
    """SQLAlchemy keeps each mapper's INSERT and UPDATE statements compiled for each database connection's
    dialect (up to ~150 per mapper), and every profile a test opens has a dialect of its own: a worker that had
    opened a few thousand profiles held ~1.2 million objects of statements for profiles long closed, which
    every full garbage collection of the rest of the run walked again. The app opens a profile or two; tests
    open one or more each, so after each test the statements are let go (the next use compiles them again)."""
    models = sys.modules.get("careorganiser.store.models")
    if models is not None:
        for mapper in models.Base.registry.mappers:
            mapper._compiled_cache.clear()


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
def prompter(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """This test's answers to modal questions: a ScriptedPrompter (``prompter.answers["confirm"] = True`` and
    the like). Contexts and windows made in the test without a prompter of their own get this one, and a
    question the test gave no answer for fails the test instead of opening a dialog."""
    from careorganiser.ui import prompter as prompting  # loads no Qt

    scripted = prompting.ScriptedPrompter()
    monkeypatch.setattr(prompting, "_standing", scripted)
    yield scripted
    assert not scripted.unexpected, f"questions the test did not expect: {scripted.unexpected}"


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


def copy_profiles(template_data_dir: Path, data_dir: Path) -> list[Path]:
    """Copy every profile file of a session's template data dir into this test's data dir, as the ones who
    made them would leave them (owner-only, and known to the list of how each file starts)."""
    import shutil

    from careorganiser.store import health

    paths.ensure_private_dir(data_dir / "profiles")
    copied = []
    for source in sorted((template_data_dir / "profiles").glob("*.careprofile")):
        target = data_dir / "profiles" / source.name
        shutil.copyfile(source, target)
        target.chmod(0o600)
        health.register(target)
        copied.append(target)
    return copied


def _open_copy(template: Path, name: str) -> object:
    """Open a copy of a session's template file as this test's profile ``name`` (in this test's data dir)."""
    import shutil

    from careorganiser.store import profiles

    target = profiles.profile_path(name)
    paths.ensure_private_dir(target.parent)
    shutil.copyfile(template, target)
    target.chmod(0o600)
    return profiles.open_profile(name)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The empty profile's file ("Test", for "Test Person"), made once per test session by create_profile."""
    from careorganiser.store import profiles

    folder = tmp_path_factory.mktemp("empty-template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(paths.ENV_DATA_DIR, str(folder / "data"))
        paths.set_data_dir(None)
        p = profiles.create_profile("Test", person_name="Test Person")
        p.close()
        path = p.info.path
    paths.set_data_dir(None)
    leftovers = [s for s in path.parent.iterdir() if s != path and s.name.startswith(path.name)]
    assert not leftovers, f"the empty template should be one closed file, found {leftovers}"
    return path


@pytest.fixture
def profile(isolated_dirs: Path, empty_template: Path) -> Iterator[object]:
    """An empty plain profile named "Test" for a person called "Test Person" (a copy of the session's template:
    creating one takes ~10x as long as copying it; tests of creating profiles call create_profile themselves)."""
    p = _open_copy(empty_template, "Test")
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
    monkeypatch.setenv("TZ", "Europe/London")
    p = _open_copy(demo_template, "Demo")
    yield p
    p.close()
