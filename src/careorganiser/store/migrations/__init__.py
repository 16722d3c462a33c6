"""Alembic migrations, shipped inside the package and run when a profile opens.

``REVISIONS`` lists every revision in order, oldest first, so opening a profile can tell "current",
"old" and "made by a newer version" without importing Alembic. A test keeps it equal to the scripts.
"""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent
REVISIONS: tuple[str, ...] = ("0001_initial", "0002_search_index", "0003_medication_added_at",
                             "0004_trials_literacy", "0005_caregivers_history", "0007_followup_plans",
                             "0006_search_everything", "0008_dose_trust", "0009_criteria_parse")
HEAD = REVISIONS[-1]
