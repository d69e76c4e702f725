"""The editor's Video step: the recording studio, the take review and crash recovery."""
