"""The case dialogs: incident, person picker, person, conversation, measure, consultation.

Kept free of imports so the generated forms can import :mod:`.dates` without cycles.
"""
