"""The audit trail (Logboek) in a director's words."""
