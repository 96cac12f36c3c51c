"""The case's dialogs: incident, person picker, conversation,
consultation, measure, zienswijze, evidence."""
