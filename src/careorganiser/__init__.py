"""Care Organiser: an offline desktop organiser for family caregivers."""

__version__ = "0.1.0"
APP_NAME = "CareOrganiser"
