"""Damaging a database file the ways a disk, a sync tool or a crash can: shared by the bounded
test (tests/unit/security/test_damaged_database.py) and the one-off run of 100
(tools/fuzz_damaged.py)."""

from __future__ import annotations

import random
from pathlib import Path

PAGE = 4096
KINDS = ("leeg", "afgekapt", "pagina-nul", "pagina-1", "bit", "pagina-willekeurig")


def damage(path: Path, kind: str, rng: random.Random) -> None:
    """One kind of damage: zero bytes, a truncation, a zeroed, flipped or random page, or one
    flipped bit; the -wal and -shm files go (the damage is in the file itself)."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    if kind == "leeg":
        data = bytearray()
    elif kind == "afgekapt":
        data = data[: rng.randrange(1, len(data) - 1)]
    elif kind == "pagina-nul":
        page = rng.randrange(pages)
        data[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    elif kind == "pagina-1":
        data[rng.randrange(16, PAGE)] ^= 0xFF
    elif kind == "pagina-willekeurig":
        page = rng.randrange(pages)
        data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    else:  # "bit": one flipped bit somewhere
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
