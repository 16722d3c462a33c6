from careorganiser.app import run_process

raise SystemExit(run_process())
