"""Documents the app produces: PDFs (reportlab Platypus) and Factur-X."""
