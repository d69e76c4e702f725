"""The editor's Send step, the address book, the destinations, and delivery tracking."""
