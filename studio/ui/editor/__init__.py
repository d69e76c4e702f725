"""The guided brief editor: one page per step, sharing one EditSession."""
