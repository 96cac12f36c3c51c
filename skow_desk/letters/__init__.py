"""Letters: from plain data (``domain.letter_data``) to a Dutch business-letter PDF.

No Qt and no database here; the services pass plain data in and store what comes out.
"""
