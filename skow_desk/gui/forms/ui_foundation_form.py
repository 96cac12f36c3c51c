# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'foundation_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit)

class Ui_FoundationForm(object):
    def setupUi(self, FoundationForm):
        if not FoundationForm.objectName():
            FoundationForm.setObjectName(u"FoundationForm")
        self.formLayout = QFormLayout(FoundationForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.label_nameEdit = QLabel(FoundationForm)
        self.label_nameEdit.setObjectName(u"label_nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_nameEdit)

        self.nameEdit = QLineEdit(FoundationForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.label_shortNameEdit = QLabel(FoundationForm)
        self.label_shortNameEdit.setObjectName(u"label_shortNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_shortNameEdit)

        self.shortNameEdit = QLineEdit(FoundationForm)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.label_addressEdit = QLabel(FoundationForm)
        self.label_addressEdit.setObjectName(u"label_addressEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_addressEdit)

        self.addressEdit = QLineEdit(FoundationForm)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.label_postcodeEdit = QLabel(FoundationForm)
        self.label_postcodeEdit.setObjectName(u"label_postcodeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_postcodeEdit)

        self.postcodeEdit = QLineEdit(FoundationForm)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(20)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.label_cityEdit = QLabel(FoundationForm)
        self.label_cityEdit.setObjectName(u"label_cityEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_cityEdit)

        self.cityEdit = QLineEdit(FoundationForm)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.label_boardMemberEdit = QLabel(FoundationForm)
        self.label_boardMemberEdit.setObjectName(u"label_boardMemberEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_boardMemberEdit)

        self.boardMemberEdit = QLineEdit(FoundationForm)
        self.boardMemberEdit.setObjectName(u"boardMemberEdit")
        self.boardMemberEdit.setMaxLength(200)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.boardMemberEdit)

#if QT_CONFIG(shortcut)
        self.label_nameEdit.setBuddy(self.nameEdit)
        self.label_shortNameEdit.setBuddy(self.shortNameEdit)
        self.label_addressEdit.setBuddy(self.addressEdit)
        self.label_postcodeEdit.setBuddy(self.postcodeEdit)
        self.label_cityEdit.setBuddy(self.cityEdit)
        self.label_boardMemberEdit.setBuddy(self.boardMemberEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FoundationForm)

        QMetaObject.connectSlotsByName(FoundationForm)
    # setupUi

    def retranslateUi(self, FoundationForm):
        self.label_nameEdit.setText(QCoreApplication.translate("FoundationForm", u"&Naam stichting:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FoundationForm", u"Naam van de stichting", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FoundationForm", u"Stichting \u2026", None))
        self.label_shortNameEdit.setText(QCoreApplication.translate("FoundationForm", u"&Afkorting:", None))
#if QT_CONFIG(accessibility)
        self.shortNameEdit.setAccessibleName(QCoreApplication.translate("FoundationForm", u"Afkorting van de stichting", None))
#endif // QT_CONFIG(accessibility)
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("FoundationForm", u"bijvoorbeeld SKOW", None))
        self.label_addressEdit.setText(QCoreApplication.translate("FoundationForm", u"A&dres:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("FoundationForm", u"Adres van de stichting", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("FoundationForm", u"straat en huisnummer", None))
        self.label_postcodeEdit.setText(QCoreApplication.translate("FoundationForm", u"&Postcode:", None))
#if QT_CONFIG(accessibility)
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("FoundationForm", u"Postcode van de stichting", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("FoundationForm", u"1234 AB", None))
        self.label_cityEdit.setText(QCoreApplication.translate("FoundationForm", u"Pl&aats:", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("FoundationForm", u"Plaats van de stichting", None))
#endif // QT_CONFIG(accessibility)
        self.label_boardMemberEdit.setText(QCoreApplication.translate("FoundationForm", u"&Directeur-bestuurder:", None))
#if QT_CONFIG(accessibility)
        self.boardMemberEdit.setAccessibleName(QCoreApplication.translate("FoundationForm", u"Naam van de directeur-bestuurder", None))
#endif // QT_CONFIG(accessibility)
        self.boardMemberEdit.setPlaceholderText(QCoreApplication.translate("FoundationForm", u"naam zoals in brieven, bijvoorbeeld mr. H. ter Horst", None))
        pass
    # retranslateUi

