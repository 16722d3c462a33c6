"""The trials area of the window: its page, dialogs, models and controller."""
