"""The pages of the main window, their dialogs, item models and panels."""
