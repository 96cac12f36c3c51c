"""Settings: foundation, schools, the address window, auto-lock, passphrase."""
