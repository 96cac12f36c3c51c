"""The register (Meldingen): the table, its model, and reading in the Excel register."""
