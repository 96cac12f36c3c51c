# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(980, 640)
        self.mainLayout = QVBoxLayout(IncidentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.basicsForm = QFormLayout()
        self.basicsForm.setObjectName(u"basicsForm")
        self.schoolLabel = QLabel(IncidentDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.basicsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolCombo = QComboBox(IncidentDialog)
        self.schoolCombo.setObjectName(u"schoolCombo")

        self.basicsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolCombo)

        self.reportedOnLabel = QLabel(IncidentDialog)
        self.reportedOnLabel.setObjectName(u"reportedOnLabel")

        self.basicsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportedOnLabel)

        self.reportedOnEdit = QDateEdit(IncidentDialog)
        self.reportedOnEdit.setObjectName(u"reportedOnEdit")
        self.reportedOnEdit.setCalendarPopup(True)

        self.basicsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportedOnEdit)

        self.occurredOnCheck = QCheckBox(IncidentDialog)
        self.occurredOnCheck.setObjectName(u"occurredOnCheck")

        self.basicsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.occurredOnCheck)

        self.occurredOnEdit = QDateEdit(IncidentDialog)
        self.occurredOnEdit.setObjectName(u"occurredOnEdit")
        self.occurredOnEdit.setCalendarPopup(True)

        self.basicsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.occurredOnEdit)

        self.reportedByLabel = QLabel(IncidentDialog)
        self.reportedByLabel.setObjectName(u"reportedByLabel")

        self.basicsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reportedByLabel)

        self.reportedByEdit = QLineEdit(IncidentDialog)
        self.reportedByEdit.setObjectName(u"reportedByEdit")

        self.basicsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reportedByEdit)

        self.platformLabel = QLabel(IncidentDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.basicsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.platformLabel)

        self.platformCombo = QComboBox(IncidentDialog)
        self.platformCombo.setObjectName(u"platformCombo")
        self.platformCombo.setEditable(True)

        self.basicsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.platformCombo)


        self.leftLayout.addLayout(self.basicsForm)

        self.descriptionLabel = QLabel(IncidentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.leftLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(IncidentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.leftLayout.addWidget(self.descriptionEdit)

        self.factsLabel = QLabel(IncidentDialog)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.factsLabel)

        self.letterFactsEdit = QPlainTextEdit(IncidentDialog)
        self.letterFactsEdit.setObjectName(u"letterFactsEdit")
        self.letterFactsEdit.setTabChangesFocus(True)

        self.leftLayout.addWidget(self.letterFactsEdit)

        self.factsNote = QLabel(IncidentDialog)
        self.factsNote.setObjectName(u"factsNote")
        self.factsNote.setWordWrap(True)

        self.leftLayout.addWidget(self.factsNote)

        self.policeGroup = QGroupBox(IncidentDialog)
        self.policeGroup.setObjectName(u"policeGroup")
        self.policeForm = QFormLayout(self.policeGroup)
        self.policeForm.setObjectName(u"policeForm")
        self.policeCheck = QCheckBox(self.policeGroup)
        self.policeCheck.setObjectName(u"policeCheck")

        self.policeForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.policeCheck)

        self.policeDateLabel = QLabel(self.policeGroup)
        self.policeDateLabel.setObjectName(u"policeDateLabel")

        self.policeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.policeDateLabel)

        self.policeDateEdit = QDateEdit(self.policeGroup)
        self.policeDateEdit.setObjectName(u"policeDateEdit")
        self.policeDateEdit.setCalendarPopup(True)

        self.policeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.policeDateEdit)

        self.policeNumberLabel = QLabel(self.policeGroup)
        self.policeNumberLabel.setObjectName(u"policeNumberLabel")

        self.policeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.policeNumberLabel)

        self.policeNumberEdit = QLineEdit(self.policeGroup)
        self.policeNumberEdit.setObjectName(u"policeNumberEdit")

        self.policeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.policeNumberEdit)

        self.policeNote = QLabel(self.policeGroup)
        self.policeNote.setObjectName(u"policeNote")
        self.policeNote.setWordWrap(True)

        self.policeForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.policeNote)


        self.leftLayout.addWidget(self.policeGroup)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.articlesGroup = QGroupBox(IncidentDialog)
        self.articlesGroup.setObjectName(u"articlesGroup")
        self.articlesGrid = QGridLayout(self.articlesGroup)
        self.articlesGrid.setObjectName(u"articlesGrid")
        self.articlesGrid.setHorizontalSpacing(18)
        self.sectionALabel = QLabel(self.articlesGroup)
        self.sectionALabel.setObjectName(u"sectionALabel")
        font = QFont()
        font.setBold(True)
        self.sectionALabel.setFont(font)

        self.articlesGrid.addWidget(self.sectionALabel, 0, 0, 1, 1)

        self.articleA1 = QCheckBox(self.articlesGroup)
        self.articleA1.setObjectName(u"articleA1")

        self.articlesGrid.addWidget(self.articleA1, 1, 0, 1, 1)

        self.articleA2 = QCheckBox(self.articlesGroup)
        self.articleA2.setObjectName(u"articleA2")

        self.articlesGrid.addWidget(self.articleA2, 2, 0, 1, 1)

        self.articleA3 = QCheckBox(self.articlesGroup)
        self.articleA3.setObjectName(u"articleA3")

        self.articlesGrid.addWidget(self.articleA3, 3, 0, 1, 1)

        self.articleA4 = QCheckBox(self.articlesGroup)
        self.articleA4.setObjectName(u"articleA4")

        self.articlesGrid.addWidget(self.articleA4, 4, 0, 1, 1)

        self.articleA5 = QCheckBox(self.articlesGroup)
        self.articleA5.setObjectName(u"articleA5")

        self.articlesGrid.addWidget(self.articleA5, 5, 0, 1, 1)

        self.articleA6 = QCheckBox(self.articlesGroup)
        self.articleA6.setObjectName(u"articleA6")

        self.articlesGrid.addWidget(self.articleA6, 6, 0, 1, 1)

        self.articleA7 = QCheckBox(self.articlesGroup)
        self.articleA7.setObjectName(u"articleA7")

        self.articlesGrid.addWidget(self.articleA7, 7, 0, 1, 1)

        self.sectionBLabel = QLabel(self.articlesGroup)
        self.sectionBLabel.setObjectName(u"sectionBLabel")
        self.sectionBLabel.setFont(font)

        self.articlesGrid.addWidget(self.sectionBLabel, 0, 1, 1, 1)

        self.articleB1 = QCheckBox(self.articlesGroup)
        self.articleB1.setObjectName(u"articleB1")

        self.articlesGrid.addWidget(self.articleB1, 1, 1, 1, 1)

        self.articleB2 = QCheckBox(self.articlesGroup)
        self.articleB2.setObjectName(u"articleB2")

        self.articlesGrid.addWidget(self.articleB2, 2, 1, 1, 1)

        self.articleB3 = QCheckBox(self.articlesGroup)
        self.articleB3.setObjectName(u"articleB3")

        self.articlesGrid.addWidget(self.articleB3, 3, 1, 1, 1)

        self.articleB4 = QCheckBox(self.articlesGroup)
        self.articleB4.setObjectName(u"articleB4")

        self.articlesGrid.addWidget(self.articleB4, 4, 1, 1, 1)

        self.sectionCLabel = QLabel(self.articlesGroup)
        self.sectionCLabel.setObjectName(u"sectionCLabel")
        self.sectionCLabel.setFont(font)

        self.articlesGrid.addWidget(self.sectionCLabel, 5, 1, 1, 1)

        self.articleC1 = QCheckBox(self.articlesGroup)
        self.articleC1.setObjectName(u"articleC1")

        self.articlesGrid.addWidget(self.articleC1, 6, 1, 1, 1)

        self.articleC2 = QCheckBox(self.articlesGroup)
        self.articleC2.setObjectName(u"articleC2")

        self.articlesGrid.addWidget(self.articleC2, 7, 1, 1, 1)

        self.articleC3 = QCheckBox(self.articlesGroup)
        self.articleC3.setObjectName(u"articleC3")

        self.articlesGrid.addWidget(self.articleC3, 8, 1, 1, 1)


        self.rightLayout.addWidget(self.articlesGroup)

        self.categoriesGroup = QGroupBox(IncidentDialog)
        self.categoriesGroup.setObjectName(u"categoriesGroup")
        self.categoriesLayout = QVBoxLayout(self.categoriesGroup)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoryList = QListWidget(self.categoriesGroup)
        self.categoryList.setObjectName(u"categoryList")

        self.categoriesLayout.addWidget(self.categoryList)

        self.newCategoryLayout = QHBoxLayout()
        self.newCategoryLayout.setObjectName(u"newCategoryLayout")
        self.newCategoryEdit = QLineEdit(self.categoriesGroup)
        self.newCategoryEdit.setObjectName(u"newCategoryEdit")

        self.newCategoryLayout.addWidget(self.newCategoryEdit)

        self.addCategoryButton = QPushButton(self.categoriesGroup)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.newCategoryLayout.addWidget(self.addCategoryButton)


        self.categoriesLayout.addLayout(self.newCategoryLayout)


        self.rightLayout.addWidget(self.categoriesGroup)


        self.columnsLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.buttonBox = QDialogButtonBox(IncidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.schoolCombo)
        self.reportedOnLabel.setBuddy(self.reportedOnEdit)
        self.reportedByLabel.setBuddy(self.reportedByEdit)
        self.platformLabel.setBuddy(self.platformCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.factsLabel.setBuddy(self.letterFactsEdit)
        self.policeDateLabel.setBuddy(self.policeDateEdit)
        self.policeNumberLabel.setBuddy(self.policeNumberEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.schoolCombo, self.reportedOnEdit)
        QWidget.setTabOrder(self.reportedOnEdit, self.occurredOnCheck)
        QWidget.setTabOrder(self.occurredOnCheck, self.occurredOnEdit)
        QWidget.setTabOrder(self.occurredOnEdit, self.reportedByEdit)
        QWidget.setTabOrder(self.reportedByEdit, self.platformCombo)
        QWidget.setTabOrder(self.platformCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.letterFactsEdit)
        QWidget.setTabOrder(self.letterFactsEdit, self.policeCheck)
        QWidget.setTabOrder(self.policeCheck, self.policeDateEdit)
        QWidget.setTabOrder(self.policeDateEdit, self.policeNumberEdit)
        QWidget.setTabOrder(self.policeNumberEdit, self.articleA1)
        QWidget.setTabOrder(self.articleA1, self.articleA2)
        QWidget.setTabOrder(self.articleA2, self.articleA3)
        QWidget.setTabOrder(self.articleA3, self.articleA4)
        QWidget.setTabOrder(self.articleA4, self.articleA5)
        QWidget.setTabOrder(self.articleA5, self.articleA6)
        QWidget.setTabOrder(self.articleA6, self.articleA7)
        QWidget.setTabOrder(self.articleA7, self.articleB1)
        QWidget.setTabOrder(self.articleB1, self.articleB2)
        QWidget.setTabOrder(self.articleB2, self.articleB3)
        QWidget.setTabOrder(self.articleB3, self.articleB4)
        QWidget.setTabOrder(self.articleB4, self.articleC1)
        QWidget.setTabOrder(self.articleC1, self.articleC2)
        QWidget.setTabOrder(self.articleC2, self.articleC3)
        QWidget.setTabOrder(self.articleC3, self.categoryList)
        QWidget.setTabOrder(self.categoryList, self.newCategoryEdit)
        QWidget.setTabOrder(self.newCategoryEdit, self.addCategoryButton)
        QWidget.setTabOrder(self.addCategoryButton, self.buttonBox)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Melding", None))
        self.schoolLabel.setText(QCoreApplication.translate("IncidentDialog", u"&School:", None))
#if QT_CONFIG(accessibility)
        self.schoolCombo.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.reportedOnLabel.setText(QCoreApplication.translate("IncidentDialog", u"Datum &melding:", None))
#if QT_CONFIG(accessibility)
        self.reportedOnEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Datum melding", None))
#endif // QT_CONFIG(accessibility)
        self.reportedOnEdit.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"dd-MM-yyyy", None))
        self.occurredOnCheck.setText(QCoreApplication.translate("IncidentDialog", u"Datum &voorval:", None))
#if QT_CONFIG(accessibility)
        self.occurredOnCheck.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Datum voorval bekend", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredOnEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Datum voorval", None))
#endif // QT_CONFIG(accessibility)
        self.occurredOnEdit.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"dd-MM-yyyy", None))
        self.reportedByLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Gemeld door:", None))
#if QT_CONFIG(accessibility)
        self.reportedByEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Gemeld door", None))
#endif // QT_CONFIG(accessibility)
        self.reportedByEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"bijvoorbeeld mentor, ouder of medeleerling", None))
        self.platformLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Platform:", None))
#if QT_CONFIG(accessibility)
        self.platformCombo.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Platform", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Omschrijving (intern): wat is er gebeurd?", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Omschrijving", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Beschrijf feitelijk wat er is geplaatst of gezegd, waar en wanneer.", None))
        self.factsLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Feiten voor de brief: deze tekst komt in brieven en dossiernotities", None))
#if QT_CONFIG(accessibility)
        self.letterFactsEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Feiten voor de brief", None))
#endif // QT_CONFIG(accessibility)
        self.letterFactsEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Wordt ingevuld uit de omschrijving, met andere betrokkenen vervangen door hun rol.", None))
        self.factsNote.setText(QCoreApplication.translate("IncidentDialog", u"De omschrijving blijft intern. Een brief noemt anderen alleen bij hun rol (\u2018een medeleerling\u2019) en nooit wie de melding deed.", None))
        self.policeGroup.setTitle(QCoreApplication.translate("IncidentDialog", u"Aangifte bij de politie", None))
        self.policeCheck.setText(QCoreApplication.translate("IncidentDialog", u"&Aangifte gedaan", None))
#if QT_CONFIG(accessibility)
        self.policeCheck.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Aangifte gedaan", None))
#endif // QT_CONFIG(accessibility)
        self.policeDateLabel.setText(QCoreApplication.translate("IncidentDialog", u"Datum aan&gifte:", None))
#if QT_CONFIG(accessibility)
        self.policeDateEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Datum aangifte", None))
#endif // QT_CONFIG(accessibility)
        self.policeDateEdit.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"dd-MM-yyyy", None))
        self.policeNumberLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Registratienummer:", None))
#if QT_CONFIG(accessibility)
        self.policeNumberEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Registratienummer aangifte", None))
#endif // QT_CONFIG(accessibility)
        self.policeNumberEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"nummer op het proces-verbaal", None))
        self.policeNote.setText(QCoreApplication.translate("IncidentDialog", u"Alleen \u00f3f er aangifte is gedaan, wanneer en onder welk nummer. Geen strafrechtelijke details (AVG artikel 10).", None))
        self.policeNote.setStyleSheet(QCoreApplication.translate("IncidentDialog", u"color: palette(placeholder-text);", None))
        self.articlesGroup.setTitle(QCoreApplication.translate("IncidentDialog", u"Protocolartikelen die zijn overtreden", None))
        self.sectionALabel.setText(QCoreApplication.translate("IncidentDialog", u"A \u00b7 Alle gebruikers", None))
        self.articleA1.setText(QCoreApplication.translate("IncidentDialog", u"A1 \u00b7 online tijdens de les", None))
#if QT_CONFIG(accessibility)
        self.articleA1.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel A1", None))
#endif // QT_CONFIG(accessibility)
        self.articleA2.setText(QCoreApplication.translate("IncidentDialog", u"A2 \u00b7 vertrouwelijke of persoonlijke informatie", None))
#if QT_CONFIG(accessibility)
        self.articleA2.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel A2", None))
#endif // QT_CONFIG(accessibility)
        self.articleA3.setText(QCoreApplication.translate("IncidentDialog", u"A3 \u00b7 verantwoordelijk voor eigen berichten", None))
#if QT_CONFIG(accessibility)
        self.articleA3.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel A3", None))
#endif // QT_CONFIG(accessibility)
        self.articleA4.setText(QCoreApplication.translate("IncidentDialog", u"A4 \u00b7 berichten blijven openbaar", None))
#if QT_CONFIG(accessibility)
        self.articleA4.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel A4", None))
#endif // QT_CONFIG(accessibility)
        self.articleA5.setText(QCoreApplication.translate("IncidentDialog", u"A5 \u00b7 foto, film of geluid zonder toestemming", None))
#if QT_CONFIG(accessibility)
        self.articleA5.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel A5", None))
#endif // QT_CONFIG(accessibility)
        self.articleA6.setText(QCoreApplication.translate("IncidentDialog", u"A6 \u00b7 'vrienden' met leerlingen (medewerker)", None))
#if QT_CONFIG(accessibility)
        self.articleA6.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel A6", None))
#endif // QT_CONFIG(accessibility)
        self.articleA7.setText(QCoreApplication.translate("IncidentDialog", u"A7 \u00b7 fatsoensnormen: pesten, kwetsen, bedreigen", None))
#if QT_CONFIG(accessibility)
        self.articleA7.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel A7", None))
#endif // QT_CONFIG(accessibility)
        self.sectionBLabel.setText(QCoreApplication.translate("IncidentDialog", u"B \u00b7 Medewerkers op het werk", None))
        self.articleB1.setText(QCoreApplication.translate("IncidentDialog", u"B1 \u00b7 niet vermeld medewerker SKOW te zijn", None))
#if QT_CONFIG(accessibility)
        self.articleB1.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel B1", None))
#endif // QT_CONFIG(accessibility)
        self.articleB2.setText(QCoreApplication.translate("IncidentDialog", u"B2 \u00b7 ontsporende discussie niet gemeld", None))
#if QT_CONFIG(accessibility)
        self.articleB2.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel B2", None))
#endif // QT_CONFIG(accessibility)
        self.articleB3.setText(QCoreApplication.translate("IncidentDialog", u"B3 \u00b7 bij twijfel niet overlegd", None))
#if QT_CONFIG(accessibility)
        self.articleB3.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel B3", None))
#endif // QT_CONFIG(accessibility)
        self.articleB4.setText(QCoreApplication.translate("IncidentDialog", u"B4 \u00b7 discussie met leerling of ouder", None))
#if QT_CONFIG(accessibility)
        self.articleB4.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel B4", None))
#endif // QT_CONFIG(accessibility)
        self.sectionCLabel.setText(QCoreApplication.translate("IncidentDialog", u"C \u00b7 Medewerkers buiten het werk", None))
        self.articleC1.setText(QCoreApplication.translate("IncidentDialog", u"C1 \u00b7 vertrouwelijk of schadelijk gepubliceerd", None))
#if QT_CONFIG(accessibility)
        self.articleC1.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel C1", None))
#endif // QT_CONFIG(accessibility)
        self.articleC2.setText(QCoreApplication.translate("IncidentDialog", u"C2 \u00b7 niet op persoonlijke titel vermeld", None))
#if QT_CONFIG(accessibility)
        self.articleC2.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel C2", None))
#endif // QT_CONFIG(accessibility)
        self.articleC3.setText(QCoreApplication.translate("IncidentDialog", u"C3 \u00b7 geen eigen-mening-vermelding", None))
#if QT_CONFIG(accessibility)
        self.articleC3.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Artikel C3", None))
#endif // QT_CONFIG(accessibility)
        self.categoriesGroup.setTitle(QCoreApplication.translate("IncidentDialog", u"Categorie\u00ebn", None))
#if QT_CONFIG(accessibility)
        self.categoryList.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Categorie\u00ebn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryList.setAccessibleDescription(QCoreApplication.translate("IncidentDialog", u"Vink aan welke categorie\u00ebn van toepassing zijn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCategoryEdit.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Nieuwe categorie", None))
#endif // QT_CONFIG(accessibility)
        self.newCategoryEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Andere categorie\u2026", None))
        self.addCategoryButton.setText(QCoreApplication.translate("IncidentDialog", u"Toe&voegen", None))
#if QT_CONFIG(accessibility)
        self.addCategoryButton.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Categorie toevoegen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("IncidentDialog", u"Knoppen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

