"""Document previews and building them off the UI thread."""
