"""Use cases: small functions taking a Session. The caller owns the transaction."""
