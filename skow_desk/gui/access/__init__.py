"""Getting in and keeping the data safe: first run, unlock and lock screen, the keyring,
auto-lock, backups and restore, the demo folder, retention."""
