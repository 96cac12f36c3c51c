"""Leave parts out of the PyInstaller bundle together with the libraries only they needed.

PyInstaller collects a plug-in's shared libraries with it: Qt's GTK3 platform theme alone
brings cairo, pango, gdk-pixbuf, atk and gio (9 MB; 20 MB with GTK itself, where the build
machine has it). Removing the plug-in from ``Analysis.binaries`` leaves those behind;
:func:`prune` also removes every library that only removed entries needed (directly or through
other such libraries). A library still needed by anything kept stays, and so does one that
no removed entry links to (it may be opened with ctypes).
Used by build.spec; no PyInstaller import here, so it can be tested on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# (destination in the bundle, source path or symlink target, PyInstaller type code)
Entry = tuple[str, str, str]


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def prune(binaries: Iterable[Entry], drop: Callable[[str], bool],
          imports: Callable[[str], Iterable[str]]) -> tuple[list[Entry], list[Entry]]:
    """Split ``binaries`` into (kept, removed).

    ``drop(destination)`` names what to leave out; ``imports(source)`` gives the file names of
    the libraries a binary links to (for instance via PyInstaller's ``bindepend.get_imports``).
    """
    entries = list(binaries)
    files = [entry for entry in entries if entry[2] != "SYMLINK"]
    by_name: dict[str, Entry] = {}
    for entry in files:
        by_name.setdefault(_name(entry[0]), entry)
    links = {entry[0]: [by_name[n] for n in {_name(i) for i in imports(entry[1])} if n in by_name]
             for entry in files}

    def reach(roots: Iterable[Entry]) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            entry = stack.pop()
            if entry[0] not in seen:
                seen.add(entry[0])
                stack.extend(links.get(entry[0], ()))
        return seen

    dropped = {entry[0] for entry in files if drop(entry[0])}
    # Everything the dropped entries pull in may go, unless something kept still needs it.
    candidates = reach(entry for entry in files if entry[0] in dropped)
    still_needed = reach(entry for entry in files if entry[0] not in candidates)
    removed_files = candidates - still_needed
    removed_names = {_name(dest) for dest in removed_files}
    kept: list[Entry] = []
    removed: list[Entry] = []
    for entry in entries:
        gone = (entry[0] in removed_files if entry[2] != "SYMLINK"
                else _name(entry[1]) in removed_names or drop(entry[0]))
        (removed if gone else kept).append(entry)
    return kept, removed
