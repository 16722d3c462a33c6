"""Render the sample appointment pack, the large-print pack, the card and the ride sheet into a folder.

    PYTHONPATH=src python scripts/render_sample_pack.py /tmp/packcheck [--png]

Uses the hand-built sample in tests/pack_samples.py. With --png each PDF is also turned into page images
with pdftoppm (poppler-utils), to look at every page.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import pack_samples  # noqa: E402

from careorganiser.pack.card import render_medication_card  # noqa: E402
from careorganiser.pack.model import PackOptions  # noqa: E402
from careorganiser.pack.render import render_pack  # noqa: E402
from careorganiser.pack.ridesheet import render_ride_sheet  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--png", action="store_true", help="also write page images (needs pdftoppm)")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    data = pack_samples.sample_pack()
    outputs = {
        "pack.pdf": render_pack(data, PackOptions()),
        "pack-large.pdf": render_pack(data, PackOptions(large_print=True)),
        "pack-letter.pdf": render_pack(data, PackOptions(paper="letter")),
        "card.pdf": render_medication_card(data, PackOptions()),
        "card-large.pdf": render_medication_card(data, PackOptions(large_print=True)),
        "card-25.pdf": render_medication_card(pack_samples.many_medications_pack(25), PackOptions()),
        "ridesheet.pdf": render_ride_sheet(data, PackOptions()),
        "ridesheet-large.pdf": render_ride_sheet(data, PackOptions(large_print=True)),
        "pack-edge-scripts.pdf": render_pack(pack_samples.many_scripts_pack(), PackOptions()),
        "pack-edge-hostile.pdf": render_pack(pack_samples.hostile_pack(), PackOptions()),
        "pack-edge-long.pdf": render_pack(pack_samples.long_notes_pack(), PackOptions()),
        "pack-edge-empty.pdf": render_pack(pack_samples.no_history_pack(), PackOptions()),
        "pack-edge-five-years.pdf": render_pack(pack_samples.five_years_pack(), PackOptions()),
    }
    for name, pdf in outputs.items():
        path = args.folder / name
        path.write_bytes(pdf)
        print(path)
        if args.png:
            if shutil.which("pdftoppm") is None:
                print("pdftoppm not found: install poppler-utils", file=sys.stderr)
                return 1
            subprocess.run(
                ["pdftoppm", "-r", str(args.dpi), "-png", str(path), str(args.folder / path.stem)], check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
