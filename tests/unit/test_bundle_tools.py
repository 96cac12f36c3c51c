"""The bundle's build helpers in tools/: which ICU data goes, which libraries go with a plug-in."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


slim_icu = _tool("slim_icu")
bundle_prune = _tool("bundle_prune")


@pytest.mark.parametrize("item", [
    "root.res", "nl.res", "nl_NL.res", "en_GB.res", "coll/nl.res", "coll/root.res",
    "coll/ucadata.icu", "coll/res_index.res", "zone/nl.res", "zone/pool.res", "res_index.res",
    "pool.res", "supplementalData.res", "likelySubtags.res", "zoneinfo64.res", "metaZones.res",
    "cnvalias.icu", "ibm-5348_P100-1997.cnv", "brkitr/word.brk", "brkitr/line.brk",
    "brkitr/root.res", "unames.icu", "uts46.nrm", "nfkc.nrm",
])
def test_what_dutch_text_needs_is_kept(item):
    assert not slim_icu.is_removed(item)


@pytest.mark.parametrize("item", [
    "de.res", "tr_TR.res", "zh_Hant_TW.res", "coll/tr.res", "coll/zh.res", "coll/de__PHONEBOOK.res",
    "zone/ja.res", "curr/fr.res", "brkitr/cjdict.dict", "brkitr/thaidict.dict",
    "translit/root.res", "ibm-943_P15A-2003.cnv", "gb18030.cnv",
])
def test_other_languages_dictionaries_and_converters_go(item):
    assert slim_icu.is_removed(item)


def test_the_data_symbol_and_soname_are_read_from_an_elf_library(tmp_path):
    if shutil.which("gcc") is None:
        pytest.skip("gcc ontbreekt")
    data = bytes(range(256)) * 3
    (tmp_path / "data.bin").write_bytes(data)
    (tmp_path / "lib.S").write_text(
        '\t.section .rodata\n\t.globl icudt99_dat\n\t.balign 16\nicudt99_dat:\n'
        f'\t.incbin "{tmp_path / "data.bin"}"\n\t.size icudt99_dat, . - icudt99_dat\n',
        encoding="ascii")
    library = tmp_path / "libicudata.so.99"
    slim_icu._run("gcc", "-shared", "-nostdlib", "-Wl,-soname,libicudata.so.99", "-o",
                  str(library), str(tmp_path / "lib.S"))
    assert slim_icu.read_icu_data(library) == slim_icu.IcuData(
        "icudt99_dat", "libicudata.so.99", data)
    with pytest.raises(slim_icu.SlimIcuUnavailable):
        slim_icu.read_icu_data(tmp_path / "data.bin")


def test_a_dropped_plugin_takes_the_libraries_only_it_needed():
    links = {
        "qgtk3.so": ["libgtk.so", "libglib.so", "libQt6Gui.so"],
        "libgtk.so": ["libcairo.so", "libglib.so"],
        "libcairo.so": [],
        "libglib.so": [],
        "libQt6Gui.so": ["libglib.so"],
        "QtGui.abi3.so": ["libQt6Gui.so"],
        "libopened_by_ctypes.so": [],
    }
    folders = {"qgtk3.so": "plugins/themes", "QtGui.abi3.so": "PySide6"}
    binaries = [(f"{folders.get(name, 'lib')}/{name}", f"/src/{name}", "BINARY")
                for name in links]
    binaries.append(("libgtk.so", "lib/libgtk.so", "SYMLINK"))
    kept, removed = bundle_prune.prune(
        binaries, lambda dest: dest.endswith("qgtk3.so"),
        lambda source: links[source.rsplit("/", 1)[-1]])
    assert sorted(entry[0] for entry in removed) == [
        "lib/libcairo.so", "lib/libgtk.so", "libgtk.so", "plugins/themes/qgtk3.so"]
    assert {entry[0] for entry in kept} == {
        "lib/libglib.so", "lib/libQt6Gui.so", "PySide6/QtGui.abi3.so",
        "lib/libopened_by_ctypes.so"}
