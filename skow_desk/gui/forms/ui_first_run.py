# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWizard)

from skow_desk.gui.common.org_forms import (FoundationForm, SchoolForm)
from skow_desk.gui.common.widgets import CompletablePage

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(720, 600)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.passphrasePage = CompletablePage()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passphraseLayout = QVBoxLayout(self.passphrasePage)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(self.passphrasePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setMinimumSize(QSize(320, 0))

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.passphrasePage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.passphrasePage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatEdit.setMinimumSize(QSize(320, 0))

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.showCheck = QCheckBox(self.passphrasePage)
        self.showCheck.setObjectName(u"showCheck")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.showCheck)


        self.passphraseLayout.addLayout(self.passphraseForm)

        self.strengthLabel = QLabel(self.passphrasePage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.strengthLabel)

        self.passphraseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passphraseLayout.addItem(self.passphraseSpacer)

        FirstRunWizard.addPage(self.passphrasePage)
        self.recoveryPage = CompletablePage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.warningLabel = QLabel(self.recoveryPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.warningLabel)

        self.recoveryKeyLabel = QLabel(self.recoveryPage)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")
        self.recoveryKeyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.recoveryKeyLabel)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.recoveryLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoveryLeft)

        self.saveKeyButton = QPushButton(self.recoveryPage)
        self.saveKeyButton.setObjectName(u"saveKeyButton")

        self.recoveryButtons.addWidget(self.saveKeyButton)

        self.printKeyButton = QPushButton(self.recoveryPage)
        self.printKeyButton.setObjectName(u"printKeyButton")

        self.recoveryButtons.addWidget(self.printKeyButton)

        self.recoveryRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoveryRight)


        self.recoveryLayout.addLayout(self.recoveryButtons)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        self.savedCheck = QCheckBox(self.recoveryPage)
        self.savedCheck.setObjectName(u"savedCheck")

        self.recoveryLayout.addWidget(self.savedCheck)

        FirstRunWizard.addPage(self.recoveryPage)
        self.choicePage = CompletablePage()
        self.choicePage.setObjectName(u"choicePage")
        self.choiceLayout = QVBoxLayout(self.choicePage)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.manualRadio = QRadioButton(self.choicePage)
        self.manualRadio.setObjectName(u"manualRadio")
        self.manualRadio.setChecked(True)

        self.choiceLayout.addWidget(self.manualRadio)

        self.tomlRadio = QRadioButton(self.choicePage)
        self.tomlRadio.setObjectName(u"tomlRadio")

        self.choiceLayout.addWidget(self.tomlRadio)

        self.tomlLayout = QHBoxLayout()
        self.tomlLayout.setObjectName(u"tomlLayout")
        self.tomlPathEdit = QLineEdit(self.choicePage)
        self.tomlPathEdit.setObjectName(u"tomlPathEdit")
        self.tomlPathEdit.setEnabled(False)

        self.tomlLayout.addWidget(self.tomlPathEdit)

        self.tomlBrowseButton = QPushButton(self.choicePage)
        self.tomlBrowseButton.setObjectName(u"tomlBrowseButton")
        self.tomlBrowseButton.setEnabled(False)

        self.tomlLayout.addWidget(self.tomlBrowseButton)


        self.choiceLayout.addLayout(self.tomlLayout)

        self.demoRadio = QRadioButton(self.choicePage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.choiceLayout.addWidget(self.demoRadio)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)

        FirstRunWizard.addPage(self.choicePage)
        self.foundationPage = CompletablePage()
        self.foundationPage.setObjectName(u"foundationPage")
        self.foundationLayout = QVBoxLayout(self.foundationPage)
        self.foundationLayout.setObjectName(u"foundationLayout")
        self.foundationForm = FoundationForm(self.foundationPage)
        self.foundationForm.setObjectName(u"foundationForm")

        self.foundationLayout.addWidget(self.foundationForm)

        self.foundationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.foundationLayout.addItem(self.foundationSpacer)

        FirstRunWizard.addPage(self.foundationPage)
        self.schoolsPage = CompletablePage()
        self.schoolsPage.setObjectName(u"schoolsPage")
        self.schoolsLayout = QVBoxLayout(self.schoolsPage)
        self.schoolsLayout.setObjectName(u"schoolsLayout")
        self.schoolForm = SchoolForm(self.schoolsPage)
        self.schoolForm.setObjectName(u"schoolForm")

        self.schoolsLayout.addWidget(self.schoolForm)

        self.schoolsButtons = QHBoxLayout()
        self.schoolsButtons.setObjectName(u"schoolsButtons")
        self.schoolsAdded = QLabel(self.schoolsPage)
        self.schoolsAdded.setObjectName(u"schoolsAdded")
        self.schoolsAdded.setWordWrap(True)

        self.schoolsButtons.addWidget(self.schoolsAdded)

        self.addSchoolButton = QPushButton(self.schoolsPage)
        self.addSchoolButton.setObjectName(u"addSchoolButton")

        self.schoolsButtons.addWidget(self.addSchoolButton)


        self.schoolsLayout.addLayout(self.schoolsButtons)

        FirstRunWizard.addPage(self.schoolsPage)
        self.finishPage = CompletablePage()
        self.finishPage.setObjectName(u"finishPage")
        self.finishLayout = QVBoxLayout(self.finishPage)
        self.finishLayout.setObjectName(u"finishLayout")
        self.summaryLabel = QLabel(self.finishPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.finishLayout.addWidget(self.summaryLabel)

        self.finishSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.finishLayout.addItem(self.finishSpacer)

        FirstRunWizard.addPage(self.finishPage)
#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"SKOW Desk inrichten", None))
        self.passphrasePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welkom bij SKOW Desk: kies een wachtwoord", None))
        self.passphrasePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Met dit wachtwoord opent u SKOW Desk. Alle gegevens worden ermee versleuteld op deze computer bewaard. Kies een zin van een paar woorden die u kunt onthouden.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Herhaal het wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Herhaal het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.showCheck.setText(QCoreApplication.translate("FirstRunWizard", u"Wachtwoord &tonen", None))
        self.strengthLabel.setText("")
#if QT_CONFIG(accessibility)
        self.strengthLabel.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Beoordeling van het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Uw herstelsleutel", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Bewaar deze sleutel op papier of als bestand op een veilige plek, niet alleen op deze computer.", None))
        self.warningLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Dit is de enige manier om bij uw gegevens te komen als u het wachtwoord vergeet. De sleutel wordt maar \u00e9\u00e9n keer getoond.", None))
        self.recoveryKeyLabel.setText(QCoreApplication.translate("FirstRunWizard", u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyLabel.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Herstelsleutel", None))
#endif // QT_CONFIG(accessibility)
        self.saveKeyButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Opslaan als bestand\u2026", None))
        self.printKeyButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Afdrukken\u2026", None))
        self.savedCheck.setText(QCoreApplication.translate("FirstRunWizard", u"Ik heb de herstelsleutel &bewaard", None))
        self.choicePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Stichting en scholen", None))
        self.choicePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"De brieven hebben de gegevens van de stichting en de school nodig. Hoe wilt u beginnen?", None))
        self.manualRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Stichting en scholen zelf &invullen", None))
        self.tomlRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Instellingen &inlezen uit een bestand (.toml) van het bestuursbureau", None))
        self.tomlPathEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"kies het bestand met Bladeren\u2026", None))
#if QT_CONFIG(accessibility)
        self.tomlPathEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Bestand met instellingen", None))
#endif // QT_CONFIG(accessibility)
        self.tomlBrowseButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Bladeren\u2026", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstRunWizard", u"De &demogegevens openen, om het programma eerst te leren kennen", None))
        self.foundationPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"De stichting", None))
        self.foundationPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Deze gegevens komen in het briefhoofd en in het jaaroverzicht.", None))
        self.schoolsPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"De school", None))
        self.schoolsPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Vul de gegevens van uw school in. Heeft de stichting meer scholen? Klik dan op 'Nog een school' en vul de volgende in.", None))
        self.schoolsAdded.setText("")
        self.addSchoolButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Nog een school", None))
        self.finishPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Klaar", None))
        self.finishPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"SKOW Desk is ingericht.", None))
        self.summaryLabel.setText("")
    # retranslateUi

