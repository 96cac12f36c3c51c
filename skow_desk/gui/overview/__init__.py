"""The yearly overview (Jaaroverzicht): counts, charts, comparison, exports."""
