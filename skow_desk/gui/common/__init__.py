"""What more than one screen uses: message boxes, small widgets, the worker, table bases,
the form-dialog base, dates, prompts, the PDF preview, drafts, crash dialog and help."""
