"""Matching in the interface: talents ranked for a mission, missions for a talent, refusal hints."""
