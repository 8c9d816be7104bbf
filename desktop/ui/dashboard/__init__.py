"""The Home dashboard: its tiles, its chart and where each figure leads."""
