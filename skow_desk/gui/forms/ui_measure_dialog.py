# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MeasureDialog(object):
    def setupUi(self, MeasureDialog):
        if not MeasureDialog.objectName():
            MeasureDialog.setObjectName(u"MeasureDialog")
        MeasureDialog.resize(640, 620)
        self.mainLayout = QVBoxLayout(MeasureDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.measureForm = QFormLayout()
        self.measureForm.setObjectName(u"measureForm")
        self.personLabel = QLabel(MeasureDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.measureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(MeasureDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.measureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.kindLabel = QLabel(MeasureDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.measureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MeasureDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.measureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.stageLabel = QLabel(MeasureDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.measureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageBox = QWidget(MeasureDialog)
        self.stageBox.setObjectName(u"stageBox")
        self.stageLayout = QHBoxLayout(self.stageBox)
        self.stageLayout.setObjectName(u"stageLayout")
        self.stageLayout.setContentsMargins(0, 0, 0, 0)
        self.intentRadio = QRadioButton(self.stageBox)
        self.intentRadio.setObjectName(u"intentRadio")

        self.stageLayout.addWidget(self.intentRadio)

        self.decisionRadio = QRadioButton(self.stageBox)
        self.decisionRadio.setObjectName(u"decisionRadio")

        self.stageLayout.addWidget(self.decisionRadio)

        self.stageSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageLayout.addItem(self.stageSpacer)


        self.measureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stageBox)

        self.intentInfoLabel = QLabel(MeasureDialog)
        self.intentInfoLabel.setObjectName(u"intentInfoLabel")
        self.intentInfoLabel.setWordWrap(True)

        self.measureForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.intentInfoLabel)

        self.decidedOnLabel = QLabel(MeasureDialog)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.measureForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decidedOnLabel)

        self.decidedOnEdit = QDateEdit(MeasureDialog)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")
        self.decidedOnEdit.setCalendarPopup(True)

        self.measureForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decidedOnEdit)

        self.noticeOnLabel = QLabel(MeasureDialog)
        self.noticeOnLabel.setObjectName(u"noticeOnLabel")

        self.measureForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noticeOnLabel)

        self.noticeOnEdit = QDateEdit(MeasureDialog)
        self.noticeOnEdit.setObjectName(u"noticeOnEdit")
        self.noticeOnEdit.setCalendarPopup(True)

        self.measureForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noticeOnEdit)

        self.reasonLabel = QLabel(MeasureDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.measureForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(MeasureDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.measureForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.startOnLabel = QLabel(MeasureDialog)
        self.startOnLabel.setObjectName(u"startOnLabel")

        self.measureForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startOnLabel)

        self.startOnEdit = QDateEdit(MeasureDialog)
        self.startOnEdit.setObjectName(u"startOnEdit")
        self.startOnEdit.setCalendarPopup(True)

        self.measureForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startOnEdit)

        self.endOnLabel = QLabel(MeasureDialog)
        self.endOnLabel.setObjectName(u"endOnLabel")

        self.measureForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endOnLabel)

        self.endOnEdit = QDateEdit(MeasureDialog)
        self.endOnEdit.setObjectName(u"endOnEdit")
        self.endOnEdit.setCalendarPopup(True)

        self.measureForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endOnEdit)

        self.internalCheck = QCheckBox(MeasureDialog)
        self.internalCheck.setObjectName(u"internalCheck")

        self.measureForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.internalCheck)

        self.knownSinceLabel = QLabel(MeasureDialog)
        self.knownSinceLabel.setObjectName(u"knownSinceLabel")

        self.measureForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.knownSinceLabel)

        self.knownSinceEdit = QDateEdit(MeasureDialog)
        self.knownSinceEdit.setObjectName(u"knownSinceEdit")
        self.knownSinceEdit.setCalendarPopup(True)

        self.measureForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.knownSinceEdit)

        self.receivingSchoolLabel = QLabel(MeasureDialog)
        self.receivingSchoolLabel.setObjectName(u"receivingSchoolLabel")

        self.measureForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.receivingSchoolLabel)

        self.receivingSchoolEdit = QLineEdit(MeasureDialog)
        self.receivingSchoolEdit.setObjectName(u"receivingSchoolEdit")

        self.measureForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.receivingSchoolEdit)

        self.searchStartedCheck = QCheckBox(MeasureDialog)
        self.searchStartedCheck.setObjectName(u"searchStartedCheck")

        self.measureForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.searchStartedCheck)

        self.searchStartedEdit = QDateEdit(MeasureDialog)
        self.searchStartedEdit.setObjectName(u"searchStartedEdit")
        self.searchStartedEdit.setCalendarPopup(True)

        self.measureForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.searchStartedEdit)


        self.mainLayout.addLayout(self.measureForm)

        self.previewFrame = QFrame(MeasureDialog)
        self.previewFrame.setObjectName(u"previewFrame")
        self.previewFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.previewLayout = QVBoxLayout(self.previewFrame)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTitle = QLabel(self.previewFrame)
        self.previewTitle.setObjectName(u"previewTitle")
        font = QFont()
        font.setBold(True)
        self.previewTitle.setFont(font)

        self.previewLayout.addWidget(self.previewTitle)

        self.previewLabel = QLabel(self.previewFrame)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewLabel)


        self.mainLayout.addWidget(self.previewFrame)

        self.buttonBox = QDialogButtonBox(MeasureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.decidedOnLabel.setBuddy(self.decidedOnEdit)
        self.noticeOnLabel.setBuddy(self.noticeOnEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.startOnLabel.setBuddy(self.startOnEdit)
        self.endOnLabel.setBuddy(self.endOnEdit)
        self.knownSinceLabel.setBuddy(self.knownSinceEdit)
        self.receivingSchoolLabel.setBuddy(self.receivingSchoolEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.intentRadio)
        QWidget.setTabOrder(self.intentRadio, self.decisionRadio)
        QWidget.setTabOrder(self.decisionRadio, self.decidedOnEdit)
        QWidget.setTabOrder(self.decidedOnEdit, self.noticeOnEdit)
        QWidget.setTabOrder(self.noticeOnEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.startOnEdit)
        QWidget.setTabOrder(self.startOnEdit, self.endOnEdit)
        QWidget.setTabOrder(self.endOnEdit, self.internalCheck)
        QWidget.setTabOrder(self.internalCheck, self.knownSinceEdit)
        QWidget.setTabOrder(self.knownSinceEdit, self.receivingSchoolEdit)
        QWidget.setTabOrder(self.receivingSchoolEdit, self.searchStartedCheck)
        QWidget.setTabOrder(self.searchStartedCheck, self.searchStartedEdit)
        QWidget.setTabOrder(self.searchStartedEdit, self.buttonBox)

        self.retranslateUi(MeasureDialog)

        QMetaObject.connectSlotsByName(MeasureDialog)
    # setupUi

    def retranslateUi(self, MeasureDialog):
        MeasureDialog.setWindowTitle(QCoreApplication.translate("MeasureDialog", u"Maatregel vastleggen", None))
        self.personLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Persoon:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Persoon", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Maatregel:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Maatregel", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("MeasureDialog", u"Fase:", None))
#if QT_CONFIG(accessibility)
        self.stageBox.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Fase", None))
#endif // QT_CONFIG(accessibility)
        self.intentRadio.setText(QCoreApplication.translate("MeasureDialog", u"&Voornemen", None))
#if QT_CONFIG(accessibility)
        self.intentRadio.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Voornemen", None))
#endif // QT_CONFIG(accessibility)
        self.decisionRadio.setText(QCoreApplication.translate("MeasureDialog", u"&Besluit", None))
#if QT_CONFIG(accessibility)
        self.decisionRadio.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Besluit", None))
#endif // QT_CONFIG(accessibility)
        self.intentInfoLabel.setText("")
        self.intentInfoLabel.setStyleSheet(QCoreApplication.translate("MeasureDialog", u"color: palette(placeholder-text);", None))
        self.decidedOnLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Datum besluit:", None))
#if QT_CONFIG(accessibility)
        self.decidedOnEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Datum besluit", None))
#endif // QT_CONFIG(accessibility)
        self.decidedOnEdit.setDisplayFormat(QCoreApplication.translate("MeasureDialog", u"dd-MM-yyyy", None))
        self.noticeOnLabel.setText(QCoreApplication.translate("MeasureDialog", u"Be&kendgemaakt op:", None))
#if QT_CONFIG(accessibility)
        self.noticeOnEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Datum bekendgemaakt", None))
#endif // QT_CONFIG(accessibility)
        self.noticeOnEdit.setDisplayFormat(QCoreApplication.translate("MeasureDialog", u"dd-MM-yyyy", None))
        self.reasonLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Reden:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Reden", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MeasureDialog", u"Waarom deze maatregel: de feiten en het overtreden artikel.", None))
        self.startOnLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Eerste dag:", None))
#if QT_CONFIG(accessibility)
        self.startOnEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Eerste dag", None))
#endif // QT_CONFIG(accessibility)
        self.startOnEdit.setDisplayFormat(QCoreApplication.translate("MeasureDialog", u"dd-MM-yyyy", None))
        self.endOnLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Laatste dag:", None))
#if QT_CONFIG(accessibility)
        self.endOnEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Laatste dag", None))
#endif // QT_CONFIG(accessibility)
        self.endOnEdit.setDisplayFormat(QCoreApplication.translate("MeasureDialog", u"dd-MM-yyyy", None))
        self.internalCheck.setText(QCoreApplication.translate("MeasureDialog", u"&Interne schorsing (op school, maar niet in de klas)", None))
#if QT_CONFIG(accessibility)
        self.internalCheck.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Interne schorsing", None))
#endif // QT_CONFIG(accessibility)
        self.knownSinceLabel.setText(QCoreApplication.translate("MeasureDialog", u"Feiten bekend &op:", None))
#if QT_CONFIG(accessibility)
        self.knownSinceEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Feiten bekend geworden op", None))
#endif // QT_CONFIG(accessibility)
        self.knownSinceEdit.setDisplayFormat(QCoreApplication.translate("MeasureDialog", u"dd-MM-yyyy", None))
        self.receivingSchoolLabel.setText(QCoreApplication.translate("MeasureDialog", u"O&ntvangende school:", None))
#if QT_CONFIG(accessibility)
        self.receivingSchoolEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Ontvangende school", None))
#endif // QT_CONFIG(accessibility)
        self.receivingSchoolEdit.setPlaceholderText(QCoreApplication.translate("MeasureDialog", u"de school die de leerling toelaat", None))
        self.searchStartedCheck.setText(QCoreApplication.translate("MeasureDialog", u"&Zoektocht gestart op:", None))
#if QT_CONFIG(accessibility)
        self.searchStartedCheck.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Zoektocht naar een school gestart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchStartedEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Zoektocht gestart op", None))
#endif // QT_CONFIG(accessibility)
        self.searchStartedEdit.setDisplayFormat(QCoreApplication.translate("MeasureDialog", u"dd-MM-yyyy", None))
        self.previewTitle.setText(QCoreApplication.translate("MeasureDialog", u"Controle", None))
        self.previewLabel.setText("")
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Controle van de regels", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Knoppen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

