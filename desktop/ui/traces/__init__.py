"""Written traces, attached files and CVs: the widgets the record pages embed."""
