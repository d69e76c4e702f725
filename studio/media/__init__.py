"""ffmpeg: locate the binary, build commands with ffmpeg-python, run them with progress, probe."""
