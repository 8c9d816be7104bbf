"""Mission screens: editor, offers, board."""
