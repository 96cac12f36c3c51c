"""A slim ICU data library for the Linux bundle: Dutch and English only.

PySide6's Linux wheels ship ICU with a 31 MB ``libicudata.so.NN``: one symbol, ``icudtNN_dat``,
holding ICU's data package (collation, locale names, converters, break dictionaries ... for every
language). SKOW Desk needs only a small part of it: Qt asks ICU for Dutch (and English)
collation, case mapping, time-zone names and a few converters. Like Chromium, Electron and
Android, we filter the data package: ``icupkg`` (Debian's icu-devtools) removes the items
below, and gcc wraps what is left in a shared library with the same SONAME exporting the same
symbol, so Qt's ``libicuuc`` loads it unchanged. Other locales fall back to ICU's root data
(the Unicode default order and casing), which is what an absent locale gets anyway.

Removed: locale data of every language except root, Dutch and English (in every tree), the
break-iterator dictionaries (Chinese/Japanese, Thai, Khmer, Lao, Burmese), the transliterators
and the multi-byte and non-European converters. Kept: everything else, e.g. Unicode
normalisation, character names, converter aliases, the collation base table (ucadata),
time-zone and plural rules, and the break rules.

Called from build.spec on Linux when PySide6 brings a libicudata; also usable by hand:
``python tools/slim_icu.py .venv/.../libicudata.so.73 build/slim-icu``.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Locales kept in every tree, with their parents (en_NL → en_150 → en_001 → en → root).
KEEP_LOCALES = frozenset({
    "root", "nl", "nl_NL", "en", "en_001", "en_150", "en_GB", "en_NL", "en_US", "en_US_POSIX",
})
# Single-byte converters for Western and Central European text (UTF-8/16/32, US-ASCII and
# ISO-8859-1 are built into ICU's code and need no file).
KEEP_CONVERTERS = frozenset({
    "ibm-5348_P100-1997",  # windows-1252
    "ibm-5346_P100-1998",  # windows-1250 (Polish, Czech, Hungarian names ...)
    "ibm-923_P100-1998",   # ISO-8859-15
    "ibm-912_P100-1995",   # ISO-8859-2
    "ibm-850_P100-1995",   # IBM850, DOS Western Europe
    "ibm-437_P100-1995",   # IBM437, the original PC code page
    "macos-0_2-10.2",      # macintosh (Mac OS Roman)
})
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
_NOT_LOCALES = frozenset({"res_index.res", "pool.res"})
_DATA_SYMBOL = re.compile(rb"^icudt\d+_dat$")


class SlimIcuUnavailable(RuntimeError):
    """The tools for a slim ICU (icupkg, gcc) are missing or could not read the data."""


@dataclass(frozen=True)
class IcuData:
    """The data package inside a libicudata: its symbol, SONAME and bytes."""

    symbol: str
    soname: str
    data: bytes


def is_removed(item: str) -> bool:
    """Whether a data item (as ``icupkg -l`` names it, e.g. ``coll/de.res``) is left out."""
    tree, _, name = item.rpartition("/")
    if tree == "translit" or name.endswith(".dict"):
        return True
    if name.endswith(".cnv"):
        return name.removesuffix(".cnv") not in KEEP_CONVERTERS
    if _LOCALE_ITEM.match(name) and name not in _NOT_LOCALES:
        return name.removesuffix(".res") not in KEEP_LOCALES
    return False


def read_icu_data(library: Path) -> IcuData:
    """The ``icudtNN_dat`` symbol's bytes and the SONAME of an ELF64 little-endian library."""
    blob = library.read_bytes()
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise SlimIcuUnavailable(f"{library} is not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", blob, 0x3A)
    # name, type, flags, addr, offset, size, link, info, addralign, entsize
    sections = [struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize)
                for i in range(shnum)]

    def string(table: int, at: int) -> bytes:
        start = sections[table][4] + at
        return blob[start:blob.index(b"\0", start)]

    symbol = soname = None
    data = b""
    for section in sections:
        kind, link, offset, size = section[1], section[6], section[4], section[5]
        if kind == 11:  # SHT_DYNSYM: name, info, other, shndx, value, size
            for at in range(offset, offset + size, 24):
                name_at, _, _, shndx, value, length = struct.unpack_from("<IBBHQQ", blob, at)
                name = string(link, name_at)
                if _DATA_SYMBOL.match(name) and 0 < shndx < shnum:
                    home = sections[shndx]
                    start = value - home[3] + home[4]
                    symbol, data = name.decode("ascii"), blob[start:start + length]
        elif kind == 6:  # SHT_DYNAMIC: (tag, value) pairs; DT_SONAME is 14
            for at in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", blob, at)
                if tag == 14:
                    soname = string(link, value).decode("ascii")
    if symbol is None or soname is None or not data:
        raise SlimIcuUnavailable(f"{library} exports no ICU data symbol or has no SONAME")
    return IcuData(symbol, soname, data)


def _run(*command: str) -> str:
    try:
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout
    except FileNotFoundError:
        raise SlimIcuUnavailable(f"{command[0]} is not installed") from None
    except subprocess.CalledProcessError as error:
        raise SlimIcuUnavailable(f"{' '.join(command)} failed: {error.stderr.strip()}") from None


def _items(package: Path) -> list[str]:
    listing = _run("icupkg", "--ignore-deps", "-l", str(package))
    return [line.strip() for line in listing.splitlines() if line.strip()]


def _remove(removals: Path, package: Path, output: Path) -> None:
    """``icupkg -r``; items may lose only what they may live without: the dictionaries."""
    command = ("icupkg", "-r", str(removals), str(package), str(output))
    try:
        _run(*command)
    except SlimIcuUnavailable as error:
        # brkitr/root.res names the dictionaries; without one, ICU breaks those scripts
        # (CJK, Thai ...) per character instead of per word.
        missing = set(re.findall(r"depends on missing item (\S+)", str(error)))
        if not missing or not all(item.endswith(".dict") for item in missing):
            raise
        _run(command[0], "--ignore-deps", *command[1:])


def build_slim_library(source: Path, work_dir: Path) -> Path:
    """Write a slim copy of the ICU data library ``source`` into ``work_dir``; its path.

    Raises SlimIcuUnavailable when icupkg or gcc is missing or cannot handle the data.
    """
    original = read_icu_data(source)
    work_dir.mkdir(parents=True, exist_ok=True)
    # icupkg names the package after the file: icudt73l.dat for the symbol icudt73_dat.
    stem = original.symbol.removesuffix("_dat") + "l"
    with tempfile.TemporaryDirectory(dir=work_dir) as scratch:
        full, slim = Path(scratch, f"{stem}.dat"), Path(scratch, "slim", f"{stem}.dat")
        full.write_bytes(original.data)
        slim.parent.mkdir()
        items = _items(full)
        removed = [item for item in items if is_removed(item)]
        removals = Path(scratch, "removed.txt")
        removals.write_text("\n".join(removed) + "\n", encoding="ascii")
        _remove(removals, full, slim)
        kept = _items(slim)
        if len(kept) != len(items) - len(removed) or "coll/ucadata.icu" not in kept:
            raise SlimIcuUnavailable("icupkg did not write the expected slim data package")
        assembly = Path(scratch, "icudata.S")
        # ICU reads the package in place: it must be 16-byte aligned and read-only.
        assembly.write_text(
            f'\t.section .rodata\n\t.globl {original.symbol}\n'
            f'\t.type {original.symbol}, @object\n\t.balign 16\n{original.symbol}:\n'
            f'\t.incbin "{slim}"\n\t.size {original.symbol}, . - {original.symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        target = work_dir / original.soname
        _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{original.soname}",
             "-Wl,-z,noexecstack", "-o", str(target), str(assembly))
        built = read_icu_data(target)
        if built != IcuData(original.symbol, original.soname, slim.read_bytes()):
            raise SlimIcuUnavailable(f"{target} does not hold the slim data package")
    print(f"slim_icu: {source.name} {len(original.data) / 1e6:.1f} MB -> "
          f"{target.stat().st_size / 1e6:.1f} MB ({len(removed)} of {len(items)} items removed)")
    return target


def main(argv: list[str]) -> int:
    """``slim_icu.py LIBICUDATA OUT_DIR``: build the slim library, print where it is."""
    if len(argv) != 2:
        print(__doc__)
        return 2
    try:
        print(build_slim_library(Path(argv[0]), Path(argv[1])))
    except SlimIcuUnavailable as error:
        print(f"slim_icu: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
