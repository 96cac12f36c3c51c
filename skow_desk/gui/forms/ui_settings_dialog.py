# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from skow_desk.gui.common.org_forms import (FoundationForm, SchoolForm)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(860, 600)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.foundationTab = QWidget()
        self.foundationTab.setObjectName(u"foundationTab")
        self.foundationTabLayout = QVBoxLayout(self.foundationTab)
        self.foundationTabLayout.setObjectName(u"foundationTabLayout")
        self.foundationForm = FoundationForm(self.foundationTab)
        self.foundationForm.setObjectName(u"foundationForm")

        self.foundationTabLayout.addWidget(self.foundationForm)

        self.tomlLabel = QLabel(self.foundationTab)
        self.tomlLabel.setObjectName(u"tomlLabel")
        self.tomlLabel.setWordWrap(True)

        self.foundationTabLayout.addWidget(self.tomlLabel)

        self.tomlButtons = QHBoxLayout()
        self.tomlButtons.setObjectName(u"tomlButtons")
        self.importTomlButton = QPushButton(self.foundationTab)
        self.importTomlButton.setObjectName(u"importTomlButton")

        self.tomlButtons.addWidget(self.importTomlButton)

        self.exportTomlButton = QPushButton(self.foundationTab)
        self.exportTomlButton.setObjectName(u"exportTomlButton")

        self.tomlButtons.addWidget(self.exportTomlButton)

        self.tomlSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tomlButtons.addItem(self.tomlSpacer)


        self.foundationTabLayout.addLayout(self.tomlButtons)

        self.foundationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.foundationTabLayout.addItem(self.foundationSpacer)

        self.tabs.addTab(self.foundationTab, "")
        self.schoolsTab = QWidget()
        self.schoolsTab.setObjectName(u"schoolsTab")
        self.schoolsTabLayout = QHBoxLayout(self.schoolsTab)
        self.schoolsTabLayout.setObjectName(u"schoolsTabLayout")
        self.schoolsListLayout = QVBoxLayout()
        self.schoolsListLayout.setObjectName(u"schoolsListLayout")
        self.schoolsList = QListWidget(self.schoolsTab)
        self.schoolsList.setObjectName(u"schoolsList")
        self.schoolsList.setMaximumSize(QSize(320, 16777215))

        self.schoolsListLayout.addWidget(self.schoolsList)

        self.newSchoolButton = QPushButton(self.schoolsTab)
        self.newSchoolButton.setObjectName(u"newSchoolButton")

        self.schoolsListLayout.addWidget(self.newSchoolButton)


        self.schoolsTabLayout.addLayout(self.schoolsListLayout)

        self.schoolFormLayout = QVBoxLayout()
        self.schoolFormLayout.setObjectName(u"schoolFormLayout")
        self.schoolForm = SchoolForm(self.schoolsTab)
        self.schoolForm.setObjectName(u"schoolForm")

        self.schoolFormLayout.addWidget(self.schoolForm)

        self.schoolFormSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.schoolFormLayout.addItem(self.schoolFormSpacer)


        self.schoolsTabLayout.addLayout(self.schoolFormLayout)

        self.tabs.addTab(self.schoolsTab, "")
        self.lettersTab = QWidget()
        self.lettersTab.setObjectName(u"lettersTab")
        self.lettersTabLayout = QVBoxLayout(self.lettersTab)
        self.lettersTabLayout.setObjectName(u"lettersTabLayout")
        self.windowLabel = QLabel(self.lettersTab)
        self.windowLabel.setObjectName(u"windowLabel")
        self.windowLabel.setWordWrap(True)

        self.lettersTabLayout.addWidget(self.windowLabel)

        self.windowForm = QFormLayout()
        self.windowForm.setObjectName(u"windowForm")
        self.windowLeftLabel = QLabel(self.lettersTab)
        self.windowLeftLabel.setObjectName(u"windowLeftLabel")

        self.windowForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.windowLeftLabel)

        self.windowLeftSpin = QDoubleSpinBox(self.lettersTab)
        self.windowLeftSpin.setObjectName(u"windowLeftSpin")
        self.windowLeftSpin.setMinimum(0.000000000000000)
        self.windowLeftSpin.setMaximum(150.000000000000000)
        self.windowLeftSpin.setDecimals(1)
        self.windowLeftSpin.setSingleStep(0.500000000000000)

        self.windowForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.windowLeftSpin)

        self.windowWidthLabel = QLabel(self.lettersTab)
        self.windowWidthLabel.setObjectName(u"windowWidthLabel")

        self.windowForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.windowWidthLabel)

        self.windowWidthSpin = QDoubleSpinBox(self.lettersTab)
        self.windowWidthSpin.setObjectName(u"windowWidthSpin")
        self.windowWidthSpin.setMinimum(40.000000000000000)
        self.windowWidthSpin.setMaximum(150.000000000000000)
        self.windowWidthSpin.setDecimals(1)
        self.windowWidthSpin.setSingleStep(0.500000000000000)

        self.windowForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.windowWidthSpin)

        self.windowMiddleLabel = QLabel(self.lettersTab)
        self.windowMiddleLabel.setObjectName(u"windowMiddleLabel")

        self.windowForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.windowMiddleLabel)

        self.windowMiddleSpin = QDoubleSpinBox(self.lettersTab)
        self.windowMiddleSpin.setObjectName(u"windowMiddleSpin")
        self.windowMiddleSpin.setMinimum(20.000000000000000)
        self.windowMiddleSpin.setMaximum(150.000000000000000)
        self.windowMiddleSpin.setDecimals(1)
        self.windowMiddleSpin.setSingleStep(0.500000000000000)

        self.windowForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.windowMiddleSpin)

        self.windowDefaultsButton = QPushButton(self.lettersTab)
        self.windowDefaultsButton.setObjectName(u"windowDefaultsButton")

        self.windowForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.windowDefaultsButton)


        self.lettersTabLayout.addLayout(self.windowForm)

        self.lettersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lettersTabLayout.addItem(self.lettersSpacer)

        self.tabs.addTab(self.lettersTab, "")
        self.securityTab = QWidget()
        self.securityTab.setObjectName(u"securityTab")
        self.securityTabLayout = QVBoxLayout(self.securityTab)
        self.securityTabLayout.setObjectName(u"securityTabLayout")
        self.securityForm = QFormLayout()
        self.securityForm.setObjectName(u"securityForm")
        self.lockLabel = QLabel(self.securityTab)
        self.lockLabel.setObjectName(u"lockLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lockLabel)

        self.lockSpin = QSpinBox(self.securityTab)
        self.lockSpin.setObjectName(u"lockSpin")
        self.lockSpin.setMinimum(0)
        self.lockSpin.setMaximum(240)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lockSpin)


        self.securityTabLayout.addLayout(self.securityForm)

        self.lockHelp = QLabel(self.securityTab)
        self.lockHelp.setObjectName(u"lockHelp")
        self.lockHelp.setWordWrap(True)

        self.securityTabLayout.addWidget(self.lockHelp)

        self.passphraseButtons = QHBoxLayout()
        self.passphraseButtons.setObjectName(u"passphraseButtons")
        self.changePassphraseButton = QPushButton(self.securityTab)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.passphraseButtons.addWidget(self.changePassphraseButton)

        self.passphraseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passphraseButtons.addItem(self.passphraseSpacer)


        self.securityTabLayout.addLayout(self.passphraseButtons)

        self.securitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.securityTabLayout.addItem(self.securitySpacer)

        self.tabs.addTab(self.securityTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.windowLeftLabel.setBuddy(self.windowLeftSpin)
        self.windowWidthLabel.setBuddy(self.windowWidthSpin)
        self.windowMiddleLabel.setBuddy(self.windowMiddleSpin)
        self.lockLabel.setBuddy(self.lockSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen", None))
        self.tomlLabel.setText(QCoreApplication.translate("SettingsDialog", u"De gegevens van stichting en scholen kunnen ook in \u00e9\u00e9n bestand (.toml) staan, bijvoorbeeld om ze aan een andere directeur te geven.", None))
        self.importTomlButton.setText(QCoreApplication.translate("SettingsDialog", u"Instellingen &inlezen\u2026", None))
#if QT_CONFIG(accessibility)
        self.importTomlButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Instellingen inlezen uit een TOML-bestand", None))
#endif // QT_CONFIG(accessibility)
        self.exportTomlButton.setText(QCoreApplication.translate("SettingsDialog", u"Instellingen &bewaren als bestand\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportTomlButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Instellingen bewaren als TOML-bestand", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.foundationTab), QCoreApplication.translate("SettingsDialog", u"&Stichting", None))
#if QT_CONFIG(accessibility)
        self.schoolsList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Scholen", None))
#endif // QT_CONFIG(accessibility)
        self.newSchoolButton.setText(QCoreApplication.translate("SettingsDialog", u"&Nieuwe school", None))
        self.tabs.setTabText(self.tabs.indexOf(self.schoolsTab), QCoreApplication.translate("SettingsDialog", u"S&cholen", None))
        self.windowLabel.setText(QCoreApplication.translate("SettingsDialog", u"Waar het adres op de brief staat, zodat het precies in het venster van de envelop valt. De standaard past op een vensterenvelop met het venster links (NEN 1026).", None))
        self.windowLeftLabel.setText(QCoreApplication.translate("SettingsDialog", u"Venster vanaf de &linkerrand:", None))
#if QT_CONFIG(accessibility)
        self.windowLeftSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Venster vanaf de linkerrand in millimeter", None))
#endif // QT_CONFIG(accessibility)
        self.windowLeftSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" mm", None))
        self.windowWidthLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Breedte van het venster:", None))
#if QT_CONFIG(accessibility)
        self.windowWidthSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Breedte van het venster in millimeter", None))
#endif // QT_CONFIG(accessibility)
        self.windowWidthSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" mm", None))
        self.windowMiddleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Midden van het venster vanaf de bovenrand:", None))
#if QT_CONFIG(accessibility)
        self.windowMiddleSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Midden van het venster vanaf de bovenrand in millimeter", None))
#endif // QT_CONFIG(accessibility)
        self.windowMiddleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" mm", None))
        self.windowDefaultsButton.setText(QCoreApplication.translate("SettingsDialog", u"&Standaard terugzetten", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lettersTab), QCoreApplication.translate("SettingsDialog", u"&Brieven", None))
        self.lockLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Vergrendelen na:", None))
#if QT_CONFIG(accessibility)
        self.lockSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Vergrendelen na zoveel minuten zonder gebruik", None))
#endif // QT_CONFIG(accessibility)
        self.lockSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minuten zonder gebruik", None))
        self.lockHelp.setText(QCoreApplication.translate("SettingsDialog", u"Na deze tijd zonder muis of toetsenbord vraagt SKOW Desk opnieuw om het wachtwoord. Kies 0 om nooit te vergrendelen (niet aangeraden).", None))
        self.changePassphraseButton.setText(QCoreApplication.translate("SettingsDialog", u"&Wachtwoord wijzigen\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.securityTab), QCoreApplication.translate("SettingsDialog", u"Be&veiliging", None))
    # retranslateUi

