<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../arledger/domain/aging.py" />
      <source>Bucket boundaries must be whole days, above zero and increasing; got {got}.</source>
      <comment>aging.bad_boundaries</comment>
      <translation>Die Grenzen der Altersklassen müssen ganze Tage über null und aufsteigend sein; angegeben war {got}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/aging.py" />
      <source>Give at least one bucket boundary, such as 30,90,180.</source>
      <comment>aging.no_boundaries</comment>
      <translation>Geben Sie mindestens eine Grenze für die Altersklassen an, etwa 30,90,180.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/aging.py" />
      <source>'{text}' is not a list of day boundaries such as 30,90,180.</source>
      <comment>aging.not_boundaries</comment>
      <translation>'{text}' ist keine Liste von Tagesgrenzen wie 30,90,180.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: '{value}' {currency} is not an amount ({problem}).</source>
      <comment>bank.bad_amount</comment>
      <translation>{source} {where}: '{value}' {currency} ist kein Betrag ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a readable MT940 statement ({problem}).</source>
      <comment>bank.bad_mt940</comment>
      <translation>{name} ist kein lesbarer MT940-Kontoauszug ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a readable OFX file ({problem}).</source>
      <comment>bank.bad_ofx</comment>
      <translation>{name} ist keine lesbare OFX-Datei ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not well-formed XML ({problem}).</source>
      <comment>bank.bad_xml</comment>
      <translation>{name} ist kein wohlgeformtes XML ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: has no amount (Amt).</source>
      <comment>bank.camt_no_amount</comment>
      <translation>{source} {where}: enthält keinen Betrag (Amt).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: has no booking date (BookgDt).</source>
      <comment>bank.camt_no_date</comment>
      <translation>{source} {where}: enthält kein Buchungsdatum (BookgDt).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} declares a DOCTYPE or entities; bank statements never do, so it is refused.</source>
      <comment>bank.doctype</comment>
      <translation>{name} deklariert einen DOCTYPE oder Entitäten; Kontoauszüge tun das nie, daher wird die Datei abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>entry {n}</source>
      <comment>bank.entry</comment>
      <translation>Buchung {n}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>entry {n}.{k}</source>
      <comment>bank.entry_detail</comment>
      <translation>Buchung {n}.{k}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} transaction {n}: has no amount (:61:).</source>
      <comment>bank.mt940_no_amount</comment>
      <translation>{name} Umsatz {n}: enthält keinen Betrag (:61:).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} transaction {n}: has no booking date (:61:).</source>
      <comment>bank.mt940_no_date</comment>
      <translation>{name} Umsatz {n}: enthält kein Buchungsdatum (:61:).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a camt.053 or camt.054 document.</source>
      <comment>bank.not_camt</comment>
      <translation>{name} ist kein camt.053- oder camt.054-Dokument.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>transaction {n} ({id})</source>
      <comment>bank.ofx_transaction</comment>
      <translation>Umsatz {n} ({id})</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is larger than {size} MB; split the statement.</source>
      <comment>bank.too_large</comment>
      <translation>{name} ist größer als {size} MB; teilen Sie den Kontoauszug auf.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>transaction {n}</source>
      <comment>bank.transaction</comment>
      <translation>Umsatz {n}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a camt.053/054, OFX or MT940 statement; a CSV statement needs a mapping (--map or --profile).</source>
      <comment>bank.unknown_format</comment>
      <translation>{name} ist kein camt.053/054-, OFX- oder MT940-Kontoauszug; ein CSV-Auszug braucht eine Spaltenzuordnung (--map oder --profile).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>Give the case an owner before handing it over; someone must answer the lawyer or agency.</source>
      <comment>cases.needs_owner</comment>
      <translation>Geben Sie dem Fall vor der Übergabe einen Verantwortlichen; jemand muss dem Anwalt oder Inkassobüro antworten.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>The case is already at stage '{stage}'.</source>
      <comment>cases.same_stage</comment>
      <translation>Der Fall ist bereits in der Phase „{stage}“.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>active</source>
      <comment>cases.stage.active</comment>
      <translation>aktiv</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>handed over: agency</source>
      <comment>cases.stage.agency</comment>
      <translation>abgegeben: Inkassobüro</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>handed over: court</source>
      <comment>cases.stage.court</comment>
      <translation>abgegeben: Gericht</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>dispute</source>
      <comment>cases.stage.dispute</comment>
      <translation>Streitfall</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>handed over: lawyer</source>
      <comment>cases.stage.lawyer</comment>
      <translation>abgegeben: Rechtsanwalt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>monitoring</source>
      <comment>cases.stage.monitoring</comment>
      <translation>Beobachtung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>closed: paid</source>
      <comment>cases.stage.paid</comment>
      <translation>abgeschlossen: bezahlt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>plan</source>
      <comment>cases.stage.plan</comment>
      <translation>Ratenplan</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>promise</source>
      <comment>cases.stage.promise</comment>
      <translation>Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>closed: settled</source>
      <comment>cases.stage.settled</comment>
      <translation>abgeschlossen: verglichen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>closed: written off</source>
      <comment>cases.stage.written_off</comment>
      <translation>abgeschlossen: ausgebucht</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>'{text}' is not a case stage; use one of {stages}.</source>
      <comment>cases.unknown_stage</comment>
      <translation>'{text}' ist keine Fallphase; verwenden Sie eine von {stages}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Backed up to {path}: the ledger, {files}, {events} (chain head {head}…), {size} bytes.</source>
      <comment>cli.backup.done</comment>
      <translation>Gesichert nach {path}: das Debitorenbuch, {files}, {events} (Kettenkopf {head}…), {size} Byte.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>arledger: warning: {file} is recorded in the ledger but missing or altered on disk; the backup holds what was there.</source>
      <comment>cli.backup.missing</comment>
      <translation>arledger: Warnung: {file} ist im Debitorenbuch verzeichnet, fehlt aber auf der Festplatte oder wurde verändert; die Sicherung enthält, was vorhanden war.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>'{text}' is not DATE:AMOUNT (e.g. 2025-07-01:500).</source>
      <comment>cli.bad_schedule</comment>
      <translation>'{text}' hat nicht die Form DATUM:BETRAG (z. B. 2025-07-01:500).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{count} lines were imported before and were skipped.</source>
      <comment>cli.bank.already_seen</comment>
      <translation>{count} Zeilen wurden schon früher importiert und übersprungen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>nothing</source>
      <comment>cli.bank.nothing</comment>
      <translation>nichts</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: nothing new; all {count} lines were imported before.</source>
      <comment>cli.bank.nothing_new</comment>
      <translation>{source}: nichts Neues; alle {count} Zeilen wurden schon früher importiert.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Nothing was recorded: write the proposals with --review FILE.csv, edit them, then --apply FILE.csv.</source>
      <comment>cli.bank.nothing_recorded</comment>
      <translation>Es wurde nichts erfasst: Schreiben Sie die Vorschläge mit --review DATEI.csv, bearbeiten Sie sie und wenden Sie sie dann mit --apply DATEI.csv an.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: recorded {n} payment ({amounts}); {rejected} rejected, {unmatched} unmatched and {debits} debit lines remembered, not recorded.</source>
      <comment>cli.bank.recorded</comment>
      <extracomment>{source}: recorded {n} payments ({amounts}); {rejected} rejected, {unmatched} unmatched and {debits} debit lines remembered, not recorded.</extracomment>
      <translation>
        <numerusform>{source}: {n} Zahlung erfasst ({amounts}); {rejected} abgelehnte, {unmatched} nicht zugeordnete und {debits} Lastschriftzeilen vorgemerkt, nicht erfasst.</numerusform>
        <numerusform>{source}: {n} Zahlungen erfasst ({amounts}); {rejected} abgelehnte, {unmatched} nicht zugeordnete und {debits} Lastschriftzeilen vorgemerkt, nicht erfasst.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Wrote the proposals to {target}; set 'accept' to yes or no on each line, then run 'arledger import bank {file} --apply {target}'.</source>
      <comment>cli.bank.review_written</comment>
      <translation>Vorschläge nach {target} geschrieben; setzen Sie 'accept' in jeder Zeile auf yes oder no und führen Sie dann 'arledger import bank {file} --apply {target}' aus.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: would record {count} accepted lines as payments.</source>
      <comment>cli.bank.would_record</comment>
      <translation>{source}: würde {count} angenommene Zeilen als Zahlungen erfassen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{owner} owns the case of {customer}.</source>
      <comment>cli.case.owner_set</comment>
      <translation>{owner} betreut den Fall {customer}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>The case of {customer} is now {stage} (evidence event {event}).</source>
      <comment>cli.case.stage_set</comment>
      <translation>Der Fall {customer} ist jetzt in der Phase „{stage}“ (Nachweisereignis {event}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Evidence: {events}, BROKEN at event {seq}: {problem}.</source>
      <comment>cli.check.chain_broken</comment>
      <translation>Nachweise: {events}, GEBROCHEN bei Ereignis {seq}: {problem}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Evidence: {events}, chain intact, head {head}.</source>
      <comment>cli.check.chain_intact</comment>
      <translation>Nachweise: {events}, Kette intakt, Kopf {head}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Database: DAMAGED: {problems}.</source>
      <comment>cli.check.database_damaged</comment>
      <translation>Datenbank: BESCHÄDIGT: {problems}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Database: sound (SQLite integrity_check: ok).</source>
      <comment>cli.check.database_sound</comment>
      <translation>Datenbank: in Ordnung (SQLite integrity_check: ok).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Archived files: {files} checked; {problems}.</source>
      <comment>cli.check.files_problems</comment>
      <translation>Archivierte Dateien: {files} geprüft; {problems}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Archived files: {files} checked; all match their SHA-256.</source>
      <comment>cli.check.files_sound</comment>
      <translation>Archivierte Dateien: {files} geprüft; alle stimmen mit ihrer SHA-256 überein.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{path}: schema version {version}.</source>
      <comment>cli.check.schema</comment>
      <translation>{path}: Schema-Version {version}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{name} failed the check.</source>
      <comment>cli.check_failed</comment>
      <translation>{name} hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{name} failed the check; the newest backup is {backup}.</source>
      <comment>cli.check_failed_backup</comment>
      <translation>{name} hat die Prüfung nicht bestanden; die neueste Sicherung ist {backup}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} event</source>
      <comment>cli.count.events</comment>
      <extracomment>{n} events</extracomment>
      <translation>
        <numerusform>{n} Ereignis</numerusform>
        <numerusform>{n} Ereignisse</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} evidence event</source>
      <comment>cli.count.evidence_events</comment>
      <extracomment>{n} evidence events</extracomment>
      <translation>
        <numerusform>{n} Nachweisereignis</numerusform>
        <numerusform>{n} Nachweisereignisse</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} file</source>
      <comment>cli.count.files</comment>
      <extracomment>{n} files</extracomment>
      <translation>
        <numerusform>{n} Datei</numerusform>
        <numerusform>{n} Dateien</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} icon</source>
      <comment>cli.count.icons</comment>
      <extracomment>{n} icons</extracomment>
      <translation>
        <numerusform>{n} Symbol</numerusform>
        <numerusform>{n} Symbole</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Applied {currency} credit: {applied}.</source>
      <comment>cli.credit.applied</comment>
      <translation>{currency}-Guthaben verrechnet: {applied}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Still on the account: {amounts}</source>
      <comment>cli.credit.left</comment>
      <translation>Verbleibt auf dem Konto: {amounts}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Nothing applied: {customer} has no unapplied credit, or nothing it could settle.</source>
      <comment>cli.credit.nothing</comment>
      <translation>Nichts verrechnet: {customer} hat kein offenes Guthaben oder nichts, was es ausgleichen könnte.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Added customer {code} {name}.</source>
      <comment>cli.customer.added</comment>
      <translation>Kunde {code} {name} angelegt.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Saved customer {code} {name}.</source>
      <comment>cli.customer.saved</comment>
      <translation>Kunde {code} {name} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded letter {letter} as delivered on {on} (evidence event {event}){also}.</source>
      <comment>cli.delivery.recorded</comment>
      <translation>Schreiben {letter} als am {on} zugestellt erfasst (Nachweisereignis {event}){also}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>; it restarts limitation for the letter's invoices</source>
      <comment>cli.delivery.restarts</comment>
      <translation>; damit beginnt die Verjährung der Rechnungen des Schreibens neu</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Wrote a sample ledger to {path}: {customers} customers, {invoices} invoices, {payments} payments.</source>
      <comment>cli.demo.done</comment>
      <translation>Beispiel-Debitorenbuch nach {path} geschrieben: {customers} Kunden, {invoices} Rechnungen, {payments} Zahlungen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{done} of {total} invoices</source>
      <comment>cli.demo.progress</comment>
      <translation>{done} von {total} Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Installed the arledger launcher ({command}), {icons} and the ledger file type under {folder}.</source>
      <comment>cli.desktop.installed</comment>
      <translation>arledger-Starter ({command}), {icons} und der Dateityp für Debitorenbücher unter {folder} installiert.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Installed the arledger launcher ({command}), {icons} and the ledger file type under {folder}; refreshed with {tools}.</source>
      <comment>cli.desktop.installed_refreshed</comment>
      <translation>arledger-Starter ({command}), {icons} und der Dateityp für Debitorenbücher unter {folder} installiert; aktualisiert mit {tools}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>install-desktop is for Linux desktops; on Windows and macOS the installer does this.</source>
      <comment>cli.desktop_linux_only</comment>
      <translation>install-desktop ist für Linux-Desktops; unter Windows und macOS erledigt das der Installer.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{customer} has no disputes.</source>
      <comment>cli.disputes.none</comment>
      <translation>{customer} hat keine Streitfälle.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Wrote {path}; nothing was sent or recorded. Send it from your mail program, then record it.</source>
      <comment>cli.email.eml_written</comment>
      <translation>{path} geschrieben; nichts wurde versandt oder erfasst. Senden Sie es aus Ihrem E-Mail-Programm und erfassen Sie es dann.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Emailed letter {letter} to {to}: accepted by the server at {at}, Message-ID {message_id}, message SHA-256 {sha256} (evidence event {event}; kept as {path}).</source>
      <comment>cli.email.sent</comment>
      <translation>Schreiben {letter} per E-Mail an {to} gesendet: vom Server angenommen um {at}, Message-ID {message_id}, SHA-256 der Nachricht {sha256} (Nachweisereignis {event}; gespeichert als {path}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>--eml-only goes with --email.</source>
      <comment>cli.eml_needs_email</comment>
      <translation>--eml-only gehört zu --email.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>Wrote {path} (as of {as_of}): {counts} rows.</source>
      <comment>cli.export.done</comment>
      <translation>{path} geschrieben (Stichtag {as_of}): {counts} Zeilen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>{done} of about {total} rows</source>
      <comment>cli.export.progress</comment>
      <translation>{done} von etwa {total} Zeilen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>Give at least one of {options}.</source>
      <comment>cli.give_one_of</comment>
      <translation>Geben Sie mindestens eine dieser Optionen an: {options}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>The case is now {stage} (evidence event {event}); the ledger sends no more letters for it.</source>
      <comment>cli.handover.stage</comment>
      <translation>Der Fall ist jetzt in der Phase „{stage}“ (Nachweisereignis {event}); das Debitorenbuch versendet dafür keine Schreiben mehr.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  {currency}: principal {principal}, interest {interest}, compensation {compensation}, total {total}</source>
      <comment>cli.handover.totals</comment>
      <translation>  {currency}: Hauptforderung {principal}, Zinsen {interest}, Pauschale {compensation}, Summe {total}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/cases.py" />
      <source>Wrote {pdf} ({n} page; SHA-256 {sha256}) and {bundle}.</source>
      <comment>cli.handover.written</comment>
      <extracomment>Wrote {pdf} ({n} pages; SHA-256 {sha256}) and {bundle}.</extracomment>
      <translation>
        <numerusform>{pdf} ({n} Seite; SHA-256 {sha256}) und {bundle} geschrieben.</numerusform>
        <numerusform>{pdf} ({n} Seiten; SHA-256 {sha256}) und {bundle} geschrieben.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>Created {n} customer:</source>
      <comment>cli.import.created</comment>
      <extracomment>Created {n} customers:</extracomment>
      <translation>
        <numerusform>{n} Kunde angelegt:</numerusform>
        <numerusform>{n} Kunden angelegt:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Detected for {source}:</source>
      <comment>cli.import.detected</comment>
      <translation>Erkannt für {source}:</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source> (from {count} invoice lines)</source>
      <comment>cli.import.grouped</comment>
      <translation> (aus {count} Rechnungszeilen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: imported {count} {kind}{grouped}.</source>
      <comment>cli.import.imported</comment>
      <translation>{source}: {count} {kind} importiert{grouped}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>credit_notes</source>
      <comment>cli.import.kind.credit_notes</comment>
      <translation>Gutschriften</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>customers</source>
      <comment>cli.import.kind.customers</comment>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>invoices</source>
      <comment>cli.import.kind.invoices</comment>
      <translation>Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>payments</source>
      <comment>cli.import.kind.payments</comment>
      <translation>Zahlungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>write_offs</source>
      <comment>cli.import.kind.write_offs</comment>
      <translation>Ausbuchungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Saved the mapping as profile '{name}'.</source>
      <comment>cli.import.profile_saved</comment>
      <translation>Zuordnung als Profil „{name}“ gespeichert.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Skipped {count} rows of other transaction types (payments, credits, journals).</source>
      <comment>cli.import.skipped</comment>
      <translation>{count} Zeilen anderer Buchungsarten übersprungen (Zahlungen, Gutschriften, Journalbuchungen).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Left as unapplied credit: {amounts}.</source>
      <comment>cli.import.unapplied</comment>
      <translation>Als offenes Guthaben verblieben: {amounts}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>Would create {n} customer:</source>
      <comment>cli.import.would_create</comment>
      <extracomment>Would create {n} customers:</extracomment>
      <translation>
        <numerusform>Würde {n} Kunden anlegen:</numerusform>
        <numerusform>Würde {n} Kunden anlegen:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: would import {count} {kind}{grouped}.</source>
      <comment>cli.import.would_import</comment>
      <translation>{source}: würde {count} {kind} importieren{grouped}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Created an empty ledger at {path} (new customers: {currency}, rules {rules}).</source>
      <comment>cli.init.done</comment>
      <translation>Leeres Debitorenbuch unter {path} angelegt (neue Kunden: {currency}, Regeln {rules}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Created an empty ledger for {company} at {path} (new customers: {currency}, rules {rules}).</source>
      <comment>cli.init.done_for</comment>
      <translation>Leeres Debitorenbuch für {company} unter {path} angelegt (neue Kunden: {currency}, Regeln {rules}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>arledger: interrupted; nothing half-written was kept.</source>
      <comment>cli.interrupted</comment>
      <translation>arledger: unterbrochen; nichts halb Geschriebenes wurde behalten.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Added invoice {number}: {amount}, due {due}.</source>
      <comment>cli.invoice.added</comment>
      <translation>Rechnung {number} angelegt: {amount}, fällig am {due}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Voided invoice {label} ({amount}); evidence event {event}.</source>
      <comment>cli.invoice.voided</comment>
      <translation>Rechnung {label} storniert ({amount}); Nachweisereignis {event}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>No letter was sent; {n} letter failed.</source>
      <comment>cli.letters.all_failed</comment>
      <extracomment>No letter was sent; {n} letters failed.</extracomment>
      <translation>
        <numerusform>Es wurde kein Schreiben versandt; {n} Schreiben ist fehlgeschlagen.</numerusform>
        <numerusform>Es wurde kein Schreiben versandt; {n} Schreiben sind fehlgeschlagen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{sent} Also written to {path}.</source>
      <comment>cli.letters.also_written</comment>
      <translation>{sent} Außerdem gespeichert unter {path}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Send {n} letter now? [y/N] </source>
      <comment>cli.letters.ask</comment>
      <extracomment>Send {n} letters now? [y/N] </extracomment>
      <translation>
        <numerusform>{n} Schreiben jetzt senden? [y/N] </numerusform>
        <numerusform>{n} Schreiben jetzt senden? [y/N] </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Sent {n} letter{resumed}{emailed}; one PDF each in {folder}{printed}.</source>
      <comment>cli.letters.batch_sent</comment>
      <extracomment>Sent {n} letters{resumed}{emailed}; one PDF each in {folder}{printed}.</extracomment>
      <translation>
        <numerusform>{n} Schreiben versandt{resumed}{emailed}; ein PDF je Schreiben in {folder}{printed}.</numerusform>
        <numerusform>{n} Schreiben versandt{resumed}{emailed}; ein PDF je Schreiben in {folder}{printed}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>, {count} of them by email</source>
      <comment>cli.letters.by_email</comment>
      <translation>, davon {count} per E-Mail</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>{n} letter</source>
      <comment>cli.letters.count</comment>
      <extracomment>{n} letters</extracomment>
      <translation>
        <numerusform>{n} Schreiben</numerusform>
        <numerusform>{n} Schreiben</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{amounts} falls due soon; send 'arledger letters courtesy --customer {customer}'</source>
      <comment>cli.letters.courtesy_due</comment>
      <translation>{amounts} wird bald fällig; senden Sie 'arledger letters courtesy --customer {customer}'</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source> ({n} customer paused)</source>
      <comment>cli.letters.customers_paused</comment>
      <extracomment> ({n} customers paused)</extracomment>
      <translation>
        <numerusform> ({n} Kunde pausiert)</numerusform>
        <numerusform> ({n} Kunden pausiert)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>  level {level} {name} {channel} {currency} {count}  claiming {amount}</source>
      <comment>cli.letters.due_line</comment>
      <translation>  Stufe {level} {name} {channel} {currency} {count}  Forderung {amount}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Letters due on {on}: {n} letter{paused}.</source>
      <comment>cli.letters.due_summary</comment>
      <extracomment>Letters due on {on}: {n} letters{paused}.</extracomment>
      <translation>
        <numerusform>Am {on} fällige Schreiben: {n} Schreiben{paused}.</numerusform>
        <numerusform>Am {on} fällige Schreiben: {n} Schreiben{paused}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{sent} Emailed to {to}: accepted by the server, Message-ID {message_id} (evidence event {event}).</source>
      <comment>cli.letters.emailed</comment>
      <translation>{sent} Per E-Mail an {to}: vom Server angenommen, Message-ID {message_id} (Nachweisereignis {event}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{sent} Wrote {path} for your mail program; record the email once it is sent.</source>
      <comment>cli.letters.eml_written</comment>
      <translation>{sent} {path} für Ihr E-Mail-Programm gespeichert; erfassen Sie die E-Mail, sobald sie versandt ist.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Wrote {n} .eml file to {folder} for your mail program.</source>
      <comment>cli.letters.emls_written</comment>
      <extracomment>Wrote {n} .eml files to {folder} for your mail program.</extracomment>
      <translation>
        <numerusform>{n} .eml-Datei für Ihr E-Mail-Programm in {folder} gespeichert.</numerusform>
        <numerusform>{n} .eml-Dateien für Ihr E-Mail-Programm in {folder} gespeichert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>{n} letter failed and was not recorded; see above.</source>
      <comment>cli.letters.failed</comment>
      <extracomment>{n} letters failed and were not recorded; see above.</extracomment>
      <translation>
        <numerusform>{n} Schreiben ist fehlgeschlagen und wurde nicht erfasst; siehe oben.</numerusform>
        <numerusform>{n} Schreiben sind fehlgeschlagen und wurden nicht erfasst; siehe oben.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>{n} invoice</source>
      <comment>cli.letters.invoices</comment>
      <extracomment>{n} invoices</extracomment>
      <translation>
        <numerusform>{n} Rechnung</numerusform>
        <numerusform>{n} Rechnungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>level {level} letter ({name}) to {customer}</source>
      <comment>cli.letters.level_letter</comment>
      <translation>Schreiben der Stufe {level} ({name}) an {customer}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Add --yes to send these letters (they will be archived and logged as sent).</source>
      <comment>cli.letters.needs_yes</comment>
      <translation>Fügen Sie --yes hinzu, um diese Schreiben zu senden (sie werden archiviert und als versandt protokolliert).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>No letters are due.</source>
      <comment>cli.letters.none_due</comment>
      <translation>Es sind keine Schreiben fällig.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>No letters are due on {on}.</source>
      <comment>cli.letters.none_due_on</comment>
      <translation>Am {on} sind keine Schreiben fällig.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>No letters are due on {on} ({n} customer paused).</source>
      <comment>cli.letters.none_due_paused</comment>
      <extracomment>No letters are due on {on} ({n} customers paused).</extracomment>
      <translation>
        <numerusform>Am {on} sind keine Schreiben fällig ({n} Kunde pausiert).</numerusform>
        <numerusform>Am {on} sind keine Schreiben fällig ({n} Kunden pausiert).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Not sent to {customer}: {problem}</source>
      <comment>cli.letters.not_sent_to</comment>
      <translation>Nicht an {customer} versandt: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Nothing was sent.</source>
      <comment>cli.letters.nothing_sent</comment>
      <translation>Es wurde nichts versandt.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Wrote a preview of the {what} to {path}; nothing was archived or logged.</source>
      <comment>cli.letters.preview_written</comment>
      <translation>Vorschau: {what} unter {path} gespeichert; nichts wurde archiviert oder protokolliert.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{done} of {total} letters</source>
      <comment>cli.letters.progress</comment>
      <translation>{done} von {total} Schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>, {count} of them from the interrupted run before</source>
      <comment>cli.letters.resumed</comment>
      <translation>, davon {count} aus dem zuvor unterbrochenen Lauf</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Sent the {what}: {invoices}, {claimed} claimed, reply by {reply_by}. Archived at {path} (SHA-256 {sha256}).</source>
      <comment>cli.letters.sent</comment>
      <translation>{what} versandt: {invoices}, Forderung {claimed}, Antwort bis {reply_by}. Archiviert unter {path} (SHA-256 {sha256}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{warnings} No letter was sent: update the rate tables, or run again with --accept-stale-rates to use the last known rates.</source>
      <comment>cli.letters.stale_rates</comment>
      <translation>{warnings} Es wurde kein Schreiben versandt: Aktualisieren Sie die Zinstabellen oder führen Sie den Befehl mit --accept-stale-rates erneut aus, um die letzten bekannten Sätze zu verwenden.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>paid in full after our letters; send 'arledger letters thank-you --customer {customer}'</source>
      <comment>cli.letters.thank_you_due</comment>
      <translation>nach unseren Schreiben vollständig bezahlt; senden Sie 'arledger letters thank-you --customer {customer}'</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source> and the {count} to print in {path}</source>
      <comment>cli.letters.to_print</comment>
      <translation> und die {count} zum Drucken in {path}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>The desktop app cannot be opened from here; run 'arledger' on its own.</source>
      <comment>cli.no_desktop</comment>
      <translation>Die Desktop-App kann von hier aus nicht geöffnet werden; starten Sie 'arledger' allein.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>There is no file {path}.</source>
      <comment>cli.no_file</comment>
      <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>There is no ledger at {path}.</source>
      <comment>cli.no_ledger</comment>
      <translation>Unter {path} gibt es kein Debitorenbuch.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>No password was given; nothing was stored.</source>
      <comment>cli.no_password</comment>
      <translation>Es wurde kein Passwort angegeben; nichts wurde gespeichert.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>repayment agreement of plan {plan}</source>
      <comment>cli.notice.agreement</comment>
      <translation>Ratenzahlungsvereinbarung zum Plan {plan}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>confirmation of promise {promise}</source>
      <comment>cli.notice.confirmation</comment>
      <translation>Bestätigung der Zahlungszusage {promise}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>courtesy reminder</source>
      <comment>cli.notice.courtesy</comment>
      <translation>freundliche Erinnerung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Sent the {what} to {customer} ({reference}): archived at {path} (SHA-256 {sha256}, evidence event {event}).</source>
      <comment>cli.notice.sent</comment>
      <translation>{what} an {customer} versandt ({reference}): archiviert unter {path} (SHA-256 {sha256}, Nachweisereignis {event}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>thank-you</source>
      <comment>cli.notice.thank_you</comment>
      <translation>Dankschreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>The letter is held back: {reason}</source>
      <comment>cli.offer.held_back</comment>
      <translation>Das Schreiben wird zurückgehalten: {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Offer letter archived as {path} (SHA-256 {sha256}).</source>
      <comment>cli.offer.letter_archived</comment>
      <translation>Angebotsschreiben archiviert als {path} (SHA-256 {sha256}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>No settlement offers.</source>
      <comment>cli.offer.none</comment>
      <translation>Keine Vergleichsangebote.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Offer {id}: {reason}</source>
      <comment>cli.offer.outcome</comment>
      <translation>Angebot {id}: {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Recorded settlement offer {id}: pay {amount} by {deadline} instead of {claim} (gives up {concession}).</source>
      <comment>cli.offer.recorded</comment>
      <translation>Vergleichsangebot {id} erfasst: {amount} bis {deadline} statt {claim} zahlen (Verzicht auf {concession}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>--{option}: {problem}</source>
      <comment>cli.option_problem</comment>
      <translation>--{option}: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>The password is kept in the system keyring (not in the ledger).</source>
      <comment>cli.password_stored</comment>
      <translation>Das Passwort liegt im Schlüsselbund des Systems (nicht im Debitorenbuch).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{customer} has no instalment plans.</source>
      <comment>cli.plans.none</comment>
      <translation>{customer} hat keine Ratenpläne.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded letter {letter} as posted ({method}{tracking}) in evidence event {event}.</source>
      <comment>cli.post.recorded</comment>
      <translation>Schreiben {letter} als zur Post gegeben erfasst ({method}{tracking}), Nachweisereignis {event}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>A preview is only written to a file; give -o FILE.</source>
      <comment>cli.preview_needs_file</comment>
      <translation>Eine Vorschau wird nur in eine Datei geschrieben; geben Sie -o DATEI an.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the default printer</source>
      <comment>cli.print.default_printer</comment>
      <translation>den Standarddrucker</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Sent {title} to {printer} (job {job}, {n} copy).</source>
      <comment>cli.print.sent</comment>
      <extracomment>Sent {title} to {printer} (job {job}, {n} copies).</extracomment>
      <translation>
        <numerusform>{title} an {printer} gesendet (Auftrag {job}, {n} Exemplar).</numerusform>
        <numerusform>{title} an {printer} gesendet (Auftrag {job}, {n} Exemplare).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>--save-profile needs a mapping to save (--map, --preset or --detect).</source>
      <comment>cli.profile_needs_mapping</comment>
      <translation>--save-profile braucht eine Zuordnung zum Speichern (--map, --preset oder --detect).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Nothing to do today.</source>
      <comment>cli.queue.empty</comment>
      <translation>Heute ist nichts zu tun.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Refunded {amount} to {customer} (refund {id}).</source>
      <comment>cli.refund.done</comment>
      <translation>{amount} an {customer} erstattet (Erstattung {id}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Restored {archive} to {ledger}: {files}, every SHA-256 checked, {events} verified (chain head {head}…).</source>
      <comment>cli.restore.done</comment>
      <translation>{archive} nach {ledger} wiederhergestellt: {files}, jede SHA-256 geprüft, {events} verifiziert (Kettenkopf {head}…).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Reversed {label} ({amount}); evidence event {event}.</source>
      <comment>cli.reversal.done</comment>
      <translation>{label} rückgängig gemacht ({amount}); Nachweisereignis {event}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  invoice {number}: {amount} open again</source>
      <comment>cli.reversal.reopened</comment>
      <translation>  Rechnung {number}: {amount} wieder offen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>{amount} stays on the account as credit.</source>
      <comment>cli.settlement.credit_left</comment>
      <translation>{amount} verbleibt als Guthaben auf dem Konto.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>credit note {number}</source>
      <comment>cli.settlement.credit_note</comment>
      <translation>Gutschrift {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>no invoice</source>
      <comment>cli.settlement.no_invoice</comment>
      <translation>keine Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>payment</source>
      <comment>cli.settlement.payment</comment>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Recorded {what} (id {id}): applied to {applied}.</source>
      <comment>cli.settlement.recorded</comment>
      <translation>{what} erfasst (ID {id}): verrechnet mit {applied}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Wrote the statement of account of {customer} to {path} ({n} movement).</source>
      <comment>cli.statement.written</comment>
      <extracomment>Wrote the statement of account of {customer} to {path} ({n} movements).</extracomment>
      <translation>
        <numerusform>Kontoauszug von {customer} unter {path} gespeichert ({n} Bewegung).</numerusform>
        <numerusform>Kontoauszug von {customer} unter {path} gespeichert ({n} Bewegungen).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Task {task} is done.</source>
      <comment>cli.task_done</comment>
      <translation>Aufgabe {task} ist erledigt.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>'{text}' is not expected after the invoice number.</source>
      <comment>cli.unexpected_id</comment>
      <translation>'{text}' wird nach der Rechnungsnummer nicht erwartet.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>Waived {interest} of interest and {compensation} of compensation on {number} ({on}).</source>
      <comment>cli.waiver.done</comment>
      <translation>Auf {interest} Zinsen und {compensation} Pauschale für {number} verzichtet ({on}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>Warning: {warning}</source>
      <comment>cli.warning</comment>
      <translation>Warnung: {warning}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Wrote off {amount} of invoice {number} (write-off {id}).</source>
      <comment>cli.write_off.done</comment>
      <translation>{amount} der Rechnung {number} ausgebucht (Ausbuchung {id}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Give the write-off's id: arledger write-off reverse ID --reason ...</source>
      <comment>cli.write_off_id</comment>
      <translation>Geben Sie die Nummer der Ausbuchung an: arledger write-off reverse ID --reason ...</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>The contact time must carry a time zone (use UTC).</source>
      <comment>compliance.naive_time</comment>
      <translation>Der Kontaktzeitpunkt muss eine Zeitzone tragen (verwenden Sie UTC).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>'{name}' is not a known time zone; use a name like Europe/Berlin.</source>
      <comment>compliance.unknown_zone</comment>
      <translation>'{name}' ist keine bekannte Zeitzone; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was sent on {sent_on}; the open items are time-barred and are not escalated further.</source>
      <comment>dunning.after_barred</comment>
      <translation>Stufe {level} ({name}) wurde am {sent_on} versandt; die offenen Posten sind verjährt und werden nicht weiter eskaliert.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was sent on {sent_on}; no further letter is due (escalation follows its deadline).</source>
      <comment>dunning.after_final</comment>
      <translation>Stufe {level} ({name}) wurde am {sent_on} versandt; es ist kein weiteres Schreiben fällig (nach Fristablauf folgt die Eskalation).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>An attorney represents {name}; write to the attorney instead.</source>
      <comment>dunning.attorney</comment>
      <translation>{name} wird anwaltlich vertreten; schreiben Sie stattdessen an den Anwalt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The overdue total is below the letter minimum ({totals}).</source>
      <comment>dunning.below_minimum</comment>
      <translation>Der überfällige Betrag liegt unter dem Mindestbetrag für Schreiben ({totals}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{total} is below {minimum}</source>
      <comment>dunning.below_minimum_amount</comment>
      <translation>{total} liegt unter {minimum}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The last letter was level {last} on {sent_on}, so this one is level {level} at most (levels are not skipped).</source>
      <comment>dunning.capped</comment>
      <translation>Das letzte Schreiben war Stufe {last} am {sent_on}, daher ist dieses höchstens Stufe {level} (Stufen werden nicht übersprungen).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{name} asked not to be contacted.</source>
      <comment>dunning.do_not_contact</comment>
      <translation>{name} hat darum gebeten, nicht kontaktiert zu werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{reason} Every open item is time-barred, so court action is not an option.</source>
      <comment>dunning.escalation_barred</comment>
      <translation>{reason} Alle offenen Posten sind verjährt, eine Klage kommt daher nicht in Frage.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/dunning.py" />
      <source>The {final} of {sent_on} gave until {deadline}; {numbers} is still open.</source>
      <comment>dunning.escalation_open</comment>
      <extracomment>The {final} of {sent_on} gave until {deadline}; {numbers} are still open.</extracomment>
      <translation>
        <numerusform>{final} vom {sent_on}: Frist bis {deadline}; {numbers} ist weiterhin offen.</numerusform>
        <numerusform>{final} vom {sent_on}: Frist bis {deadline}; {numbers} sind weiterhin offen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>No letter has been sent yet, so the first is level {level} (levels are not skipped).</source>
      <comment>dunning.first_capped</comment>
      <translation>Es wurde noch kein Schreiben versandt, daher ist das erste Stufe {level} (Stufen werden nicht übersprungen).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{number} is {days} days overdue; level 1 ({name}) is due at {due_days} days.</source>
      <comment>dunning.first_level_later</comment>
      <translation>{number} ist {days} Tage überfällig; Stufe 1 ({name}) ist ab {due_days} Tagen fällig.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The last letter (level {level}, {name}) was sent on {sent_on}; the next may go from {next_on}.</source>
      <comment>dunning.gap</comment>
      <translation>Das letzte Schreiben (Stufe {level}, {name}) wurde am {sent_on} versandt; das nächste darf ab {next_on} folgen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source> (time-barred items go no higher)</source>
      <comment>dunning.item_capped</comment>
      <translation> (verjährte Posten steigen nicht weiter)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{number} is {days} days overdue; level {level} ({name}) due at {due_days} days{capped}{more}.</source>
      <comment>dunning.item_level</comment>
      <translation>{number} ist {days} Tage überfällig; Stufe {level} ({name}) fällig ab {due_days} Tagen{capped}{more}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{number} is {days} days overdue; level 1 ({name}) is due at {due_days} days{more}.</source>
      <comment>dunning.item_not_yet</comment>
      <translation>{number} ist {days} Tage überfällig; Stufe 1 ({name}) ist ab {due_days} Tagen fällig{more}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Letter levels must be numbered 1, 2, 3 ... without gaps.</source>
      <comment>dunning.level_gaps</comment>
      <translation>Die Mahnstufen müssen lückenlos 1, 2, 3 … nummeriert sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Each letter level must be reached later than the one before it.</source>
      <comment>dunning.level_order</comment>
      <translation>Jede Mahnstufe muss später erreicht werden als die vorige.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/dunning.py" />
      <source> (+{n} more invoice)</source>
      <comment>dunning.more_items</comment>
      <extracomment> (+{n} more invoices)</extracomment>
      <translation>
        <numerusform> (+{n} weitere Rechnung)</numerusform>
        <numerusform> (+{n} weitere Rechnungen)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The letter gap, minimum amount and escalation grace cannot be negative.</source>
      <comment>dunning.negative_setting</comment>
      <translation>Mahnabstand, Mindestbetrag und Karenz vor der Eskalation dürfen nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Overdue since the last letter: {numbers}.</source>
      <comment>dunning.new_items</comment>
      <translation>Seit dem letzten Schreiben überfällig: {numbers}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was sent on {sent_on}; level {next_level} ({next_name}) is due when {number} reaches {due_days} days on {next_on}.</source>
      <comment>dunning.next_level_on</comment>
      <translation>Stufe {level} ({name}) wurde am {sent_on} versandt; Stufe {next_level} ({next_name}) ist fällig, wenn {number} am {next_on} {due_days} Tage erreicht.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The letter policy has no level {level}.</source>
      <comment>dunning.no_level</comment>
      <translation>Die Mahnrichtlinie hat keine Stufe {level}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was already sent on {sent_on}; letters do not step down.</source>
      <comment>dunning.no_step_down</comment>
      <translation>Stufe {level} ({name}) wurde bereits am {sent_on} versandt; Schreiben gehen nicht auf eine niedrigere Stufe zurück.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letters.py" />
      <source>No letter is due for {customer} on {on}: {reason} You can choose a level to send one anyway.</source>
      <comment>dunning.not_due_for</comment>
      <translation>Für {customer} ist am {on} kein Schreiben fällig: {reason} Sie können eine Stufe wählen, um trotzdem eines zu senden.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>No undisputed amount is overdue.</source>
      <comment>dunning.nothing_overdue</comment>
      <translation>Es ist kein unbestrittener Betrag überfällig.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>collection agency</source>
      <comment>dunning.option.agency</comment>
      <translation>Inkassobüro</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>court claim</source>
      <comment>dunning.option.court</comment>
      <translation>Klage</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>lawyer</source>
      <comment>dunning.option.lawyer</comment>
      <translation>Rechtsanwalt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>write-off review</source>
      <comment>dunning.option.write_off</comment>
      <translation>Prüfung der Ausbuchung</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/cases.py" />
      <source>The case is {stage} since {since}; the ledger sends no letters of its own.</source>
      <comment>dunning.pause.case</comment>
      <translation>Der Fall ist seit {since} in der Phase „{stage}“; das Debitorenbuch versendet keine eigenen Schreiben.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/collections.py" />
      <source>{number} is disputed.</source>
      <comment>dunning.pause.disputed</comment>
      <translation>{number} ist strittig.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/collections.py" />
      <source>{name} is on hold.</source>
      <comment>dunning.pause.on_hold</comment>
      <translation>{name} ist zurückgestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/collections.py" />
      <source>Promise to pay {amount} by {due}.</source>
      <comment>dunning.pause.promise</comment>
      <translation>Zahlungszusage über {amount} bis {due}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letters.py" />
      <source>Letters to {customer} are paused{until}: {reasons}</source>
      <comment>dunning.paused_for</comment>
      <translation>Schreiben an {customer} sind pausiert{until}: {reasons}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/collections.py" />
      <source>{reasons} (until {until})</source>
      <comment>dunning.paused_until</comment>
      <translation>{reasons} (bis {until})</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Time-barred: {numbers}; the letter must not mention court action.</source>
      <comment>dunning.time_barred</comment>
      <translation>Verjährt: {numbers}; das Schreiben darf keine Klage erwähnen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letters.py" />
      <source> until {until}</source>
      <comment>dunning.until</comment>
      <translation> bis {until}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>chat</source>
      <comment>evidence.channel.chat</comment>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>email</source>
      <comment>evidence.channel.email</comment>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>letter</source>
      <comment>evidence.channel.letter</comment>
      <translation>Brief</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>phone</source>
      <comment>evidence.channel.phone</comment>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>SMS</source>
      <comment>evidence.channel.sms</comment>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>visit</source>
      <comment>evidence.channel.visit</comment>
      <translation>Besuch</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>{channel} {direction}{outcome}: {summary}</source>
      <comment>evidence.contact</comment>
      <translation>{channel} {direction}{outcome}: {summary}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source> - {outcome}</source>
      <comment>evidence.contact_outcome</comment>
      <translation> – {outcome}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Correction of event {event}: {note}</source>
      <comment>evidence.correction</comment>
      <translation>Korrektur von Ereignis {event}: {note}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>in</source>
      <comment>evidence.direction.in</comment>
      <translation>eingehend</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>out</source>
      <comment>evidence.direction.out</comment>
      <translation>ausgehend</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>{kind}: {text}</source>
      <comment>evidence.generic</comment>
      <translation>{kind}: {text}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>acknowledgment</source>
      <comment>evidence.kind.acknowledgment</comment>
      <translation>Schuldanerkenntnis</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>attachment</source>
      <comment>evidence.kind.attachment</comment>
      <translation>Anlage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>bank statement</source>
      <comment>evidence.kind.bank_statement</comment>
      <translation>Kontoauszug der Bank</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>contact</source>
      <comment>evidence.kind.contact</comment>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>correction</source>
      <comment>evidence.kind.correction</comment>
      <translation>Korrektur</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>credit applied</source>
      <comment>evidence.kind.credit_applied</comment>
      <translation>Guthaben verrechnet</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>credit note</source>
      <comment>evidence.kind.credit_note</comment>
      <translation>Gutschrift</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>credit override</source>
      <comment>evidence.kind.credit_override</comment>
      <translation>Kreditlimit überschritten</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>demand delivered</source>
      <comment>evidence.kind.demand_delivered</comment>
      <translation>Mahnung zugestellt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>dispute opened</source>
      <comment>evidence.kind.dispute_opened</comment>
      <translation>Streitfall eröffnet</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>dispute resolved</source>
      <comment>evidence.kind.dispute_resolved</comment>
      <translation>Streitfall beigelegt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>guard override</source>
      <comment>evidence.kind.guard_override</comment>
      <translation>Kontaktregel übergangen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>handover</source>
      <comment>evidence.kind.handover</comment>
      <translation>Übergabe</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>import</source>
      <comment>evidence.kind.import</comment>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>invoice voided</source>
      <comment>evidence.kind.invoice_voided</comment>
      <translation>Rechnung storniert</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>letter</source>
      <comment>evidence.kind.letter</comment>
      <translation>Schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>letter delivered</source>
      <comment>evidence.kind.letter_delivered</comment>
      <translation>Schreiben zugestellt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>letter emailed</source>
      <comment>evidence.kind.letter_emailed</comment>
      <translation>Schreiben per E-Mail versandt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>letter posted</source>
      <comment>evidence.kind.letter_posted</comment>
      <translation>Schreiben zur Post gegeben</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>notice</source>
      <comment>evidence.kind.notice</comment>
      <translation>Mitteilung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>notice emailed</source>
      <comment>evidence.kind.notice_emailed</comment>
      <translation>Mitteilung per E-Mail versandt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>payment</source>
      <comment>evidence.kind.payment</comment>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>plan</source>
      <comment>evidence.kind.plan</comment>
      <translation>Ratenplan</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>promise</source>
      <comment>evidence.kind.promise</comment>
      <translation>Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>refund</source>
      <comment>evidence.kind.refund</comment>
      <translation>Erstattung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>settlement approved</source>
      <comment>evidence.kind.settlement_approved</comment>
      <translation>Vergleich genehmigt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>settlement offer</source>
      <comment>evidence.kind.settlement_offer</comment>
      <translation>Vergleichsangebot</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>suit</source>
      <comment>evidence.kind.suit</comment>
      <translation>Klage eingereicht</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>write off</source>
      <comment>evidence.kind.write_off</comment>
      <translation>Ausbuchung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Letter level {level} ({name}) sent {sent_on}</source>
      <comment>evidence.letter</comment>
      <translation>Schreiben der Stufe {level} ({name}) versandt am {sent_on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>dispute</source>
      <comment>evidence.outcome.dispute</comment>
      <translation>Streitfall</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>no-answer</source>
      <comment>evidence.outcome.no_answer</comment>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>promise</source>
      <comment>evidence.outcome.promise</comment>
      <translation>Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>reached</source>
      <comment>evidence.outcome.reached</comment>
      <translation>erreicht</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>refused</source>
      <comment>evidence.outcome.refused</comment>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>wrong-number</source>
      <comment>evidence.outcome.wrong_number</comment>
      <translation>falsche Nummer</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Payment {amount} {currency} on {date}</source>
      <comment>evidence.payment</comment>
      <translation>Zahlung {amount} {currency} am {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Promise {amount} {currency} by {due}</source>
      <comment>evidence.promise</comment>
      <translation>Zahlungszusage {amount} {currency} bis {due}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/excel.py" />
      <source>{name} has no sheet named '{sheet}'.</source>
      <comment>export.no_sheet</comment>
      <translation>{name} hat kein Tabellenblatt namens „{sheet}“.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>{field} {amount} is larger than arledger accepts (less than {limit}).</source>
      <comment>fields.amount_too_large</comment>
      <translation>{field} {amount} ist größer, als arledger annimmt (weniger als {limit}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}…' is not an amount arledger accepts (too long).</source>
      <comment>fields.amount_too_long</comment>
      <translation>'{text}…' ist kein Betrag, den arledger annimmt (zu lang).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a valid {field}; use one of {allowed}.</source>
      <comment>fields.bad_choice</comment>
      <translation>'{text}' ist kein gültiger Wert für {field}; verwenden Sie einen von {allowed}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not an email address.</source>
      <comment>fields.bad_email</comment>
      <translation>'{text}' ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a time zone; use a name like Europe/London.</source>
      <comment>fields.bad_zone</comment>
      <translation>'{text}' ist keine Zeitzone; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>{field} {day} is outside the dates arledger accepts ({first} to {last}).</source>
      <comment>fields.date_out_of_range</comment>
      <translation>{field} {day} liegt außerhalb der Daten, die arledger annimmt ({first} bis {last}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a factor above 0 and at most 10.</source>
      <comment>fields.factor_range</comment>
      <translation>'{text}' ist kein Faktor über 0 und höchstens 10.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a date; write it as YYYY-MM-DD.</source>
      <comment>fields.not_date</comment>
      <translation>'{text}' ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a number, like 1.5.</source>
      <comment>fields.not_number</comment>
      <translation>'{text}' ist keine Zahl wie 1.5.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a rate in percent, like 12.5.</source>
      <comment>fields.not_rate</comment>
      <translation>'{text}' ist kein Zinssatz in Prozent wie 12.5.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a timestamp; write it like 2026-03-01T14:30:00+01:00.</source>
      <comment>fields.not_timestamp</comment>
      <translation>'{text}' ist kein Zeitstempel; schreiben Sie ihn wie 2026-03-01T14:30:00+01:00.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a whole number.</source>
      <comment>fields.not_whole</comment>
      <translation>'{text}' ist keine ganze Zahl.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' has more than two decimals; give the rate to a hundredth of a percent.</source>
      <comment>fields.rate_decimals</comment>
      <translation>'{text}' hat mehr als zwei Nachkommastellen; geben Sie den Satz auf ein Hundertstel Prozent genau an.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a rate between 0 and 1000 percent.</source>
      <comment>fields.rate_range</comment>
      <translation>'{text}' ist kein Satz zwischen 0 und 1000 Prozent.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{field}' is required.</source>
      <comment>fields.required</comment>
      <translation>'{field}' ist erforderlich.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>{field} is {length} characters long; at most {limit} are accepted.</source>
      <comment>fields.text_too_long</comment>
      <translation>{field} ist {length} Zeichen lang; höchstens {limit} sind erlaubt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{field}' must be at most {maximum}; got {value}.</source>
      <comment>fields.too_big</comment>
      <translation>'{field}' darf höchstens {maximum} sein; angegeben war {value}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{field}' must be at least {minimum}; got {value}.</source>
      <comment>fields.too_small</comment>
      <translation>'{field}' muss mindestens {minimum} sein; angegeben war {value}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>There is no file at {path}.</source>
      <comment>import.no_file</comment>
      <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>The rate table '{name}' is not loaded; it is needed for this interest rule.</source>
      <comment>interest.table_missing</comment>
      <translation>Die Zinstabelle „{name}“ ist nicht geladen; diese Zinsregel braucht sie.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>'{rule}' is not an interest rule; use one of {rules}.</source>
      <comment>interest.unknown_rule</comment>
      <translation>'{rule}' ist keine Zinsregel; verwenden Sie eine von {rules}.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{name} is being changed by another program; try again in a moment.</source>
      <comment>ledger.busy</comment>
      <translation>{name} wird gerade von einem anderen Programm geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{name} is being changed by another program; nothing was saved, try again in a moment.</source>
      <comment>ledger.busy_write</comment>
      <translation>{name} wird gerade von einem anderen Programm geändert; nichts wurde gespeichert, versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} cannot be opened ({problem}).</source>
      <comment>ledger.cannot_open</comment>
      <translation>{path} lässt sich nicht öffnen ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is damaged ({problem}).</source>
      <comment>ledger.damaged</comment>
      <translation>{path} ist beschädigt ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{name} is damaged ({problem}); nothing was saved. Restore it from a backup, or run 'arledger check' for what is wrong.</source>
      <comment>ledger.damaged_write</comment>
      <translation>{name} ist beschädigt ({problem}); nichts wurde gespeichert. Stellen Sie es aus einer Sicherung wieder her oder führen Sie 'arledger check' aus, um zu sehen, was fehlt.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is an empty file (0 bytes), not a ledger; create a ledger with 'arledger init' or restore one from a backup.</source>
      <comment>ledger.empty_file</comment>
      <translation>{path} ist eine leere Datei (0 Byte), kein Debitorenbuch; legen Sie mit 'arledger init' ein Debitorenbuch an oder stellen Sie eines aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is an SQLite file but not an arledger ledger.</source>
      <comment>ledger.foreign_sqlite</comment>
      <translation>{path} ist eine SQLite-Datei, aber kein arledger-Debitorenbuch.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>There is no ledger at {path}; create one with 'arledger demo --ledger {path}' or open the app to start a new one.</source>
      <comment>ledger.missing</comment>
      <translation>Unter {path} gibt es kein Debitorenbuch; legen Sie eines mit 'arledger demo --ledger {path}' an oder öffnen Sie die App, um ein neues zu beginnen.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/migrations.py" />
      <source>{path} was written by a newer arledger (schema {schema}); this version reads schema {latest} at most.</source>
      <comment>ledger.newer_schema</comment>
      <translation>{path} wurde von einem neueren arledger geschrieben (Schema {schema}); diese Version liest höchstens Schema {latest}.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>There is no ledger file at {path}.</source>
      <comment>ledger.no_file</comment>
      <translation>Unter {path} gibt es keine Debitorenbuch-Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is not a ledger file ({problem}).</source>
      <comment>ledger.not_ledger</comment>
      <translation>{path} ist keine Debitorenbuch-Datei ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/migrations.py" />
      <source>{path} could not be upgraded to schema {schema} ({problem}); it was left as it was.</source>
      <comment>ledger.upgrade_failed</comment>
      <translation>{path} konnte nicht auf Schema {schema} aktualisiert werden ({problem}); die Datei blieb unverändert.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/migrations.py" />
      <source>{path} could not be upgraded to schema {schema} ({problem}); it was left as it was and a copy is at {backup}.</source>
      <comment>ledger.upgrade_failed_copy</comment>
      <translation>{path} konnte nicht auf Schema {schema} aktualisiert werden ({problem}); die Datei blieb unverändert, eine Kopie liegt unter {backup}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>The default limitation period must be at least one year.</source>
      <comment>limitation.short_period</comment>
      <translation>Die Standard-Verjährungsfrist muss mindestens ein Jahr betragen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>'{kind}' is not a limitation event; use one of {kinds}.</source>
      <comment>limitation.unknown_event</comment>
      <translation>'{kind}' ist kein Verjährungsereignis; verwenden Sie eines von {kinds}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>'{rule}' is not a limitation rule; use cn, uk, de, eu, us or generic.</source>
      <comment>limitation.unknown_rule</comment>
      <translation>'{rule}' ist keine Verjährungsregel; verwenden Sie cn, uk, de, eu, us oder generic.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{code}' is not a three-letter ISO currency code.</source>
      <comment>money.bad_currency</comment>
      <translation>'{code}' ist kein dreistelliger ISO-Währungscode.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>The amount is empty.</source>
      <comment>money.empty</comment>
      <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is not an amount; write it like 1234.56.</source>
      <comment>money.malformed</comment>
      <translation>'{text}' ist kein Betrag; schreiben Sie ihn wie 1234.56.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>Cannot combine {first} and {second} amounts.</source>
      <comment>money.mixed_currencies</comment>
      <translation>Beträge in {first} und {second} lassen sich nicht verrechnen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is negative; amounts must be zero or more.</source>
      <comment>money.negative</comment>
      <translation>'{text}' ist negativ; Beträge müssen null oder mehr sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is not an amount.</source>
      <comment>money.not_amount</comment>
      <translation>'{text}' ist kein Betrag.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is too large for the ledger.</source>
      <comment>money.too_large</comment>
      <translation>'{text}' ist für das Debitorenbuch zu groß.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' has more decimals than {currency} allows ({places}).</source>
      <comment>money.too_many_decimals</comment>
      <translation>'{text}' hat mehr Nachkommastellen, als {currency} erlaubt ({places}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>The amount must be more than zero.</source>
      <comment>money.zero</comment>
      <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Nothing of {promised} paid by {deadline}.</source>
      <comment>promises.broken</comment>
      <translation>Bis {deadline} wurde nichts von {promised} bezahlt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>{paid} of {promised} paid by {deadline}.</source>
      <comment>promises.kept</comment>
      <translation>{paid} von {promised} bis {deadline} bezahlt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>The promise grace period cannot be negative.</source>
      <comment>promises.negative_grace</comment>
      <translation>Die Nachfrist für Zahlungszusagen darf nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Only {paid} of {promised} paid by {deadline}.</source>
      <comment>promises.partly_kept</comment>
      <translation>Nur {paid} von {promised} bis {deadline} bezahlt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>{paid} of {promised} paid so far; the promise runs until {deadline}.</source>
      <comment>promises.pending</comment>
      <translation>{paid} von {promised} bisher bezahlt; die Zusage läuft bis {deadline}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Instalment {number} of {amount} due {due} was not paid by {deadline}, so the plan is broken.</source>
      <comment>promises.plan_broken</comment>
      <translation>Die Rate {number} über {amount}, fällig am {due}, wurde bis {deadline} nicht bezahlt; der Ratenplan ist damit gebrochen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Instalment {number} of {amount} due {due} was only partly paid by {deadline}, so the plan is broken.</source>
      <comment>promises.plan_broken_partly</comment>
      <translation>Die Rate {number} über {amount}, fällig am {due}, wurde bis {deadline} nur teilweise bezahlt; der Ratenplan ist damit gebrochen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/promises.py" />
      <source>The {n} instalment was paid on time.</source>
      <comment>promises.plan_completed</comment>
      <extracomment>All {n} instalments were paid on time.</extracomment>
      <translation>
        <numerusform>Die {n} Rate wurde pünktlich bezahlt.</numerusform>
        <numerusform>Alle {n} Raten wurden pünktlich bezahlt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>An instalment plan needs at least one instalment.</source>
      <comment>promises.plan_empty</comment>
      <translation>Ein Ratenplan braucht mindestens eine Rate.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>The instalments given do not belong to one instalment plan.</source>
      <comment>promises.plan_mixed</comment>
      <translation>Die angegebenen Raten gehören nicht zu einem einzigen Ratenplan.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/promises.py" />
      <source>{paid} of {n} instalment paid; the next is due {next_due}.</source>
      <comment>promises.plan_on_track</comment>
      <extracomment>{paid} of {n} instalments paid; the next is due {next_due}.</extracomment>
      <translation>
        <numerusform>{paid} von {n} Rate bezahlt; die nächste ist am {next_due} fällig.</numerusform>
        <numerusform>{paid} von {n} Raten bezahlt; die nächste ist am {next_due} fällig.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Call about {amount} up to {days} days overdue ({since}); ask for a dated promise.</source>
      <comment>queue.call</comment>
      <translation>Wegen {amount}, bis zu {days} Tage überfällig, anrufen ({since}); um eine Zahlungszusage mit Datum bitten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Promise {promise} (recorded {recorded}) has no written confirmation: send one with 'arledger letters confirm-promise --promise {promise}'.</source>
      <comment>queue.confirm_promise</comment>
      <translation>Zur Zahlungszusage {promise} (erfasst am {recorded}) fehlt die schriftliche Bestätigung: senden Sie eine mit 'arledger letters confirm-promise --promise {promise}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Letter {letter} was posted on {posted} ({method}{tracking}) and has no delivery record: check the tracking and record the delivery.</source>
      <comment>queue.delivery</comment>
      <translation>Schreiben {letter} wurde am {posted} zur Post gegeben ({method}{tracking}) und hat keinen Zustellnachweis: prüfen Sie die Sendungsverfolgung und erfassen Sie die Zustellung.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Escalate: {reason} Options: {options}.</source>
      <comment>queue.escalate</comment>
      <translation>Eskalieren: {reason} Möglichkeiten: {options}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>last contact {on}</source>
      <comment>queue.last_contact</comment>
      <translation>letzter Kontakt {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Send level {level} ({name}): {reasons}</source>
      <comment>queue.letter</comment>
      <translation>Stufe {level} senden ({name}): {reasons}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>{invoice} becomes time-barred on {on} ({days} days): obtain a signed acknowledgment or payment, or start proceedings.</source>
      <comment>queue.limitation</comment>
      <translation>{invoice} verjährt am {on} ({days} Tage): holen Sie ein unterschriebenes Schuldanerkenntnis oder eine Zahlung ein, oder leiten Sie ein Verfahren ein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>never contacted</source>
      <comment>queue.never_contacted</comment>
      <translation>noch nie kontaktiert</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>There is no open task {task}.</source>
      <comment>queue.no_task</comment>
      <translation>Es gibt keine offene Aufgabe {task}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Broken: {reason}</source>
      <comment>queue.promise_broken</comment>
      <translation>Gebrochen: {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Check the promise of {amount} due {due}: {reason}</source>
      <comment>queue.promise_check</comment>
      <translation>Zahlungszusage über {amount}, fällig am {due}, prüfen: {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Partly kept: {reason}</source>
      <comment>queue.promise_partly_kept</comment>
      <translation>Teilweise eingehalten: {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>, tracking {tracking}</source>
      <comment>queue.tracking</comment>
      <translation>, Sendungsnummer {tracking}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The rate table '{name}' starts on {start}; it has no rate for {day}.</source>
      <comment>rates.before_start</comment>
      <translation>Die Zinstabelle „{name}“ beginnt am {start}; für {day} hat sie keinen Satz.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The rate table '{name}' has no entries.</source>
      <comment>rates.empty</comment>
      <translation>Die Zinstabelle „{name}“ hat keine Einträge.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file} line {line}: '{text}' is not a date like 2025-01-31.</source>
      <comment>rates.file.bad_date</comment>
      <translation>{file} Zeile {line}: '{text}' ist kein Datum wie 2025-01-31.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file} line {line}: expected 'effective_date,rate_percent'.</source>
      <comment>rates.file.bad_line</comment>
      <translation>{file} Zeile {line}: erwartet wird 'effective_date,rate_percent'.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file} line {line}: '{text}' is not a rate in percent.</source>
      <comment>rates.file.bad_rate</comment>
      <translation>{file} Zeile {line}: '{text}' ist kein Zinssatz in Prozent.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file}: the rate table has no entries.</source>
      <comment>rates.file.empty</comment>
      <translation>{file}: Die Zinstabelle hat keine Einträge.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file}: the date {day} is listed twice.</source>
      <comment>rates.file.twice</comment>
      <translation>{file}: Das Datum {day} steht zweimal darin.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The rate table '{name}' must list each date once, oldest first.</source>
      <comment>rates.order</comment>
      <translation>Die Zinstabelle „{name}“ muss jedes Datum einmal enthalten, das älteste zuerst.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>The discount ({discount}) is more than the principal claimed ({principal}).</source>
      <comment>settlement.discount_too_large</comment>
      <translation>Der Nachlass ({discount}) ist höher als die geforderte Hauptforderung ({principal}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>This offer gives up {concession}, at or above the ledger's approval threshold of {threshold}; record the approver's name and reason before the letter is released.</source>
      <comment>settlement.needs_approval</comment>
      <translation>Dieses Angebot verzichtet auf {concession} und erreicht damit die Genehmigungsschwelle des Debitorenbuchs von {threshold}; erfassen Sie Namen und Begründung der genehmigenden Person, bevor das Schreiben freigegeben wird.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>A settlement discount cannot be negative.</source>
      <comment>settlement.negative_discount</comment>
      <translation>Ein Vergleichsnachlass darf nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>A settlement offer must give something up: a discount on the principal or a waiver of interest or compensation that is owed.</source>
      <comment>settlement.no_concession</comment>
      <translation>Ein Vergleichsangebot muss etwas nachgeben: einen Nachlass auf die Hauptforderung oder einen Verzicht auf geschuldete Zinsen oder Pauschalen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>A settlement offer must still ask for a payment; to give up the whole claim, write it off.</source>
      <comment>settlement.nothing_due</comment>
      <translation>Ein Vergleichsangebot muss noch eine Zahlung verlangen; um auf die ganze Forderung zu verzichten, buchen Sie sie aus.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{source}: {problem}</source>
      <comment>table.at_file</comment>
      <translation>{source}: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{source} line {line}: {problem}</source>
      <comment>table.at_line</comment>
      <translation>{source} Zeile {line}: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} is not a readable Excel workbook ({problem}).</source>
      <comment>table.bad_workbook</comment>
      <translation>{name} ist keine lesbare Excel-Arbeitsmappe ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{problem}.</source>
      <comment>table.csv_problem</comment>
      <translation>{problem}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>the column '{column}' appears twice (columns {first} and {second}); rename one.</source>
      <comment>table.duplicate_column</comment>
      <translation>Die Spalte „{column}“ kommt zweimal vor (Spalten {first} und {second}); benennen Sie eine um.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>is empty; it needs a header row.</source>
      <comment>table.empty</comment>
      <translation>ist leer; sie braucht eine Kopfzeile.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>the header row is empty.</source>
      <comment>table.empty_header</comment>
      <translation>Die Kopfzeile ist leer.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has {count} fields but the header row has {width} (a stray '{delimiter}' or quote?).</source>
      <comment>table.field_count</comment>
      <translation>hat {count} Felder, die Kopfzeile aber {width} (ein überzähliges „{delimiter}“ oder Anführungszeichen?).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has {count} fields but !TRNS names {width}.</source>
      <comment>table.iif_field_count</comment>
      <translation>hat {count} Felder, !TRNS nennt aber {width}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has no !TRNS header line; it is not a QuickBooks IIF transaction file.</source>
      <comment>table.iif_no_header</comment>
      <translation>hat keine !TRNS-Kopfzeile; es ist keine QuickBooks-IIF-Buchungsdatei.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>a TRNS line comes before the !TRNS header line.</source>
      <comment>table.iif_order</comment>
      <translation>eine TRNS-Zeile steht vor der !TRNS-Kopfzeile.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>a value is longer than 131,072 characters.</source>
      <comment>table.long_value</comment>
      <translation>ein Wert ist länger als 131.072 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} has no sheet named '{sheet}'; it has {sheets}.</source>
      <comment>table.no_sheet</comment>
      <translation>{name} hat kein Tabellenblatt namens „{sheet}“; vorhanden sind {sheets}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} has no visible sheet; name the sheet to read.</source>
      <comment>table.no_visible_sheet</comment>
      <translation>{name} hat kein sichtbares Tabellenblatt; nennen Sie das Blatt, das gelesen werden soll.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>is not {encoding} text (byte {byte}); choose its encoding.</source>
      <comment>table.not_encoded</comment>
      <translation>ist kein {encoding}-Text (Byte {byte}); wählen Sie die Kodierung.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>is not {encoding} text (byte {byte} of the line's block); choose its encoding.</source>
      <comment>table.not_encoded_block</comment>
      <translation>ist kein {encoding}-Text (Byte {byte} im Block der Zeile); wählen Sie die Kodierung.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>a quoted value starts here and is never closed (a missing " swallows every line after it).</source>
      <comment>table.open_quote</comment>
      <translation>hier beginnt ein Wert in Anführungszeichen, der nie geschlossen wird (ein fehlendes " verschluckt alle folgenden Zeilen).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} cannot be read (permission denied).</source>
      <comment>table.permission</comment>
      <translation>{name} kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} is not a workbook; a sheet can only be chosen in an .xlsx file.</source>
      <comment>table.sheet_needs_xlsx</comment>
      <translation>{name} ist keine Arbeitsmappe; ein Tabellenblatt lässt sich nur in einer .xlsx-Datei wählen.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>'{name}' is not a text encoding; use one like utf-8, utf-16, cp1252 or latin-1.</source>
      <comment>table.unknown_encoding</comment>
      <translation>'{name}' ist keine Textkodierung; verwenden Sie eine wie utf-8, utf-16, cp1252 oder latin-1.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} is neither a .csv, an .xlsx nor an .iif file.</source>
      <comment>table.unknown_kind</comment>
      <translation>{name} ist weder eine .csv- noch eine .xlsx- noch eine .iif-Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>cannot be read ({problem}).</source>
      <comment>table.unreadable</comment>
      <translation>kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has a value in column {column}, right of the last column with a header.</source>
      <comment>table.value_beyond_header</comment>
      <translation>hat einen Wert in Spalte {column}, rechts der letzten Spalte mit Überschrift.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} expands to {size} MB (compressed {ratio} times); workbooks that expand past {max_size} MB or {max_ratio} times are refused. Save it as CSV instead.</source>
      <comment>table.zip_bomb</comment>
      <translation>{name} entpackt sich auf {size} MB ({ratio}-fach komprimiert); Arbeitsmappen über {max_size} MB oder {max_ratio}-fach werden abgelehnt. Speichern Sie sie stattdessen als CSV.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} failed on line {line}: {reason}.</source>
      <comment>template.failed</comment>
      <translation>Die Briefvorlage {template} ist in Zeile {line} gescheitert: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} uses {name}, which does not exist in the template folder.</source>
      <comment>template.include_missing</comment>
      <translation>Die Briefvorlage {template} verwendet {name}, das es im Vorlagenordner nicht gibt.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} does not exist (looked in {folders}).</source>
      <comment>template.missing</comment>
      <translation>Die Briefvorlage {template} gibt es nicht (gesucht in {folders}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} has no block '{block}'; it needs {blocks}.</source>
      <comment>template.no_block</comment>
      <translation>Der Briefvorlage {template} fehlt der Block „{block}“; sie braucht {blocks}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} is not a file inside the template folder (it is a link or leads elsewhere); only files in {folders} are read.</source>
      <comment>template.outside</comment>
      <translation>Die Briefvorlage {template} ist keine Datei im Vorlagenordner (sie ist ein Link oder führt woandershin); gelesen werden nur Dateien in {folders}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>a power in it is too large</source>
      <comment>template.power_too_large</comment>
      <translation>eine Potenz darin ist zu groß</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>a repeated value in it is too large</source>
      <comment>template.repeat_too_large</comment>
      <translation>ein wiederholter Wert darin ist zu groß</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} was stopped: {reason}.</source>
      <comment>template.stopped</comment>
      <translation>Die Briefvorlage {template} wurde abgebrochen: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} has an error on line {line}: {problem}.</source>
      <comment>template.syntax</comment>
      <translation>Die Briefvorlage {template} hat in Zeile {line} einen Fehler: {problem}.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>it produced more than {limit} characters</source>
      <comment>template.too_long</comment>
      <translation>sie erzeugte mehr als {limit} Zeichen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>it ran longer than {limit} seconds</source>
      <comment>template.too_slow</comment>
      <translation>sie lief länger als {limit} Sekunden</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{first} {second}</source>
      <comment>text.sentences</comment>
      <translation>{first} {second}</translation>
    </message>
  </context>
</TS>
