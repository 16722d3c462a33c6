"""The command registry (cli.COMMANDS): every command of shared/spec/cli.md is registered with a plain function,
and each one dispatches and does its work, run here one after another on an empty data dir."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from careorganiser import app, cli

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
TRIAL = FIXTURES / "v2-single-study_NCT05594173.json"

# The synopsis of shared/spec/cli.md, kept here word for word so the test runs without the shared folder.
SYNOPSIS = """
careorganiser [--data-dir DIR] [--profile NAME] [--exit-when-ready]
careorganiser --version
careorganiser profile list
careorganiser profile create NAME [--passphrase-stdin]
careorganiser profile delete NAME                        # to the trash, never erased
careorganiser profile trash                              # deleted profiles that can come back
careorganiser profile undelete NAME
careorganiser demo [--profile NAME]                      # a realistic sample profile, "Demo" by default
careorganiser export --profile NAME [-o FILE] [--unencrypted]  # interchange JSON (interchange.md); stdout without -o
careorganiser import FILE --profile NAME                 # into a new profile of that name, or into an empty one
careorganiser trials import FILE... --profile NAME       # ClinicalTrials.gov v2 JSON, classic JSON or CSV
careorganiser trials list --profile NAME [--json]
careorganiser trials show NCT_ID --profile NAME [--json] # the study, the caregiver's notes, and the eligibility pre-screen
careorganiser today --profile NAME [--at INSTANT] [--json]  # the day's care: doses, appointments, rides, stock
careorganiser pack --profile NAME [--appointment ID | --next] -o FILE.pdf [--large-print] [--paper a4|letter]
careorganiser calendar --profile NAME -o FILE.ics        # appointments and rides
careorganiser backup --profile NAME [-o FILE]
careorganiser backup list --profile NAME [--json]      # automatic and manual copies, newest first, each verified
careorganiser restore FILE --profile NAME
careorganiser check --profile NAME                      # integrity: "ok" (exit 0) or what is damaged (exit 1)
"""


def spec_commands(text: str) -> list[tuple[str, ...]]:
    """The command words of each synopsis line: ("profile", "list"), ("demo",), ...; () for the plain start."""
    found = []
    for line in text.splitlines():
        if not line.startswith("careorganiser"):
            continue
        words = []
        for word in line.split("#")[0].split()[1:]:
            if not re.fullmatch(r"[a-z]+", word):
                break
            words.append(word)
        found.append(tuple(words))
    return found


def shared_spec() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "spec" / "cli.md"
        if candidate.exists():
            return candidate
    return None


def test_the_synopsis_here_is_the_one_of_the_spec() -> None:
    spec = shared_spec()
    if spec is None:
        pytest.skip("shared/spec/cli.md is not beside this checkout")
    block = spec.read_text(encoding="utf-8").split("```")[1]
    assert spec_commands(block) == spec_commands(SYNOPSIS)


def test_every_command_of_the_spec_is_registered_and_parsed() -> None:
    commands = spec_commands(SYNOPSIS)
    assert {c[0] for c in commands if c} == set(cli.COMMANDS)
    parser = cli.build_parser()
    for words in commands:
        if not words:
            continue
        args = parser.parse_args([*words, *(["x"] if words in {("profile", "create"), ("profile", "delete"),
                                                                 ("profile", "undelete"), ("import",), ("restore",),
                                                                 ("trials", "show")} else []),
                                  *(["f.json"] if words == ("trials", "import") else []),
                                  *(["-o", "f"] if words in {("pack",), ("calendar",)} else [])])
        assert args.command == words[0]
        assert callable(cli.COMMANDS[args.command])
        action = getattr(args, "profile_command", None) or getattr(args, "trials_command", None) \
            or getattr(args, "action", None)
        assert words[1:] == ((action,) if action else ())


def test_the_parser_of_the_named_command_alone_reads_it_as_the_full_parser_does() -> None:
    full = cli.build_parser()
    for words in spec_commands(SYNOPSIS):
        if not words:
            continue
        argv = [*(["x"] if words in {("profile", "create"), ("profile", "delete"), ("profile", "undelete"),
                                      ("import",), ("restore",), ("trials", "show")} else []),
                *(["f.json"] if words == ("trials", "import") else []),
                *(["-o", "f"] if words in {("pack",), ("calendar",)} else [])]
        for before in ([], ["--profile", "Mum Hale", "--data-dir=/x", "--debug"], ["--lang", "es"]):
            line = [*before, *words, *argv]
            assert cli.command_word(line) == words[0]
            assert vars(cli.build_parser(cli.command_word(line)).parse_args(line)) == vars(full.parse_args(line))
    # Help, the version, a mistake or no command at all: the full parser, which lists every command.
    for line in (["-h", "pack"], ["--version"], ["pakc"], ["--profile", "Demo"], ["--unknown", "pack"], []):
        assert cli.command_word(line) is None
    assert cli.command_word(["--profile", "pack", "today"]) == "today"  # a profile may be called "pack"


def test_every_command_dispatches_and_does_its_work(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    dispatched: list[tuple[str, ...]] = []

    def recording(name: str, run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        def record(args: argparse.Namespace) -> int:
            action = getattr(args, "profile_command", None) or getattr(args, "trials_command", None) \
                or getattr(args, "action", None)
            dispatched.append((name, action) if action else (name,))
            return run(args)
        return record

    for name, run in list(cli.COMMANDS.items()):
        monkeypatch.setitem(cli.COMMANDS, name, recording(name, run))

    def ok(*argv: str | Path) -> str:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert code == 0, (argv, out, err)
        return out + err

    assert "created profile \u201cMum\u201d" in ok("profile", "create", "Mum")
    assert "Mum" in ok("profile", "list").splitlines()
    assert "created demo profile \u201cDemo\u201d" in ok("demo")
    exported = tmp_path / "demo.json"
    ok("export", "--profile", "Demo", "-o", exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert "imported into \u201cCopy\u201d" in ok("import", exported, "--profile", "Copy")
    assert "NCT05594173" in ok("trials", "import", TRIAL, "--profile", "Mum")
    assert "NCT05594173" in ok("trials", "list", "--profile", "Mum")
    assert json.loads(ok("trials", "show", "NCT05594173", "--profile", "Mum", "--json"))["nct_id"] == "NCT05594173"
    assert "doses" in json.loads(ok("today", "--profile", "Demo", "--json"))
    pdf = tmp_path / "pack.pdf"
    ok("pack", "--profile", "Copy", "--appointment", document["appointments"][0]["id"], "-o", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    ics = tmp_path / "care.ics"
    ok("calendar", "--profile", "Demo", "-o", ics)
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    copy = tmp_path / "mum.backup"
    assert "(checked: ok)" in ok("backup", "--profile", "Mum", "-o", copy)
    ok("backup", "--profile", "Mum")  # into the data dir, where "backup list" looks
    assert "manual" in ok("backup", "list", "--profile", "Mum")
    assert "restored \u201cMum again\u201d" in ok("restore", copy, "--profile", "Mum again")
    assert ok("check", "--profile", "Mum again").strip() == "ok"
    assert "moved \u201cMum\u201d to the trash" in ok("profile", "delete", "Mum")
    assert "Mum" in ok("profile", "trash")
    assert "brought back \u201cMum\u201d" in ok("profile", "undelete", "Mum")

    assert sorted(set(dispatched)) == sorted(w for w in spec_commands(SYNOPSIS) if w)
    with pytest.raises(SystemExit) as version:
        cli.main(["--version"])
    assert version.value.code == 0 and capsys.readouterr().out.startswith("careorganiser ")


def test_without_a_command_the_app_opens_and_the_command_line_alone_does_not(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    opened: list[argparse.Namespace] = []
    monkeypatch.setattr(app, "run_gui", lambda args: opened.append(args) or 0)
    assert app.main(["--profile", "Mum"]) == 0
    assert app.main(["--data-dir", str(data_dir), "--exit-when-ready"]) == 0
    assert [(a.profile, a.exit_when_ready) for a in opened] == [("Mum", False), (None, True)]
    assert app.main(["profile", "list"]) == 0
    assert len(opened) == 2  # a command never opens the window
    assert cli.main([]) == 2
    assert "a command is needed" in capsys.readouterr().err
