"""Global search (Ctrl+K)."""
