"""The brief bundle in the UI: export, verify and import dialogs, and dropped bundles."""
