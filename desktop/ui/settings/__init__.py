"""Settings: one page per area (general, my company, e-mail, backups, invoicing...)."""
