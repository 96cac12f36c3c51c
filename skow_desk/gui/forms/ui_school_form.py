# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem)

class Ui_SchoolForm(object):
    def setupUi(self, SchoolForm):
        if not SchoolForm.objectName():
            SchoolForm.setObjectName(u"SchoolForm")
        self.formLayout = QFormLayout(SchoolForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.label_brinEdit = QLabel(SchoolForm)
        self.label_brinEdit.setObjectName(u"label_brinEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_brinEdit)

        self.brinEdit = QLineEdit(SchoolForm)
        self.brinEdit.setObjectName(u"brinEdit")
        self.brinEdit.setMaxLength(10)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.brinEdit)

        self.label_nameEdit = QLabel(SchoolForm)
        self.label_nameEdit.setObjectName(u"label_nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_nameEdit)

        self.nameEdit = QLineEdit(SchoolForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.label_sectorCombo = QLabel(SchoolForm)
        self.label_sectorCombo.setObjectName(u"label_sectorCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_sectorCombo)

        self.sectorCombo = QComboBox(SchoolForm)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.label_denominationCombo = QLabel(SchoolForm)
        self.label_denominationCombo.setObjectName(u"label_denominationCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_denominationCombo)

        self.denominationCombo = QComboBox(SchoolForm)
        self.denominationCombo.setObjectName(u"denominationCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.denominationCombo)

        self.label_addressEdit = QLabel(SchoolForm)
        self.label_addressEdit.setObjectName(u"label_addressEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_addressEdit)

        self.addressEdit = QLineEdit(SchoolForm)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.label_postcodeEdit = QLabel(SchoolForm)
        self.label_postcodeEdit.setObjectName(u"label_postcodeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_postcodeEdit)

        self.postcodeEdit = QLineEdit(SchoolForm)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(20)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.label_cityEdit = QLabel(SchoolForm)
        self.label_cityEdit.setObjectName(u"label_cityEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_cityEdit)

        self.cityEdit = QLineEdit(SchoolForm)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.label_phoneEdit = QLabel(SchoolForm)
        self.label_phoneEdit.setObjectName(u"label_phoneEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_phoneEdit)

        self.phoneEdit = QLineEdit(SchoolForm)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.label_emailEdit = QLabel(SchoolForm)
        self.label_emailEdit.setObjectName(u"label_emailEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_emailEdit)

        self.emailEdit = QLineEdit(SchoolForm)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.label_signatoryEdit = QLabel(SchoolForm)
        self.label_signatoryEdit.setObjectName(u"label_signatoryEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_signatoryEdit)

        self.signatoryEdit = QLineEdit(SchoolForm)
        self.signatoryEdit.setObjectName(u"signatoryEdit")
        self.signatoryEdit.setMaxLength(200)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signatoryEdit)

        self.label_functionEdit = QLabel(SchoolForm)
        self.label_functionEdit.setObjectName(u"label_functionEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_functionEdit)

        self.functionEdit = QLineEdit(SchoolForm)
        self.functionEdit.setObjectName(u"functionEdit")
        self.functionEdit.setMaxLength(100)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.functionEdit)

        self.label_logoButton = QLabel(SchoolForm)
        self.label_logoButton.setObjectName(u"label_logoButton")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_logoButton)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(SchoolForm)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(120, 48))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButton = QPushButton(SchoolForm)
        self.logoButton.setObjectName(u"logoButton")

        self.logoLayout.addWidget(self.logoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.formLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.logoLayout)

#if QT_CONFIG(shortcut)
        self.label_brinEdit.setBuddy(self.brinEdit)
        self.label_nameEdit.setBuddy(self.nameEdit)
        self.label_sectorCombo.setBuddy(self.sectorCombo)
        self.label_denominationCombo.setBuddy(self.denominationCombo)
        self.label_addressEdit.setBuddy(self.addressEdit)
        self.label_postcodeEdit.setBuddy(self.postcodeEdit)
        self.label_cityEdit.setBuddy(self.cityEdit)
        self.label_phoneEdit.setBuddy(self.phoneEdit)
        self.label_emailEdit.setBuddy(self.emailEdit)
        self.label_signatoryEdit.setBuddy(self.signatoryEdit)
        self.label_functionEdit.setBuddy(self.functionEdit)
        self.label_logoButton.setBuddy(self.logoButton)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SchoolForm)

        QMetaObject.connectSlotsByName(SchoolForm)
    # setupUi

    def retranslateUi(self, SchoolForm):
        self.label_brinEdit.setText(QCoreApplication.translate("SchoolForm", u"&BRIN-code:", None))
#if QT_CONFIG(accessibility)
        self.brinEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"BRIN-code van de school", None))
#endif // QT_CONFIG(accessibility)
        self.brinEdit.setPlaceholderText(QCoreApplication.translate("SchoolForm", u"bijvoorbeeld 04XY", None))
        self.label_nameEdit.setText(QCoreApplication.translate("SchoolForm", u"&Naam school:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Naam van de school", None))
#endif // QT_CONFIG(accessibility)
        self.label_sectorCombo.setText(QCoreApplication.translate("SchoolForm", u"&Sector:", None))
#if QT_CONFIG(accessibility)
        self.sectorCombo.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Sector van de school", None))
#endif // QT_CONFIG(accessibility)
        self.label_denominationCombo.setText(QCoreApplication.translate("SchoolForm", u"D&enominatie:", None))
#if QT_CONFIG(accessibility)
        self.denominationCombo.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Denominatie van de school", None))
#endif // QT_CONFIG(accessibility)
        self.label_addressEdit.setText(QCoreApplication.translate("SchoolForm", u"A&dres:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Adres van de school", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SchoolForm", u"straat en huisnummer", None))
        self.label_postcodeEdit.setText(QCoreApplication.translate("SchoolForm", u"&Postcode:", None))
#if QT_CONFIG(accessibility)
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Postcode van de school", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("SchoolForm", u"1234 AB", None))
        self.label_cityEdit.setText(QCoreApplication.translate("SchoolForm", u"Pl&aats:", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Plaats van de school", None))
#endif // QT_CONFIG(accessibility)
        self.label_phoneEdit.setText(QCoreApplication.translate("SchoolForm", u"&Telefoon:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Telefoonnummer van de school", None))
#endif // QT_CONFIG(accessibility)
        self.label_emailEdit.setText(QCoreApplication.translate("SchoolForm", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"E-mailadres van de school", None))
#endif // QT_CONFIG(accessibility)
        self.label_signatoryEdit.setText(QCoreApplication.translate("SchoolForm", u"&Directeur (ondertekent):", None))
#if QT_CONFIG(accessibility)
        self.signatoryEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Naam van de directeur die de brieven ondertekent", None))
#endif // QT_CONFIG(accessibility)
        self.signatoryEdit.setPlaceholderText(QCoreApplication.translate("SchoolForm", u"naam zoals onder brieven", None))
        self.label_functionEdit.setText(QCoreApplication.translate("SchoolForm", u"&Functie:", None))
#if QT_CONFIG(accessibility)
        self.functionEdit.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Functie van de ondertekenaar", None))
#endif // QT_CONFIG(accessibility)
        self.functionEdit.setPlaceholderText(QCoreApplication.translate("SchoolForm", u"directeur", None))
        self.label_logoButton.setText(QCoreApplication.translate("SchoolForm", u"Logo:", None))
        self.logoPreview.setText(QCoreApplication.translate("SchoolForm", u"geen logo", None))
        self.logoButton.setText(QCoreApplication.translate("SchoolForm", u"&Logo kiezen\u2026", None))
#if QT_CONFIG(accessibility)
        self.logoButton.setAccessibleName(QCoreApplication.translate("SchoolForm", u"Logo van de school kiezen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

