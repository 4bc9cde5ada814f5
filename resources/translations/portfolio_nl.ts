<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>BackupBox</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="74"/>
        <source>%n reservekopie(ën) in je gegevensmap; de nieuwste is van %1.</source>
        <translation>
            <numerusform>%n reservekopie in je gegevensmap; ze is van %1.</numerusform>
            <numerusform>%n reservekopieën in je gegevensmap; de nieuwste is van %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="170"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competentie</numerusform>
            <numerusform>%n competenties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="171"/>
        <source>%n leerbewijs/leerbewijzen</source>
        <translation>
            <numerusform>%n leerbewijs</numerusform>
            <numerusform>%n leerbewijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="172"/>
        <source>%n ervaring(en)</source>
        <translation>
            <numerusform>%n ervaring</numerusform>
            <numerusform>%n ervaringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="173"/>
        <source>%n bijlage(n)</source>
        <translation>
            <numerusform>%n bijlage</numerusform>
            <numerusform>%n bijlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareerRow</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="70"/>
        <source>%n daarvan toon je al aan met bewijs.</source>
        <translation>
            <numerusform>%n daarvan toon je al aan met bewijs.</numerusform>
            <numerusform>%n daarvan toon je al aan met bewijs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="81"/>
        <source>En nog %n andere competentie(s).</source>
        <translation>
            <numerusform>En nog %n andere competentie.</numerusform>
            <numerusform>En nog %n andere competenties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareersTab</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="256"/>
        <source>De %n beroep(en) die het best passen:</source>
        <translation>
            <numerusform>%n beroep dat het best past:</numerusform>
            <numerusform>De %n beroepen die het best passen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencesPage</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/competences.py" line="178"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competentie</numerusform>
            <numerusform>%n competenties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/competences.py" line="181"/>
        <source>%1 van %n competentie(s)</source>
        <translation>
            <numerusform>%1 van %n competentie</numerusform>
            <numerusform>%1 van %n competenties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="281"/>
        <source>Toon ook de %n aanvullende competentie(s)</source>
        <translation>
            <numerusform>Toon ook de %n aanvullende competentie</numerusform>
            <numerusform>Toon ook de %n aanvullende competenties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperiencesPage</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="130"/>
        <source>Aantal ervaringen: %n</source>
        <translation>
            <numerusform>Aantal ervaringen: %n</numerusform>
            <numerusform>Aantal ervaringen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="132"/>
        <source>%1 van %n ervaring(en)</source>
        <translation>
            <numerusform>%1 van %n ervaring</numerusform>
            <numerusform>%1 van %n ervaringen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeerbewijzenPage</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="153"/>
        <source>Aantal leerbewijzen: %n</source>
        <translation>
            <numerusform>Aantal leerbewijzen: %n</numerusform>
            <numerusform>Aantal leerbewijzen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="155"/>
        <source>%1 van %n leerbewijs/leerbewijzen</source>
        <translation>
            <numerusform>%1 van %n leerbewijs</numerusform>
            <numerusform>%1 van %n leerbewijzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="131"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competentie</numerusform>
            <numerusform>%n competenties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="132"/>
        <source>%n leerbewijs/leerbewijzen</source>
        <translation>
            <numerusform>%n leerbewijs</numerusform>
            <numerusform>%n leerbewijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="133"/>
        <source>%n ervaring(en)</source>
        <translation>
            <numerusform>%n ervaring</numerusform>
            <numerusform>%n ervaringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="161"/>
        <source>Toon alle %n</source>
        <translation>
            <numerusform>Toon alle %n</numerusform>
            <numerusform>Toon alle %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/plan.py" line="204"/>
        <source>%n actie(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="376"/>
        <source>%n actie(s) toegevoegd aan je actieplan (zie ‘Actieplan’ links).</source>
        <translation>
            <numerusform>%n actie toegevoegd aan je actieplan (zie ‘Actieplan’ links).</numerusform>
            <numerusform>%n acties toegevoegd aan je actieplan (zie ‘Actieplan’ links).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="161"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="244"/>
        <source>%n rij(en) werd(en) overgeslagen omdat ze fouten bevatten.</source>
        <translation>
            <numerusform>%n rij werd overgeslagen omdat ze fouten bevatte.</numerusform>
            <numerusform>%n rijen werden overgeslagen omdat ze fouten bevatten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/unlock.py" line="112"/>
        <source>Probeer opnieuw over %n seconde(n).</source>
        <translation>
            <numerusform>Probeer opnieuw over %n seconde.</numerusform>
            <numerusform>Probeer opnieuw over %n seconden.</numerusform>
        </translation>
    </message>
</context>
</TS>
