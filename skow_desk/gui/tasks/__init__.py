"""The task list (Taken): every open task across all cases."""
