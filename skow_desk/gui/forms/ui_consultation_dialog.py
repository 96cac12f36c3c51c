# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_ConsultationDialog(object):
    def setupUi(self, ConsultationDialog):
        if not ConsultationDialog.objectName():
            ConsultationDialog.setObjectName(u"ConsultationDialog")
        ConsultationDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(ConsultationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ConsultationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.consultationForm = QFormLayout()
        self.consultationForm.setObjectName(u"consultationForm")
        self.heldOnLabel = QLabel(ConsultationDialog)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.consultationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldOnLabel)

        self.heldOnEdit = QDateEdit(ConsultationDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")
        self.heldOnEdit.setCalendarPopup(True)

        self.consultationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldOnEdit)

        self.withWhomLabel = QLabel(ConsultationDialog)
        self.withWhomLabel.setObjectName(u"withWhomLabel")

        self.consultationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.withWhomLabel)

        self.withWhomEdit = QLineEdit(ConsultationDialog)
        self.withWhomEdit.setObjectName(u"withWhomEdit")

        self.consultationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.withWhomEdit)

        self.adviceLabel = QLabel(ConsultationDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")

        self.consultationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adviceLabel)

        self.adviceEdit = QPlainTextEdit(ConsultationDialog)
        self.adviceEdit.setObjectName(u"adviceEdit")
        self.adviceEdit.setTabChangesFocus(True)

        self.consultationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adviceEdit)


        self.mainLayout.addLayout(self.consultationForm)

        self.buttonBox = QDialogButtonBox(ConsultationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.withWhomLabel.setBuddy(self.withWhomEdit)
        self.adviceLabel.setBuddy(self.adviceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.heldOnEdit, self.withWhomEdit)
        QWidget.setTabOrder(self.withWhomEdit, self.adviceEdit)
        QWidget.setTabOrder(self.adviceEdit, self.buttonBox)

        self.retranslateUi(ConsultationDialog)

        QMetaObject.connectSlotsByName(ConsultationDialog)
    # setupUi

    def retranslateUi(self, ConsultationDialog):
        ConsultationDialog.setWindowTitle(QCoreApplication.translate("ConsultationDialog", u"Overleg met de directeur-bestuurder", None))
        self.introLabel.setText(QCoreApplication.translate("ConsultationDialog", u"Leg vast wanneer u de zaak met de directeur-bestuurder hebt besproken en wat het advies was.", None))
        self.introLabel.setStyleSheet(QCoreApplication.translate("ConsultationDialog", u"color: palette(placeholder-text);", None))
        self.heldOnLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Datum overleg:", None))
#if QT_CONFIG(accessibility)
        self.heldOnEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Datum overleg", None))
#endif // QT_CONFIG(accessibility)
        self.heldOnEdit.setDisplayFormat(QCoreApplication.translate("ConsultationDialog", u"dd-MM-yyyy", None))
        self.withWhomLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Met wie:", None))
#if QT_CONFIG(accessibility)
        self.withWhomEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Met wie", None))
#endif // QT_CONFIG(accessibility)
        self.withWhomEdit.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"naam van de directeur-bestuurder", None))
        self.adviceLabel.setText(QCoreApplication.translate("ConsultationDialog", u"&Advies:", None))
#if QT_CONFIG(accessibility)
        self.adviceEdit.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Advies", None))
#endif // QT_CONFIG(accessibility)
        self.adviceEdit.setPlaceholderText(QCoreApplication.translate("ConsultationDialog", u"Wat de directeur-bestuurder adviseerde.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Knoppen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

