# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conversation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QVBoxLayout, QWidget)

class Ui_ConversationDialog(object):
    def setupUi(self, ConversationDialog):
        if not ConversationDialog.objectName():
            ConversationDialog.setObjectName(u"ConversationDialog")
        ConversationDialog.resize(640, 680)
        self.mainLayout = QVBoxLayout(ConversationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.conversationForm = QFormLayout()
        self.conversationForm.setObjectName(u"conversationForm")
        self.heldOnLabel = QLabel(ConversationDialog)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.conversationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldOnLabel)

        self.heldOnEdit = QDateEdit(ConversationDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")
        self.heldOnEdit.setCalendarPopup(True)

        self.conversationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldOnEdit)

        self.personLabel = QLabel(ConversationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.conversationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(ConversationDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.conversationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.presentLabel = QLabel(ConversationDialog)
        self.presentLabel.setObjectName(u"presentLabel")

        self.conversationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.presentLabel)

        self.presentEdit = QLineEdit(ConversationDialog)
        self.presentEdit.setObjectName(u"presentEdit")

        self.conversationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.presentEdit)

        self.summaryLabel = QLabel(ConversationDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.conversationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(ConversationDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.conversationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.ownViewLabel = QLabel(ConversationDialog)
        self.ownViewLabel.setObjectName(u"ownViewLabel")

        self.conversationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownViewLabel)

        self.ownViewEdit = QPlainTextEdit(ConversationDialog)
        self.ownViewEdit.setObjectName(u"ownViewEdit")
        self.ownViewEdit.setTabChangesFocus(True)

        self.conversationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownViewEdit)

        self.agreementsLabel = QLabel(ConversationDialog)
        self.agreementsLabel.setObjectName(u"agreementsLabel")

        self.conversationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreementsLabel)

        self.agreementsEdit = QPlainTextEdit(ConversationDialog)
        self.agreementsEdit.setObjectName(u"agreementsEdit")
        self.agreementsEdit.setTabChangesFocus(True)

        self.conversationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agreementsEdit)

        self.followUpCheck = QCheckBox(ConversationDialog)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.conversationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.followUpCheck)

        self.followUpEdit = QDateEdit(ConversationDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setCalendarPopup(True)

        self.conversationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.followUpEdit)

        self.signatureLabel = QLabel(ConversationDialog)
        self.signatureLabel.setObjectName(u"signatureLabel")

        self.conversationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signatureLabel)

        self.signatureBox = QWidget(ConversationDialog)
        self.signatureBox.setObjectName(u"signatureBox")
        self.signatureLayout = QVBoxLayout(self.signatureBox)
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.signatureLayout.setContentsMargins(0, 0, 0, 0)
        self.signatureOpenRadio = QRadioButton(self.signatureBox)
        self.signatureOpenRadio.setObjectName(u"signatureOpenRadio")

        self.signatureLayout.addWidget(self.signatureOpenRadio)

        self.signatureSeenRadio = QRadioButton(self.signatureBox)
        self.signatureSeenRadio.setObjectName(u"signatureSeenRadio")

        self.signatureLayout.addWidget(self.signatureSeenRadio)

        self.signatureRefusedRadio = QRadioButton(self.signatureBox)
        self.signatureRefusedRadio.setObjectName(u"signatureRefusedRadio")

        self.signatureLayout.addWidget(self.signatureRefusedRadio)


        self.conversationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signatureBox)

        self.refusalLabel = QLabel(ConversationDialog)
        self.refusalLabel.setObjectName(u"refusalLabel")

        self.conversationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.refusalLabel)

        self.refusalEdit = QLineEdit(ConversationDialog)
        self.refusalEdit.setObjectName(u"refusalEdit")

        self.conversationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.refusalEdit)

        self.sentCheck = QCheckBox(ConversationDialog)
        self.sentCheck.setObjectName(u"sentCheck")

        self.conversationForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.sentCheck)

        self.sentOnEdit = QDateEdit(ConversationDialog)
        self.sentOnEdit.setObjectName(u"sentOnEdit")
        self.sentOnEdit.setCalendarPopup(True)

        self.conversationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sentOnEdit)


        self.mainLayout.addLayout(self.conversationForm)

        self.buttonBox = QDialogButtonBox(ConversationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.personLabel.setBuddy(self.personCombo)
        self.presentLabel.setBuddy(self.presentEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.ownViewLabel.setBuddy(self.ownViewEdit)
        self.agreementsLabel.setBuddy(self.agreementsEdit)
        self.refusalLabel.setBuddy(self.refusalEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.heldOnEdit, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.presentEdit)
        QWidget.setTabOrder(self.presentEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.ownViewEdit)
        QWidget.setTabOrder(self.ownViewEdit, self.agreementsEdit)
        QWidget.setTabOrder(self.agreementsEdit, self.followUpCheck)
        QWidget.setTabOrder(self.followUpCheck, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.signatureOpenRadio)
        QWidget.setTabOrder(self.signatureOpenRadio, self.signatureSeenRadio)
        QWidget.setTabOrder(self.signatureSeenRadio, self.signatureRefusedRadio)
        QWidget.setTabOrder(self.signatureRefusedRadio, self.refusalEdit)
        QWidget.setTabOrder(self.refusalEdit, self.sentCheck)
        QWidget.setTabOrder(self.sentCheck, self.sentOnEdit)
        QWidget.setTabOrder(self.sentOnEdit, self.buttonBox)

        self.retranslateUi(ConversationDialog)

        QMetaObject.connectSlotsByName(ConversationDialog)
    # setupUi

    def retranslateUi(self, ConversationDialog):
        ConversationDialog.setWindowTitle(QCoreApplication.translate("ConversationDialog", u"Gespreksverslag", None))
        self.heldOnLabel.setText(QCoreApplication.translate("ConversationDialog", u"&Datum gesprek:", None))
#if QT_CONFIG(accessibility)
        self.heldOnEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Datum gesprek", None))
#endif // QT_CONFIG(accessibility)
        self.heldOnEdit.setDisplayFormat(QCoreApplication.translate("ConversationDialog", u"dd-MM-yyyy", None))
        self.personLabel.setText(QCoreApplication.translate("ConversationDialog", u"Gesprek &met:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Gesprek met", None))
#endif // QT_CONFIG(accessibility)
        self.presentLabel.setText(QCoreApplication.translate("ConversationDialog", u"&Aanwezig:", None))
#if QT_CONFIG(accessibility)
        self.presentEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Aanwezig", None))
#endif // QT_CONFIG(accessibility)
        self.presentEdit.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"bijvoorbeeld directeur, Daan en beide ouders", None))
        self.summaryLabel.setText(QCoreApplication.translate("ConversationDialog", u"&Wat is besproken:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Wat is besproken", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"De feiten en wat er is gezegd.", None))
        self.ownViewLabel.setText(QCoreApplication.translate("ConversationDialog", u"&Zienswijze betrokkene:", None))
#if QT_CONFIG(accessibility)
        self.ownViewEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Zienswijze van de betrokkene", None))
#endif // QT_CONFIG(accessibility)
        self.ownViewEdit.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"Hoe de betrokkene het zelf ziet, zo veel mogelijk in eigen woorden.", None))
        self.agreementsLabel.setText(QCoreApplication.translate("ConversationDialog", u"A&fspraken:", None))
#if QT_CONFIG(accessibility)
        self.agreementsEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Afspraken", None))
#endif // QT_CONFIG(accessibility)
        self.agreementsEdit.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"Wat is afgesproken, door wie en wanneer.", None))
        self.followUpCheck.setText(QCoreApplication.translate("ConversationDialog", u"&Vervolggesprek op:", None))
#if QT_CONFIG(accessibility)
        self.followUpCheck.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Vervolggesprek gepland", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Datum vervolggesprek", None))
#endif // QT_CONFIG(accessibility)
        self.followUpEdit.setDisplayFormat(QCoreApplication.translate("ConversationDialog", u"dd-MM-yyyy", None))
        self.signatureLabel.setText(QCoreApplication.translate("ConversationDialog", u"Ondertekening:", None))
#if QT_CONFIG(accessibility)
        self.signatureBox.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Ondertekening", None))
#endif // QT_CONFIG(accessibility)
        self.signatureOpenRadio.setText(QCoreApplication.translate("ConversationDialog", u"Nog niet getekend", None))
#if QT_CONFIG(accessibility)
        self.signatureOpenRadio.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Nog niet getekend", None))
#endif // QT_CONFIG(accessibility)
        self.signatureSeenRadio.setText(QCoreApplication.translate("ConversationDialog", u"Voor gezien getekend", None))
#if QT_CONFIG(accessibility)
        self.signatureSeenRadio.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Voor gezien getekend", None))
#endif // QT_CONFIG(accessibility)
        self.signatureRefusedRadio.setText(QCoreApplication.translate("ConversationDialog", u"Ondertekening geweigerd", None))
#if QT_CONFIG(accessibility)
        self.signatureRefusedRadio.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Ondertekening geweigerd", None))
#endif // QT_CONFIG(accessibility)
        self.refusalLabel.setText(QCoreApplication.translate("ConversationDialog", u"&Reden weigering:", None))
#if QT_CONFIG(accessibility)
        self.refusalEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Reden van weigering", None))
#endif // QT_CONFIG(accessibility)
        self.refusalEdit.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"verplicht als de ondertekening is geweigerd", None))
        self.sentCheck.setText(QCoreApplication.translate("ConversationDialog", u"Verslag ver&stuurd op:", None))
#if QT_CONFIG(accessibility)
        self.sentCheck.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Verslag verstuurd", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sentOnEdit.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Datum verslag verstuurd", None))
#endif // QT_CONFIG(accessibility)
        self.sentOnEdit.setDisplayFormat(QCoreApplication.translate("ConversationDialog", u"dd-MM-yyyy", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ConversationDialog", u"Knoppen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

