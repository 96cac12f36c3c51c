"""Root test configuration: Qt offscreen and Dutch, before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SKOW_DESK_PASSPHRASE", "test-wachtwoord-lang-genoeg")
