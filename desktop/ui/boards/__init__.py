"""Boards: the pipeline of companies and the missions as kanban columns, with a list mode."""
