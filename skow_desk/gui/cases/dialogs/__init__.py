"""The case's dialogs: incident, conversation, consultation,
measure and its correction, zienswijze, evidence."""
