"""The command line (shared/spec/cli.md). No Qt here: every command works without a display.

Exit status 0 on success; 1 on a failure, with one clear line on standard error (a traceback only with
``--debug``); 2 on a usage error. A command that fails changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from careorganiser import __version__, i18n
from careorganiser.commands.common import (
    CommandError,
    UsageError,
    one_line,
    open_profile_from_args,
    print_json,
    read_new_passphrase,
    read_passphrase,
    require_profile_name,
    write_utf8,
)
from careorganiser.commands.words import BackupAction, ProfileAction, TrialsAction
from careorganiser.i18n import translate
from careorganiser.launch import LAUNCH_FLAGS, LAUNCH_OPTIONS, plain_launch

DEMO_PROFILE = "Demo"


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """Options accepted both before and after the command name."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="where profiles live (or CAREORGANISER_DATA_DIR)")
    parser.add_argument("--profile", metavar="NAME", default=default, help="the profile to use")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="read the profile's passphrase from standard input")
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="show a traceback on failure")
    parser.add_argument("--lang", metavar="LANG", default=default,
                        help="the language of messages, e.g. es or pl (default: LC_ALL, LC_MESSAGES or LANG)")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser. With ``only`` (a command's name: :func:`command_word`), that command's own
    parser is the only one built: it reads that command's words exactly as the full parser does, and building
    all of them was 2% of a pack's instructions (some 30 M, callgrind)."""
    parser = argparse.ArgumentParser(
        prog="careorganiser",
        description="Care Organiser: medications, rides, symptoms, measurements, trials and appointment packs, offline.",
    )
    parser.add_argument("--version", action="version", version=f"careorganiser {__version__}")
    _global_options(parser, suppress=False)
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="open the window, wait until the first view has painted, then exit 0")
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def wanted(name: str) -> bool:
        return only is None or name == only

    if wanted("profile"):
        profile = commands.add_parser("profile", parents=[common], help="list or create profiles")
        profile_commands = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
        profile_commands.add_parser(ProfileAction.LIST.value, parents=[common], help="list the profiles")
        create = profile_commands.add_parser(ProfileAction.CREATE.value, parents=[common], help="create a profile")
        create.add_argument("name", metavar="NAME")
        delete = profile_commands.add_parser(ProfileAction.DELETE.value, parents=[common], help="move a profile to the trash")
        delete.add_argument("name", metavar="NAME")
        profile_commands.add_parser(ProfileAction.TRASH.value, parents=[common], help="deleted profiles that can come back")
        undelete = profile_commands.add_parser(ProfileAction.UNDELETE.value, parents=[common], help="bring a profile back from the trash")
        undelete.add_argument("name", metavar="NAME")

    if wanted("demo"):
        demo = commands.add_parser("demo", parents=[common], help="make a realistic sample profile")

    if wanted("export"):
        export = commands.add_parser("export", parents=[common], help="write a profile as interchange JSON")
        export.add_argument("-o", "--output", metavar="FILE", type=Path, help="the file to write (stdout without it)")
        export.add_argument("--unencrypted", action="store_true",
                            help="export a passphrase-protected profile as readable JSON all the same")

    if wanted("import"):
        imp = commands.add_parser("import", parents=[common], help="import interchange JSON into a new or empty profile")
        imp.add_argument("file", metavar="FILE", type=Path)

    if wanted("trials"):
        trials = commands.add_parser("trials", parents=[common], help="saved clinical trials")
        trial_commands = trials.add_subparsers(dest="trials_command", metavar="ACTION", required=True)
        t_import = trial_commands.add_parser(TrialsAction.IMPORT.value, parents=[common],
                                             help="import ClinicalTrials.gov records (v2 JSON, classic JSON or CSV)")
        t_import.add_argument("files", metavar="FILE", type=Path, nargs="+")
        t_list = trial_commands.add_parser(TrialsAction.LIST.value, parents=[common], help="list saved trials")
        t_list.add_argument("--json", action="store_true", dest="as_json")
        t_show = trial_commands.add_parser(TrialsAction.SHOW.value, parents=[common],
                                           help="a saved trial, the caregiver's notes and the eligibility pre-screen")
        t_show.add_argument("nct_id", metavar="NCT_ID")
        t_show.add_argument("--json", action="store_true", dest="as_json")

    if wanted("today"):
        today = commands.add_parser("today", parents=[common], help="the day's care: doses, appointments, rides, stock")
        today.add_argument("--at", metavar="INSTANT", help="an ISO 8601 instant (default now)")
        today.add_argument("--json", action="store_true", dest="as_json")

    if wanted("pack"):
        pack = commands.add_parser("pack", parents=[common], help="write the appointment pack PDF")
        which = pack.add_mutually_exclusive_group()
        which.add_argument("--appointment", metavar="ID", help="the appointment's interchange id")
        which.add_argument("--next", action="store_true", help="the next appointment from now")
        pack.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)
        pack.add_argument("--large-print", action="store_true")
        pack.add_argument("--paper", choices=("a4", "letter"), default="a4")

    if wanted("calendar"):
        calendar = commands.add_parser("calendar", parents=[common], help="write appointments and rides as .ics")
        calendar.add_argument("-o", "--output", metavar="FILE.ics", type=Path, required=True)

    if wanted("backup"):
        backup = commands.add_parser("backup", parents=[common],
                                     help="copy a profile to a verified backup (\"backup list\": the copies)")
        backup.add_argument("action", nargs="?", choices=[BackupAction.LIST.value], metavar=BackupAction.LIST.value,
                            help="list the automatic and manual copies, newest first, each verified")
        backup.add_argument("-o", "--output", metavar="FILE", type=Path)
        backup.add_argument("--json", action="store_true", dest="as_json")

    if wanted("check"):
        commands.add_parser("check", parents=[common],
                            help="check a profile's integrity: \"ok\" (exit 0) or what is damaged (exit 1)")

    if wanted("restore"):
        restore = commands.add_parser("restore", parents=[common], help="restore a profile from a backup file")
        restore.add_argument("file", metavar="FILE", type=Path)
    return parser


# --------------------------------------------------------------------------------------------- commands


def cmd_profile(args: argparse.Namespace) -> int:
    from careorganiser.store import profiles

    if args.profile_command == ProfileAction.LIST:
        for info in profiles.list_profiles():
            print(info.name + ("  " + translate("Cli", "(protected)") if info.encrypted else ""))
        return 0
    if args.profile_command == ProfileAction.DELETE:
        from careorganiser.services import backup

        with backup.hold_writer_lock(args.name):
            target = profiles.delete_profile(args.name)
        print(translate("Cli", "moved \u201c{name}\u201d to the trash ({file}); "
                               "\u201ccareorganiser profile undelete\u201d brings it back").format(name=args.name,
                                                                                       file=target.name))
        return 0
    if args.profile_command == ProfileAction.TRASH:
        for info in profiles.list_trash():
            print(info.name + "  " + translate("Cli", "(deleted {when})").format(
                when=info.modified.astimezone().strftime("%Y-%m-%d %H:%M:%S")))
        return 0
    if args.profile_command == ProfileAction.UNDELETE:
        wanted = profiles.validate_profile_name(args.name).casefold()
        found = [i for i in profiles.list_trash() if i.name.casefold() == wanted]
        if not found:
            raise CommandError(translate("Cli", "there is no profile named \u201c{name}\u201d in the trash").format(name=args.name))
        newest = found[0]  # the newest one deleted under that name
        if profiles.profile_exists(newest.name):  # replaced by a restore, or made again: back under a free name
            when = newest.modified.astimezone().strftime("%Y-%m-%d %H.%M")
            base = translate("Cli", "{name} (deleted {when})").format(name=newest.name, when=when)
            other, n = base, 2
            while profiles.profile_exists(other):
                other, n = f"{base} {n}", n + 1
            info = profiles.restore_from_trash(newest.path, other)
            print(translate("Cli", "brought back \u201c{name}\u201d as \u201c{other}\u201d: a profile named "
                                   "\u201c{name}\u201d exists").format(name=newest.name, other=info.name))
            return 0
        info = profiles.restore_from_trash(newest.path)
        print(translate("Cli", "brought back \u201c{name}\u201d").format(name=info.name))
        return 0
    from careorganiser.services import profiles as profile_service

    profile = profile_service.create_profile(args.name, read_new_passphrase(args))
    profile.close()
    print(translate("Cli", "created profile \u201c{name}\u201d").format(name=profile.name))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from careorganiser.services import demo

    name = getattr(args, "profile", None) or DEMO_PROFILE
    summary = demo.create_demo_profile(name, read_new_passphrase(args))
    print(translate("Cli", "created demo profile \u201c{name}\u201d: {summary}").format(name=name, summary=summary.describe()))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    info = profiles.find_profile(require_profile_name(args))
    if info.encrypted and not args.unencrypted:
        raise CommandError(translate(
            "Cli", "\u201c{name}\u201d is protected by a passphrase and an export writes its health records "
            "readable by anyone: add --unencrypted to export it all the same, or use backup (which stays encrypted)"
        ).format(name=info.name))
    with open_profile_from_args(args) as profile:
        text = svc.write_export(profile, args.output)
    if args.output is None:
        write_utf8(text)
    else:
        print(translate("Cli", "exported \u201c{name}\u201d to {path}").format(name=profile.name, path=args.output),
              file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from careorganiser.services import profiles as svc

    from careorganiser.store import profiles

    name = require_profile_name(args)
    new = not profiles.profile_exists(name)
    summary = svc.import_file(args.file, name, read_new_passphrase(args) if new else read_passphrase(args))
    print(translate("Cli", "imported into \u201c{name}\u201d: {summary}").format(name=name, summary=summary.describe()))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from careorganiser.services import backup

    if getattr(args, "action", None) == BackupAction.LIST:
        return cmd_backup_list(args)
    if getattr(args, "as_json", False):
        raise UsageError(translate("Cli", "backup: --json goes with \"backup list\""))
    with open_profile_from_args(args) as profile:
        dest = backup.backup_profile(profile, args.output)
    print(translate("Cli", "backed up \u201c{name}\u201d to {path} (checked: ok)").format(name=profile.name, path=dest))
    return 0


def cmd_backup_list(args: argparse.Namespace) -> int:
    """The copies of a profile, newest first, each verified; works on a damaged profile too."""
    from careorganiser.services import backup
    from careorganiser.store import profiles

    if args.output is not None:
        raise UsageError(translate("Cli", "backup list: -o is for making a backup"))
    info = profiles.find_profile(require_profile_name(args))
    passphrase = read_passphrase(args)
    found = backup.list_backups(info, passphrase)
    if getattr(args, "as_json", False):
        print_json([{"file": str(b.path), "kind": b.kind, "made_at": b.made_at.isoformat(),
                     "size_bytes": b.size_bytes, "verified": b.ok, "revision": b.revision,
                     "problems": list(b.problems)} for b in found])
        return 0
    if not found:
        print(translate("Cli", "\u201c{name}\u201d has no backups yet; \u201ccareorganiser backup --profile NAME\u201d makes one")
              .format(name=info.name))
        return 0
    for b in found:
        state = {True: translate("Cli", "ok"),
                 False: translate("Cli", "DAMAGED: {problems}").format(problems="; ".join(b.problems)),
                 None: translate("Cli", "not checked (protected)")}[b.ok]
        print(f"{b.made_at.astimezone().strftime('%Y-%m-%d %H:%M')}  {b.kind:<28} "
              f"{b.size_bytes / 1e6:7.1f} MB  {state}  {b.path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from careorganiser.services import backup

    report = backup.check_profile(require_profile_name(args), read_passphrase(args))
    if report.ok:
        print("ok")
        return 0
    print(report.message)
    return 1


def cmd_restore(args: argparse.Namespace) -> int:
    from careorganiser.services import backup
    from careorganiser.store import profiles

    name = require_profile_name(args)
    replaced = profiles.profile_exists(name)
    backup.restore_profile(args.file, name, read_passphrase(args))
    print(translate("Cli", "restored \u201c{name}\u201d from {path}").format(name=name, path=args.file))
    if replaced:
        print(translate("Cli", "the version it replaced is in the trash: \u201ccareorganiser profile undelete {name}\u201d "
                               "brings it back beside this one").format(name=name))
    return 0


def cmd_trials(args: argparse.Namespace) -> int:
    from careorganiser.commands import trials

    return trials.run(args)


def cmd_today(args: argparse.Namespace) -> int:
    from careorganiser.commands import today

    return today.run(args)


def cmd_pack(args: argparse.Namespace) -> int:
    from careorganiser.commands import pack

    return pack.run(args)


def cmd_calendar(args: argparse.Namespace) -> int:
    from careorganiser.commands import calendar

    return calendar.run(args)


# Every command and the function that runs it. Commands of other areas live in careorganiser.commands and
# are imported by a plain import when first run, so start-up loads none of them and a bundler sees them all.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "profile": cmd_profile,
    "demo": cmd_demo,
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "trials": cmd_trials,
    "today": cmd_today,
    "pack": cmd_pack,
    "calendar": cmd_calendar,
}


def run_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from careorganiser import paths

    from careorganiser.store import lock

    debug = getattr(args, "debug", False)
    # Named in the message another process shows when this command holds the profile.
    action = getattr(args, "profile_command", None) or getattr(args, "trials_command", None)
    lock.set_process_role("command", f"{args.command} {action}" if action else args.command)
    try:
        if getattr(args, "data_dir", None):
            paths.set_data_dir(args.data_dir)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print("careorganiser: " + translate("Cli", "error: {message}").format(message=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("careorganiser: " + translate("Cli", "interrupted"), file=sys.stderr)
        return 1
    except Exception as exc:  # the command's last guard: any failure is one plain line and exit 1 (spec/cli.md)
        if debug:
            import traceback

            traceback.print_exc()
        line = one_line(exc)
        from careorganiser.store.profiles import PassphraseRequired

        if isinstance(exc, PassphraseRequired):  # say how a command is given one
            line += " " + translate("Cli", "Give it on standard input with --passphrase-stdin.")
        print(f"careorganiser: {line}", file=sys.stderr)
        return 1


def command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (``pack`` in ``--profile Demo pack --next``), or None when that is not plain:
    no command, help or the version asked for first, an option this does not know, a mistake. None means the
    full parser, which explains whatever is wrong."""
    items = iter(argv)
    for item in items:
        name, has_value, _ = item.partition("=")
        if name in LAUNCH_OPTIONS:
            if not has_value:
                next(items, None)
        elif name in LAUNCH_FLAGS and not has_value:
            continue
        elif item in COMMANDS:
            return item
        else:
            return None
    return None


def main(argv: Sequence[str] | None = None,
         open_window: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run the command in ``argv``. Without a command the app opens through ``open_window`` (``app.main``
    passes it, so the command line imports nothing of the window); without ``open_window`` that is a usage error."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # a name the console cannot show is shown as "?", never a failure
        reconfigure(errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    if open_window is not None:
        launch = plain_launch(argv)
        if launch is not None:  # the everyday start: open the app without building every command
            if launch.lang:
                i18n.set_language(launch.lang)
            return open_window(launch)
    parser = build_parser(command_word(argv))
    args = parser.parse_args(argv)
    i18n.set_language(getattr(args, "lang", None))  # --lang, else the environment's
    if args.command is None:
        if open_window is None:
            parser.print_usage(sys.stderr)
            print("careorganiser: " + translate("Cli", "error: a command is needed here"), file=sys.stderr)
            return 2
        return open_window(args)
    return run_command(args, parser)
