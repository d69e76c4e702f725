"""The Qt user interface: windows, pages, widgets, table models, background-work helper."""
