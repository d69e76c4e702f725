"""Camera (OpenCV), microphone (sounddevice), clocks and A/V alignment, and the recorder."""
