# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(560, 620)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PersonDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.schoolLabel = QLabel(PersonDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolCombo = QComboBox(PersonDialog)
        self.schoolCombo.setObjectName(u"schoolCombo")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolCombo)

        self.salutationLabel = QLabel(PersonDialog)
        self.salutationLabel.setObjectName(u"salutationLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.salutationLabel)

        self.salutationCombo = QComboBox(PersonDialog)
        self.salutationCombo.setObjectName(u"salutationCombo")

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.salutationCombo)

        self.firstNameLabel = QLabel(PersonDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(PersonDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.initialsLabel = QLabel(PersonDialog)
        self.initialsLabel.setObjectName(u"initialsLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.initialsLabel)

        self.initialsEdit = QLineEdit(PersonDialog)
        self.initialsEdit.setObjectName(u"initialsEdit")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.initialsEdit)

        self.infixLabel = QLabel(PersonDialog)
        self.infixLabel.setObjectName(u"infixLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.infixLabel)

        self.infixEdit = QLineEdit(PersonDialog)
        self.infixEdit.setObjectName(u"infixEdit")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.infixEdit)

        self.lastNameLabel = QLabel(PersonDialog)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(PersonDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.groupLabel = QLabel(PersonDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupEdit = QLineEdit(PersonDialog)
        self.groupEdit.setObjectName(u"groupEdit")

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.groupEdit)

        self.addressLabel = QLabel(PersonDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(PersonDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postcodeLabel = QLabel(PersonDialog)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.personForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeLayout = QHBoxLayout()
        self.postcodeLayout.setObjectName(u"postcodeLayout")
        self.postcodeEdit = QLineEdit(PersonDialog)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaximumSize(QSize(110, 16777215))

        self.postcodeLayout.addWidget(self.postcodeEdit)

        self.cityEdit = QLineEdit(PersonDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.postcodeLayout.addWidget(self.cityEdit)


        self.personForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.postcodeLayout)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.mainLayout.addLayout(self.personForm)

        self.guardiansGroup = QGroupBox(PersonDialog)
        self.guardiansGroup.setObjectName(u"guardiansGroup")
        self.guardiansLayout = QVBoxLayout(self.guardiansGroup)
        self.guardiansLayout.setObjectName(u"guardiansLayout")
        self.guardiansList = QListWidget(self.guardiansGroup)
        self.guardiansList.setObjectName(u"guardiansList")
        self.guardiansList.setMaximumSize(QSize(16777215, 110))

        self.guardiansLayout.addWidget(self.guardiansList)

        self.guardianButtons = QHBoxLayout()
        self.guardianButtons.setObjectName(u"guardianButtons")
        self.newGuardianButton = QPushButton(self.guardiansGroup)
        self.newGuardianButton.setObjectName(u"newGuardianButton")

        self.guardianButtons.addWidget(self.newGuardianButton)

        self.linkGuardianButton = QPushButton(self.guardiansGroup)
        self.linkGuardianButton.setObjectName(u"linkGuardianButton")

        self.guardianButtons.addWidget(self.linkGuardianButton)

        self.guardianSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.guardianButtons.addItem(self.guardianSpacer)


        self.guardiansLayout.addLayout(self.guardianButtons)

        self.guardiansNote = QLabel(self.guardiansGroup)
        self.guardiansNote.setObjectName(u"guardiansNote")
        self.guardiansNote.setWordWrap(True)

        self.guardiansLayout.addWidget(self.guardiansNote)


        self.mainLayout.addWidget(self.guardiansGroup)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.schoolLabel.setBuddy(self.schoolCombo)
        self.salutationLabel.setBuddy(self.salutationCombo)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.initialsLabel.setBuddy(self.initialsEdit)
        self.infixLabel.setBuddy(self.infixEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.groupLabel.setBuddy(self.groupEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.schoolCombo)
        QWidget.setTabOrder(self.schoolCombo, self.salutationCombo)
        QWidget.setTabOrder(self.salutationCombo, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.initialsEdit)
        QWidget.setTabOrder(self.initialsEdit, self.infixEdit)
        QWidget.setTabOrder(self.infixEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.groupEdit)
        QWidget.setTabOrder(self.groupEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.guardiansList)
        QWidget.setTabOrder(self.guardiansList, self.newGuardianButton)
        QWidget.setTabOrder(self.newGuardianButton, self.linkGuardianButton)
        QWidget.setTabOrder(self.linkGuardianButton, self.buttonBox)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Persoon", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Rol:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Rol", None))
#endif // QT_CONFIG(accessibility)
        self.schoolLabel.setText(QCoreApplication.translate("PersonDialog", u"&School:", None))
#if QT_CONFIG(accessibility)
        self.schoolCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.salutationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Aanhef:", None))
#if QT_CONFIG(accessibility)
        self.salutationCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Aanhef", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Voornaam:", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Voornaam", None))
#endif // QT_CONFIG(accessibility)
        self.initialsLabel.setText(QCoreApplication.translate("PersonDialog", u"Voor&letters:", None))
#if QT_CONFIG(accessibility)
        self.initialsEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Voorletters", None))
#endif // QT_CONFIG(accessibility)
        self.initialsEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"bijvoorbeeld A.M.", None))
        self.infixLabel.setText(QCoreApplication.translate("PersonDialog", u"&Tussenvoegsel:", None))
#if QT_CONFIG(accessibility)
        self.infixEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Tussenvoegsel", None))
#endif // QT_CONFIG(accessibility)
        self.infixEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"bijvoorbeeld van der", None))
        self.lastNameLabel.setText(QCoreApplication.translate("PersonDialog", u"A&chternaam:", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Achternaam", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("PersonDialog", u"&Groep of functie:", None))
#if QT_CONFIG(accessibility)
        self.groupEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Groep of functie", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"A&dres:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Adres", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"straat en huisnummer", None))
        self.postcodeLabel.setText(QCoreApplication.translate("PersonDialog", u"&Postcode en plaats:", None))
#if QT_CONFIG(accessibility)
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"1234 AB", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Plaats", None))
#endif // QT_CONFIG(accessibility)
        self.cityEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"plaats", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"E-mailadres", None))
#endif // QT_CONFIG(accessibility)
        self.guardiansGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Ouders/verzorgers", None))
#if QT_CONFIG(accessibility)
        self.guardiansList.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Ouders/verzorgers", None))
#endif // QT_CONFIG(accessibility)
        self.newGuardianButton.setText(QCoreApplication.translate("PersonDialog", u"&Nieuwe ouder/verzorger\u2026", None))
#if QT_CONFIG(accessibility)
        self.newGuardianButton.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Nieuwe ouder/verzorger", None))
#endif // QT_CONFIG(accessibility)
        self.linkGuardianButton.setText(QCoreApplication.translate("PersonDialog", u"&Bestaande ouder koppelen\u2026", None))
#if QT_CONFIG(accessibility)
        self.linkGuardianButton.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Bestaande ouder koppelen", None))
#endif // QT_CONFIG(accessibility)
        self.guardiansNote.setText(QCoreApplication.translate("PersonDialog", u"Brieven over een leerling gaan naar de ouders/verzorgers, \u00e9\u00e9n per adres.", None))
        self.guardiansNote.setStyleSheet(QCoreApplication.translate("PersonDialog", u"color: palette(placeholder-text);", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Knoppen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

