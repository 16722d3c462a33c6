"""Smoke test of the BUILT app (`make bundle-test`): runs the bundled program, never the source.

    python scripts/bundle_smoke.py dist/careorganiser-VERSION

The bundle is copied to a scratch folder first (so nothing can come from the build tree) and run with a scratch
data dir and home, no PYTHONPATH and a PATH without Python, through every command of the command line
(docs/cli.md): profiles, demo, export, import, trials, today, pack, calendar, backup, restore, check. Then it
opens the window with --exit-when-ready (offscreen), runs install.sh and uninstall.sh into the scratch home and,
where Xvfb and xdotool are installed, opens the Demo's window on a virtual X screen and saves the medication card
through File > Medication card > Save as PDF with the keyboard. Each output is checked: the PDFs have pages, the
JSON parses, the calendar has events. Prints one line per step and "N passed, N failed" at the end; exit status 1
if any step failed. BUNDLE_SMOKE_KEEP=DIR keeps the scratch folder (data, outputs, the window's log) inside DIR.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRIAL_V2 = ROOT / "tests" / "fixtures" / "ctgov" / "v2-single-study_NCT06171568.json"
TRIAL_CSV = ROOT / "tests" / "fixtures" / "ctgov" / "csv-download_two-studies.csv"
APP_ID = "org.careorganiser.CareOrganiser"
TIMEOUT = 180


class Smoke:
    def __init__(self, program: Path, scratch: Path) -> None:
        self.program = program
        self.scratch = scratch
        self.data = scratch / "data"
        self.out = scratch / "out"
        self.home = scratch / "home"
        for folder in (self.out, self.home, scratch / "runtime", scratch / "empty-path"):
            folder.mkdir(mode=0o700)
        self.env = {
            "HOME": str(self.home),
            "PATH": str(scratch / "empty-path"),  # no Python, no other program on the path
            "LANG": "C.UTF-8",
            "CAREORGANISER_DATA_DIR": str(self.data),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_RUNTIME_DIR": str(scratch / "runtime"),
            "TZ": "Europe/London",
        }
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.skipped: list[str] = []

    def run(self, *args: str, stdin: str | None = None, expect: int = 0,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(self.program), *args], input=stdin, capture_output=True, text=True,
                                encoding="utf-8", env={**self.env, **(env or {})}, timeout=TIMEOUT,
                                cwd=self.scratch)
        if result.returncode != expect:
            raise AssertionError(f"careorganiser {' '.join(args)}: exit {result.returncode}, wanted {expect}\n"
                                 f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}")
        return result

    def step(self, name: str, check: Callable[[], object]) -> None:
        start = time.monotonic()
        try:
            check()
        except Exception as exc:  # every step is reported, the next one still runs
            self.failed.append(name)
            print(f"FAIL {name}: {exc}", flush=True)
        else:
            self.passed.append(name)
            print(f"ok   {name} ({time.monotonic() - start:.1f} s)", flush=True)


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    data = path.read_bytes()
    assert data.startswith(b"%PDF-"), f"{path.name} is not a PDF"
    return len(PdfReader(path).pages)


def wait_for(what: str, check: Callable[[], object], seconds: float) -> object:
    """Poll ``check`` until it returns something true; fail naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} after {seconds:.0f} s")
        time.sleep(0.3)


def card_through_the_menus(s: Smoke) -> None:
    """On a virtual X screen: open the Demo profile's window, File > Medication card, Save as PDF, Enter.
    Only the keyboard after one click on the menu bar (no window manager to give the window focus)."""
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    app = None
    try:
        display = ":" + wait_for("Xvfb display", lambda: xvfb.stdout.readline().strip(), 30)  # type: ignore[union-attr]
        home = s.scratch / "window-home"
        home.mkdir()
        env = {**s.env, "DISPLAY": display, "HOME": str(home)}
        tools = {"DISPLAY": display, "PATH": "/usr/bin:/bin"}

        def xdotool(*args: str) -> str:
            return subprocess.run(["xdotool", *args], env=tools, capture_output=True, text=True, timeout=30).stdout

        def window(name: str) -> list[str]:
            return xdotool("search", "--onlyvisible", "--name", name).split()

        with open(s.scratch / "window.log", "w") as log:
            app = subprocess.Popen([str(s.program), "--profile", "Demo"], env=env, stdout=log, stderr=log,
                                   cwd=s.scratch)
        wait_for("main window", lambda: window("^Demo .*Care Organiser$"), 90)  # "Demo — Care Organiser"
        for _attempt in range(5):
            xdotool("key", "Escape")
            xdotool("mousemove", "700", "9", "click", "1")
            xdotool("key", "alt+f")
            time.sleep(1)
            xdotool("key", "m")
            try:
                wait_for("Medication card window", lambda: window("^Medication card"), 20)
                break
            except AssertionError:
                continue
        else:
            raise AssertionError("File > Medication card did not open")
        # Save as PDF is enabled once the card is drawn (in a worker: seconds on a loaded machine); until then
        # the key does nothing, as a click would, so it is pressed again until the dialog shows.
        deadline = time.monotonic() + 90
        while not window("^Save as PDF"):
            if time.monotonic() > deadline:
                raise AssertionError("no Save as PDF dialog after 90 s")
            xdotool("key", "alt+s")
            try:
                wait_for("Save as PDF dialog", lambda: window("^Save as PDF"), 5)
            except AssertionError:
                continue
        xdotool("key", "Return")

        def saved() -> list[Path]:
            found = [p for p in home.glob("*.pdf") if p.read_bytes().rstrip().endswith(b"%%EOF")]
            return found

        card = wait_for("saved card", saved, 60)[0]  # type: ignore[index]
        from pypdf import PdfReader

        pages = PdfReader(card).pages
        assert len(pages) == 1 and "Medication card" in pages[0].extract_text(), card.name
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)


def check_all(s: Smoke, bundle: Path) -> None:
    out = s.out

    def version() -> None:
        text = s.run("--version").stdout
        assert text.startswith("careorganiser "), text

    def usage_error() -> None:
        s.run("pack", expect=2)

    def profiles() -> None:
        assert "created profile" in s.run("profile", "create", "Alice").stdout
        s.run("profile", "create", "Locked", "--passphrase-stdin", stdin="correct horse battery\n")
        listed = s.run("profile", "list").stdout.splitlines()
        assert "Alice" in listed and "Locked  (protected)" in listed, listed

    def demo() -> None:
        text = s.run("demo").stdout
        assert "created demo profile" in text and "medications" in text, text
        assert "Demo" in s.run("profile", "list").stdout.splitlines()

    def today() -> None:
        data = json.loads(s.run("today", "--profile", "Demo", "--json").stdout)
        assert {"at", "doses", "appointments", "rides", "low_stock"} <= set(data), data.keys()
        assert data["doses"], "the demo has doses today"
        assert s.run("today", "--profile", "Demo").stdout.strip()

    def export_import() -> None:
        s.run("export", "--profile", "Demo", "-o", str(out / "demo.json"))
        exported = json.loads((out / "demo.json").read_text(encoding="utf-8"))
        assert exported["medications"], "the export has the demo's medications"
        assert json.loads(s.run("export", "--profile", "Demo").stdout)["medications"]
        refused = s.run("export", "--profile", "Locked", "-o", str(out / "locked.json"), expect=1)
        assert "--unencrypted" in refused.stderr and not (out / "locked.json").exists()
        assert "imported into" in s.run("import", str(out / "demo.json"), "--profile", "Copy").stdout
        again = json.loads(s.run("export", "--profile", "Copy").stdout)
        assert len(again["medications"]) == len(exported["medications"])

    def trials() -> None:
        s.run("trials", "import", str(TRIAL_V2), str(TRIAL_CSV), "--profile", "Alice")
        listed = json.loads(s.run("trials", "list", "--profile", "Alice", "--json").stdout)
        ids = [t.get("nct_id") for t in listed]
        assert "NCT06171568" in ids, ids
        shown = json.loads(s.run("trials", "show", "NCT06171568", "--profile", "Alice", "--json").stdout)
        assert shown["prescreen"] and all(p["status"] in {"fits", "conflicts", "no_data", "ask_trial_team"}
                                          for p in shown["prescreen"])

    def pack() -> None:
        s.run("pack", "--profile", "Demo", "--next", "-o", str(out / "pack.pdf"))
        assert pdf_pages(out / "pack.pdf") >= 3
        s.run("pack", "--profile", "Demo", "-o", str(out / "pack-large.pdf"), "--large-print", "--paper", "letter")
        assert pdf_pages(out / "pack-large.pdf") >= pdf_pages(out / "pack.pdf")
        s.run("pack", "--profile", "Alice", "-o", str(out / "pack-empty.pdf"))  # no appointment: a summary
        assert pdf_pages(out / "pack-empty.pdf") >= 1
        refused = s.run("pack", "--profile", "Demo", "-o", str(s.data / "inside.pdf"), expect=1)
        assert refused.stderr and not (s.data / "inside.pdf").exists()
        # A person named in Arabic (the profile's name until one is saved): the bundled HarfBuzz joins the letters
        # and the bidi algorithm draws them right to left, read back in reading order.
        arabic = "\u0645\u0631\u064a\u0645 \u062d\u062f\u0627\u062f"
        s.run("profile", "create", arabic)
        s.run("pack", "--profile", arabic, "-o", str(out / "pack-arabic.pdf"))
        from pypdf import PdfReader

        first = PdfReader(out / "pack-arabic.pdf").pages[0].extract_text()
        assert "\ufee3\ufeae\ufef3\ufee2" in first, first[:200]  # meem initial, reh final, yeh initial, meem final

    def calendar() -> None:
        s.run("calendar", "--profile", "Demo", "-o", str(out / "care.ics"))
        text = (out / "care.ics").read_text(encoding="utf-8")
        assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") >= 2

    def backup_restore() -> None:
        s.run("backup", "--profile", "Demo", "-o", str(out / "demo.backup"))
        assert (out / "demo.backup").stat().st_size > 0
        s.run("backup", "--profile", "Demo")
        listed = json.loads(s.run("backup", "list", "--profile", "Demo", "--json").stdout)
        assert listed and all(b["verified"] for b in listed), listed
        s.run("backup", "--profile", "Locked", "--passphrase-stdin", "-o", str(out / "locked.backup"),
              stdin="correct horse battery\n")
        assert "restored" in s.run("restore", str(out / "demo.backup"), "--profile", "Restored").stdout
        assert s.run("check", "--profile", "Restored").stdout.strip() == "ok"

    def check() -> None:
        assert s.run("check", "--profile", "Demo").stdout.strip() == "ok"
        s.run("check", "--profile", "Locked", "--passphrase-stdin", stdin="correct horse battery\n")
        s.run("check", "--profile", "Nobody", expect=1)

    def trash() -> None:
        s.run("profile", "delete", "Copy")
        assert "Copy" not in s.run("profile", "list").stdout.splitlines()
        assert "Copy" in s.run("profile", "trash").stdout
        s.run("profile", "undelete", "Copy")
        assert "Copy" in s.run("profile", "list").stdout.splitlines()

    def window() -> None:
        for profile in ("Demo", "Alice"):
            s.run("--profile", profile, "--exit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"})

    def desktop_install() -> None:
        data_home = s.scratch / "xdg-data"
        env = {**s.env, "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"}
        before = sorted(p for p in s.home.rglob("*"))
        subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True, timeout=TIMEOUT)
        expected = {
            data_home / "applications" / f"{APP_ID}.desktop",
            data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
            s.home / ".local" / "bin" / "careorganiser",
        }
        assert all(p.exists() for p in expected), [p for p in expected if not p.exists()]
        installed = s.home / ".local" / "lib" / "careorganiser"
        entry = (data_home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
        assert f"Exec={installed / 'careorganiser'}\n" in entry, entry
        launched = subprocess.run([str(s.home / ".local" / "bin" / "careorganiser"), "--version"], env=s.env,
                                  capture_output=True, text=True, timeout=TIMEOUT)
        assert launched.returncode == 0 and launched.stdout.startswith("careorganiser "), launched
        subprocess.run(["sh", str(installed / "uninstall.sh")], env=env, check=True, capture_output=True,
                       timeout=TIMEOUT)
        assert not data_home.exists(), sorted(data_home.rglob("*"))
        assert sorted(p for p in s.home.rglob("*")) == before

    def contents() -> None:
        internal = bundle / "_internal"
        for text in ("GPL-3.0.txt", "LGPL-3.0.txt", "Apache-2.0.txt", "ICU.txt", "SQLCipher.txt", "Python.txt"):
            assert (internal / "resources" / "licenses" / text).is_file(), text
        assert (internal / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
        metadata = {p.name.split("-")[0].lower() for p in internal.glob("*.dist-info")}
        assert {"careorganiser", "pyside6", "pyside6_essentials", "reportlab", "sqlalchemy", "sqlcipher3",
                "alembic"} <= metadata, metadata  # Help > About lists the licences from these
        unused = [p.name for p in internal.rglob("*") if any(
            word in p.name for word in ("Qt6Quick", "Qt6Qml", "WebEngine", "Qt63D", "Multimedia", "VirtualKeyboard"))]
        assert not unused, unused

    steps: list[tuple[str, Callable[[], object]]] = [
        ("bundle contents: licences, metadata, no unused Qt", contents),
        ("--version", version), ("usage error is exit 2", usage_error), ("profile create/list", profiles),
        ("demo", demo), ("today", today), ("export/import", export_import), ("trials import/list/show", trials),
        ("pack", pack), ("calendar", calendar), ("backup/backup list/restore", backup_restore),
        ("check", check), ("profile delete/trash/undelete", trash), ("window --exit-when-ready", window),
    ]
    if sys.platform.startswith("linux"):
        steps.append(("install.sh/uninstall.sh", desktop_install))
    for name, step in steps:
        s.step(name, step)
    name = "window on X: File > Medication card > Save as PDF"
    if sys.platform.startswith("linux") and shutil.which("Xvfb") and shutil.which("xdotool"):
        s.step(name, lambda: card_through_the_menus(s))
    else:
        s.skipped.append(name)
        print(f"skip {name}: needs Xvfb and xdotool (apt-get install xvfb xdotool)", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    built = Path(argv[0]).resolve()
    program_name = "careorganiser.exe" if sys.platform.startswith("win") else "careorganiser"
    if not (built / program_name).is_file():
        print(f"bundle_smoke: no built program in {built}; run `make bundle` first", file=sys.stderr)
        return 1
    start = time.monotonic()
    keep = os.environ.get("BUNDLE_SMOKE_KEEP")
    scratch = Path(tempfile.mkdtemp(prefix="careorganiser-smoke-", dir=keep))
    try:
        bundle = scratch / built.name
        shutil.copytree(built, bundle, symlinks=True)
        smoke = Smoke(bundle / program_name, scratch)
        check_all(smoke, bundle)
    finally:
        if keep:
            print(f"scratch files kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    took = time.monotonic() - start
    print(f"bundle smoke test of {built.name}: {took:.0f} s")
    print(f"{len(smoke.passed)} passed, {len(smoke.failed)} failed"
          + (f", {len(smoke.skipped)} skipped" if smoke.skipped else ""))
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
