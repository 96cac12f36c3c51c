"""The yearly overview (Jaaroverzicht): aggregation and its CSV, XLSX and PDF exports. No Qt.

See ``COUNTING.md`` beside this file for how every number is counted.
"""
