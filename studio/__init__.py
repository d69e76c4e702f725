"""Brief Studio: write a project brief, record a video walkthrough, send it to freelancers."""

__version__ = "0.1.0"
