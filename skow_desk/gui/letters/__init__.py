"""Letters: the letters window, its legality check and dispatch, and the template editor."""
