<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountRead</name>
    <message>
        <location filename="../../arledger/gui/dialogs/account_read.py" line="+40"/>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+212"/>
        <source>Reading the account…</source>
        <translation>Konto wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>Es gibt keinen Kunden mit der Nummer „%1“.</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <location filename="../../arledger/gui/formatting.py" line="+217"/>
        <source>Not yet due</source>
        <translation>Nicht fällig</translation>
    </message>
</context>
<context>
    <name>AgingChartView</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="+164"/>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="+36"/>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>Tage im Verzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cur.</source>
        <translation>Währ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../arledger/gui/app.py" line="+205"/>
        <source>arledger</source>
        <translation>arledger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to arledger</source>
        <translation>Willkommen bei arledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to arledger.</source>
        <translation>Willkommen bei arledger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ledger will be kept in
%1

Would you like to start with sample customers and invoices to look around? You can start a new, empty ledger at any time from the File menu.</source>
        <translation>Ihr Debitorenbuch wird hier gespeichert:
%1

Möchten Sie mit Beispielkunden und -rechnungen beginnen, um sich umzusehen? Ein neues, leeres Debitorenbuch können Sie jederzeit über das Menü Datei anlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add sample data</source>
        <translation>Beispieldaten anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 is open in another arledger window; that window was brought to the front.</source>
        <translation>%1 ist bereits in einem anderen arledger-Fenster geöffnet; dieses Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The ledger was changed by another program; the window shows the new figures.</source>
        <translation>Das Buch wurde von einem anderen Programm geändert; das Fenster zeigt die neuen Zahlen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The translation files for this language are missing; the app stays in English.</source>
        <translation>Die Übersetzungsdateien für diese Sprache fehlen; die Anwendung bleibt auf Englisch.</translation>
    </message>
</context>
<context>
    <name>BankReviewPage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+524"/>
        <source>Review the bank statement</source>
        <translation>Kontoauszug prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record accepted payments</source>
        <translation>Angenommene Zahlungen buchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittance</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matching %1…</source>
        <translation>%1 wird zugeordnet…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing new: all %1 lines of this statement were imported before.</source>
        <translation>Nichts Neues: alle %1 Zeilen dieses Kontoauszugs wurden bereits importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines: %2 matched, %3 unmatched, %4 money out, %5 imported before. %6 accepted; only accepted lines become payments.</source>
        <translation>%1 Zeilen: %2 zugeordnet, %3 nicht zugeordnet, %4 Abgänge, %5 bereits importiert. %6 angenommen; nur angenommene Zeilen werden zu Zahlungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bank statement</source>
        <translation>Kontoauszug der Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording payments…</source>
        <translation>Zahlungen werden gebucht…</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="+32"/>
        <source>Send today&apos;s letters</source>
        <translation>Heutige Schreiben versenden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) will be archived, logged as sent and made ready to print.</source>
        <translation>
            <numerusform>%n Schreiben wird archiviert, als versendet protokolliert und druckfertig gemacht.</numerusform>
            <numerusform>%n Schreiben werden archiviert, als versendet protokolliert und druckfertig gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s) are paused (promise, dispute or plan) and get no letter.</source>
        <translation>
            <numerusform>%n Kunde ist pausiert (Zahlungszusage, Streitfall oder Ratenplan) und erhält kein Schreiben.</numerusform>
            <numerusform>%n Kunden sind pausiert (Zahlungszusage, Streitfall oder Ratenplan) und erhalten kein Schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by &amp;email where the customer has an address (the others are printed)</source>
        <translation>Per &amp;E-Mail senden, wo der Kunde eine Adresse hat (die übrigen werden gedruckt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up a mail server in the settings to send letters by email.</source>
        <translation>Richten Sie in den Einstellungen einen Mailserver ein, um Schreiben per E-Mail zu senden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Print and post</source>
        <translation>Drucken und per Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Send %n letter(s)</source>
        <translation>
            <numerusform>%n Schreiben versenden</numerusform>
            <numerusform>%n Schreiben versenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="+56"/>
        <source>Case of %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Owner</source>
        <translation>&amp;Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the owner or the stage.</source>
        <translation>Ändern Sie Sachbearbeiter oder Phase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name an owner or choose a stage.</source>
        <translation>Nennen Sie einen Sachbearbeiter oder wählen Sie eine Phase.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner %1</source>
        <translation>Sachbearbeiter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case of %1: %2.</source>
        <translation>Vorgang %1: %2.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../arledger/gui/views/case_panel.py" line="+91"/>
        <source>Owner and stage…</source>
        <translation>Sachbearbeiter und Phase…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement offer…</source>
        <translation>Vergleichsangebot…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over…</source>
        <translation>Abgeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the pack for a lawyer, agency or court and record the handover</source>
        <translation>Die Unterlagen für Anwalt, Inkassobüro oder Gericht erstellen und die Abgabe vermerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given up</source>
        <translation>Nachgelassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stage history</source>
        <translation>Verlauf der Phasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement offers</source>
        <translation>Vergleichsangebote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Phase: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner: %1</source>
        <translation>Sachbearbeiter: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises kept: %1 (%2 of %3) · Average days late: %4</source>
        <translation>Zusagen eingehalten: %1 (%2 von %3) · Durchschnittlicher Verzug: %4 Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk tier %1</source>
        <translation>Risikostufe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No risk tier yet: it is worked out when something is open.</source>
        <translation>Noch keine Risikostufe: sie wird ermittelt, sobald etwas offen ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back: approval needed</source>
        <translation>zurückgehalten: Freigabe nötig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Settlement offer</source>
        <translation>Vergleichsangebot</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handover</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the handover pack…</source>
        <translation>Abgabeunterlagen werden erstellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handed over: %1 (%2 pages) and %3 written.</source>
        <translation>Abgegeben: %1 (%2 Seiten) und %3 geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover pack was not written: %1</source>
        <translation>Die Abgabeunterlagen wurden nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="-77"/>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment plan</source>
        <translation>Ratenplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over: lawyer</source>
        <translation>Abgegeben: Rechtsanwalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over: agency</source>
        <translation>Abgegeben: Inkassobüro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over: court</source>
        <translation>Abgegeben: Gericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: paid</source>
        <translation>Abgeschlossen: bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: settled</source>
        <translation>Abgeschlossen: verglichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: written off</source>
        <translation>Abgeschlossen: ausgebucht</translation>
    </message>
</context>
<context>
    <name>CheckFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-258"/>
        <source>Check the file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import them anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why they go in anyway (kept in the evidence log for each invoice)</source>
        <translation>Warum sie trotzdem importiert werden (wird je Rechnung im Beweisprotokoll festgehalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n invoice(s) would take a customer over the credit limit or are for a customer on hold; nothing will be written. Tick Import them anyway and give the reason to import them, or fix the file.</source>
        <translation>
            <numerusform>%n Rechnung würde einen Kunden über sein Kreditlimit bringen oder ist für einen gesperrten Kunden; es wird nichts geschrieben. Kreuzen Sie Trotzdem importieren an und geben Sie die Begründung an, um sie zu importieren, oder korrigieren Sie die Datei.</numerusform>
            <numerusform>%n Rechnungen würden einen Kunden über sein Kreditlimit bringen oder sind für einen gesperrten Kunden; es wird nichts geschrieben. Kreuzen Sie Trotzdem importieren an und geben Sie die Begründung an, um sie zu importieren, oder korrigieren Sie die Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This file cannot be imported: %n problem(s) found. Nothing will be written; fix the file or the mapping and check it again.</source>
        <translation>
            <numerusform>Diese Datei kann nicht importiert werden: %n Problem gefunden. Es wird nichts geschrieben; korrigieren Sie die Datei oder die Zuordnung und prüfen Sie erneut.</numerusform>
            <numerusform>Diese Datei kann nicht importiert werden: %n Probleme gefunden. Es wird nichts geschrieben; korrigieren Sie die Datei oder die Zuordnung und prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New customers: %1.</source>
        <translation>Neue Kunden: %1.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>All %1 rows are valid. Press Import to add them to the ledger in one step.</source>
        <translation>Alle %1 Zeilen sind gültig. Klicken Sie auf Importieren, um sie in einem Schritt in das Debitorenbuch zu übernehmen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../arledger/gui/choices.py" line="+13"/>
        <source>England &amp; Wales</source>
        <translation>England und Wales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-413"/>
        <source>What would you like to import?</source>
        <translation>Was möchten Sie importieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV, Excel or QuickBooks IIF file with a header row, or a bank statement (camt.053/054, OFX/QFX, MT940 or CSV). Every row is checked before anything is written; one bad row stops the whole file.</source>
        <translation>Eine CSV-, Excel- oder QuickBooks-IIF-Datei mit Kopfzeile oder ein Kontoauszug (camt.053/054, OFX/QFX, MT940 oder CSV). Jede Zeile wird geprüft, bevor etwas geschrieben wird; eine fehlerhafte Zeile hält die ganze Datei an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payments from your bank, matched to customers and invoices for you to review.</source>
        <translation>Zahlungen von Ihrer Bank, Kunden und Rechnungen zugeordnet, zur Prüfung durch Sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1; optional: %2</source>
        <translation>Spalten: %1; optional: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Spreadsheets and statements (*.csv *.txt *.xlsx *.xlsm *.iif *.xml *.ofx *.qfx *.sta *.940);;All files (*)</source>
        <translation>Tabellen und Kontoauszüge (*.csv *.txt *.xlsx *.xlsm *.iif *.xml *.ofx *.qfx *.sta *.940);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+48"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check promise</source>
        <translation>Zahlungszusage prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm promise</source>
        <translation>Zusage bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promise</source>
        <translation>Gebrochene Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitation</source>
        <translation>Verjährung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment plan</source>
        <translation>Ratenplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute opened</source>
        <translation>Streitfall eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolved</source>
        <translation>Streitfall beigelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guard override</source>
        <translation>Kontaktregel übergangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>Ausbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgment</source>
        <translation>Schuldanerkenntnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand delivered</source>
        <translation>Mahnung zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suit filed</source>
        <translation>Klage eingereicht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call about %1, up to %2 days overdue (%3); ask for a dated promise.</source>
        <translation>Wegen %1 anrufen, bis zu %2 Tage überfällig (%3); um eine datierte Zusage bitten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the level %1 letter (%2): %3 invoices, %4</source>
        <translation>Schreiben der Stufe %1 versenden (%2): %3 Rechnungen, %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the promise of %1 due %2.</source>
        <translation>Zusage über %1, fällig %2, prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the written confirmation of promise %1 (recorded %2).</source>
        <translation>Die schriftliche Bestätigung der Zahlungszusage %1 senden (erfasst am %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 becomes time-barred on %2 (%3 days): obtain a signed acknowledgment or a payment, or start proceedings.</source>
        <translation>%1 verjährt am %2 (%3 Tage): Schuldanerkenntnis oder Zahlung einholen oder ein Verfahren einleiten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+340"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best possible DSO</source>
        <translation>Bestmögliche DSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days delinquent</source>
        <translation>Durchschnittliche Verzugstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery rate</source>
        <translation>Einzugsquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average collection days</source>
        <translation>Durchschnittliche Einzugsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad-debt ratio</source>
        <translation>Forderungsausfallquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise-kept rate</source>
        <translation>Zusagentreue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/confirm.py" line="+32"/>
        <source>%n item(s); in all %1.</source>
        <translation>
            <numerusform>%n Posten; insgesamt %1.</numerusform>
            <numerusform>%n Posten; insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is deleted: this is recorded in the evidence log and can only be undone by a reversal.</source>
        <translation>Nichts wird gelöscht: dies wird im Beweisprotokoll vermerkt und lässt sich nur durch eine Stornierung rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/credit_note.py" line="+25"/>
        <source>Credit Note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>e.g. damaged goods returned</source>
        <translation>z. B. beschädigte Ware zurückgegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note &amp;number</source>
        <translation>Gutschrift&amp;nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply to</source>
        <translation>&amp;Zuordnen zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Credit Note</source>
        <translation>Gutschrift erfassen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Oldest invoices first</source>
        <translation>Älteste Rechnungen zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep on the account as credit</source>
        <translation>Als Guthaben auf dem Konto belassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — open %2</source>
        <translation>%1 — offen %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Credit note %1 of %2 recorded</source>
        <translation>Gutschrift %1 über %2 erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 on the account as credit</source>
        <translation>; %1 als Guthaben auf dem Konto</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="+34"/>
        <source>Edit Customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sole trader</source>
        <translation>Einzelunternehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (e.g. 12.5)</source>
        <translation>Keiner (z. B. 12,5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual late-payment interest, percent a year</source>
        <translation>Vertraglicher Verzugszins, Prozent pro Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual fixed fee per late invoice, in the customer&apos;s currency</source>
        <translation>Vertragliche Pauschale je verspäteter Rechnung, in der Währung des Kunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment date agreed by contract</source>
        <translation>Zahlungstermin vertraglich vereinbart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In default without a reminder from the day after the due date (BGB § 286 (2) no. 1)</source>
        <translation>Verzug ohne Mahnung ab dem Tag nach Fälligkeit (§ 286 Abs. 2 Nr. 1 BGB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices warn of default after 30 days</source>
        <translation>Rechnungen mit Hinweis auf Verzug nach 30 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer is in default 30 days after the due date only if the invoice says so (BGB § 286 (3))</source>
        <translation>Ein Verbraucher kommt 30 Tage nach Fälligkeit nur in Verzug, wenn die Rechnung darauf hinweist (§ 286 Abs. 3 BGB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney on record</source>
        <translation>Anwaltlich vertreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated, e.g. wholesale, north</source>
        <translation>durch Komma getrennt, z. B. Großhandel, Nord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line: name | role | phone | email</source>
        <translation>einer pro Zeile: Name | Funktion | Telefon | E-Mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code</source>
        <translation>&amp;Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms</source>
        <translation>&amp;Zahlungsziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit &amp;limit</source>
        <translation>Kredit&amp;limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;rate %</source>
        <translation>Vertrags&amp;zins %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;fee</source>
        <translation>Vertrags&amp;pauschale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsordnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter language</source>
        <translation>Sprache der Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flags</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;people</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Customer</source>
        <translation>Kunde anlegen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>code</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract rate</source>
        <translation>Vertragszins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract fee</source>
        <translation>Vertragspauschale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country is a two-letter code such as GB, DE or CN.</source>
        <translation>Das Land ist ein zweistelliger Code wie GB, DE oder CN.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contact people</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved customer %1.</source>
        <translation>Kunde %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added customer %1.</source>
        <translation>Kunde %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>CustomerPickerEdit</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="+375"/>
        <source>Customer code or name</source>
        <translation>Kundennummer oder Name</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="+46"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance</source>
        <translation>Offener Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest due</source>
        <translation>Älteste Fälligkeit</translation>
    </message>
</context>
<context>
    <name>CustomerViewPage</name>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="+83"/>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Ratenplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded for this customer yet. Log a call or an email (Ctrl+L), record a promise, or send a letter: each one appears here with its time and its place in the evidence log.</source>
        <translation>Für diesen Kunden ist noch nichts erfasst. Erfassen Sie einen Anruf oder eine E-Mail (Strg+L), eine Zusage oder versenden Sie ein Schreiben: alles erscheint hier mit Zeitpunkt und Platz im Beweisprotokoll.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resolve dispute…</source>
        <translation>Streitfall beilegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises and plans</source>
        <translation>Zusagen und Ratenpläne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open letter</source>
        <translation>Schreiben öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letters sent</source>
        <translation>Versandte Schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit details…</source>
        <translation>Stammdaten bearbeiten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the pack for a lawyer, agency or court and record the handover</source>
        <translation>Die Unterlagen für Anwalt, Inkassobüro oder Gericht erstellen und die Abgabe vermerken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Promises are evaluated from payments: kept when paid in full by the date plus the grace days.</source>
        <translation>Zusagen werden anhand der Zahlungen bewertet: eingehalten, wenn bis zum Datum zuzüglich Karenztagen vollständig gezahlt wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan %1: %2 · %3 instalments · %4 promised, %5 paid — %6</source>
        <translation>Ratenplan %1: %2 · %3 Raten · %4 zugesagt, %5 gezahlt — %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier from average days late, broken promises, overdue share and credit use</source>
        <translation>Risikostufe aus durchschnittlichem Verzug, gebrochenen Zusagen, überfälligem Anteil und Kreditausnutzung</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney on record</source>
        <translation>Anwaltlich vertreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open dispute(s)</source>
        <translation>
            <numerusform>%n offener Streitfall</numerusform>
            <numerusform>%n offene Streitfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending promise(s)</source>
        <translation>
            <numerusform>%n offene Zahlungszusage</numerusform>
            <numerusform>%n offene Zahlungszusagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1-day terms</source>
        <translation>%1 Tage Zahlungsziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit limit %1</source>
        <translation>Kreditlimit %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open · %1</source>
        <translation>Offen · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue %1</source>
        <translation>Überfällig %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln open invoice(s) · oldest due %1</source>
        <translation>
            <numerusform>%Ln offene Rechnung · älteste fällig %1</numerusform>
            <numerusform>%Ln offene Rechnungen · älteste fällig %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>time-barred since %1</source>
        <translation>verjährt seit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time-barred on %1 (%2 days)</source>
        <translation>verjährt am %1 (%2 Tage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obtain a signed acknowledgment or a part payment, or start proceedings.</source>
        <translation>Holen Sie ein unterschriebenes Schuldanerkenntnis oder eine Teilzahlung ein, oder leiten Sie ein Verfahren ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter language</source>
        <translation>Sprache der Schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="+34"/>
        <source>Search code, name, email or phone</source>
        <translation>Nummer, Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <source>Show invoices</source>
        <translation>Rechnungen anzeigen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln customer(s) match “%1”</source>
        <translation>
            <numerusform>%Ln Kunde passt zu „%1“</numerusform>
            <numerusform>%Ln Kunden passen zu „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No customer matches the search.</source>
        <translation>Kein Kunde passt zur Suche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customers yet. Add one with New customer (Ctrl+Shift+N), import a file (Ctrl+I), or try the sample ledger (File ▸ New Ledger, or arledger --demo).</source>
        <translation>Noch keine Kunden. Legen Sie einen mit Neuer Kunde (Strg+Umschalt+N) an, importieren Sie eine Datei (Strg+I) oder probieren Sie das Beispiel-Debitorenbuch (Datei ▸ Neues Debitorenbuch oder arledger --demo).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="+26"/>
        <location line="+199"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Aging of receivables</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Most overdue customers</source>
        <translation>Größte Rückstände</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a customer to see the overdue invoices</source>
        <translation>Klicken Sie auf einen Kunden, um die überfälligen Rechnungen zu sehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collection measures, last 90 days</source>
        <translation>Einzugskennzahlen, letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Limitation warnings</source>
        <translation>Verjährungswarnungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click to open the customer</source>
        <translation>Doppelklick öffnet den Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No debt is within 180 days of its limitation date.</source>
        <translation>Keine Forderung verjährt binnen 180 Tagen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This ledger is empty</source>
        <translation>Dieses Debitorenbuch ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in your customers and open invoices from a spreadsheet, add a first customer by hand, or look around a sample ledger first (it opens in a temporary file; your ledger is not touched).</source>
        <translation>Übernehmen Sie Kunden und offene Rechnungen aus einer Tabelle, legen Sie einen ersten Kunden von Hand an oder sehen Sie sich zuerst ein Beispiel-Debitorenbuch an (es öffnet sich in einer temporären Datei; Ihr Debitorenbuch bleibt unberührt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import from CSV or Excel… (Ctrl+I)</source>
        <translation>Aus CSV oder Excel importieren… (Strg+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer… (Ctrl+Shift+N)</source>
        <translation>Neuer Kunde… (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the sample ledger</source>
        <translation>Beispiel-Debitorenbuch ausprobieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>As of %1 · %2 customers</source>
        <translation>Stand %1 · %2 Kunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing is owed to you yet. Add customers and invoices, or import them from a spreadsheet with File ▸ Import (Ctrl+I).</source>
        <translation>Noch sind keine Forderungen offen. Legen Sie Kunden und Rechnungen an oder importieren Sie sie aus einer Tabelle über Datei ▸ Importieren (Strg+I).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Collection measures, %1 – %2</source>
        <translation>Einzugskennzahlen, %1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>best %1</source>
        <translation>Bestwert %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n evaluated</source>
        <translation>
            <numerusform>%n bewertet</numerusform>
            <numerusform>%n bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limitation warnings (%1)</source>
        <translation>Verjährungswarnungen (%1)</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+477"/>
        <location line="+26"/>
        <source>Resolve Dispute</source>
        <translation>Streitfall beilegen</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+44"/>
        <source>Open Dispute</source>
        <translation>Streitfall eröffnen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. credit note issued for the damaged items</source>
        <translation>z. B. Gutschrift für die beschädigte Ware erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Beilegung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated: the disputed part bears interest again from this date</source>
        <translation>Nicht angegeben: der strittige Teil wird ab diesem Datum wieder verzinst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld: the customer was right; the disputed part bears no interest</source>
        <translation>Stattgegeben: der Kunde hatte recht; der strittige Teil wird nicht verzinst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: we were right; the disputed part bears interest from the due date</source>
        <translation>Zurückgewiesen: wir hatten recht; der strittige Teil wird ab Fälligkeit verzinst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the whole open amount</source>
        <translation>der gesamte offene Betrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the customer says is wrong</source>
        <translation>Was der Kunde beanstandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disputed amount leaves escalation until the dispute is resolved and bears no interest from its due date; letters may still claim the undisputed part.</source>
        <translation>Der strittige Betrag ist bis zur Beilegung von der Eskalation ausgenommen und wird ab Fälligkeit nicht verzinst; Schreiben können den unstrittigen Teil weiterhin fordern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolution</source>
        <translation>Beilegung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still open.</source>
        <translation>Das ist mehr als die noch offenen %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resolved the dispute on %1.</source>
        <translation>Streitfall zu %1 beigelegt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened a dispute on %1.</source>
        <translation>Streitfall zu %1 eröffnet.</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-209"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole open amount</source>
        <translation>gesamter offener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Beigelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note / resolution</source>
        <translation>Notiz / Beilegung</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+518"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payments recorded from %2: %1 (%3). Rejected, unmatched and debit lines are remembered so the statement is never imported twice.</source>
        <translation>Aus %2 gebuchte Zahlungen: %1 (%3). Abgelehnte, nicht zugeordnete und Abgangszeilen werden gemerkt, damit der Kontoauszug nie doppelt importiert wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows were added from %2.</source>
        <translation>%1 Zeilen wurden aus %2 übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers: %1.</source>
        <translation>Neue Kunden: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left as unapplied credit: %1.</source>
        <translation>Als nicht zugeordnetes Guthaben verblieben: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invoice(s) went in despite credit control; each override is in the evidence log with your reason.</source>
        <translation>
            <numerusform>%n Rechnung wurde trotz Kreditkontrolle importiert; die Ausnahme steht mit Ihrer Begründung im Beweisprotokoll.</numerusform>
            <numerusform>%n Rechnungen wurden trotz Kreditkontrolle importiert; jede Ausnahme steht mit Ihrer Begründung im Beweisprotokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../arledger/gui/errors.py" line="+64"/>
        <source>An unexpected error stopped this action (%1). The details are in the log; Copy details puts them on the clipboard for a bug report.</source>
        <translation>Ein unerwarteter Fehler hat diese Aktion abgebrochen (%1). Die Einzelheiten stehen im Protokoll; „Details kopieren“ legt sie für eine Fehlermeldung in die Zwischenablage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>arledger — unexpected error</source>
        <translation>arledger – unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="+150"/>
        <source>Hand over %1</source>
        <translation>%1 abgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lawyer</source>
        <translation>Rechtsanwalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collection agency</source>
        <translation>Inkassobüro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand over &amp;to</source>
        <translation>Abgeben &amp;an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes one indexed PDF (claim summary, statement, invoices and their documents, letters with dispatch records, the evidence log with its chain head, disputes, limitation) and a zip of the same data as CSV/JSON. The case moves to the handed-over stage and the ledger sends no more letters for it.</source>
        <translation>Schreibt ein PDF mit Inhaltsverzeichnis (Forderungsaufstellung, Kontoauszug, Rechnungen mit ihren Unterlagen, Schreiben mit Versandnachweisen, Beweisprotokoll mit Kettenende, Streitfälle, Verjährung) und ein ZIP mit denselben Daten als CSV/JSON. Der Vorgang geht in die Phase „abgegeben“, und das Debitorenbuch verschickt dafür keine Schreiben mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write pack and hand over</source>
        <translation>Unterlagen erstellen und abgeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the pack</source>
        <translation>Ordner für die Unterlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_labels.py" line="+21"/>
        <source>Customer code</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or person</source>
        <translation>Firma oder Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms (days)</source>
        <translation>Zahlungsziel (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract interest rate</source>
        <translation>Vertraglicher Verzugszins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract late fee</source>
        <translation>Vertragliche Mahngebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LPR factor</source>
        <translation>LPR-Faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact people</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney on record</source>
        <translation>Anwaltlich vertreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line amount</source>
        <translation>Positionsbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax amount</source>
        <translation>Steuerbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice received on</source>
        <translation>Rechnung zugegangen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided on</source>
        <translation>Storniert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void reason</source>
        <translation>Stornogrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied to (invoice:amount)</source>
        <translation>Verrechnet mit (Rechnung:Betrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed on</source>
        <translation>Rückgebucht am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal reason</source>
        <translation>Grund der Rückbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittance</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reference</source>
        <translation>Bankreferenz</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <location line="-59"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-offs</source>
        <translation>Abschreibungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank statement</source>
        <translation>Kontoauszug der Bank</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+12"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recorded %1 payments from %2.</source>
        <translation>%1 Zahlungen aus %2 gebucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 rows (%2) from %3.</source>
        <translation>%1 Zeilen (%2) aus %3 importiert.</translation>
    </message>
</context>
<context>
    <name>InterestTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+109"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compensation</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cur.</source>
        <translation>Währ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>InvoiceChecklist</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="-648"/>
        <source>, %1 days late</source>
        <translation>, %1 Tage im Verzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — open %2, due %3%4</source>
        <translation>%1 — offen %2, fällig %3%4</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="+23"/>
        <source>New Invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>from the customer&apos;s terms</source>
        <translation>aus dem Zahlungsziel des Kunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase order or contract</source>
        <translation>Bestellung oder Vertrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice &amp;number</source>
        <translation>Rechnungs&amp;nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued</source>
        <translation>&amp;Ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment date agreed by contract</source>
        <translation>Zahlungstermin vertraglich vereinbart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In default without a reminder from the day after the due date (BGB § 286 (2) no. 1)</source>
        <translation>Verzug ohne Mahnung ab dem Tag nach Fälligkeit (§ 286 Abs. 2 Nr. 1 BGB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice warns of default after 30 days</source>
        <translation>Rechnung mit Hinweis auf Verzug nach 30 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer is in default 30 days after the due date only if the invoice says so (BGB § 286 (3))</source>
        <translation>Ein Verbraucher kommt 30 Tage nach Fälligkeit nur in Verzug, wenn die Rechnung darauf hinweist (§ 286 Abs. 3 BGB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received by the debtor on</source>
        <translation>Dem Schuldner zugegangen am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default comes at the latest 30 days after the due date and the invoice&apos;s receipt, whichever is later (BGB § 286 (3)); if the receipt is not recorded, the due date stands for it</source>
        <translation>Verzug tritt spätestens 30 Tage nach Fälligkeit und Zugang der Rechnung ein, je nachdem, was später liegt (§ 286 Abs. 3 BGB); ist der Zugang nicht erfasst, steht das Fälligkeitsdatum dafür</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>why it goes in anyway (kept in the evidence log)</source>
        <translation>warum sie dennoch gestellt wird (im Beweisprotokoll vermerkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verride reason</source>
        <translation>&amp;Begründung der Ausnahme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Invoice</source>
        <translation>Rechnung anlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · pays in %2 · %3-day terms</source>
        <translation>%1 · zahlt in %2 · %3 Tage Zahlungsziel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>Es gibt keinen Kunden mit der Nummer „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invoice numbered &apos;%1&apos; already exists.</source>
        <translation>Eine Rechnung mit der Nummer „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date is before the issue date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Rechnungsdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invoice cannot have been received before it was issued.</source>
        <translation>Die Rechnung kann nicht vor ihrem Rechnungsdatum zugegangen sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give an override reason to raise it anyway.</source>
        <translation>Geben Sie eine Begründung an, um sie dennoch zu stellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add %1 for %2</source>
        <translation>%1 für %2 anlegen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added invoice %1 for %2.</source>
        <translation>Rechnung %1 für %2 angelegt.</translation>
    </message>
</context>
<context>
    <name>InvoiceField</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="+49"/>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 · open %3 of %4</source>
        <translation>%1 · %2 · offen %3 von %4</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="+35"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed: an open dispute covers all or part of this invoice</source>
        <translation>Strittig: ein offener Streitfall betrifft diese Rechnung ganz oder teilweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Tage im Verzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cur.</source>
        <translation>Währ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disputed</source>
        <translation>strittig</translation>
    </message>
</context>
<context>
    <name>InvoiceViewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="+134"/>
        <source>Open the customer&apos;s account</source>
        <translation>Das Konto des Kunden öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+37"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Paid and credited</source>
        <translation>Bezahlt und gutgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Interest and compensation</source>
        <translation>Zinsen und Pauschale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve dispute</source>
        <translation>Streitfall beilegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been paid, credited or written off on this invoice yet. Record a payment when one arrives.</source>
        <translation>Auf diese Rechnung wurde noch nichts gezahlt, gutgeschrieben oder ausgebucht. Erfassen Sie eine Zahlung, sobald sie eingeht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Beigelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note / resolution</source>
        <translation>Notiz / Beilegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dispute. If the customer queries this invoice, open a dispute: it pauses letters and interest on the disputed part.</source>
        <translation>Kein Streitfall. Beanstandet der Kunde diese Rechnung, eröffnen Sie einen Streitfall: er pausiert Schreiben und Zinsen für den strittigen Teil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by</source>
        <translation>Zugesagt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No promise covers this invoice. Ask for a dated promise when you call.</source>
        <translation>Keine Zusage deckt diese Rechnung. Bitten Sie beim Anruf um eine datierte Zusage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Archived file</source>
        <translation>Archivierte Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No letter has listed this invoice yet.</source>
        <translation>Noch kein Schreiben hat diese Rechnung aufgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logged contact names this invoice.</source>
        <translation>Kein erfasster Kontakt nennt diese Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate source</source>
        <translation>Quelle des Zinssatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interest: the invoice is not overdue, or is settled.</source>
        <translation>Keine Zinsen: die Rechnung ist nicht überfällig oder ausgeglichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents attached. Attach the contract, the invoice copy and the delivery note (arledger attach): they are the evidence a court asks for.</source>
        <translation>Keine Unterlagen angehängt. Hängen Sie Vertrag, Rechnungskopie und Lieferschein an (arledger attach): das sind die Beweise, die ein Gericht verlangt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlements</source>
        <translation>Ausgleichsbuchungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Invoice %1 — %2</source>
        <translation>Rechnung %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settled %1</source>
        <translation>Ausgeglichen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise pending</source>
        <translation>Zusage offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>Ausbuchung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whole open amount</source>
        <translation>gesamter offener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not archived</source>
        <translation>nicht archiviert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixed compensation: %1</source>
        <translation>Pauschale: %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="+37"/>
        <source>Search invoice number, reference or customer</source>
        <translation>Rechnungsnummer, Referenz oder Kunde suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days past due (the ledger&apos;s aging buckets)</source>
        <translation>Tage überfällig (Altersklassen des Debitorenbuchs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every customer&apos;s invoices</source>
        <translation>Rechnungen aller Kunden anzeigen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days late</source>
        <translation>%1 Tage im Verzug</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln offene Rechnung</numerusform>
            <numerusform>%Ln offene Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue invoice(s)</source>
        <translation>
            <numerusform>%Ln überfällige Rechnung</numerusform>
            <numerusform>%Ln überfällige Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln settled invoice(s)</source>
        <translation>
            <numerusform>%Ln ausgeglichene Rechnung</numerusform>
            <numerusform>%Ln ausgeglichene Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung</numerusform>
            <numerusform>%Ln Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No invoices yet. Add one with New invoice (Ctrl+N), or bring in your books with Import (Ctrl+I).</source>
        <translation>Noch keine Rechnungen. Legen Sie eine mit Neue Rechnung (Strg+N) an oder übernehmen Sie Ihre Bücher mit Importieren (Strg+I).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No invoice matches these filters.</source>
        <translation>Keine Rechnung passt zu diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+88"/>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
</context>
<context>
    <name>LedgerOp</name>
    <message>
        <location filename="../../arledger/gui/operations.py" line="+333"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt beendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="+235"/>
        <source>Letter to %1</source>
        <translation>Schreiben an %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The level due</source>
        <translation>Die fällige Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1 · %2</source>
        <translation>Stufe %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence &amp;appendix</source>
        <translation>&amp;Beweisanhang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the customer&apos;s evidence log up to the letter&apos;s date as numbered exhibits (levels 3 and 4 carry it unless you clear this)</source>
        <translation>Das Beweisprotokoll des Kunden bis zum Datum des Schreibens als nummerierte Anlagen beifügen (Stufen 3 und 4 enthalten es, sofern Sie dies nicht abwählen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send</source>
        <translation>&amp;Versenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive this PDF and record it in the evidence log as sent</source>
        <translation>Dieses PDF archivieren und im Beweisprotokoll als versendet vermerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send by &amp;email</source>
        <translation>Per &amp;E-Mail senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email this letter as a PDF attachment; it is archived and recorded only once the mail server accepted it</source>
        <translation>Dieses Schreiben als PDF-Anhang per E-Mail senden; es wird erst archiviert und erfasst, wenn der Mailserver es angenommen hat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>, reply by %1</source>
        <translation>, Antwort bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of %1 · level %2 (%3) · %4 invoices · claims %5%6 · not sent yet</source>
        <translation>Vorschau für %1 · Stufe %2 (%3) · %4 Rechnungen · fordert %5%6 · noch nicht versendet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sending by email…</source>
        <translation>Wird per E-Mail gesendet …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>Nicht gesendet, nichts wurde erfasst: %1</translation>
    </message>
</context>
<context>
    <name>LetterRunTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-191"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="+98"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview letter</source>
        <translation>Schreiben ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate all due</source>
        <translation>Alle fälligen erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open customer</source>
        <translation>Kunde öffnen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reminders and demands</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other letters</source>
        <translation>Weitere Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices sent</source>
        <translation>Versandte Schreiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview and send…</source>
        <translation>&amp;Vorschau und Versand…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send by &amp;email</source>
        <translation>Per &amp;E-Mail senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive to print</source>
        <translation>Zum Drucken &amp;archivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>About</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;posting…</source>
        <translation>&amp;Versand erfassen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;delivery…</source>
        <translation>&amp;Zustellung erfassen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No other letters are due today.</source>
        <translation>Heute sind keine weiteren Schreiben fällig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other letters (%1)</source>
        <translation>Weitere Schreiben (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the due date</source>
        <translation>Vor der Fälligkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise %1, to pay by %2</source>
        <translation>Zusage %1, Zahlung bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instalment plan %1</source>
        <translation>Ratenplan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in full</source>
        <translation>Vollständig bezahlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emailed</source>
        <translation>Per E-Mail versandt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted (%1)</source>
        <translation>Per Post versandt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived, not sent out yet</source>
        <translation>Archiviert, noch nicht versandt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer has no email address, or no mail server is set up.</source>
        <translation>Der Kunde hat keine E-Mail-Adresse, oder es ist kein Mailserver eingerichtet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sending: %1 to %2…</source>
        <translation>Wird gesendet: %1 an %2…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emailed to %1</source>
        <translation>per E-Mail an %1 gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived to print at %1</source>
        <translation>zum Drucken archiviert unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 sent: %3.</source>
        <translation>%1 %2 versandt: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>Nicht gesendet, nichts wurde erfasst: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Letter %1</source>
        <translation>Schreiben %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working out the letters due…</source>
        <translation>Fällige Schreiben werden ermittelt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2 letters due · %3 customers paused</source>
        <translation>%1 · %2 Schreiben fällig · %3 Kunden pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No letters are due today.</source>
        <translation>Heute sind keine Schreiben fällig.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Folder for today&apos;s letters</source>
        <translation>Ordner für die heutigen Schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some interest would be computed with a reference rate past the end of its table:</source>
        <translation>Einige Zinsen würden mit einem Basiszinssatz jenseits des Endes seiner Tabelle berechnet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the letters with the last known rates anyway?</source>
        <translation>Die Schreiben trotzdem mit den zuletzt bekannten Zinssätzen versenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate tables out of date</source>
        <translation>Zinstabellen veraltet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letters for printing</source>
        <translation>Schreiben zum Drucken</translation>
    </message>
</context>
<context>
    <name>LimitationTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+27"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-barred on</source>
        <translation>Verjährt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time-barred</source>
        <translation>verjährt</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+110"/>
        <location line="+120"/>
        <source>Log Contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Outgoing (we contacted them)</source>
        <translation>Ausgehend (wir haben Kontakt aufgenommen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (they contacted us)</source>
        <translation>Eingehend (der Kunde hat sich gemeldet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who you spoke to</source>
        <translation>Mit wem Sie gesprochen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise to pay</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute raised</source>
        <translation>Beanstandung erhoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason given</source>
        <translation>Kein Grund genannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial difficulty</source>
        <translation>Finanzielle Schwierigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberate delay</source>
        <translation>Bewusste Verzögerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality dispute</source>
        <translation>Qualitätsmangel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process / approval</source>
        <translation>Prozess / Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person changed</source>
        <translation>Ansprechpartner gewechselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said or sent, in a sentence or two</source>
        <translation>Was gesagt oder geschickt wurde, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why this contact is justified anyway (recorded in the evidence log)</source>
        <translation>Warum dieser Kontakt dennoch gerechtfertigt ist (wird im Beweisprotokoll vermerkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override &amp;reason</source>
        <translation>&amp;Begründung der Ausnahme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaso&amp;n given</source>
        <translation>Genannter &amp;Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>Rech&amp;nungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All situations</source>
        <translation>Alle Situationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this ledger&apos;s talk tracks</source>
        <translation>Die Gesprächsleitfäden dieses Debitorenbuchs bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Talk tracks</source>
        <translation>Gesprächsleitfäden</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the person who handles payments</source>
        <translation>die für Zahlungen zuständige Person</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 for the customer (%2)</source>
        <translation>%1 beim Kunden (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A contact rule applies:</source>
        <translation>Eine Kontaktregel greift:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contact time is in the future.</source>
        <translation>Der Kontaktzeitpunkt liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact breaks a contact rule (see above); give an override reason to record it anyway.</source>
        <translation>Dieser Kontakt verstößt gegen eine Kontaktregel (siehe oben); geben Sie eine Begründung an, um ihn dennoch zu erfassen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Logged a %1 contact with %2.</source>
        <translation>Kontakt (%1) mit %2 erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The override was recorded in the evidence log.</source>
        <translation>Die Ausnahme wurde im Beweisprotokoll vermerkt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="+126"/>
        <source>&amp;New Ledger…</source>
        <translation>&amp;Neues Debitorenbuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new, empty ledger file</source>
        <translation>Eine neue, leere Debitorenbuch-Datei anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Ledger…</source>
        <translation>Debitorenbuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another ledger file</source>
        <translation>Eine andere Debitorenbuch-Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import customers, invoices or payments from CSV or Excel</source>
        <translation>Kunden, Rechnungen oder Zahlungen aus CSV oder Excel importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this ledger</source>
        <translation>Eine Kopie dieses Debitorenbuchs speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Customer…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Customer…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Invoice…</source>
        <translation>Neue &amp;Rechnung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write Off…</source>
        <translation>&amp;Ausbuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About arledger</source>
        <translation>Ü&amp;ber arledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Customer</source>
        <translation>Kunde ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected customer&apos;s account, timeline and letters</source>
        <translation>Konto, Verlauf und Schreiben des gewählten Kunden anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Invoice</source>
        <translation>Rechnung ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected invoice: payments, disputes, promises, letters, interest and documents</source>
        <translation>Die gewählte Rechnung zeigen: Zahlungen, Streitfälle, Zusagen, Schreiben, Zinsen und Unterlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call, email, letter or visit; the contact rules are checked first</source>
        <translation>Anruf, E-Mail, Schreiben oder Besuch erfassen; zuerst werden die Kontaktregeln geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record P&amp;romise…</source>
        <translation>Zahlungs&amp;zusage erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a promise to pay an amount by a date</source>
        <translation>Eine Zusage erfassen, einen Betrag bis zu einem Datum zu zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment P&amp;lan…</source>
        <translation>&amp;Ratenplan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree a schedule of dated instalments</source>
        <translation>Einen Plan datierter Raten vereinbaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Dispute…</source>
        <translation>&amp;Streitfall eröffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take an invoice out of escalation while a dispute is open</source>
        <translation>Eine Rechnung während eines offenen Streitfalls von der Eskalation ausnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resol&amp;ve Dispute…</source>
        <translation>Streitfall bei&amp;legen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waive &amp;Interest…</source>
        <translation>Zinsen &amp;erlassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waive interest or compensation on an invoice, whole or part, with a reason</source>
        <translation>Zinsen oder Pauschale einer Rechnung ganz oder teilweise erlassen, mit Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Task Done</source>
        <translation>Aufgabe als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up task done</source>
        <translation>Die gewählte Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter for &amp;Customer…</source>
        <translation>Schreiben an &amp;Kunden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the letter due for the selected customer; print, save or send</source>
        <translation>Das fällige Schreiben an den gewählten Kunden ansehen; drucken, speichern oder versenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate All Due Letters…</source>
        <translation>Alle fälligen Schreiben &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send every letter due today, off the main window, with progress</source>
        <translation>Alle heute fälligen Schreiben im Hintergrund versenden, mit Fortschrittsanzeige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statement of Account…</source>
        <translation>K&amp;ontoauszug…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credit Note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit an invoice, or the account, for returns or price corrections</source>
        <translation>Eine Rechnung oder das Konto gutschreiben, für Rücksendungen oder Preiskorrekturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refun&amp;d Credit…</source>
        <translation>Guthaben &amp;erstatten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay back a customer&apos;s unapplied credit</source>
        <translation>Nicht verrechnetes Guthaben an einen Kunden zurückzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;verse or Void…</source>
        <translation>S&amp;tornieren oder ungültig machen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a payment, credit note, write-off or refund, or void an invoice; nothing is deleted</source>
        <translation>Zahlung, Gutschrift, Abschreibung oder Erstattung stornieren oder eine Rechnung ungültig machen; nichts wird gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Excel…</source>
        <translation>Excel e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the accountant&apos;s workbook (aging, open items, invoices, payments, customers)</source>
        <translation>Die Arbeitsmappe für die Buchhaltung schreiben (Altersstruktur, offene Posten, Rechnungen, Zahlungen, Kunden)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collections</source>
        <translation>&amp;Forderungseinzug</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ledger: %1</source>
        <translation>Debitorenbuch: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample ledger</source>
        <translation>Beispiel-Debitorenbuch</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Select an invoice first.</source>
        <translation>Wählen Sie zuerst eine Rechnung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+260"/>
        <source>Select a customer first.</source>
        <translation>Wählen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>New Ledger</source>
        <translation>Neues Debitorenbuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Ledger</source>
        <translation>Debitorenbuch öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No other ledgers yet</source>
        <translation>Noch keine anderen Debitorenbücher</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Back Up Ledger</source>
        <translation>Debitorenbuch sichern</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>arledger backups (*.zip)</source>
        <translation>arledger-Sicherungen (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up to %1…</source>
        <translation>Sicherung in %1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a customer first (Customers, Ctrl+2).</source>
        <translation>Wählen Sie zuerst einen Kunden (Kunden, Strg+2).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About arledger</source>
        <translation>Über arledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;Accounts receivable and collections for small businesses.&lt;/p&gt;&lt;p&gt;Ledger file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;Debitorenbuchhaltung und Forderungsmanagement für kleine Unternehmen.&lt;/p&gt;&lt;p&gt;Debitorenbuch-Datei:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select a follow-up task on the Today page (Ctrl+2) first.</source>
        <translation>Wählen Sie zuerst eine Wiedervorlage auf der Seite Heute (Strg+2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent letter %1 to %2; archived and logged.</source>
        <translation>Schreiben %1 an %2 versendet; archiviert und protokolliert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter %1</source>
        <translation>Schreiben %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived copy: %1</source>
        <translation>Archivierte Kopie: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No letters are due today.</source>
        <translation>Heute sind keine Schreiben fällig.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending today&apos;s letters…</source>
        <translation>Heutige Schreiben werden versendet…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped on request: %n letter(s) were sent, each archived and logged. Run the batch again with the same folder to send the rest.</source>
        <translation>
            <numerusform>Auf Wunsch angehalten: %n Schreiben wurde versendet, archiviert und protokolliert. Starten Sie den Lauf erneut mit demselben Ordner, um den Rest zu versenden.</numerusform>
            <numerusform>Auf Wunsch angehalten: %n Schreiben wurden versendet, jedes archiviert und protokolliert. Starten Sie den Lauf erneut mit demselben Ordner, um den Rest zu versenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n letter(s); one PDF each and a combined file for printing are in %1.</source>
        <translation>
            <numerusform>%n Schreiben versendet; das PDF und eine Sammeldatei zum Drucken liegen in %1.</numerusform>
            <numerusform>%n Schreiben versendet; je ein PDF und eine Sammeldatei zum Drucken liegen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them by email, accepted by the mail server.</source>
        <translation>
            <numerusform>Davon %n per E-Mail, vom Mailserver angenommen.</numerusform>
            <numerusform>Davon %n per E-Mail, vom Mailserver angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent to %1 (nothing recorded): %2</source>
        <translation>Nicht an %1 gesendet (nichts erfasst): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 (%2 rows).</source>
        <translation>%1 geschrieben (%2 Zeilen).</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-552"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add customers the file names but the ledger does not have</source>
        <translation>Kunden anlegen, die die Datei nennt, das Debitorenbuch aber nicht kennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved profile</source>
        <translation>Gespeichertes Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile name, e.g. Xero export</source>
        <translation>Profilname, z. B. DATEV-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: detection proposes a field for each column and the formats it found; check them, change what is wrong, and choose (ignore) for columns you do not need.</source>
        <translation>%1: Die Erkennung schlägt für jede Spalte ein Feld und die gefundenen Formate vor; prüfen Sie sie, ändern Sie Falsches und wählen Sie (ignorieren) für Spalten, die Sie nicht brauchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(one table)</source>
        <translation>(eine Tabelle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved as profile &apos;%1&apos;.</source>
        <translation>Als Profil „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>NoticeKinds</name>
    <message>
        <location filename="../../arledger/gui/dialogs/notice_kinds.py" line="+22"/>
        <source>Courtesy reminder</source>
        <translation>Zahlungserinnerung vor Fälligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise confirmation</source>
        <translation>Bestätigung der Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayment agreement</source>
        <translation>Ratenzahlungsvereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-you letter</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ordinary post</source>
        <translation>Normale Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered / recorded</source>
        <translation>Einschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
</context>
<context>
    <name>NoticePostDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/notices.py" line="+159"/>
        <source>Record delivery</source>
        <translation>Zustellung erfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record posting</source>
        <translation>Versand erfassen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. RR123456789CN</source>
        <translation>z. B. RR123456789CN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. signed for by reception</source>
        <translation>z. B. vom Empfang quittiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delivered on</source>
        <translation>&amp;Zugestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>&amp;Versandart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number</source>
        <translation>&amp;Sendungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Posted on</source>
        <translation>&amp;Aufgegeben am</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recorded notice %1 as delivered on %2.</source>
        <translation>Schreiben %1 als am %2 zugestellt erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It restarts limitation for the invoices it names.</source>
        <translation>Damit beginnt die Verjährung für die darin genannten Rechnungen neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded notice %1 as posted (%2).</source>
        <translation>Schreiben %1 als versandt erfasst (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was recorded: %1</source>
        <translation>Nichts wurde erfasst: %1</translation>
    </message>
</context>
<context>
    <name>NoticePreviewDialog</name>
    <message>
        <location line="-189"/>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send by &amp;email</source>
        <translation>Per &amp;E-Mail senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has no email address, or no mail server is set up.</source>
        <translation>Der Kunde hat keine E-Mail-Adresse, oder es ist kein Mailserver eingerichtet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive to print</source>
        <translation>Zum Drucken &amp;archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive this PDF and record it in the evidence log as sent; then print it and record its posting</source>
        <translation>Dieses PDF archivieren und im Nachweisprotokoll als versandt erfassen; danach drucken und den Versand erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;posting…</source>
        <translation>&amp;Versand erfassen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview: %1 to %2 · not sent yet</source>
        <translation>Vorschau: %1 an %2 · noch nicht versandt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending by email…</source>
        <translation>Wird per E-Mail gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archiving…</source>
        <translation>Wird archiviert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 emailed to %3; archived and logged.</source>
        <translation>%1 %2 per E-Mail an %3 gesendet; archiviert und protokolliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 archived and logged; print it and record its posting.</source>
        <translation>%1 %2 archiviert und protokolliert; bitte drucken und den Versand erfassen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>Nicht gesendet, nichts wurde erfasst: %1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="+82"/>
        <location line="+100"/>
        <source>Record Payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Bank statement reference</source>
        <translation>Referenz auf dem Kontoauszug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 · %2 open invoices, %3 open in all</source>
        <translation>%1 · %2 offene Rechnungen, insgesamt %3 offen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The invoices ticked below</source>
        <translation>Die unten angehakten Rechnungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also apply the account&apos;s unapplied credit of %1 (oldest invoices first)</source>
        <translation>Auch das nicht zugeordnete Guthaben von %1 verrechnen (älteste Rechnungen zuerst)</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 is more than the %2 open on the whole account; %3 stays on the account as credit.</source>
        <translation>%1 ist mehr als die auf dem ganzen Konto offenen %2; %3 bleibt als Guthaben auf dem Konto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stays on the account as credit; %2 is open on the account in all (tick more invoices to apply it).</source>
        <translation>%1 bleibt als Guthaben auf dem Konto; insgesamt sind %2 offen (haken Sie weitere Rechnungen an, um es zuzuordnen).</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Left open</source>
        <translation>Bleibt offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the invoices the payer named and type how much goes to each</source>
        <translation>Haken Sie die vom Zahler genannten Rechnungen an und geben Sie den Betrag je Rechnung ein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find an invoice by number, reference or amount</source>
        <translation>Rechnung suchen: Nummer, Referenz oder Betrag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received on</source>
        <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply to</source>
        <translation>&amp;Zuordnen zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>Zahlungs&amp;art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Invoices</source>
        <translation>Rech&amp;nungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Oldest invoices first</source>
        <translation>Älteste Rechnungen zuerst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — due %2, open %3</source>
        <translation>%1 — fällig %2, offen %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Finding invoices…</source>
        <translation>Rechnungen werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Showing %1 of %Ln open invoices — type to find others</source>
        <translation>
            <numerusform>%1 von %Ln offenen Rechnung angezeigt – tippen Sie, um weitere zu finden</numerusform>
            <numerusform>%1 von %Ln offenen Rechnungen angezeigt – tippen Sie, um weitere zu finden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open invoice matches “%1”.</source>
        <translation>Keine offene Rechnung passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln open invoice(s) match “%1”.</source>
        <translation>
            <numerusform>%Ln offene Rechnung passt zu „%1“.</numerusform>
            <numerusform>%Ln offene Rechnungen passen zu „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing %1 of %Ln open invoices that match “%2” — type more to narrow them</source>
        <translation>
            <numerusform>%1 von %Ln offenen Rechnung zu „%2“ angezeigt – tippen Sie weiter, um die Auswahl einzugrenzen</numerusform>
            <numerusform>%1 von %Ln offenen Rechnungen zu „%2“ angezeigt – tippen Sie weiter, um die Auswahl einzugrenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n ticked invoice(s) not listed here stay ticked.</source>
        <translation>
            <numerusform>%n angehakte Rechnung, die hier nicht aufgeführt ist, bleibt angehakt.</numerusform>
            <numerusform>%n angehakte Rechnungen, die hier nicht aufgeführt sind, bleiben angehakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+121"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>amount for %1</source>
        <translation>Betrag für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 has only %2 open.</source>
        <translation>Rechnung %1 hat nur %2 offen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticked amounts add up to %1, more than the %2 received.</source>
        <translation>Die angehakten Beträge ergeben %1, mehr als die erhaltenen %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calculating the allocation…</source>
        <translation>Zuordnung wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Payment of %1 recorded and applied to %n invoice(s)</source>
        <translation>
            <numerusform>Zahlung über %1 erfasst und %n Rechnung zugeordnet</numerusform>
            <numerusform>Zahlung über %1 erfasst und %n Rechnungen zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 of earlier credit applied</source>
        <translation>; %1 früheres Guthaben verrechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 left as credit</source>
        <translation>; %1 bleibt als Guthaben</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="-305"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The PDF %1 could not be opened.</source>
        <translation>Das PDF %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the PDF for printing as %1.</source>
        <translation>PDF zum Drucken als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>the default printer</source>
        <translation>den Standarddrucker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to %1 (job %2).</source>
        <translation>An %1 gesendet (Auftrag %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy to %1.</source>
        <translation>Kopie unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+117"/>
        <source>Instalment Plan</source>
        <translation>Ratenplan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add instalment</source>
        <translation>Rate &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. three monthly instalments agreed by phone</source>
        <translation>z. B. drei Monatsraten telefonisch vereinbart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Zahlungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>Rech&amp;nungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Made by</source>
        <translation>&amp;Zugesagt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree Plan</source>
        <translation>Ratenplan vereinbaren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An instalment plan needs at least one dated amount.</source>
        <translation>Ein Ratenplan braucht mindestens einen datierten Betrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>instalment %1</source>
        <translation>Rate %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instalment dates must be in order, one instalment a day at most.</source>
        <translation>Die Ratentermine müssen aufsteigend sein, höchstens eine Rate pro Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first instalment is in the past.</source>
        <translation>Die erste Rate liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreed a plan of %1 instalments with %2.</source>
        <translation>Ratenplan mit %1 Raten mit %2 vereinbart.</translation>
    </message>
</context>
<context>
    <name>PromiseConfirmationDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/promise_confirmation.py" line="+37"/>
        <source>Written confirmation</source>
        <translation>Schriftliche Bestätigung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send %1 a written confirmation of the promise of %2 by %3?</source>
        <translation>%1 eine schriftliche Bestätigung der Zusage über %2 bis %3 senden?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send by &amp;email</source>
        <translation>Per &amp;E-Mail senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no email address, or no mail server is set up.</source>
        <translation>Der Kunde hat keine E-Mail-Adresse, oder es ist kein Mailserver eingerichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive to print</source>
        <translation>Zum Drucken &amp;archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent the written confirmation %1.</source>
        <translation>Schriftliche Bestätigung %1 gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>Nicht gesendet, nichts wurde erfasst: %1</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="-189"/>
        <location line="+29"/>
        <source>Record Promise</source>
        <translation>Zahlungszusage erfassen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Who promised</source>
        <translation>Wer zugesagt hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pay by</source>
        <translation>&amp;Zahlung bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>Rech&amp;nungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Made by</source>
        <translation>&amp;Zugesagt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation of these invoices pauses until the date plus the grace days; confirm the promise in writing and follow up the day after.</source>
        <translation>Die Eskalation dieser Rechnungen ruht bis zum Datum zuzüglich Karenztagen; bestätigen Sie die Zusage schriftlich und haken Sie am Tag danach nach.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised date is in the past.</source>
        <translation>Das zugesagte Datum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recorded a promise of %1 by %2 from %3.</source>
        <translation>Zahlungszusage über %1 bis %2 von %3 erfasst.</translation>
    </message>
</context>
<context>
    <name>PromiseTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-129"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Ratenplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all overdue</source>
        <translation>alle überfälligen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Zugesagt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan %1 · #%2</source>
        <translation>Ratenplan %1 · Nr. %2</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location line="-117"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rank %1 of %2 today. Score %3 = overdue amount × days overdue × risk weight × task weight (amounts are not converted between currencies).</source>
        <translation>Rang %1 von %2 heute. Wert %3 = überfälliger Betrag × Tage überfällig × Risikogewicht × Aufgabengewicht (Beträge werden nicht zwischen Währungen umgerechnet).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>ReasonTrendChart</name>
    <message>
        <location filename="../../arledger/gui/views/reasons_tab.py" line="+96"/>
        <source>Overdue %1 at each month end, by reason</source>
        <translation>Überfällig in %1 zu jedem Monatsende, nach Grund</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <location line="+20"/>
        <source>Financial difficulty</source>
        <translation>Finanzielle Schwierigkeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deliberate delay</source>
        <translation>Bewusste Verzögerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality dispute</source>
        <translation>Qualitätsmangel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process / approval</source>
        <translation>Prozess / Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person changed</source>
        <translation>Ansprechpartner gewechselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded</source>
        <translation>Keiner erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart currency</source>
        <translation>Währung im Diagramm</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Overdue on %1 by the reason last recorded with a contact (for the invoice, else for the customer); %2 reasons in %3 currencies.</source>
        <translation>Überfällig zum %1 nach dem zuletzt bei einem Kontakt erfassten Grund (zur Rechnung, sonst zum Kunden); %2 Gründe in %3 Währungen.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/refund.py" line="+22"/>
        <source>Refund Credit</source>
        <translation>Guthaben erstatten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. bank transfer</source>
        <translation>z. B. Überweisung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. overpaid invoice 1042</source>
        <translation>z. B. Rechnung 1042 überzahlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied credit</source>
        <translation>Nicht verrechnetes Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Zahlungsweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>Es gibt keinen Kunden mit dem Code „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no unapplied credit to refund.</source>
        <translation>%1 hat kein nicht verrechnetes Guthaben, das erstattet werden könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more than the %1 of unapplied credit; a refund can pay back at most that.</source>
        <translation>Das ist mehr als die %1 nicht verrechnetes Guthaben; eine Erstattung kann höchstens so viel zurückzahlen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refunded %1 to %2 (refund %3).</source>
        <translation>%1 an %2 erstattet (Erstattung %3).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="+64"/>
        <location line="+268"/>
        <source>Aged receivables</source>
        <translation>Fälligkeitsanalyse der Forderungen</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Day boundaries between buckets, for example 30,60,90,180</source>
        <translation>Tagesgrenzen zwischen den Altersklassen, zum Beispiel 30,60,90,180</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+54"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+62"/>
        <location line="+63"/>
        <source>Run report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+56"/>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Buckets</source>
        <translation>Altersklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age by</source>
        <translation>Alter nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per</source>
        <translation>Eine Zeile je</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Aging</source>
        <translation>&amp;Altersstruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterest</source>
        <translation>&amp;Zinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPIs</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reasons</source>
        <translation>&amp;Gründe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Excel…</source>
        <translation>Excel exportieren…</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+64"/>
        <location line="+81"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1: interest %2, compensation %3</source>
        <translation>%1: Zinsen %2, Pauschale %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 invoices with interest or compensation as of %2. %3 Hover a row for the rule and rate used.</source>
        <translation>%1 Rechnungen mit Zinsen oder Pauschale zum %2. %3 Zeigen Sie auf eine Zeile, um Regel und Zinssatz zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amber rows use the last rate known (marked *), or are time-barred and claim nothing.</source>
        <translation>Gelbe Zeilen verwenden den zuletzt bekannten Zinssatz (mit * markiert) oder sind verjährt und fordern nichts.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 – %2 · one column per currency; hover a measure for its definition.</source>
        <translation>%1 – %2 · eine Spalte je Währung; zeigen Sie auf eine Kennzahl für ihre Definition.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Late-payment interest and fixed compensation per overdue invoice, with the rule and rate used</source>
        <translation>Verzugszinsen und Pauschale je überfälliger Rechnung, mit angewandter Regel und Zinssatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection measures per currency over a period</source>
        <translation>Einzugskennzahlen je Währung über einen Zeitraum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>by due date</source>
        <translation>nach Fälligkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by invoice date</source>
        <translation>nach Rechnungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged receivables as of %1, %2 · %3 rows</source>
        <translation>Fälligkeitsanalyse zum %1, %2 · %3 Zeilen</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/reversal.py" line="+24"/>
        <source>Reverse or Void</source>
        <translation>Stornieren oder ungültig machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reverse a payment (by its id)</source>
        <translation>Eine Zahlung stornieren (nach ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a credit note (by its number)</source>
        <translation>Eine Gutschrift stornieren (nach Nummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a write-off (by its id)</source>
        <translation>Eine Ausbuchung stornieren (nach ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a refund (by its id)</source>
        <translation>Erstattung stornieren (nach ihrer Nummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void an invoice (by its number)</source>
        <translation>Eine Rechnung ungültig machen (nach Nummer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id shown in the customer&apos;s entries, or the number</source>
        <translation>die in den Buchungen des Kunden gezeigte ID oder die Nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. entered twice; bounced; recorded for the wrong customer</source>
        <translation>z. B. doppelt erfasst; zurückgebucht; beim falschen Kunden erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entry</source>
        <translation>&amp;Buchung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void</source>
        <translation>Ungültig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Voided invoice %1.</source>
        <translation>Rechnung %1 ungültig gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed %1; its amount is credit on the account again.</source>
        <translation>%1 storniert; der Betrag ist wieder Guthaben auf dem Konto.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reversed %1; %n invoice(s) open again.</source>
        <translation>
            <numerusform>%1 storniert; %n Rechnung ist wieder offen.</numerusform>
            <numerusform>%1 storniert; %n Rechnungen sind wieder offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+434"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>SentLetterTableModel</name>
    <message>
        <location line="-278"/>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived file</source>
        <translation>Archivierte Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not archived</source>
        <translation>nicht archiviert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="+66"/>
        <source>The minimum amount per letter must be a number such as 50.00.</source>
        <translation>Der Mindestbetrag je Schreiben muss eine Zahl wie 50,00 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum amount per letter must be 0 or more, with at most two decimals.</source>
        <translation>Der Mindestbetrag je Schreiben muss 0 oder mehr sein, mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact rules</source>
        <translation>Kontaktregeln</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the language</source>
        <translation>wie die Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The window is redrawn in the new language at once.</source>
        <translation>Das Fenster wird sofort in der neuen Sprache neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day boundaries between aging buckets, for example 30,90,180</source>
        <translation>Tagesgrenzen zwischen den Altersklassen, zum Beispiel 30,90,180</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+108"/>
        <location line="+6"/>
        <location line="+40"/>
        <location line="+2"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formats</source>
        <translation>&amp;Formate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aging &amp;buckets (days)</source>
        <translation>&amp;Altersklassen (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name in the log</source>
        <translation>Ihr &amp;Name im Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise &amp;grace</source>
        <translation>&amp;Karenz für Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;jurisdiction</source>
        <translation>Standard-&amp;Rechtsordnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Company &amp;name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Registration</source>
        <translation>&amp;Registernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contact person</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Address</source>
        <translation>An&amp;schrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG or JPEG; a path relative to the ledger&apos;s folder also works</source>
        <translation>PNG oder JPEG; ein Pfad relativ zum Ordner des Debitorenbuchs geht auch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo</source>
        <translation>L&amp;ogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank details (printed on letters)</source>
        <translation>Bankverbindung (wird auf Schreiben gedruckt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account &amp;holder</source>
        <translation>Konto&amp;inhaber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BI&amp;C</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letterhead logo</source>
        <translation>Logo für den Briefkopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days after due</source>
        <translation>Tage nach Fälligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply days</source>
        <translation>Antwortfrist (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply days (individual, E&amp;W)</source>
        <translation>Antwortfrist (Privatperson, E&amp;W)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No letter for less than this, in each currency&apos;s own units: 50.00 means £50.00 for a GBP customer and €50.00 for a EUR one</source>
        <translation>Kein Schreiben unter diesem Betrag, in der Einheit der jeweiligen Währung: 50,00 heißt 50,00 £ bei einem GBP-Kunden und 50,00 € bei einem EUR-Kunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Minimum amount per letter</source>
        <translation>&amp;Mindestbetrag je Schreiben</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Page size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalation levels</source>
        <translation>&amp;Mahnstufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days between &amp;letters</source>
        <translation>Tage zwischen den &amp;Schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalate &amp;after the last level</source>
        <translation>Nach der letzten Stufe &amp;eskalieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>in the debtor&apos;s time zone</source>
        <translation>in der Zeitzone des Schuldners</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact &amp;hours</source>
        <translation>Kontakt&amp;zeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calls at most in</source>
        <translation>Anrufe höchstens in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call &amp;cap</source>
        <translation>Anruf&amp;obergrenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause after a conversation (individuals)</source>
        <translation>&amp;Pause nach einem Gespräch (Privatpersonen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes, do-not-contact and attorney-on-record always pause contact. A guarded contact can still be logged with an override reason, which goes into the log.</source>
        <translation>Streitfälle, Kontaktsperren und anwaltliche Vertretung pausieren den Kontakt immer. Ein gesperrter Kontakt kann mit einer Begründung dennoch erfasst werden; sie wird protokolliert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Escalation level row %1: level, days after due and reply days are whole numbers.</source>
        <translation>Mahnstufe in Zeile %1: Stufe, Tage nach Fälligkeit und Antwortfrist sind ganze Zahlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation level row %1 needs a name.</source>
        <translation>Die Mahnstufe in Zeile %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escalation policy needs at least one level.</source>
        <translation>Das Mahnverfahren braucht mindestens eine Stufe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company country is a two-letter code such as GB, DE or CN.</source>
        <translation>Das Land des Unternehmens ist ein zweistelliger Code wie GB, DE oder CN.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no logo file at %1.</source>
        <translation>Unter %1 gibt es keine Logo-Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact hours must end after they start.</source>
        <translation>Die Kontaktzeiten müssen nach ihrem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="-112"/>
        <source>Settlement offer to %1</source>
        <translation>Vergleichsangebot an %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>amount off the principal, e.g. 500.00</source>
        <translation>Nachlass auf die Hauptforderung, z. B. 500,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waive interest (%1)</source>
        <translation>Zinsen erlassen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waive compensation (%1)</source>
        <translation>Pauschale erlassen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 principal on %2 overdue invoices</source>
        <translation>%1 Hauptforderung aus %2 überfälligen Rechnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iscount</source>
        <translation>&amp;Nachlass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approved by</source>
        <translation>Freigegeben &amp;von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concessions of %1 or more need the approver and a reason before the letter is released.</source>
        <translation>Zugeständnisse ab %1 brauchen eine Freigabe und eine Begründung, bevor das Schreiben hinausgeht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record offer</source>
        <translation>Angebot erfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>discount</source>
        <translation>Nachlass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline is in the past.</source>
        <translation>Die Frist liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settlement offer %1: %2 by %3.</source>
        <translation>Vergleichsangebot %1: %2 bis %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter archived.</source>
        <translation>Schreiben archiviert.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+209"/>
        <source>Statement of Account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the first entry</source>
        <translation>Ab der ersten Buchung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>Es gibt keinen Kunden mit der Nummer „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="+162"/>
        <source>Statement for %1</source>
        <translation>Kontoauszug für %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>up to </source>
        <translation>bis </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement %1 · %2 · %3 entries</source>
        <translation>Kontoauszug %1 · %2 · %3 Buchungen</translation>
    </message>
</context>
<context>
    <name>TalkTrackEditorDialog</name>
    <message>
        <location filename="../../arledger/gui/talk_tracks.py" line="+96"/>
        <source>Talk tracks (%1)</source>
        <translation>Gesprächsleitfäden (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ledger&apos;s own talk tracks. Sections left out come from the shipped file. Placeholders: {customer}, {person}, {amount}, {oldest_due}, {days}, {company}, {me}.</source>
        <translation>Die eigenen Gesprächsleitfäden dieses Debitorenbuchs. Fehlende Abschnitte kommen aus der mitgelieferten Datei. Platzhalter: {customer}, {person}, {amount}, {oldest_due}, {days}, {company}, {me}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore shipped</source>
        <translation>Mitgelieferte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="-422"/>
        <source>Receivables · %1</source>
        <translation>Forderungen · %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue %1</source>
        <translation>Überfällig %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the balance is past due</source>
        <translation>%1 des Saldos sind überfällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the open %1 invoices</source>
        <translation>Die offenen Rechnungen in %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-101"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event %1 · SHA-256 %2
Previous %3</source>
        <translation>Ereignis %1 · SHA-256 %2
Vorheriges %3</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="+40"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record promise</source>
        <translation>Zusage erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send letter</source>
        <translation>Schreiben versenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>Kunde öffnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show the tasks of one case owner</source>
        <translation>Die Aufgaben eines Sachbearbeiters anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working out today&apos;s queue…</source>
        <translation>Heutige Aufgaben werden ermittelt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2 tasks</source>
        <translation>%1 · %2 Aufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do today: no letters due, no promises to check, no calls to make.</source>
        <translation>Heute nichts zu tun: keine Schreiben fällig, keine Zusagen zu prüfen, keine Anrufe zu tätigen.</translation>
    </message>
</context>
<context>
    <name>ValidatedDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="-191"/>
        <source>Discard what you have entered?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The changes in this form have not been saved.</source>
        <translation>Die Änderungen in diesem Formular wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
</context>
<context>
    <name>WaiveInterestDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="+24"/>
        <source>Waive Interest</source>
        <translation>Zinsen erlassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. goodwill: paid in full after our call</source>
        <translation>z. B. Kulanz: nach unserem Anruf vollständig bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;nterest to waive</source>
        <translation>Zu erlassende &amp;Zinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compensation to waive</source>
        <translation>Zu erlassende &amp;Pauschale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waive</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claimable on this date: interest %1, compensation %2</source>
        <translation>Zu diesem Datum forderbar: Zinsen %1, Pauschale %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compensation</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the interest or compensation to waive.</source>
        <translation>Geben Sie die zu erlassenden Zinsen oder die Pauschale ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waived interest and compensation on %1.</source>
        <translation>Zinsen und Pauschale zu %1 erlassen.</translation>
    </message>
</context>
<context>
    <name>WarningsCard</name>
    <message>
        <location filename="../../arledger/gui/views/warnings_card.py" line="+30"/>
        <source>Payments later</source>
        <translation>Zahlungen später</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit jump</source>
        <translation>Kreditsprung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promise</source>
        <translation>Gebrochene Zusage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact lost</source>
        <translation>Kontakt verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dispute</source>
        <translation>Neuer Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New warnings</source>
        <translation>Neue Warnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to open the customer</source>
        <translation>Doppelklick öffnet den Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new warnings this week.</source>
        <translation>Diese Woche keine neuen Warnungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New warnings (%1)</source>
        <translation>Neue Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="+22"/>
        <location line="+21"/>
        <location line="+26"/>
        <source>Write Off</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the whole open amount</source>
        <translation>der gesamte offene Betrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. customer insolvent; claim filed with the administrator</source>
        <translation>z. B. Kunde insolvent; Forderung beim Insolvenzverwalter angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice %1 has nothing open to write off.</source>
        <translation>Rechnung %1 hat keinen offenen Betrag zum Ausbuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still open.</source>
        <translation>Das ist mehr als die noch offenen %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote off %1 of invoice %2.</source>
        <translation>%1 von Rechnung %2 ausgebucht.</translation>
    </message>
</context>
<context>
    <name>_CustomerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="-609"/>
        <source>open %1, overdue %2</source>
        <translation>offen %1, überfällig %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>Es gibt keinen Kunden mit der Nummer „%1“.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-285"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
</TS>
