# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_picker.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PersonPicker(object):
    def setupUi(self, PersonPicker):
        if not PersonPicker.objectName():
            PersonPicker.setObjectName(u"PersonPicker")
        PersonPicker.resize(720, 520)
        self.mainLayout = QVBoxLayout(PersonPicker)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PersonPicker)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(PersonPicker)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(PersonPicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.roleFilterLabel = QLabel(PersonPicker)
        self.roleFilterLabel.setObjectName(u"roleFilterLabel")

        self.filterLayout.addWidget(self.roleFilterLabel)

        self.roleFilterCombo = QComboBox(PersonPicker)
        self.roleFilterCombo.setObjectName(u"roleFilterCombo")

        self.filterLayout.addWidget(self.roleFilterCombo)


        self.mainLayout.addLayout(self.filterLayout)

        self.resultsView = QTableView(PersonPicker)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.resultsView)

        self.countLabel = QLabel(PersonPicker)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.newPersonButton = QPushButton(PersonPicker)
        self.newPersonButton.setObjectName(u"newPersonButton")

        self.bottomLayout.addWidget(self.newPersonButton)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.partLabel = QLabel(PersonPicker)
        self.partLabel.setObjectName(u"partLabel")

        self.bottomLayout.addWidget(self.partLabel)

        self.partCombo = QComboBox(PersonPicker)
        self.partCombo.setObjectName(u"partCombo")

        self.bottomLayout.addWidget(self.partCombo)


        self.mainLayout.addLayout(self.bottomLayout)

        self.buttonBox = QDialogButtonBox(PersonPicker)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.roleFilterLabel.setBuddy(self.roleFilterCombo)
        self.partLabel.setBuddy(self.partCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.roleFilterCombo)
        QWidget.setTabOrder(self.roleFilterCombo, self.resultsView)
        QWidget.setTabOrder(self.resultsView, self.newPersonButton)
        QWidget.setTabOrder(self.newPersonButton, self.partCombo)
        QWidget.setTabOrder(self.partCombo, self.buttonBox)

        self.retranslateUi(PersonPicker)

        QMetaObject.connectSlotsByName(PersonPicker)
    # setupUi

    def retranslateUi(self, PersonPicker):
        PersonPicker.setWindowTitle(QCoreApplication.translate("PersonPicker", u"Persoon kiezen", None))
        self.introLabel.setText(QCoreApplication.translate("PersonPicker", u"Typ een deel van de naam of de groep. Staat de persoon er niet bij? Kies dan \u2018Nieuwe persoon\u2026\u2019.", None))
        self.introLabel.setStyleSheet(QCoreApplication.translate("PersonPicker", u"color: palette(placeholder-text);", None))
        self.searchLabel.setText(QCoreApplication.translate("PersonPicker", u"&Zoeken:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PersonPicker", u"Zoeken op naam of groep", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PersonPicker", u"naam of groep", None))
        self.roleFilterLabel.setText(QCoreApplication.translate("PersonPicker", u"&Rol:", None))
#if QT_CONFIG(accessibility)
        self.roleFilterCombo.setAccessibleName(QCoreApplication.translate("PersonPicker", u"Alleen personen met rol", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsView.setAccessibleName(QCoreApplication.translate("PersonPicker", u"Gevonden personen", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.newPersonButton.setText(QCoreApplication.translate("PersonPicker", u"&Nieuwe persoon\u2026", None))
#if QT_CONFIG(accessibility)
        self.newPersonButton.setAccessibleName(QCoreApplication.translate("PersonPicker", u"Nieuwe persoon", None))
#endif // QT_CONFIG(accessibility)
        self.partLabel.setText(QCoreApplication.translate("PersonPicker", u"&Betrokken als:", None))
#if QT_CONFIG(accessibility)
        self.partCombo.setAccessibleName(QCoreApplication.translate("PersonPicker", u"Betrokken als", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PersonPicker", u"Knoppen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

