"""The window with a used or damaged data folder (issue 12 items 2 and 9): the wizard never
replaces a key file, a damaged database is said to be damaged and a backup can be restored."""

from __future__ import annotations

from skow_desk.store.keys import KEYS_FILENAME
from skow_desk.store.location import database_path


def _key_bytes(folder):
    return (folder / KEYS_FILENAME).read_bytes()


def test_the_first_run_wizard_refuses_too(app, qtbot, data_folder, messages):
    from skow_desk.gui.first_run import FirstRunWizard

    database_path(data_folder).unlink()
    before = _key_bytes(data_folder)
    wizard = FirstRunWizard(data_folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.passphraseEdit.setText("een lange zin voor een nieuwe map")
    wizard.ui.repeatEdit.setText("een lange zin voor een nieuwe map")
    assert not wizard.validateCurrentPage()
    assert _key_bytes(data_folder) == before
    assert any("onbruikbaar" in text for text in messages.texts())
