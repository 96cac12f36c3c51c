<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="137"/>
        <location filename="../../skow_desk/gui/case_models.py" line="311"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="138"/>
        <location filename="../../skow_desk/gui/case_models.py" line="312"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="139"/>
        <location filename="../../skow_desk/gui/case_models.py" line="313"/>
        <source>Groep / functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="140"/>
        <source>Betrokken als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="146"/>
        <source>Gedaan op {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="148"/>
        <source>Verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="149"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="166"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="125"/>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="167"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="127"/>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="168"/>
        <location filename="../../skow_desk/gui/case_models.py" line="246"/>
        <location filename="../../skow_desk/gui/case_models.py" line="297"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="55"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="168"/>
        <source>Verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="168"/>
        <source>Aanbevolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="170"/>
        <location filename="../../skow_desk/gui/case_models.py" line="300"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="61"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="85"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="185"/>
        <source>Ontvangen op {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="187"/>
        <source>Besluit genomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="188"/>
        <source>Nog niet ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="198"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="199"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="97"/>
        <source>Maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="200"/>
        <source> (intern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="201"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="98"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="202"/>
        <location filename="../../skow_desk/gui/case_models.py" line="261"/>
        <location filename="../../skow_desk/gui/case_models.py" line="274"/>
        <location filename="../../skow_desk/gui/case_models.py" line="296"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="56"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="96"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="111"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="203"/>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="204"/>
        <source>Zienswijze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="205"/>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="227"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="235"/>
        <source>Bestand ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="235"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="245"/>
        <source>Bestand of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="247"/>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="248"/>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="249"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="100"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="250"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="262"/>
        <location filename="../../skow_desk/gui/case_models.py" line="275"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="113"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="263"/>
        <source>Advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="275"/>
        <source>(niet gekozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="276"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="114"/>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="277"/>
        <source>Besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="278"/>
        <source>Ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="280"/>
        <source>Vervolg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="298"/>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="299"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="54"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="300"/>
        <source>Definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="300"/>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="314"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="315"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_models.py" line="316"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="36"/>
        <source>Maximaal {0} schooldagen (WPO art. 40c); bij meer dan één dag volgt een melding aan de Inspectie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="39"/>
        <source>Een schorsing als ordemaatregel duurt normaal ten hoogste vier weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="41"/>
        <source>Gaat in twee stappen: eerst het voornemen, dan drie weken voor de zienswijze van de medewerker, daarna het besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="44"/>
        <source>Onverwijld: direct nadat de feiten bekend zijn. De reden komt letterlijk in de bevestigingsbrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="47"/>
        <source>Definitief pas als een andere school de leerling toelaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="57"/>
        <source>Zo kan het niet worden vastgelegd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="66"/>
        <source>Dit voornemen kan zo worden vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="67"/>
        <source>Dit besluit kan zo worden vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="70"/>
        <source>Duur: {0} schooldagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="71"/>
        <source>Duur: 1 schooldag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="73"/>
        <source>verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="73"/>
        <source>aanbevolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="74"/>
        <source>Er wordt een taak ‘{0}’ aangemaakt ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="75"/>
        <source>Let op: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_preview.py" line="77"/>
        <source>Er worden geen taken aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="54"/>
        <source>(concept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="57"/>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="58"/>
        <source>Vervangt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="59"/>
        <source>Vervangen door {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="62"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="99"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="112"/>
        <location filename="../../skow_desk/gui/dossier_view.py" line="126"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="68"/>
        <source>concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="70"/>
        <source>vervangen door {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="71"/>
        <source>geldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="81"/>
        <source>Kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="82"/>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="83"/>
        <source>Rol in de melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="84"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="128"/>
        <source>Gedaan op</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="200"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="201"/>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="202"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="203"/>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="205"/>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="209"/>
        <source>Handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="210"/>
        <source>&amp;Handeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="212"/>
        <source>Soort gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="213"/>
        <source>S&amp;oort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="215"/>
        <source>Zoeken in gebruiker, nummer of tekst…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="217"/>
        <source>Zoeken in het logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="222"/>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="240"/>
        <source>Logboek &amp;controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="242"/>
        <source>Controleert of geen regel van het logboek is gewijzigd of verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="254"/>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="254"/>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="254"/>
        <source>Afgelopen 7 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="255"/>
        <source>Afgelopen 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="255"/>
        <source>Dit kalenderjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="256"/>
        <source>Zelf kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="258"/>
        <source>Alle handelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="261"/>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../skow_desk/gui/audit_view.py" line="294"/>
        <source>%n regel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="300"/>
        <source>Logboek gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="303"/>
        <source>Bewaar een kopie van de gegevensmap en neem contact op met de beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/audit_view.py" line="304"/>
        <source>Logboek niet in orde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <location filename="../../skow_desk/gui/case_timeline.py" line="88"/>
        <source>Stappen van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="80"/>
        <source>Zaak &amp;afronden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="81"/>
        <source>Zaak &amp;heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="86"/>
        <source>Onderdelen van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="92"/>
        <location filename="../../skow_desk/gui/case_view.py" line="165"/>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="93"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="94"/>
        <source>Bewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="95"/>
        <source>Overleg en gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="96"/>
        <source>Brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="144"/>
        <source>Zaak {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="145"/>
        <source>afgerond op {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="147"/>
        <source>{0} · gemeld op {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="164"/>
        <source>Overzicht ({0} open taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="166"/>
        <source>Bewijs ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="194"/>
        <source>Wijzigingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="196"/>
        <source>Wijzigingen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="203"/>
        <source>Melding bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="204"/>
        <source>Overleg vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="205"/>
        <source>Gesprek vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="206"/>
        <source>Maatregel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="207"/>
        <source>Brieven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="208"/>
        <location filename="../../skow_desk/gui/case_view.py" line="387"/>
        <source>Heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="208"/>
        <source>Zaak afronden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="274"/>
        <source>{0} als {1} uit deze zaak halen? Gebruik dit alleen voor een vergissing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="276"/>
        <source>Uit de zaak halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="277"/>
        <source>Niet doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="287"/>
        <source>Taak afvinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="288"/>
        <source>Wanneer is deze taak gedaan?
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="289"/>
        <source>Gedaan &amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="291"/>
        <source>&amp;Toelichting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="291"/>
        <source>Afvinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="302"/>
        <source>Een maatregel is voor de veroorzaker. Voeg eerst bij ‘Betrokkenen’ de persoon toe die het bericht plaatste, als veroorzaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="318"/>
        <source>Zienswijze ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="319"/>
        <source>Wanneer is de zienswijze van {0} op de voorgenomen {1} ontvangen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="321"/>
        <source>Ontvangen &amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="346"/>
        <source>Brieven zijn nog niet beschikbaar in deze versie. De zaak zelf is wel volledig opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="375"/>
        <location filename="../../skow_desk/gui/case_view.py" line="378"/>
        <source>Zaak afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="376"/>
        <source>Op welke datum is de zaak afgerond? Een afgeronde zaak telt mee in het jaaroverzicht; u kunt hem later heropenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="378"/>
        <source>Afgerond &amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="383"/>
        <source>De zaak is afgerond. Let op, dit staat nog open:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="387"/>
        <source>Deze zaak heropenen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_view.py" line="388"/>
        <source>Niet heropenen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="261"/>
        <source>Wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="264"/>
        <source>Huidig wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="270"/>
        <source>&amp;Wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="275"/>
        <source>&amp;Huidig wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="297"/>
        <source>Het huidige wachtwoord is onjuist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="301"/>
        <source>Het wachtwoord is gewijzigd. De herstelsleutel blijft geldig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="14"/>
        <source>Overleg met de directeur-bestuurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="20"/>
        <source>Leg vast wanneer u de zaak met de directeur-bestuurder hebt besproken en wat het advies was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="26"/>
        <source>color: palette(placeholder-text);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="35"/>
        <source>&amp;Datum overleg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="45"/>
        <source>Datum overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="51"/>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="58"/>
        <source>&amp;Met wie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="68"/>
        <source>Met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="71"/>
        <source>naam van de directeur-bestuurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="78"/>
        <source>&amp;Advies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="88"/>
        <source>Advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="94"/>
        <source>Wat de directeur-bestuurder adviseerde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_dialog.ui" line="106"/>
        <source>Knoppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/conversation_dialog.py" line="61"/>
        <source>(niemand in het bijzonder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/conversation_dialog.py" line="68"/>
        <source>Gesprek vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/conversation_dialog.py" line="76"/>
        <source>Gespreksverslag wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="14"/>
        <source>Gespreksverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="22"/>
        <source>&amp;Datum gesprek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="32"/>
        <source>Datum gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="38"/>
        <location filename="../../ui/conversation_dialog.ui" line="167"/>
        <location filename="../../ui/conversation_dialog.ui" line="268"/>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="45"/>
        <source>Gesprek &amp;met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="55"/>
        <source>Gesprek met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="62"/>
        <source>&amp;Aanwezig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="72"/>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="75"/>
        <source>bijvoorbeeld directeur, Daan en beide ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="82"/>
        <source>&amp;Wat is besproken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="92"/>
        <source>Wat is besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="98"/>
        <source>De feiten en wat er is gezegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="105"/>
        <source>&amp;Zienswijze betrokkene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="115"/>
        <source>Zienswijze van de betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="121"/>
        <source>Hoe de betrokkene het zelf ziet, zo veel mogelijk in eigen woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="128"/>
        <source>A&amp;fspraken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="138"/>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="144"/>
        <source>Wat is afgesproken, door wie en wanneer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="151"/>
        <source>&amp;Vervolggesprek op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="154"/>
        <source>Vervolggesprek gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="161"/>
        <source>Datum vervolggesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="174"/>
        <source>Ondertekening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="181"/>
        <source>Ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="199"/>
        <location filename="../../ui/conversation_dialog.ui" line="202"/>
        <source>Nog niet getekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="209"/>
        <location filename="../../ui/conversation_dialog.ui" line="212"/>
        <source>Voor gezien getekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="219"/>
        <location filename="../../ui/conversation_dialog.ui" line="222"/>
        <source>Ondertekening geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="232"/>
        <source>&amp;Reden weigering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="242"/>
        <source>Reden van weigering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="245"/>
        <source>verplicht als de ondertekening is geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="252"/>
        <source>Verslag ver&amp;stuurd op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="255"/>
        <source>Verslag verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="262"/>
        <source>Datum verslag verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conversation_dialog.ui" line="280"/>
        <source>Knoppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePromptDialog</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/date_prompt.py" line="70"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneDateDialog</name>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="43"/>
        <source>Taak afvinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="44"/>
        <source>Afgevinkt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="48"/>
        <source>Taak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="49"/>
        <source>&amp;Afgevinkt op:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="163"/>
        <source>Kies een brief om hem te lezen zoals hij is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="165"/>
        <source>Brief &amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="166"/>
        <source>&amp;Exporteer dossier als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="168"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="180"/>
        <source>Niets vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="218"/>
        <source>Dossier van {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="219"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="234"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="277"/>
        <source>Van brief {0} is geen PDF te tonen: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="279"/>
        <source>nog een concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="307"/>
        <source>Het bestand ‘{0}’ kon niet worden opgeslagen. Is het nog geopend in een ander programma? Kies een andere naam of map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="310"/>
        <source>Het dossier is opgeslagen als ‘{0}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dossier_view.py" line="311"/>
        <source>Dossier geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="72"/>
        <source>Nog geen bewijsstukken. Sleep een schermafbeelding hierheen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="74"/>
        <source>Bewijsstukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="80"/>
        <source>Sleep schermafbeeldingen of andere bestanden naar de lijst, of kies ‘Bestand toevoegen…’. Van elk bestand wordt een vingerafdruk (SHA-256) bewaard, zodat later vast te stellen is dat het niet is veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="88"/>
        <source>SHA-256 van het gekozen bewijsstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="89"/>
        <source>&amp;Bestand toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="90"/>
        <source>&amp;Link toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="91"/>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="130"/>
        <source>Kies een bewijsstuk om de SHA-256 te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_evidence.py" line="132"/>
        <source>SHA-256 van ‘{0}’: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.ui" line="14"/>
        <source>SKOW Desk inrichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="24"/>
        <source>Welkom bij SKOW Desk: kies een wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="27"/>
        <source>Met dit wachtwoord opent u SKOW Desk. Alle gegevens worden ermee versleuteld op deze computer bewaard. Kies een zin van een paar woorden die u kunt onthouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="35"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="48"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="61"/>
        <source>&amp;Herhaal het wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="74"/>
        <source>Herhaal het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="87"/>
        <source>Wachtwoord &amp;tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="102"/>
        <source>Beoordeling van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="117"/>
        <source>Uw herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="120"/>
        <source>Bewaar deze sleutel op papier of als bestand op een veilige plek, niet alleen op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="126"/>
        <source>Dit is de enige manier om bij uw gegevens te komen als u het wachtwoord vergeet. De sleutel wordt maar één keer getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="136"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="145"/>
        <source>Herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="161"/>
        <source>&amp;Opslaan als bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="168"/>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="191"/>
        <source>Ik heb de herstelsleutel &amp;bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="199"/>
        <source>Stichting en scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="202"/>
        <source>De brieven hebben de gegevens van de stichting en de school nodig. Hoe wilt u beginnen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="208"/>
        <source>Stichting en scholen zelf &amp;invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="218"/>
        <source>Instellingen &amp;inlezen uit een bestand (.toml) van het bestuursbureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="230"/>
        <source>kies het bestand met Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="233"/>
        <source>Bestand met instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="243"/>
        <source>&amp;Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="252"/>
        <source>De &amp;demogegevens openen, om het programma eerst te leren kennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="267"/>
        <source>De stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="270"/>
        <source>Deze gegevens komen in het briefhoofd en in het jaaroverzicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="287"/>
        <source>De school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="290"/>
        <source>Vul de gegevens van uw school in. Heeft de stichting meer scholen? Klik dan op &apos;Nog een school&apos; en vul de volgende in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="311"/>
        <source>&amp;Nog een school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="321"/>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="324"/>
        <source>SKOW Desk is ingericht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundationForm</name>
    <message>
        <location filename="../../ui/foundation_form.ui" line="15"/>
        <source>&amp;Naam stichting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="25"/>
        <source>Naam van de stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="31"/>
        <source>Stichting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="38"/>
        <source>&amp;Afkorting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="48"/>
        <source>Afkorting van de stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="54"/>
        <source>bijvoorbeeld SKOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="61"/>
        <source>A&amp;dres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="71"/>
        <source>Adres van de stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="77"/>
        <source>straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="84"/>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="94"/>
        <source>Postcode van de stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="100"/>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="107"/>
        <source>Pl&amp;aats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="117"/>
        <source>Plaats van de stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="127"/>
        <source>&amp;Directeur-bestuurder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="137"/>
        <source>Naam van de directeur-bestuurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/foundation_form.ui" line="143"/>
        <source>naam zoals in brieven, bijvoorbeeld mr. H. ter Horst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/incident_dialog.py" line="42"/>
        <source>Nieuwe melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/incident_dialog.py" line="46"/>
        <source>Melding {0} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="14"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="26"/>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="36"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="43"/>
        <source>Datum &amp;melding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="53"/>
        <source>Datum melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="59"/>
        <location filename="../../ui/incident_dialog.ui" line="82"/>
        <location filename="../../ui/incident_dialog.ui" line="186"/>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="66"/>
        <source>Datum &amp;voorval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="69"/>
        <source>Datum voorval bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="76"/>
        <source>Datum voorval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="89"/>
        <source>&amp;Gemeld door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="99"/>
        <source>Gemeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="102"/>
        <source>bijvoorbeeld mentor, ouder of medeleerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="109"/>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="119"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="131"/>
        <source>&amp;Omschrijving: wat is er gebeurd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="141"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="147"/>
        <source>Beschrijf feitelijk wat er is geplaatst of gezegd, waar en wanneer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="154"/>
        <source>Aangifte bij de politie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="160"/>
        <source>&amp;Aangifte gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="163"/>
        <source>Aangifte gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="170"/>
        <source>Datum aan&amp;gifte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="180"/>
        <source>Datum aangifte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="193"/>
        <source>&amp;Registratienummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="203"/>
        <source>Registratienummer aangifte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="206"/>
        <source>nummer op het proces-verbaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="213"/>
        <source>Alleen óf er aangifte is gedaan, wanneer en onder welk nummer. Geen strafrechtelijke details (AVG artikel 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="219"/>
        <source>color: palette(placeholder-text);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="233"/>
        <source>Protocolartikelen die zijn overtreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="242"/>
        <source>A · Alle gebruikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="254"/>
        <source>A1 · online tijdens de les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="257"/>
        <source>Artikel A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="264"/>
        <source>A2 · vertrouwelijke of persoonlijke informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="267"/>
        <source>Artikel A2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="274"/>
        <source>A3 · verantwoordelijk voor eigen berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="277"/>
        <source>Artikel A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="284"/>
        <source>A4 · berichten blijven openbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="287"/>
        <source>Artikel A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="294"/>
        <source>A5 · foto, film of geluid zonder toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="297"/>
        <source>Artikel A5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="304"/>
        <source>A6 · &apos;vrienden&apos; met leerlingen (medewerker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="307"/>
        <source>Artikel A6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="314"/>
        <source>A7 · fatsoensnormen: pesten, kwetsen, bedreigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="317"/>
        <source>Artikel A7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="324"/>
        <source>B · Medewerkers op het werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="336"/>
        <source>B1 · niet vermeld medewerker SKOW te zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="339"/>
        <source>Artikel B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="346"/>
        <source>B2 · ontsporende discussie niet gemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="349"/>
        <source>Artikel B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="356"/>
        <source>B3 · bij twijfel niet overlegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="359"/>
        <source>Artikel B3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="366"/>
        <source>B4 · discussie met leerling of ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="369"/>
        <source>Artikel B4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="376"/>
        <source>C · Medewerkers buiten het werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="388"/>
        <source>C1 · vertrouwelijk of schadelijk gepubliceerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="391"/>
        <source>Artikel C1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="398"/>
        <source>C2 · niet op persoonlijke titel vermeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="401"/>
        <source>Artikel C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="408"/>
        <source>C3 · geen eigen-mening-vermelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="411"/>
        <source>Artikel C3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="421"/>
        <location filename="../../ui/incident_dialog.ui" line="427"/>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="430"/>
        <source>Vink aan welke categorieën van toepassing zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="439"/>
        <source>Nieuwe categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="442"/>
        <source>Andere categorie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="449"/>
        <source>Toe&amp;voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="452"/>
        <source>Categorie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="471"/>
        <source>Knoppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/incident_form.py" line="43"/>
        <source>Kies of typ het platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/incident_form.py" line="44"/>
        <source>Kies de school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="77"/>
        <source>Brieven — zaak {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="139"/>
        <source>Een brief gaat over de veroorzaker. Voeg eerst bij ‘Betrokkenen’ de persoon toe die het bericht plaatste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="150"/>
        <source>Uw eerder aangepaste concept is teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="182"/>
        <source>Er staat al een aangepast concept klaar. Een nieuw concept vervangt het, met de tekst zoals het sjabloon die maakt; uw aanpassingen vervallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="184"/>
        <source>Nieuw concept maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="184"/>
        <source>Niet doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="187"/>
        <source>Deze brief is al definitief (nummer {0}). Een nieuw concept wordt een aparte, nieuwe brief. Wilt u de bestaande brief verbeteren, kies dan ‘Corrigeren’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="190"/>
        <source>Nieuwe brief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="190"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="204"/>
        <source>De ouders wonen niet op één adres: er is een brief per adres ({0}). Aanpassingen gelden voor alle brieven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="215"/>
        <source>Brief {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="256"/>
        <source>De brief heeft geen tekst; het voorbeeld toont de laatste tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="278"/>
        <source>De brief heeft geen tekst. Vul de tekst aan of maak een nieuw concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="283"/>
        <source>Na ‘Definitief maken’ krijgt de brief een nummer en wordt hij vastgelegd zoals u hem nu ziet. Daarna kan hij niet meer worden gewijzigd; een fout herstelt u alleen met een nieuwe versie (‘Corrigeren’).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="287"/>
        <source>

Dit geldt voor alle {0} brieven (één per adres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="288"/>
        <source>Definitief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="289"/>
        <source>Nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="289"/>
        <source>Brief definitief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="301"/>
        <source>De brief is definitief gemaakt en opgeslagen in het dossier ({0}). Hieronder ziet u hem zoals hij is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="306"/>
        <source>Deze brief is definitief ({0}; briefdatum {1}). Wijzigen kan niet meer; met ‘Corrigeren’ maakt u een nieuwe versie die de oude vervangt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="326"/>
        <source>Correctie van brief {0}: pas de tekst aan en maak de nieuwe versie definitief. De oude brief blijft in het dossier, met de vermelding dat deze hem vervangt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_dialog.py" line="367"/>
        <source>U heeft de tekst van dit concept aangepast, maar de brief is nog niet definitief. Wilt u het aangepaste concept bewaren? Het komt dan terug als u deze brief weer opent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterWindow</name>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="56"/>
        <source>Concept &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="65"/>
        <source>Tekst van de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="68"/>
        <source>Kies de persoon en de brief, en klik op ‘Concept maken’ om de brief hier te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="69"/>
        <source>Tekst &amp;aanpassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="71"/>
        <source>&amp;Definitief maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="72"/>
        <source>&amp;Corrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="73"/>
        <source>Af&amp;drukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="74"/>
        <source>Drukt alle brieven van deze set af (één per adres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="75"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="76"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="89"/>
        <source>&amp;Persoon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="90"/>
        <source>&amp;Brief:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="95"/>
        <source>Briefdatu&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="101"/>
        <source>Een lege regel begint een nieuwe alinea. Het voorbeeld rechts volgt uw tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_widgets.py" line="156"/>
        <source>Let op voordat u de brief definitief maakt:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="216"/>
        <source>&amp;Brief maken of bekijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="218"/>
        <source>Brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="219"/>
        <source>Nog geen brieven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="221"/>
        <source>Een brief wordt definitief gemaakt als onveranderbare, genummerde PDF in het dossier: bij een medewerker het personeelsdossier, bij een leerling of ouder het leerlingendossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="143"/>
        <source>Link als bewijsstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="145"/>
        <source>Plak het webadres van het bericht of profiel. Maak ook een schermafbeelding: een bericht kan later verdwijnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="152"/>
        <source>Webadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="156"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="157"/>
        <source>bijvoorbeeld: bericht van 3 november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="158"/>
        <source>&amp;Webadres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="159"/>
        <source>&amp;Toelichting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="246"/>
        <source>SKOW Desk is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="251"/>
        <source>Typ uw wachtwoord om verder te werken. Niets van wat u typte is verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="254"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="255"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="273"/>
        <source>Het wachtwoord is onjuist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="66"/>
        <location filename="../../ui/main_window.ui" line="185"/>
        <source>&amp;Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="67"/>
        <location filename="../../ui/main_window.ui" line="193"/>
        <source>&amp;Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="67"/>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>&amp;Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="67"/>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>&amp;Jaaroverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="68"/>
        <location filename="../../ui/main_window.ui" line="217"/>
        <source>&amp;Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="76"/>
        <source>Aantallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="174"/>
        <source>Kies eerst een melding in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="192"/>
        <source>Melding {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="289"/>
        <source>1 melding in deze lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="290"/>
        <source>{0} meldingen in deze lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="291"/>
        <source>  ·  {0} open taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="293"/>
        <source>, waarvan {0} te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="310"/>
        <source>SKOW Desk {0}

Meldingen, gesprekken, maatregelen en brieven bij het protocol sociale media van de SKOW.

Gegevensmap: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/main_window.py" line="312"/>
        <source>Over SKOW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>SKOW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="34"/>
        <source>Schermen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>&amp;Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>B&amp;eeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="85"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>Werkbalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="122"/>
        <source>&amp;Nieuwe melding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="125"/>
        <source>Nieuwe melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="128"/>
        <source>Een nieuwe melding vastleggen (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136"/>
        <source>Melding &amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="139"/>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="142"/>
        <source>De gekozen melding openen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="147"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="150"/>
        <source>De geopende melding opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="153"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158"/>
        <source>Tabblad &amp;sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="166"/>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169"/>
        <source>Zoeken in de meldingen (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="172"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="177"/>
        <source>&amp;Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="180"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="188"/>
        <source>Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196"/>
        <source>Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="204"/>
        <source>Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="212"/>
        <source>Alt+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="220"/>
        <source>Alt+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="228"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="236"/>
        <source>Het venster vergrendelen tot het wachtwoord is ingevuld (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="239"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="244"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="252"/>
        <source>&amp;Over SKOW Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="233"/>
        <source>&amp;Datum voornemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="234"/>
        <location filename="../../ui/measure_dialog.ui" line="130"/>
        <source>&amp;Datum besluit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="235"/>
        <source>Datum voornemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="236"/>
        <location filename="../../ui/measure_dialog.ui" line="140"/>
        <source>Datum besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="245"/>
        <source>Eerst het voornemen: de betrokkene krijgt de gelegenheid om te reageren (zienswijze) voordat u besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="248"/>
        <source>Er is nog geen voornemen vastgelegd voor deze maatregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="251"/>
        <source>zienswijze ontvangen op {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="254"/>
        <source>termijn voor de zienswijze loopt tot en met {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="256"/>
        <source>Dit besluit volgt op het voornemen van {0}; {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="267"/>
        <source>Leg eerst in de zaak vast wie de veroorzaker is; alleen voor een veroorzaker kan een maatregel worden genomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="271"/>
        <source>De datum van het besluit ligt vóór de datum van de melding ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="282"/>
        <source>De controle kon niet worden uitgevoerd; probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="299"/>
        <source>Eerst de melding in rood oplossen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/measure_dialog.py" line="306"/>
        <source>Kies de persoon en de maatregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="14"/>
        <source>Maatregel vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="22"/>
        <source>&amp;Persoon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="32"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="39"/>
        <source>&amp;Maatregel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="49"/>
        <source>Maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="56"/>
        <source>Fase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="63"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="81"/>
        <source>&amp;Voornemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="84"/>
        <source>Voornemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="91"/>
        <source>&amp;Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="94"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="123"/>
        <source>color: palette(placeholder-text);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="146"/>
        <location filename="../../ui/measure_dialog.ui" line="169"/>
        <location filename="../../ui/measure_dialog.ui" line="215"/>
        <location filename="../../ui/measure_dialog.ui" line="238"/>
        <location filename="../../ui/measure_dialog.ui" line="271"/>
        <location filename="../../ui/measure_dialog.ui" line="314"/>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="153"/>
        <source>Be&amp;kendgemaakt op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="163"/>
        <source>Datum bekendgemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="176"/>
        <source>&amp;Reden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="186"/>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="192"/>
        <source>Waarom deze maatregel: de feiten en het overtreden artikel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="199"/>
        <source>&amp;Eerste dag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="209"/>
        <source>Eerste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="222"/>
        <source>&amp;Laatste dag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="232"/>
        <source>Laatste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="245"/>
        <source>&amp;Interne schorsing (op school, maar niet in de klas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="248"/>
        <source>Interne schorsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="255"/>
        <source>Feiten bekend &amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="265"/>
        <source>Feiten bekend geworden op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="278"/>
        <source>O&amp;ntvangende school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="288"/>
        <source>Ontvangende school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="291"/>
        <source>de school die de leerling toelaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="298"/>
        <source>&amp;Zoektocht gestart op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="301"/>
        <source>Zoektocht naar een school gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="308"/>
        <source>Zoektocht gestart op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="329"/>
        <source>Controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="347"/>
        <source>Controle van de regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_dialog.ui" line="363"/>
        <source>Knoppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="95"/>
        <source>&amp;Persoon toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="97"/>
        <source>&amp;Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="99"/>
        <source>&amp;Afvinken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="100"/>
        <source>Weer &amp;openzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="102"/>
        <source>&amp;Maatregel vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="104"/>
        <source>&amp;Zienswijze ontvangen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="106"/>
        <source>&amp;Besluit nemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="107"/>
        <source>B&amp;rief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="110"/>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="112"/>
        <source>Nog niemand. Voeg de veroorzaker toe met ‘Persoon toevoegen…’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="115"/>
        <source>Taken en termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="117"/>
        <source>Geen taken. Taken met termijnen ontstaan vanzelf bij een maatregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="120"/>
        <source>Maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="122"/>
        <source>Nog geen maatregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="142"/>
        <source>Kies eerst een persoon in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="143"/>
        <source>Kies eerst een open taak in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="144"/>
        <source>Kies eerst een voornemen in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="151"/>
        <source>Kies eerst een afgevinkte taak in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="158"/>
        <source>Kies eerst een maatregel in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="170"/>
        <source>Reden: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="171"/>
        <source>Let op: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="116"/>
        <source>Schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="118"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="121"/>
        <source>Schooljaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="122"/>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="144"/>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="145"/>
        <location filename="../../skow_desk/gui/overview_view.py" line="304"/>
        <source>Open einde schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="146"/>
        <source>Mediaan dagen tot afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="152"/>
        <source>Meldingen per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="153"/>
        <source>Meldingen per protocolartikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="219"/>
        <source>Alle scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="254"/>
        <source>t.o.v. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="255"/>
        <source>Jaaroverzicht {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="260"/>
        <source>Het schooljaar loopt nog: de cijfers zijn de stand op {0}; {1} is een heel jaar. Geen namen: klik op een aantal voor de kenmerken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="305"/>
        <source>Alle meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="332"/>
        <source>Jaaroverzicht opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="350"/>
        <source>Jaaroverzicht wordt geschreven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/overview_view.py" line="353"/>
        <source>Het jaaroverzicht is opgeslagen als {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../skow_desk/gui/letter_preview.py" line="34"/>
        <source>Voorbeeld van de brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="49"/>
        <source>(onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="50"/>
        <source>de heer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="51"/>
        <source>mevrouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="56"/>
        <source>(geen school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="60"/>
        <source>Persoon wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="65"/>
        <source>Nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="117"/>
        <source>&amp;Groep of klas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="118"/>
        <source>&amp;Functie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="120"/>
        <location filename="../../ui/person_dialog.ui" line="147"/>
        <source>&amp;Groep of functie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_dialog.py" line="127"/>
        <source>{0} — wordt gekoppeld bij opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="14"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="22"/>
        <source>&amp;Rol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="32"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="39"/>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="49"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="56"/>
        <source>&amp;Aanhef:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="66"/>
        <source>Aanhef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="73"/>
        <source>&amp;Voornaam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="83"/>
        <source>Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="90"/>
        <source>Voor&amp;letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="100"/>
        <source>Voorletters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="103"/>
        <source>bijvoorbeeld A.M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="110"/>
        <source>&amp;Tussenvoegsel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="120"/>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="123"/>
        <source>bijvoorbeeld van der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="130"/>
        <source>A&amp;chternaam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="140"/>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="157"/>
        <source>Groep of functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="164"/>
        <source>A&amp;dres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="174"/>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="177"/>
        <source>straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="184"/>
        <source>&amp;Postcode en plaats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="196"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="205"/>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="212"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="215"/>
        <source>plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="224"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="234"/>
        <source>E-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="243"/>
        <location filename="../../ui/person_dialog.ui" line="249"/>
        <source>Ouders/verzorgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="264"/>
        <source>&amp;Nieuwe ouder/verzorger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="267"/>
        <source>Nieuwe ouder/verzorger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="274"/>
        <source>&amp;Bestaande ouder koppelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="277"/>
        <source>Bestaande ouder koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="299"/>
        <source>Brieven over een leerling gaan naar de ouders/verzorgers, één per adres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="305"/>
        <source>color: palette(placeholder-text);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="318"/>
        <source>Knoppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="54"/>
        <source>Alle rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="64"/>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="64"/>
        <source>Kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="65"/>
        <source>Betrokkene toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="66"/>
        <location filename="../../ui/person_picker.ui" line="14"/>
        <source>Persoon kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="77"/>
        <source>U hebt een persoon gekozen maar nog niet toegevoegd aan de zaak. Wilt u deze persoon toevoegen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="106"/>
        <source>Niemand gevonden. Kies ‘Nieuwe persoon…’ om iemand toe te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="108"/>
        <source>Meer dan {0} personen; typ verder om te zoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="110"/>
        <source>{0} personen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="111"/>
        <source>1 persoon gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/person_picker.py" line="161"/>
        <source>Kies eerst een persoon in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="20"/>
        <source>Typ een deel van de naam of de groep. Staat de persoon er niet bij? Kies dan ‘Nieuwe persoon…’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="26"/>
        <source>color: palette(placeholder-text);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="35"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="45"/>
        <source>Zoeken op naam of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="51"/>
        <source>naam of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="58"/>
        <source>&amp;Rol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="68"/>
        <source>Alleen personen met rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="77"/>
        <source>Gevonden personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="105"/>
        <source>&amp;Nieuwe persoon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="108"/>
        <source>Nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="128"/>
        <source>&amp;Betrokken als:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="138"/>
        <source>Betrokken als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_picker.ui" line="150"/>
        <source>Knoppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="58"/>
        <source>Zoek op naam of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="59"/>
        <source>Zoeken op naam of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="63"/>
        <source>Alleen personen met rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="64"/>
        <source>Alle rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="69"/>
        <source>Alleen personen van school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="70"/>
        <source>Alle scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="74"/>
        <source>&amp;Nieuwe persoon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="75"/>
        <source>&amp;Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="76"/>
        <source>&amp;Dossier openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="78"/>
        <source>Personen &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="80"/>
        <source>&amp;Voorbeeldbestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="83"/>
        <source>Sla een leeg CSV-bestand met de juiste kolommen op, om in Excel in te vullen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="86"/>
        <source>Niemand gevonden. Kies ‘Nieuwe persoon…’ of importeer een personenlijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="88"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="110"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="143"/>
        <source>De eerste {0} personen; typ een naam om te zoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="145"/>
        <source>1 persoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="147"/>
        <source>{0} personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="182"/>
        <source>Het bestand kon niet worden opgeslagen. Is het nog geopend in Excel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="185"/>
        <source>Het voorbeeldbestand is opgeslagen als ‘{0}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="203"/>
        <source>Personenlijst lezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="207"/>
        <source>Importeren gelukt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="177"/>
        <source>Wachtwoord vergeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="179"/>
        <source>Typ de herstelsleutel die u bij het inrichten hebt bewaard (zes groepen van vier tekens). Kies daarna een nieuw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="183"/>
        <source>Herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="190"/>
        <source>Nieuw wachtwoord &amp;instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="194"/>
        <source>&amp;Herstelsleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="202"/>
        <source>De herstelsleutel is onjuist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="81"/>
        <source>Zoeken op kenmerk, naam, platform of omschrijving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="83"/>
        <source>Zoeken in de meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="84"/>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="90"/>
        <source>Schoo&amp;ljaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="91"/>
        <source>Schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="92"/>
        <source>S&amp;chool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="92"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="93"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="94"/>
        <source>&amp;Rol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="95"/>
        <source>Rol van de veroorzaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="106"/>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="154"/>
        <source>Alle schooljaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="157"/>
        <source>Alle scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="160"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="163"/>
        <source>Alle rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="207"/>
        <source>Geen meldingen gevonden met deze zoekopdracht of filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="209"/>
        <source>Nog geen meldingen in dit schooljaar. Klik op &apos;Nieuwe melding&apos; om te beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/register_view.py" line="212"/>
        <source>Nog geen meldingen. Klik op &apos;Nieuwe melding&apos; om te beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="122"/>
        <source>Gegevens over leerlingen, ouders en medewerkers worden niet langer bewaard dan nodig: standaard tot twee jaar na vertrek. Hieronder staan de personen bij wie die termijn voorbij is. Anonimiseren vervangt namen en adressen door &apos;geanonimiseerd&apos;, wist verslagen, bewijsstukken en brief-PDF&apos;s, en houdt de aantallen voor het jaaroverzicht. Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="130"/>
        <source>Personen buiten de bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="147"/>
        <source>Geselecteerde &amp;anonimiseren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="183"/>
        <source>Niemand valt buiten de bewaartermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="185"/>
        <source>%1 van %2 geselecteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="195"/>
        <source>%1 persoon/personen en wat over hen is vastgelegd worden geanonimiseerd. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="197"/>
        <location filename="../../skow_desk/gui/retention_view.py" line="198"/>
        <source>Anonimiseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="198"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/retention_view.py" line="207"/>
        <source>Bewaartermijn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../../ui/school_form.ui" line="15"/>
        <source>&amp;BRIN-code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="25"/>
        <source>BRIN-code van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="31"/>
        <source>bijvoorbeeld 04XY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="38"/>
        <source>&amp;Naam school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="48"/>
        <source>Naam van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="58"/>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="68"/>
        <source>Sector van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="75"/>
        <source>D&amp;enominatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="85"/>
        <source>Denominatie van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="92"/>
        <source>A&amp;dres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="102"/>
        <source>Adres van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="108"/>
        <source>straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="115"/>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="125"/>
        <source>Postcode van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="131"/>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="138"/>
        <source>Pl&amp;aats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="148"/>
        <source>Plaats van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="158"/>
        <source>&amp;Telefoon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="168"/>
        <source>Telefoonnummer van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="178"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="188"/>
        <source>E-mailadres van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="198"/>
        <source>&amp;Directeur (ondertekent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="208"/>
        <source>Naam van de directeur die de brieven ondertekent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="214"/>
        <source>naam zoals onder brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="221"/>
        <source>&amp;Functie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="231"/>
        <source>Functie van de ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="237"/>
        <source>directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="244"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="265"/>
        <source>geen logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="275"/>
        <source>&amp;Logo kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/school_form.ui" line="278"/>
        <source>Logo van de school kiezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="86"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="88"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="99"/>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="175"/>
        <source>Nieuwe school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="227"/>
        <source>Instellingen inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/settings_dialog.py" line="242"/>
        <source>Instellingen bewaren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>&amp;Stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="33"/>
        <source>De gegevens van stichting en scholen kunnen ook in één bestand (.toml) staan, bijvoorbeeld om ze aan een andere directeur te geven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="45"/>
        <source>Instellingen &amp;inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="48"/>
        <source>Instellingen inlezen uit een TOML-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="55"/>
        <source>Instellingen &amp;bewaren als bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="58"/>
        <source>Instellingen bewaren als TOML-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="82"/>
        <source>S&amp;cholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="90"/>
        <source>Scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="103"/>
        <source>&amp;Nieuwe school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="127"/>
        <source>&amp;Brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="133"/>
        <source>Waar het adres op de brief staat, zodat het precies in het venster van de envelop valt. De standaard past op een vensterenvelop met het venster links (NEN 1026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="145"/>
        <source>Venster vanaf de &amp;linkerrand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="155"/>
        <source>Venster vanaf de linkerrand in millimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="158"/>
        <location filename="../../ui/settings_dialog.ui" line="190"/>
        <location filename="../../ui/settings_dialog.ui" line="222"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="177"/>
        <source>&amp;Breedte van het venster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="187"/>
        <source>Breedte van het venster in millimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="209"/>
        <source>&amp;Midden van het venster vanaf de bovenrand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="219"/>
        <source>Midden van het venster vanaf de bovenrand in millimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="241"/>
        <source>&amp;Standaard terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="258"/>
        <source>Be&amp;veiliging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="266"/>
        <source>&amp;Vergrendelen na:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="276"/>
        <source>Vergrendelen na zoveel minuten zonder gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="279"/>
        <source> minuten zonder gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="294"/>
        <source>Na deze tijd zonder muis of toetsenbord vraagt SKOW Desk opnieuw om het wachtwoord. Kies 0 om nooit te vergrendelen (niet aangeraden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="306"/>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../skow_desk/gui/case_timeline.py" line="74"/>
        <source>gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_timeline.py" line="74"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_timeline.py" line="75"/>
        <source>Stap {0}: {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="180"/>
        <source>&amp;Overleg vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="182"/>
        <source>&amp;Gesprek vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="184"/>
        <source>Verslag &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="187"/>
        <source>Overleg met de directeur-bestuurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="189"/>
        <source>Nog geen overleg vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="192"/>
        <source>Gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="194"/>
        <source>Nog geen gesprek vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/case_panels.py" line="208"/>
        <source>Kies eerst een gesprek in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="82"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="83"/>
        <source>Alle scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="87"/>
        <source>Afgevinkt &amp;op…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="88"/>
        <source>Taak afvinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="90"/>
        <source>Melding &amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="93"/>
        <source>S&amp;chool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="105"/>
        <source>Open taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="123"/>
        <source>Er staan geen open taken. Alles is bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="144"/>
        <source>{0} open taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="144"/>
        <source>1 open taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/tasks_view.py" line="146"/>
        <source>, waarvan {0} te laat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="81"/>
        <source>Briefsjablonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="91"/>
        <source>Briefsoort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="98"/>
        <source>Tekst van het sjabloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="103"/>
        <location filename="../../skow_desk/gui/template_editor.py" line="179"/>
        <source>Het voorbeeld verschijnt hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="106"/>
        <source>Beschikbare velden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="109"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="110"/>
        <source>&amp;Herstel standaardtekst…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="112"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="128"/>
        <source>&amp;Briefsoort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="137"/>
        <source>De tekst van de brief. Aanhef, adres, datum en ondertekening voegt het programma zelf toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="144"/>
        <source>Beschikbare velden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="188"/>
        <source>Eigen versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="188"/>
        <source>Standaardtekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="190"/>
        <source> — gewijzigd, nog niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="221"/>
        <source>
Het voorbeeld toont de laatste versie zonder fouten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="225"/>
        <source>Geen fouten gevonden. Het voorbeeld gebruikt verzonnen gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="251"/>
        <source>De standaardtekst van ‘{0}’ terugzetten? Uw eigen versie van dit sjabloon vervalt. Brieven die al definitief zijn, veranderen niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="254"/>
        <source>Standaardtekst terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="254"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/template_editor.py" line="265"/>
        <source>Het sjabloon ‘{0}’ is gewijzigd maar nog niet opgeslagen. Wilt u het opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="95"/>
        <source>SKOW Desk openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="96"/>
        <source>Typ uw wachtwoord om SKOW Desk te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="98"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="99"/>
        <source>&amp;Onthoud op deze computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="100"/>
        <source>Het wachtwoord wordt bewaard in de beveiligde sleutelbos van Windows; iedereen die op deze computer met uw account werkt, kan SKOW Desk openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="108"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="109"/>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="114"/>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="119"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="128"/>
        <source>Het wachtwoord is onjuist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/unlock_dialog.py" line="140"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/base.py" line="127"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/base.py" line="128"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/base.py" line="129"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/base.py" line="130"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/base.py" line="131"/>
        <source>Herstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/dates.py" line="40"/>
        <source>Typ de datum als dd-mm-jjjj of kies hem in de kalender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../skow_desk/gui/dialogs/base.py" line="118"/>
        <source>Opslaan is niet gelukt door een fout in de database. Wat u invulde staat er nog; probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="41"/>
        <source>Bewijsstukken kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="126"/>
        <source>De link kon niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/dialogs/evidence.py" line="133"/>
        <source>Er is geen programma gevonden om dit bestand te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_preview.py" line="110"/>
        <source>Brief afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_preview.py" line="160"/>
        <source>Afdrukken is niet gelukt: {0} Controleer of de printer aan staat en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_preview.py" line="169"/>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_preview.py" line="170"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_preview.py" line="185"/>
        <source>Het bestand ‘{0}’ kon niet worden opgeslagen. Is het nog geopend in een ander programma, of is de map alleen-lezen? Kies een andere naam of map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="35"/>
        <source>Personenlijst importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="36"/>
        <source>Excel of CSV (*.xlsx *.csv);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="43"/>
        <source>Voorbeeldbestand opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/persons_view.py" line="44"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/security_actions.py" line="42"/>
        <source>Back-up opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/security_actions.py" line="43"/>
        <source>SKOW Desk back-up (*.skowbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/security_actions.py" line="53"/>
        <source>De back-up is opgeslagen. Hij is versleuteld: u heeft uw wachtwoord nodig om hem terug te zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/security_actions.py" line="63"/>
        <source>Bewaartermijnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../skow_desk/gui/letter_actions.py" line="18"/>
        <source>&amp;Briefsjablonen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_actions.py" line="22"/>
        <source>&amp;Dossier van persoon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/letter_actions.py" line="46"/>
        <source>Kies onder ‘Personen’ de persoon van wie u het dossier wilt zien, en klik op ‘Dossier openen’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/security_actions.py" line="23"/>
        <source>&amp;Back-up maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../skow_desk/gui/security_actions.py" line="27"/>
        <source>&amp;Bewaartermijnen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
