<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="122"/>
        <source>Over Portfolio</source>
        <translation>About Portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="126"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="127"/>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="131"/>
        <source>Een versleutelde competentieportefeuille voor je eigen computer. Je gegevens blijven bij jou.</source>
        <translation>An encrypted competence portfolio for your own computer. Your data stays with you.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="139"/>
        <source>Vrije software onder de licentie %1.</source>
        <translation>Free software under the %1 licence.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="147"/>
        <source>Gegevens in de app</source>
        <translation>Data in the app</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="150"/>
        <source>Gegevens in de app en hun datum</source>
        <translation>Data in the app and their date</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="113"/>
        <source>Je portfolio wordt geopend met de onthouden wachtzin…</source>
        <translation>Opening your portfolio with the remembered passphrase…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="140"/>
        <source>Er werd net een verkeerde wachtzin getypt.</source>
        <translation>A wrong passphrase was typed a moment ago.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="206"/>
        <source>Waar bewaar je het nieuwe portfolio?</source>
        <translation>Where do you want to save the new portfolio?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="208"/>
        <source>Portfolio (*.vault)</source>
        <translation>Portfolio (*.vault)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="218"/>
        <source>Je portfolio wordt gemaakt en versleuteld. Dat duurt enkele seconden…</source>
        <translation>Your portfolio is being created and encrypted. This takes a few seconds…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="242"/>
        <source>Het voorbeeldportfolio wordt geopend…</source>
        <translation>Opening the sample portfolio…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="258"/>
        <source>Je portfolio wordt ontgrendeld…</source>
        <translation>Unlocking your portfolio…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="313"/>
        <source>Geen reservekopie vandaag</source>
        <translation>No backup today</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="320"/>
        <source>Portfolio beschadigd</source>
        <translation>Portfolio damaged</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="323"/>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="352"/>
        <source>Conflictkopie gevonden</source>
        <translation>Conflict copy found</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="354"/>
        <source>Naast je portfolio staat een kopie die je synchronisatieprogramma maakte, waarschijnlijk omdat twee computers tegelijk iets wijzigden:
%1

Er wordt niets samengevoegd. Open die kopie apart (Ander portfolio openen…) om te vergelijken, en verwijder daarna wat je niet meer nodig hebt.</source>
        <translation>Next to your portfolio there is a copy made by your sync program, probably because two computers changed something at the same time:
%1

Nothing is merged. Open that copy separately (Open another portfolio…) to compare, and then delete what you no longer need.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="379"/>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/controller.py" line="381"/>
        <source>De reservekopie is teruggezet. Je vorige portfolio staat bij de reservekopieën. Ontgrendel met de wachtzin van de reservekopie.</source>
        <translation>The backup has been restored. Your previous portfolio is among the backups. Unlock with the passphrase of the backup.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="36"/>
        <source>Voorbeeld van de bijlage</source>
        <translation>Preview of the attachment</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="51"/>
        <source>Voorbeeld van de PDF</source>
        <translation>Preview of the PDF</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="99"/>
        <source>Geen voorbeeld mogelijk.
De app kan dit bestand niet tonen.</source>
        <translation>No preview possible.
The app cannot show this file.</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="128"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="137"/>
        <source>Sleep een scan, foto of PDF hierheen, of kies een bestand.</source>
        <translation>Drag a scan, photo or PDF here, or choose a file.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="144"/>
        <source>Problemen met de bijlagen</source>
        <translation>Problems with the attachments</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="146"/>
        <source>Bestand &amp;kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="147"/>
        <source>Kies een bestand om toe te voegen</source>
        <translation>Choose a file to add</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="153"/>
        <source>Bekijk de gekozen bijlage</source>
        <translation>View the selected attachment</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="152"/>
        <source>Bek&amp;ijken</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="130"/>
        <source>Enter toont de gekozen bijlage, Delete haalt ze weg.</source>
        <translation>Enter shows the chosen attachment, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="149"/>
        <source>Een scan, foto of PDF; hij wordt versleuteld in je portfolio bewaard.</source>
        <translation>A scan, photo or PDF; it is kept encrypted in your portfolio.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="154"/>
        <source>Opent de bijlage in een venster.</source>
        <translation>Opens the attachment in a window.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="156"/>
        <source>Bijlage weg&amp;halen</source>
        <translation>&amp;Remove attachment</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="157"/>
        <source>Haal de gekozen bijlage weg</source>
        <translation>Remove the selected attachment</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="159"/>
        <source>Ze verdwijnt pas als je het formulier bewaart.</source>
        <translation>It goes only when you save the form.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="212"/>
        <source>Kies een of meer bestanden</source>
        <translation>Choose one or more files</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="214"/>
        <source>Scans, foto&apos;s en PDF&apos;s (*.pdf *.png *.jpg *.jpeg *.gif *.webp);;Alle bestanden (*)</source>
        <translation>Scans, photos and PDFs (*.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="235"/>
        <source>%1 staat al bij de bijlagen.</source>
        <translation>%1 is already among the attachments.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="279"/>
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="283"/>
        <source>Dubbelklik of druk op Enter om te bekijken</source>
        <translation>Double-click or press Enter to view</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="34"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="41"/>
        <source>Reservekopie mak&amp;en…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="44"/>
        <source>Een versleutelde kopie van je hele portfolio, bv. op een USB-stick.</source>
        <translation>An encrypted copy of your whole portfolio, e.g. on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="46"/>
        <source>Reservekopie terug&amp;zetten…</source>
        <translation>R&amp;estore a backup…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="49"/>
        <source>Zet een kopie terug; je huidige portfolio wordt eerst apart bewaard.</source>
        <translation>Puts a copy back; your current portfolio is kept aside first.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="55"/>
        <source>Automatische kopieën bewaren:</source>
        <translation>Automatic backups to keep:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="59"/>
        <source>Aantal automatische reservekopieën</source>
        <translation>Number of automatic backups</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="61"/>
        <source>De app maakt elke dag een kopie en houdt er zoveel bij.</source>
        <translation>The app makes a copy every day and keeps this many.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="74"/>
        <source>%n reservekopie(ën) in je gegevensmap; de nieuwste is van %1.</source>
        <translation>
            <numerusform>%n backup in your data folder, made on %1.</numerusform>
            <numerusform>%n backups in your data folder; the newest was made on %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="78"/>
        <source>Nog geen reservekopieën.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="87"/>
        <source>Reservekopie bewaren</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="89"/>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="121"/>
        <source>Reservekopie (*.pfbackup)</source>
        <translation>Backup (*.pfbackup)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="97"/>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="99"/>
        <source>De reservekopie is gemaakt en gecontroleerd. Ze is versleuteld met je huidige wachtzin: die heb je nodig om ze terug te zetten.</source>
        <translation>The backup has been made and checked. It is encrypted with your current passphrase: you need that passphrase to restore it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="120"/>
        <source>Kies een reservekopie</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="129"/>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="158"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="130"/>
        <source>Wachtzin van de reservekopie (de wachtzin van toen ze gemaakt werd):</source>
        <translation>Passphrase of the backup (the passphrase you had when it was made):</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="143"/>
        <source>Deze reservekopie is van %1 en bevat %2, %3, %4 en %5.

Je huidige portfolio vervangen? Het wordt eerst zelf als reservekopie bewaard.</source>
        <translation>This backup is from %1 and holds %2, %3, %4 and %5.

Replace your current portfolio? It is first saved as a backup itself.</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="170"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="171"/>
        <source>%n leerbewijs/leerbewijzen</source>
        <translation>
            <numerusform>%n proof of learning</numerusform>
            <numerusform>%n proofs of learning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="172"/>
        <source>%n ervaring(en)</source>
        <translation>
            <numerusform>%n experience</numerusform>
            <numerusform>%n experiences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/backup_box.py" line="173"/>
        <source>%n bijlage(n)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../portfolio_app/ui/busy.py" line="82"/>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>CareerRow</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="63"/>
        <source>Belangrijkste competenties die je zegt te kunnen</source>
        <translation>Essential competences you say you can do</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="67"/>
        <source>Waarom: je kunt %1.</source>
        <translation>Why: you can do %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="70"/>
        <source>%n daarvan toon je al aan met bewijs.</source>
        <translation>
            <numerusform>%n of them you already show with evidence.</numerusform>
            <numerusform>%n of them you already show with evidence.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="75"/>
        <source>Nog te leren of na te gaan, het belangrijkste eerst: %1</source>
        <translation>Still to learn or to check, most important first: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="81"/>
        <source>En nog %n andere competentie(s).</source>
        <translation>
            <numerusform>And %n other competence.</numerusform>
            <numerusform>And %n other competences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="83"/>
        <source>Past bij wat je graag doet.</source>
        <translation>Fits what you like doing.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="85"/>
        <source>Vraagt dingen die je niet meer wilt doen.</source>
        <translation>Asks for things you no longer want to do.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="89"/>
        <source>Er is een beroepskwalificatie op VKS-niveau %1.</source>
        <translation>There is a professional qualification at VKS level %1.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="100"/>
        <source>Check dit beroep</source>
        <translation>Check this occupation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="101"/>
        <source>Start een check voor %1</source>
        <translation>Start a check for %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="103"/>
        <source>Toont wat je van dit beroep al kunt en wat je nog mist.</source>
        <translation>Shows what you can already do for this occupation and what you still lack.</translation>
    </message>
</context>
<context>
    <name>CareersTab</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="124"/>
        <source>Welke beroepen passen bij mij?</source>
        <translation>Which occupations suit me?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="128"/>
        <source>Dit zijn de beroepen die het best passen bij wat je zegt te kunnen en wat je graag doet. Klik op ‘Check dit beroep’ om te zien wat je nog mist.</source>
        <translation>These are the occupations that best fit what you say you can do and what you like doing. Click ‘Check this occupation’ to see what you still miss.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="135"/>
        <source>&amp;Niveau:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="137"/>
        <source>Elk niveau</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="139"/>
        <source>VKS-niveau %1</source>
        <translation>VKS level %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="140"/>
        <source>Alleen beroepen met een kwalificatie op niveau</source>
        <translation>Only occupations with a qualification at this level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="142"/>
        <source>VKS-niveau 1 tot 8 (gelijk aan EQF), of elk niveau.</source>
        <translation>VKS level 1 to 8 (equal to EQF), or any level.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="145"/>
        <source>Alleen beroepen met &amp;krapte in de cijfers</source>
        <translation>Only occupations with a &amp;shortage in the figures</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="147"/>
        <source>Alleen beroepen waar de laatste cijfers krapte toonden</source>
        <translation>Only occupations whose latest figures showed a shortage</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="150"/>
        <source>Beroepen waarvoor werkgevers moeilijk mensen vinden (knelpuntberoepen).</source>
        <translation>Occupations for which employers find it hard to hire (shortage occupations).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="264"/>
        <source>Nog geen beroepen gevonden waarvan je een belangrijke competentie zegt te kunnen. Voeg toe wat je kunt op de pagina ‘Competenties’, of doe een check: die vraagt wat je al kunt.</source>
        <translation>No occupations found yet where you say you can do an essential competence. Add what you can do on the ‘Competences’ page, or run a check: it asks what you can already do.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="208"/>
        <source>Even zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="242"/>
        <source>Beroepen zoeken die bij je passen</source>
        <translation>Finding occupations that suit you</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="256"/>
        <source>De %n beroep(en) die het best passen:</source>
        <translation>
            <numerusform>The %n occupation that fits best:</numerusform>
            <numerusform>The %n occupations that fit best:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_careers.py" line="259"/>
        <source>Geen beroepen gevonden met deze keuze. Zet een filter uit.</source>
        <translation>No occupations found with these choices. Turn off a filter.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check.py" line="49"/>
        <location filename="../../portfolio_app/ui/pages/check.py" line="68"/>
        <source>Competentiecheck</source>
        <translation>Competence check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check.py" line="64"/>
        <source>&amp;Check een doel</source>
        <translation>&amp;Check a target</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check.py" line="65"/>
        <source>&amp;Welke beroepen passen bij mij?</source>
        <translation>&amp;Which occupations suit me?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check.py" line="66"/>
        <source>Leg je portfolio naast een beroep of kwalificatie</source>
        <translation>Hold your portfolio against an occupation or qualification</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check.py" line="67"/>
        <source>Beroepen die het best bij je portfolio passen</source>
        <translation>Occupations that best fit your portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check.py" line="70"/>
        <source>Twee tabbladen: een doel checken, of zien welke beroepen bij je passen.</source>
        <translation>Two tabs: check a target, or see which occupations suit you.</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="50"/>
        <source>Competentie toevoegen</source>
        <translation>Add competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="52"/>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="201"/>
        <source>Competentie bewerken</source>
        <translation>Edit competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="65"/>
        <source>Typ bv. heftruck, samenwerken, Engels…</source>
        <translation>Type e.g. forklift, teamwork, English…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="75"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="84"/>
        <source>&amp;Competentie</source>
        <translation>&amp;Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="84"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="85"/>
        <source>Zoek een competentie</source>
        <translation>Search for a competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="87"/>
        <source>Typ een deel van de naam en kies uit de lijst, of houd je eigen woorden.</source>
        <translation>Type part of the name and pick from the list, or keep your own words.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="94"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="96"/>
        <source>Vakspecifiek, transversaal, digitaal, taal of kennis.</source>
        <translation>Job-specific, transversal, digital, language or knowledge.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="109"/>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="109"/>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="114"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="110"/>
        <source>Schaal van het niveau</source>
        <translation>Level scale</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="112"/>
        <source>Niveau 1 tot 4, een taalniveau (A1 tot C2), of gewoon: heb ik.</source>
        <translation>Level 1 to 4, a language level (A1 to C2), or simply: I have it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="115"/>
        <source>Hoe goed je het kunt, op die schaal.</source>
        <translation>How well you can do it, on that scale.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="121"/>
        <source>&amp;Willen</source>
        <translation>&amp;Want</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="123"/>
        <source>Wil je dit (nog) doen?</source>
        <translation>Do you (still) want to do this?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="124"/>
        <source>De check houdt er rekening mee wat je graag doet.</source>
        <translation>The check takes into account what you like doing.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="128"/>
        <source>&amp;Laatst gebruikt</source>
        <translation>Last &amp;used</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="130"/>
        <source>&amp;Eerst verworven</source>
        <translation>&amp;First acquired</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="133"/>
        <source>Vastgesteld &amp;door</source>
        <translation>&amp;Identified by</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="133"/>
        <source>Vastgesteld door</source>
        <translation>Identified by</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="141"/>
        <source>Leerbewijs: </source>
        <translation>Proof of learning: </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="143"/>
        <source>Ervaring: </source>
        <translation>Experience: </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="145"/>
        <source>Nog geen leerbewijzen of ervaringen</source>
        <translation>No proofs of learning or experiences yet</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="148"/>
        <source>&amp;Bewijs</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="150"/>
        <source>Aangetoond met</source>
        <translation>Shown by</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="151"/>
        <source>Vink de leerbewijzen en ervaringen aan die tonen dat je dit kunt.</source>
        <translation>Tick the proofs of learning and experiences that show you can do this.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="157"/>
        <source>N&amp;otitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="159"/>
        <source>Notitie (alleen voor jezelf)</source>
        <translation>Note (only for yourself)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="160"/>
        <source>Alleen voor jezelf; komt niet in een export, tenzij je dat aanvinkt.</source>
        <translation>Only for yourself; not in an export unless you tick it there.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="207"/>
        <source>‘%1’ staat al in je portfolio. Je past die competentie nu aan, in plaats van ze een tweede keer toe te voegen.</source>
        <translation>‘%1’ is already in your portfolio. You are now changing that competence instead of adding it a second time.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="272"/>
        <source>heb ik</source>
        <translation>have</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="273"/>
        <source>heb ik niet</source>
        <translation>have not</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="326"/>
        <source>Gebruik deze competentie uit de competentietaal in plaats van je tekst.</source>
        <translation>Use this competence from the competence language instead of your text.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="333"/>
        <source>✓ In de competentietaal</source>
        <translation>✓ In the competence language</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="335"/>
        <source>Kies een competentie uit de lijst, of typ je eigen omschrijving.</source>
        <translation>Choose a competence from the list, or type your own description.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="336"/>
        <source>Niet in de competentietaal: wordt bewaard als vrije tekst.</source>
        <translation>Not in the competence language: saved as free text.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="356"/>
        <source>‘%1’ staat al in je portfolio als een andere competentie. Pas die aan, of kies hier een andere naam.</source>
        <translation>‘%1’ is already in your portfolio as another competence. Change that one, or choose another name here.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/claim_dialog.py" line="323"/>
        <source>Koppel aan: %1</source>
        <translation>Link to: %1</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="82"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="83"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="84"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="85"/>
        <source>Willen</source>
        <translation>Want</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="86"/>
        <source>Laatst gebruikt</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="87"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="106"/>
        <source>Aangetoond met: </source>
        <translation>Shown by: </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="108"/>
        <source>Gebruikt bij: </source>
        <translation>Used at: </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="111"/>
        <source>Bijlagen bij de competentie: %1</source>
        <translation>Attachments to the competence: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="136"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="136"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="139"/>
        <source>Niet in de competentietaal (vrije tekst)</source>
        <translation>Not in the competence language (free text)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/claims.py" line="143"/>
        <source>Meer dan 3 jaar niet gebruikt</source>
        <translation>Not used for more than 3 years</translation>
    </message>
</context>
<context>
    <name>CompetenceChecklist</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="64"/>
        <source>Voorgestelde competenties; vink aan wat klopt</source>
        <translation>Suggested competences; tick the ones that are right</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="66"/>
        <source>Gevonden in wat je schreef. Spatie vinkt de gekozen competentie aan of af.</source>
        <translation>Found in what you wrote. Space ticks or unticks the chosen competence.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="76"/>
        <source>Schrijf hierboven wat je deed: dan stelt de app competenties voor.</source>
        <translation>Write above what you did: the app will then suggest competences.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="81"/>
        <source>Zoek nog een andere competentie…</source>
        <translation>Search for another competence…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="82"/>
        <source>Zoek nog een andere competentie</source>
        <translation>Search for another competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="84"/>
        <source>Typ een deel van de naam en kies uit de lijst die verschijnt.</source>
        <translation>Type part of the name and pick from the list that appears.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="87"/>
        <source>To&amp;evoegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="88"/>
        <source>Voeg de getypte competentie toe</source>
        <translation>Add the competence you typed</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="90"/>
        <source>Zet wat je typte aangevinkt in de lijst, ook als het niet gevonden werd.</source>
        <translation>Puts what you typed in the list, ticked, even if it was not found.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="130"/>
        <source>%1 (eigen omschrijving)</source>
        <translation>%1 (your own description)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="132"/>
        <source>%1   — herkend in: %2</source>
        <translation>%1   — found in: %2</translation>
    </message>
</context>
<context>
    <name>CompetenceList</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="61"/>
        <source>Typ bv. heftruck, klantgericht, Excel…</source>
        <translation>Type e.g. forklift, customer-focused, Excel…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="62"/>
        <source>Zoek een competentie om toe te voegen</source>
        <translation>Search for a competence to add</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="64"/>
        <source>Typ een deel van de naam en kies uit de lijst die verschijnt.</source>
        <translation>Type part of the name and pick from the list that appears.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="67"/>
        <source>To&amp;evoegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="68"/>
        <source>Voeg de getypte competentie toe</source>
        <translation>Add the competence you typed</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="70"/>
        <source>Zet wat je typte in de lijst, ook als het niet gevonden werd.</source>
        <translation>Puts what you typed in the list, even if it was not found.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="75"/>
        <source>Competenties die dit leerbewijs aantoont</source>
        <translation>Competences this proof of learning shows</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="76"/>
        <source>Delete haalt de gekozen competentie weg.</source>
        <translation>Delete removes the chosen competence.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="79"/>
        <source>Competentie we&amp;ghalen</source>
        <translation>Remove co&amp;mpetence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="80"/>
        <source>Haal de gekozen competentie weg</source>
        <translation>Remove the selected competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="82"/>
        <source>Het leerbewijs toont deze competentie dan niet meer aan.</source>
        <translation>The proof of learning then no longer shows this competence.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="113"/>
        <source>%1 (eigen omschrijving)</source>
        <translation>%1 (your own description)</translation>
    </message>
</context>
<context>
    <name>CompetencesPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="38"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="41"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="44"/>
        <source>Een competentie toevoegen: zoek ze op naam (Ctrl+N).</source>
        <translation>Add a competence: search it by name (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="47"/>
        <source>Voeg toe &amp;uit een beroep…</source>
        <translation>Add from an &amp;occupation…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="51"/>
        <source>Kies een beroep en vink aan welke van zijn competenties je hebt.</source>
        <translation>Choose an occupation and tick which of its competences you have.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="53"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="56"/>
        <source>De gekozen competentie in de tabel aanpassen (of Enter in de tabel).</source>
        <translation>Change the competence chosen in the table (or Enter in the table).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="58"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="61"/>
        <source>De gekozen competenties weghalen (of Delete). Ctrl+Z zet ze terug.</source>
        <translation>Remove the chosen competences (or Delete). Ctrl+Z puts them back.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="70"/>
        <source>Zoek in je competenties…</source>
        <translation>Search your competences…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="71"/>
        <source>Zoek in je competenties</source>
        <translation>Search your competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="74"/>
        <source>De tabel toont alleen de competenties met deze woorden.</source>
        <translation>The table shows only the competences with these words.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="77"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="78"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="81"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="82"/>
        <source>Elk niveau</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="83"/>
        <source>vanaf niveau %1</source>
        <translation>level %1 or higher</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="86"/>
        <source>Willen</source>
        <translation>Want</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="87"/>
        <source>Willen: alles</source>
        <translation>Want: all</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="90"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="92"/>
        <source>Met en zonder bewijs</source>
        <translation>With and without evidence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="93"/>
        <source>Met bewijs</source>
        <translation>With evidence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="94"/>
        <source>Zonder bewijs</source>
        <translation>Without evidence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="97"/>
        <source>Meer dan 3 jaar niet gebruikt</source>
        <translation>Not used for more than 3 years</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="99"/>
        <source>Toon alleen wat je de laatste 3 jaar niet meer deed.</source>
        <translation>Show only what you have not done in the last 3 years.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="111"/>
        <source>Tabel met je competenties</source>
        <translation>Table of your competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="113"/>
        <source>Enter past de gekozen competentie aan, Delete haalt ze weg.</source>
        <translation>Enter changes the chosen competence, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="142"/>
        <source>Toon alleen de competenties die hierbij passen.</source>
        <translation>Show only the competences that match this.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/competences.py" line="174"/>
        <source>Nog geen competenties. Klik op ‘Toevoegen…’ of ‘Voeg toe uit een beroep…’.</source>
        <translation>No competences yet. Click ‘Add…’ or ‘Add from an occupation…’.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/competences.py" line="178"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/competences.py" line="181"/>
        <source>%1 van %n competentie(s)</source>
        <translation>
            <numerusform>%1 of %n competence</numerusform>
            <numerusform>%1 of %n competences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptSearch</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/concept_search.py" line="86"/>
        <source>Geen beroepskwalificatie gevonden voor ‘%1’.</source>
        <translation>No professional qualification found for ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/concept_search.py" line="87"/>
        <source>Geen beroep of beroepskwalificatie gevonden voor ‘%1’.</source>
        <translation>No occupation or professional qualification found for ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/concept_search.py" line="95"/>
        <source>beroep</source>
        <translation>occupation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/concept_search.py" line="96"/>
        <source>beroepskwalificatie</source>
        <translation>professional qualification</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/concept_search.py" line="109"/>
        <source>al in je portfolio</source>
        <translation>already in your portfolio</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="212"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="215"/>
        <source>Toon mijn &amp;resultaat</source>
        <translation>Show my &amp;result</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="159"/>
        <source>Stap 2 van 3: wat kan je al?</source>
        <translation>Step 2 of 3: what can you already do?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="170"/>
        <source>Kan je dit?</source>
        <translation>Can you do this?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="174"/>
        <source>Zet alles op ‘&amp;Ja’</source>
        <translation>Set everything to ‘&amp;Yes’</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="175"/>
        <source>Kies daarna ‘Een beetje’ of ‘Nee’ waar dat klopt.</source>
        <translation>Then choose ‘A little’ or ‘No’ where that is right.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="181"/>
        <source>Competenties die nuttig zijn voor dit doel, maar niet de belangrijkste.</source>
        <translation>Competences that are useful for this target, but not the most important ones.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="188"/>
        <source>Klopt dit nog?</source>
        <translation>Is this still right?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="213"/>
        <source>Terug naar stap 1: een ander doel.</source>
        <translation>Back to step 1: another target.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="217"/>
        <source>Bewaart je antwoorden en toont wat je al hebt en wat je nog mist.</source>
        <translation>Saves your answers and shows what you have and what you still lack.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="241"/>
        <source>Deze competenties van ‘%1’ staan nog niet in je portfolio. Kan je ze? Wat je met ‘Ja’ of ‘Een beetje’ beantwoordt, komt in je portfolio als je eigen inschatting. ★ = belangrijk voor dit doel.</source>
        <translation>These competences of ‘%1’ are not in your portfolio yet. Can you do them? What you answer with ‘Yes’ or ‘A little’ goes into your portfolio as your own estimate. ★ = important for this goal.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="259"/>
        <source>Dit heb je al van wat ‘%1’ vraagt. Wanneer deed je het laatst, en wil je het nog doen? Pas aan wat niet klopt.</source>
        <translation>This is what you already have of what ‘%1’ asks. When did you last do it, and do you still want to? Change what is not right.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="281"/>
        <source>Toon ook de %n aanvullende competentie(s)</source>
        <translation>
            <numerusform>Also show the %n optional competence</numerusform>
            <numerusform>Also show the %n optional competences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="297"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="298"/>
        <source>Doe je het nu nog?</source>
        <translation>Do you still do it now?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="299"/>
        <source>Zo niet: laatst gedaan in</source>
        <translation>If not: last done in</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="300"/>
        <source>Wil je het (nog) doen?</source>
        <translation>Do you (still) want to do it?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="349"/>
        <source>telt mee voor: %1</source>
        <translation>counts for: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="352"/>
        <source>Ja, nu nog</source>
        <translation>Yes, I still do</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="353"/>
        <source>%1: doe ik nu nog</source>
        <translation>%1: I still do this</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="355"/>
        <source>Aangevinkt: je doet het nu nog. Anders: vul in wanneer je het laatst deed.</source>
        <translation>Ticked: you still do it now. Otherwise: fill in when you last did it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="360"/>
        <source>%1: laatst gedaan in (maand en jaar)</source>
        <translation>%1: last done in (month and year)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="367"/>
        <source>%1: wil je het nog doen?</source>
        <translation>%1: do you still want to do it?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="369"/>
        <source>De check houdt er rekening mee wat je graag doet.</source>
        <translation>The check takes into account what you like doing.</translation>
    </message>
</context>
<context>
    <name>CounsellorBox</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_counsellor.py" line="19"/>
        <source>Verder in het overzicht</source>
        <translation>Further in the overview</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_counsellor.py" line="23"/>
        <source>Je laatste check, wat je graag doet, je actieplan en de rechten die kunnen gelden. Neem het mee naar je loopbaanbegeleider.</source>
        <translation>Your latest check, what you like doing, your action plan and the rights that may apply. Take it to your career counsellor.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_counsellor.py" line="30"/>
        <source>Vermeld mijn &amp;situatie</source>
        <translation>State my &amp;situation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_counsellor.py" line="32"/>
        <source>Vermeld mijn situatie</source>
        <translation>State my situation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_counsellor.py" line="48"/>
        <source>Je hebt je situatie niet opgegeven (Instellingen › Over jou). De rechten staan er dan bij als ‘hangt af van de situatie’.</source>
        <translation>You have not given your situation (Settings › About you). The rights are then listed as ‘depends on the situation’.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_counsellor.py" line="56"/>
        <source>Dan staat er ‘%1’ in, en alleen de rechten die daarbij passen. Zonder staan alle rechten er, als ‘hangt af van de situatie’.</source>
        <translation>Then it says ‘%1’, with only the rights that fit it. Without it, all rights are listed, as ‘depends on the situation’.</translation>
    </message>
</context>
<context>
    <name>CoverageBar</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/coverage_bar.py" line="43"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="98"/>
        <source>Digitaal leerbewijs importeren</source>
        <translation>Import a digital proof of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="106"/>
        <source>Soort bestand</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="107"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="108"/>
        <source>Uitgereikt door</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="110"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="114"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="116"/>
        <source>Niveau (EQF/VKS)</source>
        <translation>Level (EQF/VKS)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="119"/>
        <source>Wat kon gecontroleerd worden</source>
        <translation>What could be checked</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="121"/>
        <source>Controles</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="137"/>
        <source>Dit leerbewijs staat al in je portfolio: %1</source>
        <translation>This proof of learning is already in your portfolio: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="143"/>
        <source>Competenties die het aantoont</source>
        <translation>Competences it shows</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="145"/>
        <source>Voorgestelde competenties</source>
        <translation>Suggested competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="148"/>
        <source>  (niet in de competentietaal)</source>
        <translation>  (not in the competence language)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="155"/>
        <source>Het leerbewijs noemt geen competenties.</source>
        <translation>The proof of learning does not name any competences.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="161"/>
        <source>Bewaren in mijn portfolio</source>
        <translation>Save in my portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/credential_dialog.py" line="164"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="82"/>
        <source>bv. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="91"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="92"/>
        <source>Kies in een kalender (of typ de datum)</source>
        <translation>Pick from a calendar (or type the date)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="94"/>
        <source>Opent een kalender; er wordt pas iets ingevuld als je iets kiest.</source>
        <translation>Opens a calendar; nothing is filled in until you pick something.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="109"/>
        <source>Aangevinkt als er geen einddatum is; een datum typen vinkt het uit.</source>
        <translation>Ticked when there is no end date; typing a date unticks it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="123"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="185"/>
        <source>%1 ligt in de toekomst.</source>
        <translation>%1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="224"/>
        <source>Typ bv. 2015, 04/2015 of 12/04/2015; leeg mag.</source>
        <translation>Type e.g. 2015, 04/2015 or 12/04/2015 (day/month/year); may be left empty.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="226"/>
        <source>%1: kies in een kalender</source>
        <translation>%1: pick from a calendar</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="227"/>
        <source>%1: wat de app leest</source>
        <translation>%1: what the app reads</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="230"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="268"/>
        <source>Dat is geen datum. Typ bv. 2015 of 04/2015.</source>
        <translation>That is not a date. Type e.g. 2015 or 04/2015.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="270"/>
        <source>Dat is geen datum. Typ bv. 12/04/2015 of 04/2015.</source>
        <translation>That is not a date. Type e.g. 12/04/2015 (day/month/year) or 04/2015.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="274"/>
        <source>Die datum ligt in de toekomst.</source>
        <translation>That date is in the future.</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="386"/>
        <source>Kalender: kies een dag</source>
        <translation>Calendar: pick a day</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="49"/>
        <source>Welk document wil je maken?</source>
        <translation>Which document do you want to make?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="56"/>
        <source>Bijlage bij je &amp;cv (PDF)</source>
        <translation>&amp;CV annex (PDF)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="57"/>
        <source>Je competenties en leerbewijzen, om bij je cv te voegen.</source>
        <translation>Your competences and proofs of learning, to add to your CV.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="61"/>
        <source>&amp;EVC-dossier (PDF)</source>
        <translation>&amp;RPL dossier (PDF)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="62"/>
        <source>Je bewijzen per competentie van één beroepskwalificatie.</source>
        <translation>Your evidence for each competence of one professional qualification.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="66"/>
        <source>Overzicht voor je &amp;loopbaanbegeleider (PDF)</source>
        <translation>Overview for your career &amp;counsellor (PDF)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="67"/>
        <source>Je check, wat je wilt, je actieplan en je rechten, voor een gesprek.</source>
        <translation>Your check, what you want, your action plan and your rights, for a conversation.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="71"/>
        <source>JSON &amp;Resume</source>
        <translation>&amp;JSON Resume</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="72"/>
        <source>Voor websites en programma&apos;s die het JSON Resume-formaat lezen.</source>
        <translation>For websites and programs that read the JSON Resume format.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="76"/>
        <source>&amp;Volledige kopie (JSON)</source>
        <translation>&amp;Full copy (JSON)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="77"/>
        <source>Alles uit je portfolio, ook notities en bijlagen, om over te zetten.</source>
        <translation>Everything in your portfolio, including notes and attachments, to move it elsewhere.</translation>
    </message>
</context>
<context>
    <name>EvcPart</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="143"/>
        <source>Kosten van een EVC-traject</source>
        <translation>Costs of an RPL procedure</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="146"/>
        <source>Maak je &amp;EVC-dossier</source>
        <translation>Make your RPL &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="147"/>
        <source>Maak je EVC-dossier als PDF</source>
        <translation>Make your RPL dossier as a PDF</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="149"/>
        <source>Gaat naar Exporteren, met je bewijzen per competentie van dit doel.</source>
        <translation>Goes to Export, with your evidence per competence of this target.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="164"/>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="166"/>
        <source>%1 euro</source>
        <translation>%1 euros</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="171"/>
        <source>Wat kost het?</source>
        <translation>What does it cost?</translation>
    </message>
</context>
<context>
    <name>ExperienceDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="174"/>
        <source>Ervaring toevoegen</source>
        <translation>Add experience</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="176"/>
        <source>Ervaring bewerken</source>
        <translation>Edit experience</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="185"/>
        <source>Werk, een opleiding, een stage, vrijwilligerswerk of iets wat je thuis of in je vrije tijd deed. Vul minstens een functie of een organisatie in.</source>
        <translation>Work, a course, an internship, volunteering or something you did at home or in your free time. Fill in at least a role or an organisation.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="195"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="197"/>
        <source>Werk, opleiding, stage, vrijwilligerswerk of iets anders.</source>
        <translation>Work, training, internship, volunteering or something else.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="200"/>
        <source>bv. magazijnier, leiding in de jeugdbeweging</source>
        <translation>e.g. warehouse worker, leader in a youth movement</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="201"/>
        <source>&amp;Functie of rol</source>
        <translation>Job title or &amp;role</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="203"/>
        <source>bv. de naam van het bedrijf of de school</source>
        <translation>e.g. the name of the company or the school</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="204"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="206"/>
        <source>&amp;Van</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="206"/>
        <source>Begonnen in (maand en jaar)</source>
        <translation>Started in (month and year)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="207"/>
        <source>loopt nog</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="208"/>
        <source>&amp;Tot</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="208"/>
        <source>Gestopt in (leeg als het nog loopt)</source>
        <translation>Stopped in (empty if it is ongoing)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="211"/>
        <source>Vertel in je eigen woorden wat je deed, bv.: Ik laadde vrachtwagens.</source>
        <translation>Say in your own words what you did, e.g.: I loaded lorries.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="215"/>
        <source>Wat deed je?</source>
        <translation>What did you do?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="215"/>
        <source>Wat &amp;deed je?</source>
        <translation>What &amp;did you do?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="217"/>
        <source>Welke competenties gebruikte je hier?</source>
        <translation>Which competences did you use here?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="221"/>
        <source>Vink aan wat klopt. De voorstellen komen uit wat je hierboven schreef; staat er iets niet bij, zoek het dan onder de lijst.</source>
        <translation>Tick what is right. The suggestions come from what you wrote above; if something is missing, search for it below the list.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="232"/>
        <source>Voeg ze ook toe aan mijn &amp;competenties</source>
        <translation>Also add them to my &amp;competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="239"/>
        <source>Voeg de aangevinkte competenties ook toe aan mijn competenties</source>
        <translation>Also add the ticked competences to my competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="242"/>
        <source>Competenties die al in je lijst staan, krijgen deze ervaring als bewijs.</source>
        <translation>Competences already on your list get this experience as evidence.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="246"/>
        <source>Competenties die al in je lijst staan, krijgen deze ervaring als bewijs erbij.</source>
        <translation>Competences that are already in your list get this experience as extra evidence.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="252"/>
        <source>&amp;Bijlagen</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="252"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="254"/>
        <source>Bijlagen (bv. een attest van de werkgever)</source>
        <translation>Attachments (e.g. an attestation from the employer)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="259"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="261"/>
        <source>Notitie (alleen voor jezelf)</source>
        <translation>Note (only for yourself)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/experience_dialog.py" line="262"/>
        <source>Alleen voor jezelf; komt niet in een export, tenzij je dat aanvinkt.</source>
        <translation>Only for yourself; not in an export unless you tick it there.</translation>
    </message>
</context>
<context>
    <name>ExperiencesModel</name>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="25"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="30"/>
        <source>sinds %1 (loopt nog)</source>
        <translation>since %1 (ongoing)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="34"/>
        <source>tot %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="35"/>
        <source>loopt nog</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="79"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="80"/>
        <source>Functie en organisatie</source>
        <translation>Role and organisation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="81"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="82"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/experiences.py" line="83"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>ExperiencesPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="36"/>
        <source>Ervaringen</source>
        <translation>Experiences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="38"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="39"/>
        <source>Ervaring toevoegen</source>
        <translation>Add experience</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="42"/>
        <source>Werk, een opleiding, een stage of vrijwilligerswerk toevoegen (Ctrl+N).</source>
        <translation>Add work, a training, an internship or volunteering (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="44"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="45"/>
        <source>Gekozen ervaring bewerken</source>
        <translation>Edit the selected experience</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="48"/>
        <source>De gekozen ervaring in de tabel aanpassen (of Enter in de tabel).</source>
        <translation>Change the experience chosen in the table (or Enter in the table).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="50"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="51"/>
        <source>Gekozen ervaringen verwijderen</source>
        <translation>Delete the selected experiences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="54"/>
        <source>De gekozen ervaringen weghalen (of Delete). Ctrl+Z zet ze terug.</source>
        <translation>Remove the chosen experiences (or Delete). Ctrl+Z puts them back.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="62"/>
        <source>Zoek in je ervaringen…</source>
        <translation>Search your experiences…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="63"/>
        <source>Zoek in je ervaringen</source>
        <translation>Search your experiences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="66"/>
        <source>De tabel toont alleen de ervaringen met deze woorden.</source>
        <translation>The table shows only the experiences with these words.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="70"/>
        <source>Soort ervaring</source>
        <translation>Kind of experience</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="71"/>
        <source>Toon alleen ervaringen van deze soort.</source>
        <translation>Show only experiences of this kind.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="72"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="83"/>
        <source>Tabel met je ervaringen</source>
        <translation>Table of your experiences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="85"/>
        <source>Enter past de gekozen ervaring aan, Delete haalt ze weg.</source>
        <translation>Enter changes the chosen experience, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="125"/>
        <source>Nog geen ervaringen. Klik op ‘Toevoegen…’ en vertel wat je deed: op het werk, op school, als vrijwilliger of thuis.</source>
        <translation>No experiences yet. Click ‘Add…’ and tell what you did: at work, at school, as a volunteer or at home.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="130"/>
        <source>Aantal ervaringen: %n</source>
        <translation>
            <numerusform>%n experience</numerusform>
            <numerusform>%n experiences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/experiences.py" line="132"/>
        <source>%1 van %n ervaring(en)</source>
        <translation>
            <numerusform>%1 of %n experience</numerusform>
            <numerusform>%1 of %n experiences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="49"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="52"/>
        <source>Maak een document om aan iemand te geven, bijvoorbeeld aan een werkgever of je VDAB-consulent. Je ziet eerst een voorbeeld. Er wordt pas iets bewaard als je op ‘Bewaren’ klikt.</source>
        <translation>Make a document to give to someone, for example an employer or your VDAB counsellor. You see a preview first. Nothing is saved until you click ‘Save’.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="93"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="94"/>
        <source>Groot be&amp;kijken…</source>
        <translation>View lar&amp;ger…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="95"/>
        <source>Het voorbeeld groot bekijken in een apart venster</source>
        <translation>View the preview large in a separate window</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="96"/>
        <source>Esc sluit het venster weer.</source>
        <translation>Esc closes the window again.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="175"/>
        <source>Het voorbeeld wordt bijgewerkt…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="205"/>
        <source>Kies eerst een beroepskwalificatie (links, bij ‘Voor welke beroepskwalificatie?’). Dan zie je hier het dossier.</source>
        <translation>First choose a professional qualification (on the left, under ‘For which professional qualification?’). Then you will see the dossier here.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="221"/>
        <source>Zo ziet je document eruit. Aantal pagina&apos;s: %1.</source>
        <translation>This is what your document looks like. Pages: %1.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="226"/>
        <source>Zo ziet het bestand eruit.</source>
        <translation>This is what the file looks like.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="240"/>
        <source>Het voorbeeld kon niet gemaakt worden. Probeer een andere keuze, of sluit de app en open ze opnieuw.</source>
        <translation>The preview could not be made. Try another choice, or close the app and open it again.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="248"/>
        <source>Een volledige kopie van je portfolio bevat alles:</source>
        <translation>A full copy of your portfolio holds everything:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="250"/>
        <source>Competenties: %1</source>
        <translation>Competences: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="251"/>
        <source>Leerbewijzen: %1</source>
        <translation>Proofs of learning: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="252"/>
        <source>Ervaringen: %1</source>
        <translation>Experiences: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="253"/>
        <source>Bijlagen: %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="256"/>
        <source>Ook je notities, je actieplan en je checks staan erin. Gebruik dit bestand om je portfolio over te zetten naar een andere computer of een ander programma.</source>
        <translation>Your notes, your action plan and your checks are in it too. Use this file to move your portfolio to another computer or another program.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="277"/>
        <source>Bewaren als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="298"/>
        <source>Volledige kopie bewaren</source>
        <translation>Saving the full copy</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="317"/>
        <source>EVC-dossier %1</source>
        <translation>RPL dossier %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="319"/>
        <source>Voor de loopbaanbegeleider</source>
        <translation>For the career counsellor</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="323"/>
        <source>Portfolio volledige kopie</source>
        <translation>Portfolio full copy</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export.py" line="324"/>
        <source>Bijlage bij cv</source>
        <translation>CV annex</translation>
    </message>
</context>
<context>
    <name>FieldsBox</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="125"/>
        <source>Persoonsgegevens in het document</source>
        <translation>Personal details in the document</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="140"/>
        <source>Je hebt nog geen persoonsgegevens ingevuld.</source>
        <translation>You have not filled in any personal details yet.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="143"/>
        <source>Gegevens aanpassen…</source>
        <translation>Change details…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="144"/>
        <source>Je persoonsgegevens aanpassen bij Instellingen</source>
        <translation>Change your personal details in Settings</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="145"/>
        <source>Gaat naar Instellingen, bij ‘Over jou’.</source>
        <translation>Goes to Settings, to ‘About you’.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/form.py" line="45"/>
        <source>Problemen met het formulier</source>
        <translation>Problems with the form</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/form.py" line="50"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/form.py" line="51"/>
        <source>Bewaart wat je invulde en sluit het venster.</source>
        <translation>Saves what you filled in and closes the window.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/form.py" line="53"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/form.py" line="54"/>
        <source>Sluit het venster zonder te bewaren.</source>
        <translation>Closes the window without saving.</translation>
    </message>
</context>
<context>
    <name>FuturePart</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="236"/>
        <source>Zeg je te kunnen</source>
        <translation>You say you can do</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="249"/>
        <source>Onderzoek bij bijna 300 Vlaamse bedrijven (de SCOPE-studies) noemde deze competenties (nog meer) cruciaal in de toekomst, over sectoren heen. Je toont er %1 van aan.</source>
        <translation>Research with nearly 300 Flemish companies (the SCOPE studies) named these competences (even more) crucial in the future, across sectors. You show %1 of them.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="257"/>
        <source>Kan je al:</source>
        <translation>You can already do:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="257"/>
        <source>(nog geen)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="258"/>
        <source>Nog niet in je portfolio:</source>
        <translation>Not in your portfolio yet:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="258"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="262"/>
        <source>Bron: %1 (%2).</source>
        <translation>Source: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/guarded.py" line="61"/>
        <source>Wijzigingen weggooien?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/guarded.py" line="63"/>
        <source>Je hebt iets veranderd in dit venster. Wil je dat bewaren?</source>
        <translation>You changed something in this window. Do you want to save it?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/guarded.py" line="68"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/guarded.py" line="71"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/guarded.py" line="75"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="42"/>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="107"/>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="45"/>
        <source>Wat doet Portfolio?</source>
        <translation>What does Portfolio do?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="47"/>
        <source>Je houdt bij wat je kunt (competenties), hoe je dat bewijst (leerbewijzen: diploma&apos;s, attesten, badges) en waar je het leerde (ervaringen). Alles staat versleuteld op je eigen computer. Niets gaat naar internet.</source>
        <translation>You keep track of what you can do (competences), how you prove it (proofs of learning: diplomas, certificates, badges) and where you learned it (experiences). Everything is encrypted on your own computer. Nothing goes to the internet.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="53"/>
        <source>Alles wordt meteen bewaard</source>
        <translation>Everything is saved at once</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="55"/>
        <source>Je hoeft niets apart te bewaren: wat je verandert, staat meteen in je portfolio. Iets fout gedaan? Kies Bewerken › Ongedaan maken (Ctrl+Z).</source>
        <translation>You never need to save: what you change is in your portfolio at once. Made a mistake? Choose Edit › Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="60"/>
        <source>Iets toevoegen</source>
        <translation>Adding something</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="62"/>
        <source>Kies links een onderdeel, bv. Competenties, en klik op ‘Toevoegen…’. Typ een paar letters: de app toont wat past. Staat het er al in, dan opent de app wat je al hebt.</source>
        <translation>Choose a part on the left, e.g. Competences, and click ‘Add…’. Type a few letters: the app shows what fits. If it is already there, the app opens what you have.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="68"/>
        <source>Een datum typen</source>
        <translation>Typing a date</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="70"/>
        <source>Typ een jaar (2015), een maand (04/2015) of een dag (12/04/2015). Je mag ook op ‘Kalender’ klikken. Weet je het niet, laat het veld dan leeg.</source>
        <translation>Type a year (2015), a month (04/2015) or a day (12/04/2015, day first). You can also click ‘Calendar’. If you do not know, leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="75"/>
        <source>De competentiecheck</source>
        <translation>The competence check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="77"/>
        <source>Kies een beroep of een beroepskwalificatie. De app toont wat je al kunt en wat je nog mist, en maakt met één klik een actieplan.</source>
        <translation>Choose an occupation or a professional qualification. The app shows what you can already do and what you still lack, and makes an action plan in one click.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="82"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="84"/>
        <source>Maak een bijlage bij je cv of een dossier voor een EVC-traject, als PDF. Alleen wat je kiest, komt erin.</source>
        <translation>Make an annex to your CV or a dossier for an EVC procedure, as a PDF. Only what you choose goes in.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="89"/>
        <source>Veilig</source>
        <translation>Safe</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="91"/>
        <source>Ctrl+L vergrendelt je portfolio; na een tijd zonder gebruik gebeurt dat vanzelf. Onthoud je wachtzin goed: zonder wachtzin kan niemand je portfolio openen, ook wij niet. Maak af en toe een reservekopie (Instellingen).</source>
        <translation>Ctrl+L locks your portfolio; after a while without use it locks by itself. Remember your passphrase well: without it nobody can open your portfolio, not even us. Make a backup now and then (Settings).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="98"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="100"/>
        <source>Ctrl+1 tot Ctrl+8: naar een onderdeel. Ctrl+Z: ongedaan maken. Ctrl+L: vergrendelen. Ctrl+Q: afsluiten. F1: deze handleiding. Esc: een venster sluiten (de app vraagt eerst wat er moet gebeuren met wat je veranderde).</source>
        <translation>Ctrl+1 to Ctrl+8: go to a part. Ctrl+Z: undo. Ctrl+L: lock. Ctrl+Q: quit. F1: this guide. Esc: close a window (the app first asks what to do with what you changed).</translation>
    </message>
</context>
<context>
    <name>HistoryPart</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="284"/>
        <source>Check van %1: %2 van %3 gezegd, %4 aangetoond</source>
        <translation>Check of %1: %2 of %3 said, %4 shown</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="291"/>
        <source>(deze)</source>
        <translation>(this one)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="294"/>
        <source>Opent het bewaarde resultaat van die dag.</source>
        <translation>Opens the saved result of that day.</translation>
    </message>
</context>
<context>
    <name>KindLevelChart</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/chart.py" line="39"/>
        <source>Grafiek: competenties per soort en niveau</source>
        <translation>Chart: competences by kind and level</translation>
    </message>
</context>
<context>
    <name>KunnenWillenPart</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="105"/>
        <source>Kan ik en wil ik</source>
        <translation>Can and want</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="106"/>
        <source>Kan ik, maar wil ik niet (meer)</source>
        <translation>Can, but don&apos;t want (any more)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="107"/>
        <source>Wil ik, maar kan ik nog niet</source>
        <translation>Want, but can&apos;t yet</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="124"/>
        <source>(niets)</source>
        <translation>(nothing)</translation>
    </message>
</context>
<context>
    <name>LanguagePreparer</name>
    <message>
        <location filename="../../portfolio_app/ui/language_prep.py" line="59"/>
        <source>De competentietaal klaarzetten</source>
        <translation>Preparing the competence language</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/language_prep.py" line="69"/>
        <source>Eenmalig: de beroepen en competenties klaarzetten…</source>
        <translation>Once only: preparing the occupations and competences…</translation>
    </message>
</context>
<context>
    <name>LeerbewijsDetails</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="57"/>
        <source>&amp;Meer details</source>
        <translation>&amp;More details</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="60"/>
        <source>Meer details tonen of verbergen</source>
        <translation>Show or hide more details</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="73"/>
        <source>Typ een deel van de naam, bv. heftruck</source>
        <translation>Type part of the name, e.g. forklift</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="80"/>
        <source>Beroeps&amp;kwalificatie</source>
        <translation>Professional &amp;qualification</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="82"/>
        <source>Beroepskwalificatie</source>
        <translation>Professional qualification</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="85"/>
        <source>Over de beroepskwalificatie</source>
        <translation>About the professional qualification</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="88"/>
        <source>N&amp;ummer van het bewijs</source>
        <translation>Proof n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="95"/>
        <source>Web&amp;adres om te controleren</source>
        <translation>&amp;Web address to check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="100"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="104"/>
        <source>Be&amp;haald via</source>
        <translation>Obtained throu&amp;gh</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="106"/>
        <source>Behaald via (traject)</source>
        <translation>Obtained through (route)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="111"/>
        <source>C&amp;riteria</source>
        <translation>C&amp;riteria</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="113"/>
        <source>Criteria: wat je moest kunnen</source>
        <translation>Criteria: what you had to be able to do</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="120"/>
        <source>Bewijsstukken, één per regel</source>
        <translation>Evidence, one per line</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="118"/>
        <source>Bewijs&amp;tukken (één per regel)</source>
        <translation>E&amp;vidence (one per line)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="62"/>
        <source>Beroepskwalificatie, nummer, criteria en een buitenlands diploma.</source>
        <translation>Professional qualification, number, criteria and a foreign diploma.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="83"/>
        <source>De erkende beroepskwalificatie die dit bewijs toont, als er een is.</source>
        <translation>The recognised professional qualification this proof shows, if there is one.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="90"/>
        <source>Het nummer dat op het diploma of attest staat.</source>
        <translation>The number on the diploma or certificate.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="97"/>
        <source>Waar een werkgever kan nagaan dat het bewijs echt is.</source>
        <translation>Where an employer can check that the proof is genuine.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="107"/>
        <source>Bijvoorbeeld een opleiding of een EVC-traject.</source>
        <translation>For example a training or an RPL procedure.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="114"/>
        <source>Wat je moest tonen om het te halen, zoals op het bewijs staat.</source>
        <translation>What you had to show to obtain it, as the proof says.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="121"/>
        <source>Wat je liet zien of inleverde, bv. een portfolio of een proef.</source>
        <translation>What you showed or handed in, e.g. a portfolio or a test piece.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="125"/>
        <source>Vrijstelli&amp;ngen (één per regel)</source>
        <translation>Exe&amp;mptions (one per line)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="127"/>
        <source>Vrijstellingen, één per regel</source>
        <translation>Exemptions, one per line</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="128"/>
        <source>Delen die je niet moest doen, omdat je ze al had.</source>
        <translation>Parts you did not have to do because you already had them.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="131"/>
        <source>Buitenlands diploma (NARIC-Vlaanderen)</source>
        <translation>Foreign diploma (NARIC-Vlaanderen)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="136"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="138"/>
        <source>Land van het buitenlandse diploma</source>
        <translation>Country of the foreign diploma</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="139"/>
        <source>Waar je het diploma haalde.</source>
        <translation>Where you obtained the diploma.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="143"/>
        <source>Oorspronkelijke titel</source>
        <translation>Original title</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="145"/>
        <source>De naam van het diploma in de taal van dat land.</source>
        <translation>The name of the diploma in the language of that country.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="148"/>
        <source>bv. gelijkwaardig aan bachelor</source>
        <translation>e.g. equivalent to a bachelor&apos;s degree</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="149"/>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="149"/>
        <source>Beslissing van NARIC</source>
        <translation>NARIC decision</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="151"/>
        <source>Datum van de beslissing</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="154"/>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="156"/>
        <source>Referentie van de beslissing</source>
        <translation>Reference of the decision</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="157"/>
        <source>Het dossiernummer op de brief van NARIC-Vlaanderen.</source>
        <translation>The file number on the letter from NARIC-Vlaanderen.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="161"/>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="211"/>
        <source>✓ Beroepskwalificatie op VKS-niveau %1</source>
        <translation>✓ Professional qualification at VKS level %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="215"/>
        <source>Webadres van een kwalificatie die niet in de competentietaal staat.</source>
        <translation>Web address of a qualification that is not in the competence language.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="217"/>
        <source>Kies een beroepskwalificatie uit de lijst, of laat het veld leeg.</source>
        <translation>Choose a professional qualification from the list, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="253"/>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="258"/>
        <source>Gecontroleerd op %1: %2 van %3 controles geslaagd.</source>
        <translation>Checked on %1: %2 of %3 checks passed.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="290"/>
        <source>Beroepskwalificatie: kies er een uit de lijst die verschijnt terwijl je typt, of maak het veld leeg.</source>
        <translation>Professional qualification: choose one from the list that appears while you type, or clear the field.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_details.py" line="307"/>
        <source>NARIC: vul ook de beslissing in, of maak de NARIC-velden leeg.</source>
        <translation>NARIC: fill in the decision too, or clear the NARIC fields.</translation>
    </message>
</context>
<context>
    <name>LeerbewijsDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="144"/>
        <source>Leerbewijs toevoegen</source>
        <translation>Add proof of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="146"/>
        <source>Leerbewijs bewerken</source>
        <translation>Edit proof of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="155"/>
        <source>Een leerbewijs is een diploma, certificaat, attest of badge. Alleen de titel is verplicht.</source>
        <translation>A proof of learning is a diploma, certificate, attestation or badge. Only the title is required.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="163"/>
        <source>bv. Attest heftruckchauffeur, Diploma secundair onderwijs</source>
        <translation>e.g. Forklift driver attestation, Secondary education diploma</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="165"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="171"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="173"/>
        <source>Diploma, getuigschrift, certificaat, attest, badge, …</source>
        <translation>Diploma, certificate, attestation, badge, …</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="176"/>
        <source>school, opleider of organisatie</source>
        <translation>school, trainer or organisation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="177"/>
        <source>Uitgereikt &amp;door</source>
        <translation>Issued &amp;by</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="179"/>
        <source>Uitgereikt &amp;op</source>
        <translation>Issued &amp;on</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="179"/>
        <source>Datum van uitreiking</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="180"/>
        <source>verloopt niet</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="189"/>
        <source>&amp;Geldig tot</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="189"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="190"/>
        <source>Geldig tot (leeg als het niet verloopt)</source>
        <translation>Valid until (empty if it does not expire)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="192"/>
        <source>weet ik niet / niet van toepassing</source>
        <translation>don&apos;t know / not applicable</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="194"/>
        <source>niveau %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="196"/>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="202"/>
        <source>Het niveau in de Vlaamse Kwalificatiestructuur (gelijk aan EQF)</source>
        <translation>The level in the Flemish Qualifications Structure (VKS, the same as EQF)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="199"/>
        <source>&amp;VKS-niveau</source>
        <translation>VKS &amp;level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="201"/>
        <source>VKS-niveau (1 tot 8)</source>
        <translation>VKS level (1 to 8)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="205"/>
        <source>&amp;Bijlagen</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="205"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="206"/>
        <source>Bijlagen (scans, foto&apos;s, PDF&apos;s)</source>
        <translation>Attachments (scans, photos, PDFs)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="209"/>
        <source>&amp;Competenties</source>
        <translation>&amp;Competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="209"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="213"/>
        <source>Beschr&amp;ijving</source>
        <translation>De&amp;scription</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="215"/>
        <source>Wat je leerde of deed om dit te halen, in je eigen woorden.</source>
        <translation>What you learned or did to obtain it, in your own words.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="220"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="222"/>
        <source>Notitie (alleen voor jezelf)</source>
        <translation>Note (only for yourself)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="223"/>
        <source>Alleen voor jezelf; komt niet in een export, tenzij je dat aanvinkt.</source>
        <translation>Only for yourself; not in an export unless you tick it there.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/leerbewijs_dialog.py" line="268"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>LeerbewijzenModel</name>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="38"/>
        <source>Verloopt niet</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="39"/>
        <source>Geldig tot %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="40"/>
        <source>Verloopt binnenkort: %1</source>
        <translation>Expires soon: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="43"/>
        <source>Verlopen op %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="96"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="97"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="98"/>
        <source>Uitgereikt door</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="99"/>
        <source>Uitgereikt op</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="100"/>
        <source>VKS</source>
        <translation>VKS</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="101"/>
        <source>Geldigheid</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="102"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="103"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="138"/>
        <source>Niveau in de Vlaamse Kwalificatiestructuur (gelijk aan EQF), 1 tot 8</source>
        <translation>Level in the Flemish Qualifications Structure (the same as EQF), 1 to 8</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="167"/>
        <source>Dit leerbewijs is verlopen. Vraag een nieuw aan of volg een opfrissing.</source>
        <translation>This proof of learning has expired. Apply for a new one or take a refresher course.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/leerbewijzen.py" line="169"/>
        <source>Dit leerbewijs verloopt binnen 90 dagen. Plan de vernieuwing.</source>
        <translation>This proof of learning expires within 90 days. Plan the renewal.</translation>
    </message>
</context>
<context>
    <name>LeerbewijzenPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="39"/>
        <source>Leerbewijzen</source>
        <translation>Proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="41"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="42"/>
        <source>Leerbewijs toevoegen</source>
        <translation>Add proof of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="45"/>
        <source>Een diploma, attest of badge toevoegen (Ctrl+N), met een scan als je wilt.</source>
        <translation>Add a diploma, certificate or badge (Ctrl+N), with a scan if you like.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="47"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="48"/>
        <source>Gekozen leerbewijs bewerken</source>
        <translation>Edit the selected proof of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="51"/>
        <source>Het gekozen leerbewijs in de tabel aanpassen (of Enter in de tabel).</source>
        <translation>Change the proof of learning chosen in the table (or Enter in the table).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="53"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="54"/>
        <source>Gekozen leerbewijzen verwijderen</source>
        <translation>Delete the selected proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="57"/>
        <source>De gekozen leerbewijzen weghalen (of Delete). Ctrl+Z zet ze terug.</source>
        <translation>Remove the chosen proofs of learning (or Delete). Ctrl+Z puts them back.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="65"/>
        <source>Zoek in je leerbewijzen…</source>
        <translation>Search your proofs of learning…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="66"/>
        <source>Zoek in je leerbewijzen</source>
        <translation>Search your proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="69"/>
        <source>De tabel toont alleen de leerbewijzen met deze woorden.</source>
        <translation>The table shows only the proofs of learning with these words.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="73"/>
        <source>Toon welke leerbewijzen</source>
        <translation>Which proofs of learning to show</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="75"/>
        <source>Alle leerbewijzen, of alleen wat verlopen is of binnen 90 dagen verloopt.</source>
        <translation>All proofs of learning, or only what has expired or expires within 90 days.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="77"/>
        <source>Alle leerbewijzen</source>
        <translation>All proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="78"/>
        <source>Verlopen of verloopt binnenkort</source>
        <translation>Expired or expiring soon</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="87"/>
        <source>Tabel met je leerbewijzen</source>
        <translation>Table of your proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="89"/>
        <source>Enter past het gekozen leerbewijs aan, Delete haalt het weg.</source>
        <translation>Enter changes the chosen proof of learning, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="111"/>
        <source>Tip: sleep een scan of PDF van een diploma of attest naar dit venster.</source>
        <translation>Tip: drag a scan or PDF of a diploma or attestation onto this window.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="149"/>
        <source>Nog geen leerbewijzen. Klik op ‘Toevoegen…’ of sleep een bestand hierheen.</source>
        <translation>No proofs of learning yet. Click ‘Add…’ or drag a file here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="153"/>
        <source>Aantal leerbewijzen: %n</source>
        <translation>
            <numerusform>%n proof of learning</numerusform>
            <numerusform>%n proofs of learning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/leerbewijzen.py" line="155"/>
        <source>%1 van %n leerbewijs/leerbewijzen</source>
        <translation>
            <numerusform>%1 of %n proof of learning</numerusform>
            <numerusform>%1 of %n proofs of learning</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="38"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="40"/>
        <source>VOORBEELD (demo)</source>
        <translation>SAMPLE (demo)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="46"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="48"/>
        <source>Kies een onderdeel met de pijltjestoetsen, of met Ctrl+1 tot Ctrl+8.</source>
        <translation>Choose a part with the arrow keys, or with Ctrl+1 to Ctrl+8.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="76"/>
        <source>Dit is een voorbeeldportfolio van een verzonnen persoon.</source>
        <translation>This is a sample portfolio of a made-up person.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="156"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="159"/>
        <source>Vergrendel je portfolio; je wachtzin is nodig om verder te gaan.</source>
        <translation>Lock your portfolio; you need your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="162"/>
        <location filename="../../portfolio_app/ui/main_window.py" line="205"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="166"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="168"/>
        <source>Sluit de app; alles is al bewaard.</source>
        <translation>Close the app; everything is saved already.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="170"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="174"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="176"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="179"/>
        <source>&amp;Over Portfolio</source>
        <translation>&amp;About Portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="184"/>
        <source>Zet Portfolio in het &amp;menu van je computer</source>
        <translation>Add Portfolio to your computer&apos;s &amp;menu</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="193"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="228"/>
        <source>In het menu</source>
        <translation>In the menu</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/main_window.py" line="230"/>
        <source>Portfolio staat nu in het menu van je computer, bij Kantoor. Je kan het voortaan daar starten.</source>
        <translation>Portfolio is now in your computer&apos;s menu, under Office. From now on you can start it there.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="412"/>
        <source>Vorig jaar</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/dates.py" line="416"/>
        <source>Volgend jaar</source>
        <translation>Next year</translation>
    </message>
</context>
<context>
    <name>OccupationDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="33"/>
        <source>Voeg toe uit een beroep</source>
        <translation>Add from an occupation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="36"/>
        <source>Welk beroep deed je (of ken je)?</source>
        <translation>Which occupation have you worked in (or do you know)?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="38"/>
        <source>Typ bv. kok, heftruckchauffeur, verpleegkundige…</source>
        <translation>Type e.g. cook, forklift driver, nurse…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="39"/>
        <source>Zoek een beroep</source>
        <translation>Search for an occupation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="41"/>
        <source>Typ een deel van de naam en kies het beroep uit de lijst die verschijnt.</source>
        <translation>Type part of the name and pick the occupation from the list that appears.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="45"/>
        <source>Vink aan wat je kunt. ★ = belangrijk voor dit beroep.</source>
        <translation>Tick what you can do. ★ = important for this occupation.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="49"/>
        <source>Competenties van het beroep</source>
        <translation>Competences of the occupation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="51"/>
        <source>Spatie vinkt aan of af. Een ster staat voor: belangrijk voor dit beroep.</source>
        <translation>Space ticks or unticks. A star means: important for this occupation.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="63"/>
        <source>Niveau voor wat je aanvinkt</source>
        <translation>Level for what you tick</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="65"/>
        <source>Alles wat je aanvinkt, krijgt dit niveau; je past het later aan.</source>
        <translation>Everything you tick gets this level; you can change it later.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="67"/>
        <source>Willen</source>
        <translation>Want</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="69"/>
        <source>Of je dit graag (nog) doet; geldt voor alles wat je aanvinkt.</source>
        <translation>Whether you (still) like doing this; applies to everything you tick.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="71"/>
        <source>&amp;Niveau voor wat je aanvinkt</source>
        <translation>&amp;Level for what you tick</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="72"/>
        <source>&amp;Willen</source>
        <translation>&amp;Want</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="78"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="80"/>
        <source>Voegt de aangevinkte competenties toe aan je portfolio.</source>
        <translation>Adds the ticked competences to your portfolio.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="83"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="84"/>
        <source>Sluit het venster zonder iets toe te voegen.</source>
        <translation>Closes the window without adding anything.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/occupation_dialog.py" line="115"/>
        <source>(al in je portfolio)</source>
        <translation>(already in your portfolio)</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="72"/>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="74"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="73"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="73"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="78"/>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="80"/>
        <source>Leerbewijzen</source>
        <translation>Proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="79"/>
        <source>Leerbewijs</source>
        <translation>Proof of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="79"/>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="85"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="84"/>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="86"/>
        <source>Ervaringen</source>
        <translation>Experiences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="85"/>
        <source>Ervaring</source>
        <translation>Experience</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="111"/>
        <source>In welke taal?</source>
        <translation>In which language?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="114"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="115"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="117"/>
        <source>Taal van het document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="119"/>
        <source>Het document in het Nederlands of in het Engels, los van de app.</source>
        <translation>The document in Dutch or in English, whatever the app&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="122"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="131"/>
        <source>Verder in de bijlage</source>
        <translation>Also in the annex</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="135"/>
        <source>Je laatste competentiec&amp;heck</source>
        <translation>Your last competence c&amp;heck</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="137"/>
        <source>Het resultaat van je laatste check, met de datum.</source>
        <translation>The result of your last check, with its date.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="144"/>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="160"/>
        <source>Mijn eigen &amp;notities</source>
        <translation>My own no&amp;tes</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="148"/>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="164"/>
        <source>Bij&amp;lagen (scans, attesten)</source>
        <translation>&amp;Attachments (scans, attestations)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="157"/>
        <source>Verder in het dossier</source>
        <translation>Also in the dossier</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="175"/>
        <source>Digitale leerbewijzen als origineel bestand insl&amp;uiten</source>
        <translation>E&amp;mbed digital credentials as original files</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="179"/>
        <source>Je open badges en Europass-leerbewijzen gaan ongewijzigd mee in de PDF. Een werkgever of assessor kan ze dan zelf controleren. Ze kunnen je naam of e-mailadres bevatten.</source>
        <translation>Your open badges and Europass credentials go into the PDF unchanged, so an employer or assessor can verify them. They may contain your name or email address.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="193"/>
        <source>Wat je als notitie bij je competenties en bewijzen schreef.</source>
        <translation>What you wrote as notes with your competences and proofs.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="196"/>
        <source>Je scans en attesten komen achteraan in de PDF.</source>
        <translation>Your scans and certificates go at the end of the PDF.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="265"/>
        <source>Je hebt nog geen competentiecheck gedaan. Doe je er een, dan kan de samenvatting hier bij.</source>
        <translation>You have not done a competence check yet. If you do one, its summary can be added here.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_panel.py" line="271"/>
        <source>Een korte samenvatting van je check voor %1 van %2.</source>
        <translation>A short summary of your check for %1 on %2.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="57"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="68"/>
        <source>Wat zit er in je portfolio</source>
        <translation>What&apos;s in your portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="69"/>
        <source>Competenties per soort en niveau</source>
        <translation>Competences by kind and level</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="72"/>
        <source>Meer dan 3 jaar niet gebruikt</source>
        <translation>Not used for more than 3 years</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="73"/>
        <source>Leerbewijzen die (bijna) verlopen</source>
        <translation>Expired or expiring proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="74"/>
        <source>Laatste competentiecheck</source>
        <translation>Last competence check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="75"/>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="87"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="88"/>
        <source>Leerbewijzen</source>
        <translation>Proofs of learning</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="89"/>
        <source>Ervaringen</source>
        <translation>Experiences</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="90"/>
        <source>Competentiecheck</source>
        <translation>Competence check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="91"/>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="116"/>
        <source>Gaat naar de pagina %1.</source>
        <translation>Goes to the page %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="131"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="132"/>
        <source>%n leerbewijs/leerbewijzen</source>
        <translation>
            <numerusform>%n proof of learning</numerusform>
            <numerusform>%n proofs of learning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="133"/>
        <source>%n ervaring(en)</source>
        <translation>
            <numerusform>%n experience</numerusform>
            <numerusform>%n experiences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="140"/>
        <source>Begin met je competenties: wat kun je? Kies ‘Competenties’ en dan ‘Voeg toe uit een beroep…’ om snel te starten.</source>
        <translation>Start with your competences: what can you do? Choose ‘Competences’ and then ‘Add from an occupation…’ for a quick start.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="150"/>
        <source>basis</source>
        <translation>basic</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="150"/>
        <source>zelfstandig</source>
        <translation>independent</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="150"/>
        <source>gevorderd</source>
        <translation>advanced</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="150"/>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/overview.py" line="161"/>
        <source>Toon alle %n</source>
        <translation>
            <numerusform>Show all %n</numerusform>
            <numerusform>Show all %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="165"/>
        <source>Geen: je gebruikte al je competenties de voorbije 3 jaar.</source>
        <translation>None: you used all your competences in the past 3 years.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="182"/>
        <source>Geen leerbewijzen die binnen 90 dagen verlopen.</source>
        <translation>No proofs of learning that expire within 90 days.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="188"/>
        <source>Je deed nog geen check. Start er een →</source>
        <translation>You have not done a check yet. Start one →</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="192"/>
        <source>%1 op %2: je zegt %3 van de %4 belangrijkste competenties te kunnen, %5 aangetoond</source>
        <translation>%1 on %2: you say you can do %3 of the %4 essential competences, %5 shown</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/overview.py" line="209"/>
        <source>Geen open acties.</source>
        <translation>No open actions.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="17"/>
        <source>Wachtzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="23"/>
        <source>&amp;Huidige wachtzin</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="23"/>
        <source>Huidige wachtzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="26"/>
        <source>&amp;Nieuwe wachtzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="26"/>
        <source>Nieuwe wachtzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="32"/>
        <source>H&amp;erhaal</source>
        <translation>R&amp;epeat</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="32"/>
        <source>Herhaal de nieuwe wachtzin</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="37"/>
        <source>De wachtzin waarmee je nu opent.</source>
        <translation>The passphrase you open it with now.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="39"/>
        <source>Minstens 12 tekens. Onder het veld staat hoe sterk ze is.</source>
        <translation>At least 12 characters. Below the field you see how strong it is.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/passphrase_dialog.py" line="41"/>
        <source>Typ de nieuwe wachtzin nog eens.</source>
        <translation>Type the new passphrase once more.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/passphrase.py" line="31"/>
        <location filename="../../portfolio_app/ui/widgets/passphrase.py" line="47"/>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/passphrase.py" line="33"/>
        <source>Toon of verberg de wachtzin</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/passphrase.py" line="35"/>
        <source>Toont de getypte wachtzin, zodat je ziet wat je typte. Let op wie meekijkt.</source>
        <translation>Shows the typed passphrase so you see what you typed. Mind who is watching.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/passphrase.py" line="47"/>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="49"/>
        <source>Het voorbeeld wordt gemaakt</source>
        <translation>Making the preview</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="57"/>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="60"/>
        <source>Voorbeeld van het bestand</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="68"/>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="190"/>
        <source>Melding over het voorbeeld</source>
        <translation>Message about the preview</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="70"/>
        <source>Waarom er geen voorbeeld is, en wat je kunt doen.</source>
        <translation>Why there is no preview, and what you can do.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="100"/>
        <source>V&amp;orige</source>
        <translation>Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="100"/>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="103"/>
        <source>Paginanummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="105"/>
        <source>Typ een nummer om naar die pagina te gaan.</source>
        <translation>Type a number to go to that page.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="110"/>
        <source>Vol&amp;gende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="110"/>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="112"/>
        <source>Kleiner tonen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="115"/>
        <source>Groter tonen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="117"/>
        <source>Pag&amp;inabreedte</source>
        <translation>Page &amp;width</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="117"/>
        <source>Pagina even breed als het vak</source>
        <translation>Fit the page to the width of the box</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="161"/>
        <source>Het voorbeeld kan niet getoond worden.</source>
        <translation>The preview cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="169"/>
        <source>van %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="233"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/pdf_preview.py" line="268"/>
        <source>Zoom: %1</source>
        <translation>Zoom: %1</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="30"/>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="32"/>
        <source>Actie bewerken</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="42"/>
        <source>bv. Volg een opleiding heftruck bij de VDAB</source>
        <translation>e.g. Take a forklift course at VDAB</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="43"/>
        <source>&amp;Wat ga je doen?</source>
        <translation>&amp;What will you do?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="48"/>
        <source>&amp;Soort actie</source>
        <translation>&amp;Kind of action</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="50"/>
        <source>Bijvoorbeeld een opleiding, werkplekleren of een EVC-traject.</source>
        <translation>For example a training, work-based learning or an RPL procedure.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="53"/>
        <source>mag leeg blijven</source>
        <translation>can be left empty</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="55"/>
        <source>&amp;Competentie</source>
        <translation>&amp;Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="55"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="59"/>
        <source>beroep of beroepskwalificatie; mag leeg</source>
        <translation>occupation or professional qualification; can be left empty</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="61"/>
        <source>Voor &amp;doel</source>
        <translation>For &amp;target</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="61"/>
        <source>Voor doel</source>
        <translation>For target</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="63"/>
        <source>&amp;Klaar tegen</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="63"/>
        <source>Klaar tegen (datum)</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="68"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="70"/>
        <source>Open, bezig of klaar.</source>
        <translation>Open, in progress or done.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="75"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="77"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_dialog.py" line="78"/>
        <source>Bijvoorbeeld wie je belt of wat je nog moet regelen.</source>
        <translation>For example whom you call or what you still have to arrange.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="53"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="54"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="55"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="56"/>
        <source>Voor doel</source>
        <translation>For target</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="57"/>
        <source>Klaar tegen</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="88"/>
        <source>%1 (te laat)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/models/plan.py" line="91"/>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="67"/>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="72"/>
        <source>Je stappen om je doel te halen. Is een stap gedaan? Klik op ‘Klaar’. Dubbelklik op een stap om ze aan te passen.</source>
        <translation>Your steps to reach your goal. Is a step done? Click ‘Done’. Double-click a step to change it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="79"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="81"/>
        <source>Een stap toevoegen die je zelf bedenkt (Ctrl+N).</source>
        <translation>Add a step you think of yourself (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="84"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="86"/>
        <source>De gekozen actie in de tabel aanpassen (of Enter in de tabel).</source>
        <translation>Change the action chosen in the table (or Enter in the table).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="89"/>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="195"/>
        <source>&amp;Klaar</source>
        <translation>D&amp;one</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="91"/>
        <source>Zet de gekozen actie op klaar, of een afgewerkte actie terug op open.</source>
        <translation>Marks the chosen action as done, or a finished action as open again.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="94"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="96"/>
        <source>De gekozen acties weghalen (of Delete). Ctrl+Z zet ze terug.</source>
        <translation>Remove the chosen actions (or Delete). Ctrl+Z puts them back.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="103"/>
        <source>&amp;Laat zien:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="105"/>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="106"/>
        <source>Afgewerkte acties</source>
        <translation>Finished actions</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="107"/>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="108"/>
        <source>Welke acties tonen</source>
        <translation>Which actions to show</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="109"/>
        <source>De open acties, de afgewerkte, of allemaal.</source>
        <translation>The open actions, the finished ones, or all.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="120"/>
        <source>Tabel met je acties</source>
        <translation>Table of your actions</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="122"/>
        <source>Enter past de gekozen actie aan, Delete haalt ze weg.</source>
        <translation>Enter changes the chosen action, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="141"/>
        <source>Naar de &amp;competentiecheck</source>
        <translation>Go to the &amp;competence check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="144"/>
        <source>Een check toont wat je nog mist; daaruit maak je een actieplan.</source>
        <translation>A check shows what you still lack; from it you make an action plan.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="147"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="149"/>
        <source>Zet de verwijderde acties terug.</source>
        <translation>Puts the removed actions back.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="195"/>
        <source>Zet terug op op&amp;en</source>
        <translation>R&amp;eopen</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="199"/>
        <source>Nog geen acties. Doe een competentiecheck en maak er een actieplan van.</source>
        <translation>No actions yet. Do a competence check and turn it into an action plan.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="202"/>
        <source>Geen acties om te tonen. Kies ‘Alle acties’ bij ‘Laat zien’.</source>
        <translation>No actions to show. Choose ‘All actions’ under ‘Show’.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/plan.py" line="204"/>
        <source>%n actie(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/plan.py" line="209"/>
        <source>Verwijderd.</source>
        <translation>Deleted.</translation>
    </message>
</context>
<context>
    <name>PlanProposalDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="35"/>
        <source>Maak een actieplan</source>
        <translation>Make an action plan</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="37"/>
        <source>Wat ga je doen?</source>
        <translation>What will you do?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="41"/>
        <source>Dit zijn stappen om te leren wat je nog mist, het belangrijkste eerst. Vink aan wat je wilt doen. Op de pagina ‘Actieplan’ kun je alles later nog aanpassen.</source>
        <translation>These are steps to learn what you are still missing, the most important first. Tick what you want to do. You can change everything later on the ‘Action plan’ page.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="51"/>
        <source>Voorgestelde acties; vink aan wat je wilt doen</source>
        <translation>Suggested actions; tick what you want to do</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="52"/>
        <source>Spatie vinkt de gekozen actie aan of af.</source>
        <translation>Space ticks or unticks the chosen action.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="59"/>
        <source>%1
%2 · klaar tegen %3</source>
        <translation>%1
%2 · due %3</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="72"/>
        <source>&amp;Bewaar in mijn actieplan</source>
        <translation>&amp;Save in my action plan</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="74"/>
        <source>De aangevinkte acties komen op de pagina Actieplan.</source>
        <translation>The ticked actions go to the Action plan page.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="77"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/plan_proposals.py" line="78"/>
        <source>Sluit zonder acties te bewaren.</source>
        <translation>Closes without saving actions.</translation>
    </message>
</context>
<context>
    <name>PlanStepPanel</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/plan_step_panel.py" line="25"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/plan_step_panel.py" line="52"/>
        <source>Kies een actie in de tabel om te zien waar je kan beginnen.</source>
        <translation>Choose an action in the table to see where you can start.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/plan_step_panel.py" line="56"/>
        <source>Afgesloten op %1.</source>
        <translation>Closed on %1.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/plan_step_panel.py" line="63"/>
        <source>Doe de check opnieuw om te zien wat er veranderde na deze actie.</source>
        <translation>Run the check again to see what changed after this action.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/plan_step_panel.py" line="67"/>
        <source>Voor deze actie heeft de app geen opleidingsaanbod om te tonen.</source>
        <translation>The app has no course offer to show for this action.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="147"/>
        <source>Voorbeeld: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="154"/>
        <source>Ver&amp;kleinen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="159"/>
        <source>Ver&amp;groten</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="163"/>
        <source>&amp;Passend maken</source>
        <translation>&amp;Fit to width</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="175"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="176"/>
        <source>Sluit het voorbeeld</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/preview.py" line="187"/>
        <source>Pagina&apos;s: %1</source>
        <translation>Pages: %1</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="29"/>
        <source>Over jou (alleen wat je kiest komt in een export)</source>
        <translation>About you (only what you choose goes into an export)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="37"/>
        <source>Wat je hier typt, wordt meteen bewaard.</source>
        <translation>What you type here is saved at once.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="41"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="42"/>
        <source>&amp;Familienaam</source>
        <translation>Last &amp;name</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="43"/>
        <source>&amp;E-mail (meerdere: scheid met komma&apos;s)</source>
        <translation>&amp;Email (several: separate with commas)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="44"/>
        <source>Telefoo&amp;n</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="45"/>
        <source>W&amp;oonplaats</source>
        <translation>T&amp;own</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="46"/>
        <source>&amp;Korte omschrijving</source>
        <translation>&amp;Short description</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="49"/>
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="53"/>
        <source>Over &amp;mij</source>
        <translation>&amp;About me</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="57"/>
        <source>Probleem met wat je over jezelf schreef</source>
        <translation>Problem with what you wrote about yourself</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="71"/>
        <source>Wordt bewaard terwijl je typt; komt alleen in een export als je dat kiest.</source>
        <translation>Saved as you type; only goes into an export if you choose so.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/profile_box.py" line="140"/>
        <source>Wat hier fout is, is nog niet bewaard; de rest wel.</source>
        <translation>What is wrong here is not saved yet; the rest is.</translation>
    </message>
</context>
<context>
    <name>ProgressPart</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="59"/>
        <source>Je vooruitgang</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="71"/>
        <source>Vorige check (%1): aangetoond</source>
        <translation>Previous check (%1): shown</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="75"/>
        <source>Deze check (%1): aangetoond</source>
        <translation>This check (%1): shown</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="80"/>
        <source>Nieuw: je zegt dat je dit kunt</source>
        <translation>New: you say you can do this</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="83"/>
        <source>Niet meer: je zei eerder dat je dit kon</source>
        <translation>No longer: you said earlier you could do this</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="88"/>
        <source>Nog geen vooruitgang. Voeg bewijs toe (een leerbewijs of een ervaring) of werk aan je actieplan, en doe de check dan opnieuw.</source>
        <translation>No progress yet. Add evidence (a proof of learning or an experience) or work on your action plan, and then do the check again.</translation>
    </message>
</context>
<context>
    <name>QualificationBox</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="342"/>
        <source>Voor welke beroepskwalificatie?</source>
        <translation>For which professional qualification?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="347"/>
        <source>Typ een naam, bv. heftruckchauffeur</source>
        <translation>Type a name, e.g. forklift driver</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="348"/>
        <source>Zoek een beroepskwalificatie</source>
        <translation>Search for a professional qualification</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="350"/>
        <source>Het dossier toont je bewijzen per competentie van deze kwalificatie.</source>
        <translation>The dossier shows your evidence per competence of this qualification.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="381"/>
        <source>Nog geen beroepskwalificatie gekozen.</source>
        <translation>No professional qualification chosen yet.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="385"/>
        <source>Gekozen: %1 (VKS-niveau %2)</source>
        <translation>Chosen: %1 (VKS level %2)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="391"/>
        <source>Voor deze beroepskwalificatie bestaat er (nog) geen EVC-traject. Je kunt het dossier wel maken, bijvoorbeeld voor een gesprek met je loopbaanbegeleider.</source>
        <translation>There is no RPL procedure (yet) for this professional qualification. You can still make the dossier, for example for a talk with your career counsellor.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="90"/>
        <source>Je hebt wel ‘%1’.</source>
        <translation>You do have ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="96"/>
        <source>Antwoord op de vraag: kan je %1?</source>
        <translation>Answer to the question: can you %1?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="107"/>
        <source>Laatst gedaan:</source>
        <translation>Last done:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_confirm.py" line="110"/>
        <source>%1: laatst gedaan (maand en jaar, mag leeg)</source>
        <translation>%1: last done (month and year, may be empty)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="84"/>
        <source>Je portfolio is veranderd sinds deze check. Doe de check opnieuw.</source>
        <translation>Your portfolio has changed since this check. Do the check again.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="88"/>
        <source>Check n&amp;u opnieuw</source>
        <translation>Check again &amp;now</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="96"/>
        <source>In het kort</source>
        <translation>In short</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="99"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="125"/>
        <source>Je vooruitgang</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="242"/>
        <source>Voeg &amp;toe uit dit beroep…</source>
        <translation>&amp;Add from this occupation…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="255"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="256"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="257"/>
        <source>Belang</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="258"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="259"/>
        <source>Wat kun je doen?</source>
        <translation>What can you do?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="168"/>
        <source>Knipperlichten: waar moet je op letten?</source>
        <translation>Warning lights: what should you watch out for?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="66"/>
        <source>Resultaat van de check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="68"/>
        <source>Scroll met de pijltjestoetsen of Page Down; Tab gaat naar de knoppen.</source>
        <translation>Scroll with the arrow keys or Page Down; Tab goes to the buttons.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="91"/>
        <source>Doe de check voor dit doel opnieuw, met je portfolio van nu.</source>
        <translation>Do the check for this target again, with your portfolio as it is now.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="101"/>
        <source>Belangrijkste (essentiële) competenties: zeg je te kunnen</source>
        <translation>Essential competences: you say you can do</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="105"/>
        <source>Belangrijkste (essentiële) competenties: toon je aan</source>
        <translation>Essential competences: you show</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="108"/>
        <source>Aanvullende competenties: zeg je te kunnen</source>
        <translation>Optional competences: you say you can do</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="111"/>
        <source>Aanvullende competenties: toon je aan</source>
        <translation>Optional competences: you show</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="129"/>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="131"/>
        <source>Wat je kunt en aantoont</source>
        <translation>What you can do and show</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="134"/>
        <source>Nog te bewijzen</source>
        <translation>Still to prove</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="138"/>
        <source>Je zegt dat je dit kunt, maar je portfolio toont het nog niet. Een werkgever of assessor vraagt bewijs: een attest, een verklaring van je werkgever of een beschreven ervaring.</source>
        <translation>You say you can do this, but your portfolio does not show it yet. An employer or assessor asks for evidence: a certificate, a statement from your employer or a described experience.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="146"/>
        <source>Tabel: wat je nog moet bewijzen</source>
        <translation>Table: what you still have to prove</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="148"/>
        <source>Nog te leren of na te gaan</source>
        <translation>Still to learn or to check</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="152"/>
        <source>Het belangrijkste staat bovenaan; de laatste kolom zegt wat je kunt doen.</source>
        <translation>The most important comes first; the last column says what you can do.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="159"/>
        <source>Tabel: wat je nog kunt leren, het belangrijkste eerst</source>
        <translation>Table: what you can still learn, most important first</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="162"/>
        <source>Je zegt dat je alles kunt wat dit doel vraagt.</source>
        <translation>You say you can do everything this goal asks for.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="173"/>
        <source>Wat vroeg de arbeidsmarkt?</source>
        <translation>What did the labour market ask?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="177"/>
        <source>Competenties voor de toekomst</source>
        <translation>Competences for the future</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="181"/>
        <source>Kunnen en willen</source>
        <translation>Can and want</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="185"/>
        <source>Je competenties laten erkennen (EVC)</source>
        <translation>Getting your competences recognised (RPL)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="190"/>
        <source>Eerdere checks voor dit doel</source>
        <translation>Earlier checks for this target</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="197"/>
        <source>Let op: dit is een hulpmiddel</source>
        <translation>Note: this is a tool to help you</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="228"/>
        <source>Maak een &amp;actieplan…</source>
        <translation>Make an &amp;action plan…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="229"/>
        <source>Maak een actieplan uit je tekorten</source>
        <translation>Make an action plan from your gaps</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="232"/>
        <source>Stelt stappen voor om te leren wat je mist; jij kiest welke.</source>
        <translation>Proposes steps to learn what you lack; you choose which.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="234"/>
        <source>Check dit doel &amp;opnieuw</source>
        <translation>Check this target a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="237"/>
        <source>Beantwoord de vragen voor dit doel opnieuw; de vorige check blijft bewaard.</source>
        <translation>Answer the questions for this target again; the previous check is kept.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="239"/>
        <source>Kies een ander &amp;doel</source>
        <translation>Choose another &amp;target</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="241"/>
        <source>Terug naar stap 1: kies een ander doel.</source>
        <translation>Back to step 1: choose another target.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="244"/>
        <source>Vink op de pagina Competenties aan wat je van dit beroep kunt</source>
        <translation>Tick on the Competences page what you can do of this occupation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="266"/>
        <source>Per competentie: hoe belangrijk ze is, waarom, en wat je kunt doen.</source>
        <translation>Per competence: how important it is, why, and what you can do.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="281"/>
        <source>Je resultaat: %1</source>
        <translation>Your result: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="283"/>
        <source>%1 · check van %2</source>
        <translation>%1 · check of %2</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="288"/>
        <source>Dit is een eerdere check van %1. Je kunt ze alleen bekijken.</source>
        <translation>This is an earlier check from %1. You can only look at it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="324"/>
        <source>Waar kan je beginnen?</source>
        <translation>Where can you start?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="349"/>
        <source>Je portfolio toont nog niets van wat dit doel vraagt met bewijs. Voeg een leerbewijs, een verklaring of een beschreven ervaring toe.</source>
        <translation>Your portfolio does not yet show anything this goal asks for with evidence. Add a proof of learning, a statement or a described experience.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="362"/>
        <source>Essentieel</source>
        <translation>Essential</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="362"/>
        <source>Aanvullend</source>
        <translation>Optional</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="376"/>
        <source>%n actie(s) toegevoegd aan je actieplan (zie ‘Actieplan’ links).</source>
        <translation>
            <numerusform>%n action added to your action plan (see ‘Action plan’ on the left).</numerusform>
            <numerusform>%n actions added to your action plan (see ‘Action plan’ on the left).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_view.py" line="378"/>
        <source>Alle voorstellen staan al in je actieplan.</source>
        <translation>All suggestions are already in your action plan.</translation>
    </message>
</context>
<context>
    <name>RightCard</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="70"/>
        <source>Nagaan bij: %1</source>
        <translation>Check with: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="75"/>
        <source>Open de pagina in je browser</source>
        <translation>Open the page in your browser</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="91"/>
        <source>Mijn rechten</source>
        <translation>My rights</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="95"/>
        <source>Je situatie</source>
        <translation>Your situation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="98"/>
        <source>Je &amp;situatie aanpassen…</source>
        <translation>Change your &amp;situation…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="100"/>
        <source>Opent Instellingen, waar je kiest of je werkt, werk zoekt of studeert.</source>
        <translation>Opens Settings, where you choose whether you work, look for work or study.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="104"/>
        <source>Toon ook wat &amp;niet voor jouw situatie is</source>
        <translation>Also show what is &amp;not for your situation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/rights.py" line="134"/>
        <source>De lijst met rechten is niet geïnstalleerd.</source>
        <translation>The list of rights is not installed.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="41"/>
        <source>Dit bestand is niet versleuteld: wie het krijgt, kan het lezen.</source>
        <translation>This file is not encrypted: whoever gets it can read it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="49"/>
        <source>&amp;Map openen</source>
        <translation>Open f&amp;older</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="50"/>
        <source>Open de map met het bewaarde bestand</source>
        <translation>Open the folder with the saved file</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="52"/>
        <source>Toont het bestand in je bestandsbeheer, om het te mailen of te printen.</source>
        <translation>Shows the file in your file manager, to e-mail or print it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="66"/>
        <source>&amp;Bewaren als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="66"/>
        <source>&amp;Bewaren als JSON…</source>
        <translation>&amp;Save as JSON…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="70"/>
        <source>Je kiest waar het bestand komt. Het is precies het voorbeeld hiernaast.</source>
        <translation>You choose where the file goes. It is exactly the preview beside it.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="76"/>
        <source>Niet versleuteld</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="80"/>
        <source>Geef het alleen aan wie het mag lezen. Bewaar het liever niet op een gedeelde computer of in een gedeelde map.</source>
        <translation>Only give it to people who may read it. Better not save it on a shared computer or in a shared folder.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="84"/>
        <source>Waarschuwing: het bestand is niet versleuteld</source>
        <translation>Warning: the file is not encrypted</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="86"/>
        <source>Ik begrijp het, &amp;verder</source>
        <translation>I understand, &amp;continue</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="87"/>
        <source>&amp;Annuleren</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="95"/>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="95"/>
        <source>JSON-bestand (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_save.py" line="104"/>
        <source>Bewaard in %1</source>
        <translation>Saved in %1</translation>
    </message>
</context>
<context>
    <name>SelectionBox</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="205"/>
        <source>Wat aangevinkt is, komt in het document. Spatie vinkt aan of af.</source>
        <translation>What is ticked goes into the document. Space ticks or unticks.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="213"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="214"/>
        <source>Alles kiezen: %1</source>
        <translation>Select all: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="215"/>
        <source>Vinkt alles in deze lijst aan.</source>
        <translation>Ticks everything in this list.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="217"/>
        <source>Niets</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="218"/>
        <source>Niets kiezen: %1</source>
        <translation>Select none: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="219"/>
        <source>Vinkt alles in deze lijst uit.</source>
        <translation>Unticks everything in this list.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="322"/>
        <source>Er is nog niets om te kiezen.</source>
        <translation>There is nothing to choose yet.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/export_options.py" line="325"/>
        <source>%1 van %2 gekozen</source>
        <translation>%1 of %2 chosen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../portfolio_app/ui/session.py" line="53"/>
        <source>Ongedaan gemaakt: </source>
        <translation>Undone: </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/session.py" line="53"/>
        <source>Bewaard: </source>
        <translation>Saved: </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="52"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="62"/>
        <source>De app</source>
        <translation>The app</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="69"/>
        <source>Taal van de app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="76"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="79"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="83"/>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="88"/>
        <source>&amp;Automatisch vergrendelen na</source>
        <translation>Loc&amp;k automatically after</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="91"/>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="93"/>
        <source>&amp;Wachtzin wijzigen…</source>
        <translation>C&amp;hange passphrase…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="97"/>
        <source>&amp;Onthoud de wachtzin op deze computer</source>
        <translation>&amp;Remember the passphrase on this computer</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="111"/>
        <source>Op deze computer is geen sleutelbos om de wachtzin te onthouden.</source>
        <translation>This computer has no keyring to remember the passphrase.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="141"/>
        <source>&amp;Competentietaal bijwerken</source>
        <translation>&amp;Update the competence language</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="124"/>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="248"/>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="255"/>
        <source>Competentietaal</source>
        <translation>Competence language</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="71"/>
        <source>Nederlands of Engels; de app schakelt meteen om.</source>
        <translation>Dutch or English; the app switches at once.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="85"/>
        <source>Zonder gebruik sluit je portfolio na zoveel minuten; 0 is nooit.</source>
        <translation>Unused, your portfolio closes after this many minutes; 0 is never.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="94"/>
        <source>Je typt je huidige wachtzin en kiest een nieuwe.</source>
        <translation>You type your current passphrase and choose a new one.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="99"/>
        <source>Dan opent je portfolio op deze computer zonder dat je de wachtzin typt.</source>
        <translation>Then your portfolio opens on this computer without typing the passphrase.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="129"/>
        <source>ESCO &amp;importeren…</source>
        <translation>&amp;Import ESCO…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="132"/>
        <source>Kies de map met de CSV-bestanden van ESCO (te downloaden op esco.ec.europa.eu).</source>
        <translation>Choose the folder with the ESCO CSV files (you can download them from esco.ec.europa.eu).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="144"/>
        <source>Voegt de nieuwe ingebouwde competenties van deze versie toe aan je ESCO-import.</source>
        <translation>Adds the new built-in competences of this version to your ESCO import.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="152"/>
        <source>Je gegevens staan in: %1</source>
        <translation>Your data is in: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="161"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="169"/>
        <source>%1: %2 competenties, %3 beroepen, %4 beroepskwalificaties.</source>
        <translation>%1: %2 competences, %3 occupations, %4 professional qualifications.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="184"/>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="195"/>
        <source>Wachtzin onthouden</source>
        <translation>Remember passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="185"/>
        <source>Typ je wachtzin nog eens om hem te onthouden:</source>
        <translation>Type your passphrase once more to remember it:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="196"/>
        <source>Dat is niet de juiste wachtzin. Er is niets onthouden.</source>
        <translation>That is not the right passphrase. Nothing was remembered.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="220"/>
        <source>Competentietaal bijwerken</source>
        <translation>Updating the competence language</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="224"/>
        <source>Kies de map met de ESCO-bestanden</source>
        <translation>Choose the folder with the ESCO files</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="234"/>
        <source>ESCO is ingelezen: %1 competenties, %2 beroepen, %3 relaties in %4 seconden.</source>
        <translation>ESCO has been imported: %1 competences, %2 occupations, %3 relations in %4 seconds.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="244"/>
        <source>%n rij(en) werd(en) overgeslagen omdat ze fouten bevatten.</source>
        <translation>
            <numerusform>%n row was skipped because it contained errors.</numerusform>
            <numerusform>%n rows were skipped because they contained errors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="256"/>
        <source>Import gestopt. Er is niets veranderd.</source>
        <translation>Import stopped. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/settings_page.py" line="263"/>
        <source>ESCO importeren</source>
        <translation>Importing ESCO</translation>
    </message>
</context>
<context>
    <name>SignalsPart</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="192"/>
        <source>Wat vraagt de arbeidsmarkt?</source>
        <translation>What does the labour market ask for?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_result_parts.py" line="201"/>
        <source>De app heeft geen cijfers over de vraag naar dit beroep. Vraag ernaar bij de VDAB of een loopbaanbegeleider.</source>
        <translation>The app has no figures on the demand for this occupation. Ask VDAB or a career counsellor.</translation>
    </message>
</context>
<context>
    <name>SituationBox</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/situation_box.py" line="27"/>
        <source>Over jou: je situatie</source>
        <translation>About you: your situation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/situation_box.py" line="33"/>
        <source>Werk je, zoek je werk, studeer je? Dat bepaalt welke premies en cheques je ziet bij ‘Mijn rechten’. Je hoeft het niet in te vullen. Het komt niet in een export, tenzij je dat zelf kiest.</source>
        <translation>Do you work, are you looking for work, do you study? That decides which bonuses and vouchers you see under ‘My rights’. You do not have to fill it in. It does not go into an export unless you choose so.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/situation_box.py" line="42"/>
        <source>Niet opgegeven</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/situation_box.py" line="45"/>
        <source>Je situatie</source>
        <translation>Your situation</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/situation_box.py" line="47"/>
        <source>Bepaalt wat je ziet bij ‘Mijn rechten’; wordt meteen bewaard.</source>
        <translation>Decides what you see under ‘My rights’; saved straight away.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/situation_box.py" line="51"/>
        <source>Ja, dit &amp;klopt nog</source>
        <translation>Yes, this is still &amp;right</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/situation_box.py" line="53"/>
        <source>Bevestigt dat je situatie nog dezelfde is, met de datum van vandaag.</source>
        <translation>Confirms that your situation is still the same, with today&apos;s date.</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="33"/>
        <source>Wie stelde de competentie vast</source>
        <translation>Who identified the competence</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="35"/>
        <source>Bijvoorbeeld je werkgever of een testcentrum. Leeg: je zegt het zelf.</source>
        <translation>For example your employer or a test centre. Empty: you say so yourself.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="39"/>
        <source>Soort bron</source>
        <translation>Kind of source</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="40"/>
        <source>Wie het vaststelde: kies eerst de soort.</source>
        <translation>Who established it: choose the kind first.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="45"/>
        <source>Naam (bv. de werkgever)</source>
        <translation>Name (e.g. the employer)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="46"/>
        <source>Naam van de bron</source>
        <translation>Name of the source</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="47"/>
        <source>Mag leeg blijven.</source>
        <translation>May stay empty.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="49"/>
        <source>Datum van de vaststelling</source>
        <translation>Date it was identified</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="50"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="51"/>
        <source>Bron toevoegen</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="52"/>
        <source>Zet de soort, naam en datum hierboven in de lijst.</source>
        <translation>Puts the kind, name and date above into the list.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="55"/>
        <source>Bron verwijderen</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="56"/>
        <source>Haalt de gekozen bron uit de lijst.</source>
        <translation>Removes the chosen source from the list.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/sources.py" line="54"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>StartStep</name>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="54"/>
        <source>Stap 1 van 3: kies je doel</source>
        <translation>Step 1 of 3: choose your target</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="58"/>
        <source>Met de competentiecheck leg je je portfolio naast een beroep of een beroepskwalificatie. Je krijgt een antwoord op drie vragen:</source>
        <translation>The competence check compares your portfolio with an occupation or a professional qualification. You get an answer to three questions:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="67"/>
        <source>1.  Wat kan ik? Wat heb je al, en wat mis je nog?</source>
        <translation>1.  What can I do? What do you already have, and what are you still missing?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="68"/>
        <source>2.  Wat wil ik? Wat doe je graag, en wat wil je niet meer?</source>
        <translation>2.  What do I want? What do you like doing, and what don&apos;t you want to do any more?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="69"/>
        <source>3.  Wat vraagt de arbeidsmarkt? Is er veel vraag naar dit beroep?</source>
        <translation>3.  What does the labour market ask for? Is this occupation in high demand?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="79"/>
        <source>Daarna maak je met één klik een actieplan: concrete stappen om te leren wat je nog mist.</source>
        <translation>Then, with one click, you make an action plan: concrete steps to learn what you are still missing.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="86"/>
        <source>Welk &amp;beroep of welke beroepskwalificatie?</source>
        <translation>Which &amp;occupation or professional qualification?</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="91"/>
        <source>Typ bv. heftruckchauffeur</source>
        <translation>Type e.g. forklift driver</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="92"/>
        <source>Zoek een beroep of beroepskwalificatie</source>
        <translation>Search for an occupation or professional qualification</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="108"/>
        <source>Een beroep en een beroepskwalificatie met dezelfde naam: kies de andere.</source>
        <translation>An occupation and a professional qualification with the same name: choose the other one.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="113"/>
        <source>&amp;Volgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="116"/>
        <source>Naar stap 2: zeg wat je van dit doel al kunt.</source>
        <translation>To step 2: say what you can already do of this target.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="125"/>
        <source>Een beroepskwalificatie is de erkende beschrijving van een beroep, met een niveau (VKS). Die kun je soms laten erkennen met een EVC-traject.</source>
        <translation>A professional qualification is the official description of an occupation, with a level (VKS). You can sometimes obtain it through an RPL procedure (recognition of prior learning).</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="132"/>
        <source>Je eerdere checks</source>
        <translation>Your earlier checks</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="146"/>
        <source>%1 – %2: %3 van %4 gezegd, %5 aangetoond</source>
        <translation>%1 – %2: %3 of %4 said, %5 shown</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="154"/>
        <source>Bekijk de check: %1</source>
        <translation>View the check: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="155"/>
        <source>Opent het bewaarde resultaat van die dag.</source>
        <translation>Opens the saved result of that day.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="159"/>
        <source>Je deed nog geen check.</source>
        <translation>You have not done a check yet.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="94"/>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="210"/>
        <source>Typ een paar letters en kies een doel uit de lijst die verschijnt.</source>
        <translation>Type a few letters and choose a target from the list that appears.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="215"/>
        <source>Je kiest: %1 (%2)</source>
        <translation>Your choice: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/pages/check_start.py" line="223"/>
        <source>Of bedoel je de %1 ‘%2’? Kies die</source>
        <translation>Or do you mean the %1 ‘%2’? Choose that one</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/learning_steps.py" line="64"/>
        <source>Route: %1. %2</source>
        <translation>Route: %1. %2</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/learning_steps.py" line="73"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/passphrase.py" line="70"/>
        <source>Sterkte van de wachtzin</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="36"/>
        <location filename="../../portfolio_app/ui/unlock.py" line="39"/>
        <source>Portfolio ontgrendelen</source>
        <translation>Unlock portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="41"/>
        <source>Portfolio: %1</source>
        <translation>Portfolio: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="44"/>
        <source>Typ je wachtzin:</source>
        <translation>Type your passphrase:</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="45"/>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="47"/>
        <source>De wachtzin die je koos toen je het portfolio maakte. Druk dan op Enter.</source>
        <translation>The passphrase you chose when you made the portfolio. Then press Enter.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="53"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="55"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="60"/>
        <source>Opent je portfolio met de getypte wachtzin.</source>
        <translation>Opens your portfolio with the typed passphrase.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="68"/>
        <source>Ander portfolio openen…</source>
        <translation>Open another portfolio…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="71"/>
        <source>Kies een ander portfoliobestand om te openen.</source>
        <translation>Choose another portfolio file to open.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="73"/>
        <source>Nieuw portfolio maken…</source>
        <translation>Create a new portfolio…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="77"/>
        <source>Maak een nieuw portfolio; dit portfolio blijft bestaan.</source>
        <translation>Make a new portfolio; this portfolio stays.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../portfolio_app/ui/unlock.py" line="112"/>
        <source>Probeer opnieuw over %n seconde(n).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="122"/>
        <source>Kies een portfoliobestand</source>
        <translation>Choose a portfolio file</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/unlock.py" line="123"/>
        <source>Portfolio (*.vault);;Alle bestanden (*)</source>
        <translation>Portfolio (*.vault);;All files (*)</translation>
    </message>
</context>
<context>
    <name>WarningLights</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="52"/>
        <source>Dringend</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="53"/>
        <source>Let op</source>
        <translation>Watch out</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="54"/>
        <source>Goed om te weten</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="55"/>
        <source>Goed nieuws</source>
        <translation>Good news</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="65"/>
        <source>Geen knipperlichten voor dit doel.</source>
        <translation>No warning lights for this goal.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="102"/>
        <source>Bekijk</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="103"/>
        <source>Bekijk: %1</source>
        <translation>View: %1</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/warning_lights.py" line="104"/>
        <source>Gaat naar de pagina waar je dit aanpakt.</source>
        <translation>Goes to the page where you deal with this.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="34"/>
        <location filename="../../portfolio_app/ui/welcome.py" line="62"/>
        <source>Welkom bij Portfolio</source>
        <translation>Welcome to Portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="65"/>
        <source>Hier hou je bij wat je kunt: je competenties, je diploma&apos;s en attesten, en waar je het leerde.</source>
        <translation>Here you keep track of what you can do: your competences, your diplomas and certificates, and where you learned it all.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="69"/>
        <source>Je legt je portfolio naast een beroep, krijgt een actieplan en maakt een bijlage bij je cv.</source>
        <translation>You compare your portfolio with an occupation, get an action plan and make an annex to your CV.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="73"/>
        <source>Alles blijft op deze computer, versleuteld met een wachtzin die alleen jij kent.</source>
        <translation>Everything stays on this computer, encrypted with a passphrase only you know.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="80"/>
        <source>Maak mijn portfolio</source>
        <translation>Create my portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="85"/>
        <source>Je kiest een wachtzin en maakt een nieuw, leeg portfolio.</source>
        <translation>You choose a passphrase and make a new, empty portfolio.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="88"/>
        <source>Probeer met voorbeeldgegevens</source>
        <translation>Try with sample data</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="92"/>
        <source>Opent een voorbeeldportfolio van een verzonnen persoon, duidelijk als demo.</source>
        <translation>Opens a sample portfolio of a made-up person, clearly marked as a demo.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="95"/>
        <source>Ik heb al een portfoliobestand…</source>
        <translation>I already have a portfolio file…</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="99"/>
        <source>Kies een portfoliobestand dat je eerder maakte of kopieerde.</source>
        <translation>Choose a portfolio file you made or copied earlier.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="111"/>
        <source>Kies je wachtzin</source>
        <translation>Choose your passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="115"/>
        <source>Je wachtzin beschermt je portfolio. Kies minstens 12 tekens, bijvoorbeeld vier woorden die je onthoudt, zoals ‘paars fietsje leest graag’.</source>
        <translation>Your passphrase protects your portfolio. Choose at least 12 characters, for example four words you will remember, like ‘purple bicycle likes reading’.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="122"/>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="124"/>
        <source>Minstens 12 tekens. Onder het veld staat hoe sterk de wachtzin is.</source>
        <translation>At least 12 characters. Below the field you see how strong the passphrase is.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="126"/>
        <source>Herhaal de wachtzin</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="128"/>
        <source>Typ dezelfde wachtzin nog eens, om tikfouten te vermijden.</source>
        <translation>Type the same passphrase once more, to avoid typing mistakes.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="131"/>
        <source>&amp;Wachtzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="133"/>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="140"/>
        <source>Let op: wie de wachtzin vergeet, kan het portfolio nooit meer openen. Niemand kan hem herstellen, ook wij niet. Schrijf hem op en bewaar hem veilig.</source>
        <translation>Watch out: if you forget the passphrase, you can never open the portfolio again. Nobody can recover it, not even us. Write it down and keep it safe.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="147"/>
        <source>Onthoud de wachtzin op deze computer</source>
        <translation>Remember the passphrase on this computer</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="149"/>
        <source>Dan opent je portfolio op deze computer zonder dat je de wachtzin typt.</source>
        <translation>Then your portfolio opens on this computer without typing the passphrase.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="153"/>
        <source>De wachtzin wordt bewaard in de sleutelbos van je besturingssysteem.</source>
        <translation>The passphrase is kept in your operating system&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="161"/>
        <source>Op deze computer kan de wachtzin niet onthouden worden (er is geen sleutelbos). Je typt hem telkens opnieuw.</source>
        <translation>This computer cannot remember the passphrase (there is no keyring). You type it in each time.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="170"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="171"/>
        <source>Terug naar het welkomstscherm.</source>
        <translation>Back to the welcome screen.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="173"/>
        <source>Maak portfolio</source>
        <translation>Create portfolio</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="178"/>
        <source>Kan pas als de wachtzin sterk genoeg is en twee keer gelijk getypt werd.</source>
        <translation>Possible once the passphrase is strong enough and typed the same twice.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="199"/>
        <source>De twee wachtzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="210"/>
        <source>Kies je portfoliobestand</source>
        <translation>Choose your portfolio file</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/welcome.py" line="211"/>
        <source>Portfolio (*.vault);;Alle bestanden (*)</source>
        <translation>Portfolio (*.vault);;All files (*)</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="87"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="89"/>
        <source>afbeelding</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/widgets/attachments.py" line="90"/>
        <source>bestand</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../portfolio_app/ui/dialogs/help_dialogs.py" line="24"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../portfolio_app/ui/errors.py" line="24"/>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/errors.py" line="26"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/errors.py" line="44"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../portfolio_app/ui/errors.py" line="45"/>
        <source>Er ging iets onverwachts mis. Alles wat je bewaarde is veilig: elke wijziging wordt meteen en volledig bewaard. Probeer het opnieuw; lukt het niet, sluit dan de app en open ze opnieuw.</source>
        <translation>Something unexpected went wrong. Everything you saved is safe: every change is saved at once and in full. Try again; if that does not work, close the app and open it again.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../portfolio_app/ui/tasks.py" line="61"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
