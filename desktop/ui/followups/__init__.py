"""The "To do" view: follow-ups and meeting actions due."""
