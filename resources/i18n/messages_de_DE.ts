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
      <location filename="../../arledger/services/allocation_preview.py" />
      <source>Invoice {number} is in {currency}, not {wanted}.</source>
      <comment>allocation.invoice_currency</comment>
      <translation>Rechnung {number} lautet auf {currency}, nicht auf {wanted}.</translation>
    </message>
    <message>
      <location filename="../../arledger/__main__.py" />
      <source>The desktop app cannot start: {reason}.</source>
      <comment>app.cannot_start</comment>
      <translation>Die Desktop-App kann nicht starten: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The evidence log in {archive} is broken at event {first_bad_seq} ({problem}); nothing was restored.</source>
      <comment>backup.chain_broken</comment>
      <translation>Das Beweisprotokoll in {archive} ist bei Ereignis {first_bad_seq} unterbrochen ({problem}); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The evidence log in {archive} ends at {head}…, not at the head its manifest recorded ({recorded_head}…); nothing was restored.</source>
      <comment>backup.chain_head_differs</comment>
      <translation>Das Beweisprotokoll in {archive} endet bei {head}…, nicht bei dem Kettenende, das sein Manifest festhält ({recorded_head}…); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The ledger could not be copied for the backup ({reason}).</source>
      <comment>backup.copy_failed</comment>
      <translation>Das Debitorenbuch konnte für die Sicherung nicht kopiert werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The ledger in {archive} is damaged ({problems}); nothing was restored.</source>
      <comment>backup.ledger_damaged</comment>
      <translation>Das Debitorenbuch in {archive} ist beschädigt ({problems}); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The manifest of {archive} cannot be read; the archive is damaged.</source>
      <comment>backup.manifest_unreadable</comment>
      <translation>Das Manifest von {archive} ist nicht lesbar; das Archiv ist beschädigt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{name} in {archive} does not match its SHA-256 in the manifest; the archive is damaged and nothing was restored.</source>
      <comment>backup.member_hash_differs</comment>
      <translation>{name} in {archive} stimmt nicht mit seinem SHA-256 im Manifest überein; das Archiv ist beschädigt, es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} lacks {name}, which its manifest lists; nothing was restored.</source>
      <comment>backup.member_missing</comment>
      <translation>In {archive} fehlt {name}, das sein Manifest aufführt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} names a file outside the ledger ({name}); nothing was restored.</source>
      <comment>backup.member_outside</comment>
      <translation>{archive} nennt eine Datei außerhalb des Debitorenbuchs ({name}); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>There is no backup at {archive}.</source>
      <comment>backup.missing</comment>
      <translation>Unter {archive} gibt es keine Sicherung.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} holds no ledger database; nothing was restored.</source>
      <comment>backup.no_database</comment>
      <translation>{archive} enthält keine Datenbank eines Debitorenbuchs; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} is not an arledger backup (it has no {manifest_member}).</source>
      <comment>backup.no_manifest</comment>
      <translation>{archive} ist keine arledger-Sicherung (es fehlt {manifest_member}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} is not an arledger backup (not a zip archive).</source>
      <comment>backup.not_zip</comment>
      <translation>{archive} ist keine arledger-Sicherung (kein ZIP-Archiv).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The backup could not be restored to {new_ledger} ({reason}).</source>
      <comment>backup.restore_failed</comment>
      <translation>Die Sicherung konnte nicht nach {new_ledger} wiederhergestellt werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{existing} already exists; restore into a new ledger file name.</source>
      <comment>backup.restore_target_exists</comment>
      <translation>{existing} ist bereits vorhanden; stellen Sie unter einem neuen Dateinamen wieder her.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{target} already exists; choose another file name for the backup.</source>
      <comment>backup.target_exists</comment>
      <translation>{target} ist bereits vorhanden; wählen Sie einen anderen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} is a backup format this version of arledger does not know.</source>
      <comment>backup.unknown_format</comment>
      <translation>{archive} hat ein Sicherungsformat, das diese Version von arledger nicht kennt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} holds {name}, which its manifest does not list; nothing was restored.</source>
      <comment>backup.unlisted_member</comment>
      <translation>{archive} enthält {name}, das sein Manifest nicht aufführt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The backup could not be written to {target} ({reason}).</source>
      <comment>backup.write_failed</comment>
      <translation>Die Sicherung konnte nicht nach {target} geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} line {n}, column 'accept': '{answer}' is neither yes nor no.</source>
      <comment>bank.accept_not_yes_no</comment>
      <translation>{path_name} Zeile {n}, Spalte 'accept': '{answer}' ist weder yes noch no.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{where}: accepted but no customer is named.</source>
      <comment>bank.accepted_without_customer</comment>
      <translation>{where}: angenommen, aber kein Kunde angegeben.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source} was applied meanwhile (by another window or command); nothing was recorded now. Review it again to see what is left.</source>
      <comment>bank.applied_meanwhile</comment>
      <translation>{source} wurde inzwischen übernommen (von einem anderen Fenster oder Befehl); jetzt wurde nichts gebucht. Prüfen Sie es erneut, um zu sehen, was noch offen ist.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{where}: a debit cannot be accepted as a customer payment.</source>
      <comment>bank.debit_accepted</comment>
      <translation>{where}: eine Belastung kann nicht als Kundenzahlung angenommen werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source} line {line}: {problem}</source>
      <comment>bank.line_problem</comment>
      <translation>{source} Zeile {line}: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>There is no file at {path}.</source>
      <comment>bank.no_file</comment>
      <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>There is no review file at {path}.</source>
      <comment>bank.no_review_file</comment>
      <translation>Unter {path} gibt es keine Prüfdatei.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>debit</source>
      <comment>bank.outcome.debit</comment>
      <translation>Belastung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>matched</source>
      <comment>bank.outcome.matched</comment>
      <translation>zugeordnet</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>seen</source>
      <comment>bank.outcome.seen</comment>
      <translation>bereits importiert</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>unmatched</source>
      <comment>bank.outcome.unmatched</comment>
      <translation>nicht zugeordnet</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>our payment reference (customer code) in the remittance text; amount equals the invoices named</source>
      <comment>bank.reason.code_exact</comment>
      <translation>unsere Zahlungsreferenz (Kundennummer) im Verwendungszweck; Betrag entspricht den genannten Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>our payment reference (customer code) in the remittance text; applied oldest first</source>
      <comment>bank.reason.code_oldest</comment>
      <translation>unsere Zahlungsreferenz (Kundennummer) im Verwendungszweck; auf die ältesten Rechnungen zuerst angerechnet</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals {n} open invoice of one customer</source>
      <comment>bank.reason.combination</comment>
      <extracomment>amount equals {n} open invoices of one customer together</extracomment>
      <translation>
        <numerusform>Betrag entspricht {n} offenen Rechnung eines Kunden</numerusform>
        <numerusform>Betrag entspricht {n} offenen Rechnungen eines Kunden zusammen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals combinations of several customers' invoices: not guessed</source>
      <comment>bank.reason.combinations</comment>
      <translation>Betrag entspricht Kombinationen von Rechnungen mehrerer Kunden: keine Zuordnung auf Verdacht</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>a debit (money out): listed, not matched</source>
      <comment>bank.reason.debit</comment>
      <translation>eine Belastung (Geldausgang): aufgeführt, nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals {n} open invoice: not guessed</source>
      <comment>bank.reason.equal_amounts</comment>
      <extracomment>amount equals {n} open invoices: not guessed</extracomment>
      <translation>
        <numerusform>Betrag entspricht {n} offenen Rechnung: keine Zuordnung auf Verdacht</numerusform>
        <numerusform>Betrag entspricht {n} offenen Rechnungen: keine Zuordnung auf Verdacht</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals {n} open invoice of different customers: not guessed</source>
      <comment>bank.reason.equal_amounts_customers</comment>
      <extracomment>amount equals {n} open invoices of different customers: not guessed</extracomment>
      <translation>
        <numerusform>Betrag entspricht {n} offenen Rechnung verschiedener Kunden: keine Zuordnung auf Verdacht</numerusform>
        <numerusform>Betrag entspricht {n} offenen Rechnungen verschiedener Kunden: keine Zuordnung auf Verdacht</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>IBAN {iban} seen on an earlier payment; amount equals the invoices named</source>
      <comment>bank.reason.iban_exact</comment>
      <translation>IBAN {iban} von einer früheren Zahlung bekannt; Betrag entspricht den genannten Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>IBAN {iban} seen on an earlier payment; applied oldest first</source>
      <comment>bank.reason.iban_oldest</comment>
      <translation>IBAN {iban} von einer früheren Zahlung bekannt; auf die ältesten Rechnungen zuerst angerechnet</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>no invoice number, known payer or amount matches</source>
      <comment>bank.reason.nothing</comment>
      <translation>weder Rechnungsnummer noch bekannter Zahler noch Betrag passen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>invoice number in the remittance text; amount equals what is open</source>
      <comment>bank.reason.number_exact</comment>
      <extracomment>invoice numbers in the remittance text; amount equals what is open</extracomment>
      <translation>
        <numerusform>Rechnungsnummer im Verwendungszweck; Betrag entspricht dem offenen Betrag</numerusform>
        <numerusform>Rechnungsnummern im Verwendungszweck; Betrag entspricht dem offenen Betrag</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>invoice number in the remittance text; amount differs from what is open (overpaid)</source>
      <comment>bank.reason.number_over</comment>
      <extracomment>invoice numbers in the remittance text; amount differs from what is open (overpaid)</extracomment>
      <translation>
        <numerusform>Rechnungsnummer im Verwendungszweck; Betrag weicht vom offenen Betrag ab (Überzahlung)</numerusform>
        <numerusform>Rechnungsnummern im Verwendungszweck; Betrag weicht vom offenen Betrag ab (Überzahlung)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>invoice number in the remittance text; amount differs from what is open (part payment)</source>
      <comment>bank.reason.number_part</comment>
      <extracomment>invoice numbers in the remittance text; amount differs from what is open (part payment)</extracomment>
      <translation>
        <numerusform>Rechnungsnummer im Verwendungszweck; Betrag weicht vom offenen Betrag ab (Teilzahlung)</numerusform>
        <numerusform>Rechnungsnummern im Verwendungszweck; Betrag weicht vom offenen Betrag ab (Teilzahlung)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals one open invoice</source>
      <comment>bank.reason.one_invoice</comment>
      <translation>Betrag entspricht einer offenen Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>payer name '{payer}' seen on an earlier payment; amount equals the invoices named</source>
      <comment>bank.reason.payer_exact</comment>
      <translation>Zahlername „{payer}“ von einer früheren Zahlung bekannt; Betrag entspricht den genannten Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>payer name '{payer}' seen on an earlier payment; applied oldest first</source>
      <comment>bank.reason.payer_oldest</comment>
      <translation>Zahlername „{payer}“ von einer früheren Zahlung bekannt; auf die ältesten Rechnungen zuerst angerechnet</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>imported from an earlier statement</source>
      <comment>bank.reason.seen</comment>
      <translation>aus einem früheren Kontoauszug importiert</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>the remittance names invoices of several customers: not guessed</source>
      <comment>bank.reason.several_customers</comment>
      <translation>der Verwendungszweck nennt Rechnungen mehrerer Kunden: keine Zuordnung auf Verdacht</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not a review file written by 'import bank --review' (it has no {missing} column).</source>
      <comment>bank.review_columns_missing</comment>
      <translation>{path_name} ist keine von 'import bank --review' geschriebene Prüfdatei (es fehlt die Spalte {missing}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{target} is the ledger itself; choose another file for the review.</source>
      <comment>bank.review_is_ledger</comment>
      <translation>{target} ist das Debitorenbuch selbst; wählen Sie eine andere Datei für die Prüfung.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not UTF-8 text.</source>
      <comment>bank.review_not_utf8</comment>
      <translation>{path_name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source}: the review names a line that is not in this statement (fingerprint {fp}…); review this statement again.</source>
      <comment>bank.review_unknown_line</comment>
      <translation>{source}: die Prüfdatei nennt eine Zeile, die nicht in diesem Auszug steht (Fingerabdruck {fp}…); prüfen Sie diesen Auszug erneut.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not a readable CSV file ({reason}).</source>
      <comment>bank.review_unreadable</comment>
      <translation>{path_name} ist keine lesbare CSV-Datei ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>The review could not be written to {target} ({reason}).</source>
      <comment>bank.review_write_failed</comment>
      <translation>Die Prüfdatei konnte nicht nach {target} geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{where}: there is no customer with code '{customer_code}'.</source>
      <comment>bank.unknown_customer_at</comment>
      <translation>{where}: es gibt keinen Kunden mit der Nummer '{customer_code}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not a camt.053/054, OFX or MT940 statement; a CSV statement needs its columns mapped (--map date=...,amount=...,payer=...,remittance=..., --profile or --detect).</source>
      <comment>bank.unknown_format</comment>
      <translation>{path_name} ist kein camt.053/054-, OFX- oder MT940-Auszug; bei einem CSV-Auszug müssen die Spalten zugeordnet werden (--map date=...,amount=...,payer=...,remittance=..., --profile oder --detect).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source} was not applied: the ledger refused the write ({reason}); nothing changed.</source>
      <comment>bank.write_refused</comment>
      <translation>{source} wurde nicht übernommen: das Debitorenbuch hat den Schreibvorgang abgelehnt ({reason}); nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: '{value}' {currency} is not an amount ({problem}).</source>
      <comment>bank_file.bad_amount</comment>
      <translation>{source} {where}: '{value}' {currency} ist kein Betrag ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a readable MT940 statement ({problem}).</source>
      <comment>bank_file.bad_mt940</comment>
      <translation>{name} ist kein lesbarer MT940-Kontoauszug ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a readable OFX file ({problem}).</source>
      <comment>bank_file.bad_ofx</comment>
      <translation>{name} ist keine lesbare OFX-Datei ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not well-formed XML ({problem}).</source>
      <comment>bank_file.bad_xml</comment>
      <translation>{name} ist kein wohlgeformtes XML ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: has no amount (Amt).</source>
      <comment>bank_file.camt_no_amount</comment>
      <translation>{source} {where}: enthält keinen Betrag (Amt).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: has no booking date (BookgDt).</source>
      <comment>bank_file.camt_no_date</comment>
      <translation>{source} {where}: enthält kein Buchungsdatum (BookgDt).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} declares a DOCTYPE or entities; bank statements never do, so it is refused.</source>
      <comment>bank_file.doctype</comment>
      <translation>{name} deklariert einen DOCTYPE oder Entitäten; Kontoauszüge tun das nie, daher wird die Datei abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>entry {n}</source>
      <comment>bank_file.entry</comment>
      <translation>Buchung {n}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>entry {n}.{k}</source>
      <comment>bank_file.entry_detail</comment>
      <translation>Buchung {n}.{k}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} transaction {n}: has no amount (:61:).</source>
      <comment>bank_file.mt940_no_amount</comment>
      <translation>{name} Umsatz {n}: enthält keinen Betrag (:61:).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} transaction {n}: has no booking date (:61:).</source>
      <comment>bank_file.mt940_no_date</comment>
      <translation>{name} Umsatz {n}: enthält kein Buchungsdatum (:61:).</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a camt.053 or camt.054 document.</source>
      <comment>bank_file.not_camt</comment>
      <translation>{name} ist kein camt.053- oder camt.054-Dokument.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>transaction {n} ({id})</source>
      <comment>bank_file.ofx_transaction</comment>
      <translation>Umsatz {n} ({id})</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is larger than {size} MB; split the statement.</source>
      <comment>bank_file.too_large</comment>
      <translation>{name} ist größer als {size} MB; teilen Sie den Kontoauszug auf.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>transaction {n}</source>
      <comment>bank_file.transaction</comment>
      <translation>Umsatz {n}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a camt.053/054, OFX or MT940 statement; a CSV statement needs a mapping (--map or --profile).</source>
      <comment>bank_file.unknown_format</comment>
      <translation>{name} ist kein camt.053/054-, OFX- oder MT940-Kontoauszug; ein CSV-Auszug braucht eine Spaltenzuordnung (--map oder --profile).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>{table} row {row}: {column} {value} (minor units) is not below {limit}.</source>
      <comment>bounds.amount</comment>
      <translation>{table} Zeile {row}: {column} {value} (kleinste Einheiten) liegt nicht unter {limit}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>{table} row {row}: {column} {value} is outside the dates arledger accepts ({first} to {last}).</source>
      <comment>bounds.date</comment>
      <translation>{table} Zeile {row}: {column} {value} liegt außerhalb der Daten, die arledger annimmt ({first} bis {last}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>The setting {problem}; its default is used until it is set again.</source>
      <comment>bounds.setting_invalid</comment>
      <translation>Die Einstellung {problem}; bis sie neu gesetzt wird, gilt ihr Standardwert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>The setting {key} is not readable JSON; it is ignored until it is set again.</source>
      <comment>bounds.setting_not_json</comment>
      <translation>Die Einstellung {key} ist kein lesbares JSON; sie wird ignoriert, bis sie neu gesetzt wird.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>{table} row {row}: {column} is {value} long; at most {limit} are accepted.</source>
      <comment>bounds.text</comment>
      <translation>{table} Zeile {row}: {column} ist {value} lang; höchstens {limit} werden angenommen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/cases.py" />
      <source>{owner} already owns the case of {customer_code}.</source>
      <comment>case.already_owner</comment>
      <translation>{owner} ist bereits für den Vorgang von {customer_code} zuständig.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handed over to {to} with pack {pack} (event {seq}).</source>
      <comment>case.note.handed_over</comment>
      <translation>An {to} übergeben mit Paket {pack} (Ereignis {seq}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer} paid by its deadline.</source>
      <comment>case.note.settlement_paid</comment>
      <translation>Vergleichsangebot {offer} fristgerecht bezahlt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/cases.py" />
      <source>Name the case owner (a user name).</source>
      <comment>case.owner_missing</comment>
      <translation>Nennen Sie die zuständige Person für den Vorgang (einen Benutzernamen).</translation>
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
      <location filename="../../arledger/services/lifecycle.py" />
      <source>{kind} {path} does not match its recorded SHA-256</source>
      <comment>check.file_differs</comment>
      <translation>{kind} {path} stimmt nicht mit der erfassten SHA-256 überein</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>{kind} {path} is missing</source>
      <comment>check.file_missing</comment>
      <translation>{kind} {path} fehlt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>Aging as of {date} (by {basis})</source>
      <comment>cli.aging.heading</comment>
      <translation>Altersstruktur zum {date} (nach {basis})</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>Nothing is open on that date.</source>
      <comment>cli.aging.nothing_open</comment>
      <translation>An diesem Tag ist nichts offen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <comment>cli.argparse.ambiguous</comment>
      <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <comment>cli.argparse.argument</comment>
      <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected at least one argument</source>
      <comment>cli.argparse.expected_at_least_one</comment>
      <translation>mindestens ein Wert erwartet</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected at most one argument</source>
      <comment>cli.argparse.expected_at_most_one</comment>
      <translation>höchstens ein Wert erwartet</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected %s argument</source>
      <comment>cli.argparse.expected_n</comment>
      <extracomment>expected %s arguments</extracomment>
      <translation>
        <numerusform>%s Wert erwartet</numerusform>
        <numerusform>%s Werte erwartet</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected one argument</source>
      <comment>cli.argparse.expected_one</comment>
      <translation>ein Wert erwartet</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>show this help message and exit</source>
      <comment>cli.argparse.help</comment>
      <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>ignored explicit argument %r</source>
      <comment>cli.argparse.ignored_explicit</comment>
      <translation>angegebener Wert %r wird ignoriert</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <comment>cli.argparse.invalid_choice</comment>
      <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>invalid %(type)s value: %(value)r</source>
      <comment>cli.argparse.invalid_value</comment>
      <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>not allowed with argument %s</source>
      <comment>cli.argparse.not_allowed_with</comment>
      <translation>nicht zusammen mit Argument %s zulässig</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>one of the arguments %s is required</source>
      <comment>cli.argparse.one_required</comment>
      <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>options</source>
      <comment>cli.argparse.options</comment>
      <translation>Optionen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>positional arguments</source>
      <comment>cli.argparse.positional_arguments</comment>
      <translation>Positionsargumente</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>the following arguments are required: %s</source>
      <comment>cli.argparse.required</comment>
      <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <comment>cli.argparse.unknown_parser</comment>
      <translation>unbekannter Befehl %(parser_name)r (möglich sind: %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>unrecognized arguments: %s</source>
      <comment>cli.argparse.unrecognized</comment>
      <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>usage: </source>
      <comment>cli.argparse.usage</comment>
      <translation>Verwendung: </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Kept {file} as evidence (SHA-256 {digest}).</source>
      <comment>cli.attach.kept</comment>
      <translation>{file} als Beweisstück aufbewahrt (SHA-256 {digest}).</translation>
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
      <source>{count} {outcome}</source>
      <comment>cli.bank.count</comment>
      <translation>{count} {outcome}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source} ({format}): {counts}.</source>
      <comment>cli.bank.counts</comment>
      <translation>{source} ({format}): {counts}.</translation>
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
      <source>{customer} {name}: {stage}{since}; owner {owner}</source>
      <comment>cli.case.heading</comment>
      <translation>{customer} {name}: {stage}{since}; zuständig {owner}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  {on}  {stage} {owner} event {event}{note}</source>
      <comment>cli.case.history</comment>
      <translation>  {on}  {stage} {owner} Ereignis {event}{note}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>: {note}</source>
      <comment>cli.case.history_note</comment>
      <translation>: {note}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source> (not recorded; implied by the ledger)</source>
      <comment>cli.case.implied</comment>
      <translation> (nicht erfasst; aus dem Debitorenbuch abgeleitet)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>(none)</source>
      <comment>cli.case.no_owner</comment>
      <translation>(niemand)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>- (run arledger risk refresh)</source>
      <comment>cli.case.no_tier</comment>
      <translation>- (arledger risk refresh ausführen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{owner} owns the case of {customer}.</source>
      <comment>cli.case.owner_set</comment>
      <translation>{owner} betreut den Fall {customer}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  promises kept {kept} of {evaluated} evaluated ({rate}); average days late (12 months) {days}</source>
      <comment>cli.case.promises</comment>
      <translation>  Zusagen eingehalten {kept} von {evaluated} bewertet ({rate}); durchschnittliche Verspätung in Tagen (12 Monate) {days}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source> since {date}</source>
      <comment>cli.case.since</comment>
      <translation> seit {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>The case of {customer} is now {stage} (evidence event {event}).</source>
      <comment>cli.case.stage_set</comment>
      <translation>Der Fall {customer} ist jetzt in der Phase „{stage}“ (Nachweisereignis {event}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  risk tier {tier}</source>
      <comment>cli.case.tier</comment>
      <translation>  Risikoklasse {tier}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>    - {reason}</source>
      <comment>cli.case.tier_reason</comment>
      <translation>    - {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  warning [{code}]: {message}</source>
      <comment>cli.case.warning</comment>
      <translation>  Warnung [{code}]: {message}</translation>
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
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>accounts</source>
      <comment>cli.col.accounts</comment>
      <translation>Konten</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>amount</source>
      <comment>cli.col.amount</comment>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>balance</source>
      <comment>cli.col.balance</comment>
      <translation>Saldo</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{bucket} amount</source>
      <comment>cli.col.bucket_amount</comment>
      <translation>{bucket} Betrag</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{bucket} count</source>
      <comment>cli.col.bucket_count</comment>
      <translation>{bucket} Anzahl</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>collected</source>
      <comment>cli.col.collected</comment>
      <translation>eingezogen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>compensation</source>
      <comment>cli.col.compensation</comment>
      <translation>Entschädigung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>conf</source>
      <comment>cli.col.confidence</comment>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>contacts</source>
      <comment>cli.col.contacts</comment>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>count</source>
      <comment>cli.col.count</comment>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>credit</source>
      <comment>cli.col.credit</comment>
      <translation>Guthaben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>currency</source>
      <comment>cli.col.currency</comment>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>customer</source>
      <comment>cli.col.customer</comment>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>date</source>
      <comment>cli.col.date</comment>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>days</source>
      <comment>cli.col.days</comment>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>days overdue</source>
      <comment>cli.col.days_overdue</comment>
      <translation>Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>days to collect</source>
      <comment>cli.col.days_to_collect</comment>
      <translation>Tage bis Eingang</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>disputed</source>
      <comment>cli.col.disputed</comment>
      <translation>bestritten</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>due date</source>
      <comment>cli.col.due_date</comment>
      <translation>Fälligkeit</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>from</source>
      <comment>cli.col.from</comment>
      <translation>von</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>id</source>
      <comment>cli.col.id</comment>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>instalments</source>
      <comment>cli.col.instalments</comment>
      <translation>Raten</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>interest</source>
      <comment>cli.col.interest</comment>
      <translation>Zinsen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>invoice</source>
      <comment>cli.col.invoice</comment>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>invoices</source>
      <comment>cli.col.invoices</comment>
      <translation>Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>kept</source>
      <comment>cli.col.kept</comment>
      <translation>eingehalten</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>kept rate</source>
      <comment>cli.col.kept_rate</comment>
      <translation>Einhaltungsquote</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>line</source>
      <comment>cli.col.line</comment>
      <translation>Zeile</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>make-up</source>
      <comment>cli.col.make_up</comment>
      <translation>Zusammensetzung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>month</source>
      <comment>cli.col.month</comment>
      <translation>Monat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>name</source>
      <comment>cli.col.name</comment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>net claimable</source>
      <comment>cli.col.net_claimable</comment>
      <translation>netto forderbar</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>note</source>
      <comment>cli.col.note</comment>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>open</source>
      <comment>cli.col.open</comment>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>opened on</source>
      <comment>cli.col.opened_on</comment>
      <translation>eröffnet am</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>outcome</source>
      <comment>cli.col.outcome</comment>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>overdue</source>
      <comment>cli.col.overdue</comment>
      <translation>überfällig</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>owner</source>
      <comment>cli.col.owner</comment>
      <translation>zuständig</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>paid</source>
      <comment>cli.col.paid</comment>
      <translation>bezahlt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>payer</source>
      <comment>cli.col.payer</comment>
      <translation>Zahler</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>plan</source>
      <comment>cli.col.plan</comment>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>promised</source>
      <comment>cli.col.promised</comment>
      <translation>zugesagt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>promises</source>
      <comment>cli.col.promises</comment>
      <translation>Zusagen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>rate</source>
      <comment>cli.col.rate</comment>
      <translation>Satz</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>reason</source>
      <comment>cli.col.reason</comment>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>resolution</source>
      <comment>cli.col.resolution</comment>
      <translation>Klärung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>resolved on</source>
      <comment>cli.col.resolved_on</comment>
      <translation>geklärt am</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>share %</source>
      <comment>cli.col.share</comment>
      <translation>Anteil %</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>status</source>
      <comment>cli.col.status</comment>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>time-barred</source>
      <comment>cli.col.time_barred</comment>
      <translation>verjährt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>to</source>
      <comment>cli.col.to</comment>
      <translation>bis</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>total</source>
      <comment>cli.col.total</comment>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Logged {channel} contact {id} with {customer}{note}.</source>
      <comment>cli.contact.logged</comment>
      <translation>Kontakt {id} ({channel}) mit {customer} erfasst{note}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source> Next allowed: {at}.</source>
      <comment>cli.contact.next_allowed</comment>
      <translation> Wieder erlaubt ab: {at}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: nothing was logged; add --override REASON to record it anyway.</source>
      <comment>cli.contact.nothing_logged</comment>
      <translation>arledger: Es wurde nichts erfasst; geben Sie --override GRUND an, um den Kontakt trotzdem zu erfassen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source> (guard overridden; the override is in the evidence log)</source>
      <comment>cli.contact.overridden</comment>
      <translation> (Kontaktregel mit Ausnahme übergangen; die Ausnahme steht im Beweisprotokoll)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: refused ({rule}): {violation}{next}</source>
      <comment>cli.contact.refused</comment>
      <translation>arledger: abgelehnt ({rule}): {violation}{next}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{code}: contract rate {rate}, fee {fee}{lpr}.</source>
      <comment>cli.contract.customer</comment>
      <translation>{code}: Vertragszins {rate}, Gebühr {fee}{lpr}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: payment date agreed {agreed}, notice of default {notice}.</source>
      <comment>cli.contract.default_terms</comment>
      <translation>{number}: Zahlungstermin vereinbart: {agreed}, Hinweis auf den Verzug: {notice}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{amount} {currency}</source>
      <comment>cli.contract.fee</comment>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: contract rate {rate}, fee {fee} (the customer's terms apply where not set).</source>
      <comment>cli.contract.invoice</comment>
      <translation>{number}: Vertragszins {rate}, Gebühr {fee} (wo nichts gesetzt ist, gelten die Bedingungen des Kunden).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>, LPR x {factor}</source>
      <comment>cli.contract.lpr</comment>
      <translation>, LPR x {factor}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>not set</source>
      <comment>cli.contract.not_set</comment>
      <translation>nicht gesetzt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{rate} a year</source>
      <comment>cli.contract.rate</comment>
      <translation>{rate} p. a.</translation>
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
      <source>Entries (id: what reversal commands take)</source>
      <comment>cli.customer.entries</comment>
      <translation>Buchungen (id: was Stornobefehle erwarten)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  {kind} {id}  {date}  {amount} {currency}  {entry}  applied {applied}{reversed}</source>
      <comment>cli.customer.entry</comment>
      <translation>  {kind} {id}  {date}  {amount} {currency}  {entry}  zugeordnet {applied}{reversed}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>net balance</source>
      <comment>cli.customer.net_balance</comment>
      <translation>Nettosaldo</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>nothing</source>
      <comment>cli.customer.nothing</comment>
      <translation>nichts</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>open</source>
      <comment>cli.customer.open</comment>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  {number} due {due}  {open} {currency} of {amount}</source>
      <comment>cli.customer.open_invoice</comment>
      <translation>  {number} fällig {due}  {open} {currency} von {amount}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Open invoices</source>
      <comment>cli.customer.open_invoices</comment>
      <translation>Offene Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  reversed {date}</source>
      <comment>cli.customer.reversed</comment>
      <translation>  storniert am {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Saved customer {code} {name}.</source>
      <comment>cli.customer.saved</comment>
      <translation>Kunde {code} {name} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>unapplied credit</source>
      <comment>cli.customer.unapplied_credit</comment>
      <translation>nicht zugeordnetes Guthaben</translation>
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
      <location filename="../../arledger/cli/collections.py" />
      <source>Opened dispute {id} on {invoice}; it is out of escalation and interest until resolved.</source>
      <comment>cli.dispute.opened</comment>
      <translation>Streitfall {id} zu {invoice} eröffnet; die Rechnung ist bis zur Klärung von Mahnstufen und Zinsen ausgenommen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Resolved the dispute on {invoice}.</source>
      <comment>cli.dispute.resolved</comment>
      <translation>Der Streitfall zu {invoice} ist geklärt.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{customer} has no disputes.</source>
      <comment>cli.disputes.none</comment>
      <translation>{customer} hat keine Streitfälle.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>open</source>
      <comment>cli.disputes.open</comment>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>whole open amount</source>
      <comment>cli.disputes.whole_amount</comment>
      <translation>gesamter offener Betrag</translation>
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
    <message numerus="yes">
      <location filename="../../arledger/cli/collections.py" />
      <source>; {n} chain head seen outside the file (witness files, printed letters) still matches</source>
      <comment>cli.evidence.anchors</comment>
      <extracomment>; {n} chain heads seen outside the file (witness files, printed letters) still match</extracomment>
      <translation>
        <numerusform>; {n} außerhalb der Datei festgehaltener Kettenkopf (Zeugendateien, gedruckte Schreiben) stimmt noch überein</numerusform>
        <numerusform>; {n} außerhalb der Datei festgehaltene Kettenköpfe (Zeugendateien, gedruckte Schreiben) stimmen noch überein</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: the evidence log is broken at event {seq}: {problem}.</source>
      <comment>cli.evidence.broken_at</comment>
      <translation>arledger: Das Beweisprotokoll ist bei Ereignis {seq} unterbrochen: {problem}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded correction {seq} of event {event}.</source>
      <comment>cli.evidence.corrected</comment>
      <translation>Berichtigung {seq} zu Ereignis {event} erfasst.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Chain head of {file}: event {seq}, {head}</source>
      <comment>cli.evidence.head</comment>
      <translation>Kettenkopf von {file}: Ereignis {seq}, {head}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>The evidence log is intact: {events} events; chain head {head} (event {last}). Every record matches the event that recorded it and every archived letter and attachment the SHA-256 in its event{anchors}.</source>
      <comment>cli.evidence.intact</comment>
      <translation>Das Beweisprotokoll ist unversehrt: {events} Ereignisse; Kettenkopf {head} (Ereignis {last}). Jeder Datensatz stimmt mit dem Ereignis überein, das ihn erfasst hat, und jedes archivierte Schreiben und jede Anlage mit der SHA-256 in ihrem Ereignis{anchors}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Keep this line somewhere the ledger's owner cannot change it (email it to yourself or to your accountant); `arledger evidence verify` on a later copy shows whether event {seq} still has this hash.</source>
      <comment>cli.evidence.keep_head</comment>
      <translation>Bewahren Sie diese Zeile dort auf, wo der Inhaber des Debitorenbuchs sie nicht ändern kann (senden Sie sie sich selbst oder Ihrem Steuerberater per E-Mail); `arledger evidence verify` auf einer späteren Kopie zeigt, ob Ereignis {seq} noch diesen Hashwert hat.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: note: {note}</source>
      <comment>cli.evidence.note</comment>
      <translation>arledger: Hinweis: {note}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: {problem}.</source>
      <comment>cli.evidence.problem</comment>
      <translation>arledger: {problem}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/collections.py" />
      <source>The evidence log cannot be relied on as it stands: {n} problem above (the first {events} events link correctly; head {head}).</source>
      <comment>cli.evidence.unreliable</comment>
      <extracomment>The evidence log cannot be relied on as it stands: {n} problems above (the first {events} events link correctly; head {head}).</extracomment>
      <translation>
        <numerusform>Auf das Beweisprotokoll ist so nicht Verlass: {n} Problem oben (die ersten {events} Ereignisse sind korrekt verkettet; Kettenkopf {head}).</numerusform>
        <numerusform>Auf das Beweisprotokoll ist so nicht Verlass: {n} Probleme oben (die ersten {events} Ereignisse sind korrekt verkettet; Kettenkopf {head}).</numerusform>
      </translation>
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
      <location filename="../../arledger/cli/export.py" />
      <source>{title} {count}</source>
      <comment>cli.export.sheet_rows</comment>
      <translation>{title} {count}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>as the customer</source>
      <comment>cli.flag.as_customer</comment>
      <translation>wie beim Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>no</source>
      <comment>cli.flag.no</comment>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>yes</source>
      <comment>cli.flag.yes</comment>
      <translation>ja</translation>
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
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>keep a document (contract, invoice copy, delivery note) as evidence</source>
      <comment>cli.help.attach</comment>
      <translation>ein Dokument (Vertrag, Rechnungskopie, Lieferschein) als Nachweis aufbewahren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>contract, invoice, delivery-note, scan ...</source>
      <comment>cli.help.attach.kind</comment>
      <translation>contract, invoice, delivery-note, scan …</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>write one archive: the ledger, its letters and attachments, SHA-256 sums</source>
      <comment>cli.help.backup</comment>
      <translation>ein Archiv schreiben: das Debitorenbuch, seine Schreiben und Anhänge, SHA-256-Prüfsummen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>the archive (default: &lt;ledger&gt;-backups/&lt;ledger&gt;-&lt;UTC time&gt;.zip beside the ledger)</source>
      <comment>cli.help.backup.output</comment>
      <translation>das Archiv (Standard: &lt;ledger&gt;-backups/&lt;ledger&gt;-&lt;UTC-Zeit&gt;.zip neben dem Debitorenbuch)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>collection cases: owner, stage and history</source>
      <comment>cli.help.case</comment>
      <translation>Inkassofälle: Zuständige, Phase und Verlauf</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>give a customer's case an owner (a user name)</source>
      <comment>cli.help.case.owner</comment>
      <translation>dem Fall eines Kunden eine zuständige Person geben (einen Benutzernamen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>owner, stage and history, risk tier with reasons, warnings, promise-kept rate</source>
      <comment>cli.help.case.show</comment>
      <translation>Zuständige, Phase und Verlauf, Risikostufe mit Gründen, Warnungen, Quote eingehaltener Zusagen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>move a case to a stage (an evidence event)</source>
      <comment>cli.help.case.stage</comment>
      <translation>einen Fall in eine Phase verschieben (ein Nachweisereignis)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>full integrity check, evidence chain and archived files</source>
      <comment>cli.help.check</comment>
      <translation>vollständige Integritätsprüfung, Nachweiskette und archivierte Dateien</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>contacts with debtors</source>
      <comment>cli.help.contact</comment>
      <translation>Kontakte mit Schuldnern</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>log a call, email, letter, visit, SMS or chat</source>
      <comment>cli.help.contact.log</comment>
      <translation>einen Anruf, eine E-Mail, ein Schreiben, einen Besuch, eine SMS oder einen Chat erfassen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>ISO timestamp (default: now)</source>
      <comment>cli.help.contact.log.at</comment>
      <translation>ISO-Zeitstempel (Standard: jetzt)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>invoice numbers, comma-separated</source>
      <comment>cli.help.contact.log.invoices</comment>
      <translation>Rechnungsnummern, durch Kommas getrennt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record despite a contact guard, with a reason</source>
      <comment>cli.help.contact.log.override</comment>
      <translation>trotz einer Kontaktsperre erfassen, mit Begründung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a customer's unapplied credit</source>
      <comment>cli.help.credit</comment>
      <translation>das nicht zugeordnete Guthaben eines Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>apply unapplied credit to open invoices, oldest first or the ones named</source>
      <comment>cli.help.credit.apply</comment>
      <translation>nicht zugeordnetes Guthaben mit offenen Rechnungen verrechnen, älteste zuerst oder die genannten</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>comma-separated, in the order to settle them</source>
      <comment>cli.help.credit.apply.invoices</comment>
      <translation>durch Kommas getrennt, in der Reihenfolge, in der sie ausgeglichen werden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record or reverse a credit note</source>
      <comment>cli.help.credit_note</comment>
      <translation>eine Gutschrift erfassen oder stornieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a credit note to an invoice, oldest first, split, or on account</source>
      <comment>cli.help.credit_note.add</comment>
      <translation>eine Gutschrift zu einer Rechnung, älteste zuerst, aufgeteilt oder auf das Konto</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>keep it as credit on the account</source>
      <comment>cli.help.credit_note.add.on_account</comment>
      <translation>als Guthaben auf dem Konto belassen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>reverse a credit note</source>
      <comment>cli.help.credit_note.reverse</comment>
      <translation>eine Gutschrift stornieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>add, edit or show a customer</source>
      <comment>cli.help.customer</comment>
      <translation>einen Kunden anlegen, ändern oder anzeigen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>add a customer (every field of the ledger, contact people, tags, flags)</source>
      <comment>cli.help.customer.add</comment>
      <translation>einen Kunden anlegen (jedes Feld des Debitorenbuchs, Ansprechpartner, Schlagwörter, Kennzeichen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>in the customer's currency; 'none' for no limit</source>
      <comment>cli.help.customer.credit_limit</comment>
      <translation>in der Währung des Kunden; 'none' für kein Limit</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>de: yes if the invoices tell a consumer of default 30 days after due (BGB 286(3))</source>
      <comment>cli.help.customer.default_notice</comment>
      <translation>de: yes, wenn die Rechnungen einen Verbraucher auf den Verzug 30 Tage nach Fälligkeit hinweisen (BGB § 286 Abs. 3)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>change a customer's fields (only those given)</source>
      <comment>cli.help.customer.edit</comment>
      <translation>Felder eines Kunden ändern (nur die angegebenen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the customer's current code</source>
      <comment>cli.help.customer.edit.customer</comment>
      <translation>der aktuelle Code des Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>yes or no (no new invoices without a reason)</source>
      <comment>cli.help.customer.on_hold</comment>
      <translation>yes oder no (keine neuen Rechnungen ohne Begründung)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>de: yes if payment dates are agreed by contract, so default starts the day after the due date (BGB 286(2) no. 1)</source>
      <comment>cli.help.customer.payment_date_agreed</comment>
      <translation>de: yes, wenn Zahlungstermine vertraglich vereinbart sind, sodass der Verzug am Tag nach der Fälligkeit beginnt (BGB § 286 Abs. 2 Nr. 1)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>a customer's contractual late-payment rate and fixed fee per invoice</source>
      <comment>cli.help.customer.set_contract</comment>
      <translation>vertraglicher Verzugszinssatz eines Kunden und feste Pauschale je Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>cn: LPR x this factor when no contract rate ('none' clears)</source>
      <comment>cli.help.customer.set_contract.lpr_factor</comment>
      <translation>cn: LPR mal diesem Faktor, wenn kein Vertragszinssatz gilt ('none' löscht ihn)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a customer's details, open balance, credit and entries</source>
      <comment>cli.help.customer.show</comment>
      <translation>Angaben eines Kunden, offener Saldo, Guthaben und Buchungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>comma-separated tags (replaces the list)</source>
      <comment>cli.help.customer.tags</comment>
      <translation>Schlagwörter, durch Kommas getrennt (ersetzt die Liste)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>yes or no</source>
      <comment>cli.help.customer.yes_or_no</comment>
      <translation>yes oder no</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a new code for the customer</source>
      <comment>cli.help.customer_options.code</comment>
      <translation>ein neuer Code für den Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a contact person (repeat for more; replaces the list when editing)</source>
      <comment>cli.help.customer_options.contact</comment>
      <translation>ein Ansprechpartner (für weitere wiederholen; ersetzt beim Ändern die Liste)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>de: the invoice told a consumer of default 30 days after due (BGB 286(3)) ('none': as the customer)</source>
      <comment>cli.help.default_options.default_notice</comment>
      <translation>de: die Rechnung hat einen Verbraucher auf den Verzug 30 Tage nach Fälligkeit hingewiesen (BGB § 286 Abs. 3) ('none': wie beim Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>de: the payment date was agreed by contract, so default starts the day after it (BGB 286(2) no. 1) ('none': as the customer)</source>
      <comment>cli.help.default_options.payment_date_agreed</comment>
      <translation>de: der Zahlungstermin war vertraglich vereinbart, sodass der Verzug am Tag danach beginnt (BGB § 286 Abs. 2 Nr. 1) ('none': wie beim Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>write a sample ledger to --ledger</source>
      <comment>cli.help.demo</comment>
      <translation>ein Beispiel-Debitorenbuch nach --ledger schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>the date the sample history ends on</source>
      <comment>cli.help.demo.today</comment>
      <translation>das Datum, an dem der Beispielverlauf endet</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>disputed invoices</source>
      <comment>cli.help.dispute</comment>
      <translation>strittige Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>disputes and how they stand</source>
      <comment>cli.help.dispute.list</comment>
      <translation>Streitfälle und ihr Stand</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>take an invoice out of escalation while disputed</source>
      <comment>cli.help.dispute.open</comment>
      <translation>eine Rechnung für die Dauer des Streits aus der Eskalation nehmen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>disputed part (default: all that is open)</source>
      <comment>cli.help.dispute.open.amount</comment>
      <translation>strittiger Teil (Standard: alles Offene)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>close an invoice's dispute</source>
      <comment>cli.help.dispute.resolve</comment>
      <translation>den Streit um eine Rechnung abschließen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>who was right: upheld (the debtor; the part never bears interest) or rejected (the creditor; it bears interest from the due date)</source>
      <comment>cli.help.dispute.resolve.outcome</comment>
      <translation>wer recht hatte: upheld (der Schuldner; der Teil wird nie verzinst) oder rejected (der Gläubiger; er wird ab Fälligkeit verzinst)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the mail server letters are sent through</source>
      <comment>cli.help.email</comment>
      <translation>der Mailserver, über den Schreiben versandt werden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>keep the mail server's password in the system keyring (read from stdin when it is not a terminal)</source>
      <comment>cli.help.email.password</comment>
      <translation>das Passwort des Mailservers im Schlüsselbund des Systems ablegen (von stdin gelesen, wenn es kein Terminal ist)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email the letter as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.email_options.email</comment>
      <translation>als PDF-Anhang per E-Mail senden; erfasst wird es erst, wenn der Mailserver es angenommen hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>with --email: record the letter and write its message as an .eml file in DIR for your own mail program instead of sending it</source>
      <comment>cli.help.email_options.eml_only</comment>
      <translation>mit --email: das Schreiben erfassen und seine Nachricht als .eml-Datei in DIR für Ihr eigenes Mailprogramm schreiben, statt sie zu senden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the tamper-evident evidence log</source>
      <comment>cli.help.evidence</comment>
      <translation>das manipulationssichere Nachweisprotokoll</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>print the chain head to keep outside the ledger (and add it to the witness files)</source>
      <comment>cli.help.evidence.anchor</comment>
      <translation>den Kettenkopf ausgeben, um ihn außerhalb des Debitorenbuchs aufzubewahren (und ihn den Zeugendateien hinzufügen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record a correction of an earlier event (the log itself is never edited)</source>
      <comment>cli.help.evidence.correct</comment>
      <translation>eine Berichtigung eines früheren Ereignisses erfassen (das Protokoll selbst wird nie geändert)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>what was wrong and what is right</source>
      <comment>cli.help.evidence.correct.note</comment>
      <translation>was falsch war und was richtig ist</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the event being corrected</source>
      <comment>cli.help.evidence.correct.seq</comment>
      <translation>das berichtigte Ereignis</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>events, newest first</source>
      <comment>cli.help.evidence.list</comment>
      <translation>Ereignisse, neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>check the chain, the records, the kept files and every head seen outside the file</source>
      <comment>cli.help.evidence.verify</comment>
      <translation>die Kette, die Datensätze, die aufbewahrten Dateien und jeden außerhalb der Datei gesehenen Kettenkopf prüfen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>export the ledger to a file for accountants</source>
      <comment>cli.help.export</comment>
      <translation>das Debitorenbuch für die Buchhaltung in eine Datei exportieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>Excel workbook: aging summary, open items, invoices, payments, customers</source>
      <comment>cli.help.export.xlsx</comment>
      <translation>Excel-Arbeitsmappe: Altersstruktur, offene Posten, Rechnungen, Zahlungen, Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>aging date (default: today)</source>
      <comment>cli.help.export.xlsx.as_of</comment>
      <translation>Stichtag der Altersstruktur (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>age by due date or invoice date</source>
      <comment>cli.help.export.xlsx.basis</comment>
      <translation>nach Fälligkeits- oder Rechnungsdatum gliedern</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>day boundaries, e.g. 30,90,180 (default: the ledger's)</source>
      <comment>cli.help.export.xlsx.buckets</comment>
      <translation>Tagesgrenzen, z. B. 30,90,180 (Standard: die des Debitorenbuchs)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>the .xlsx file to write (replaced if it exists)</source>
      <comment>cli.help.export.xlsx.file</comment>
      <translation>die zu schreibende .xlsx-Datei (wird ersetzt, falls vorhanden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>first day of the period for the Invoices and Payments sheets (default: all history)</source>
      <comment>cli.help.export.xlsx.from</comment>
      <translation>erster Tag des Zeitraums für die Blätter Rechnungen und Zahlungen (Standard: der ganze Verlauf)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>language of the headers and titles: en, zh or de (default: the environment's, as for messages); the import names row stays English</source>
      <comment>cli.help.export.xlsx.language</comment>
      <translation>Sprache der Überschriften und Titel: en, zh oder de (Standard: die der Umgebung, wie bei Meldungen); die Zeile der Importnamen bleibt englisch</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>last day of the period (default: the as-of date)</source>
      <comment>cli.help.export.xlsx.to</comment>
      <translation>letzter Tag des Zeitraums (Standard: der Stichtag)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>open the desktop app</source>
      <comment>cli.help.gui</comment>
      <translation>die Desktop-App öffnen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>the pack for a lawyer, agency or court: one indexed PDF and a CSV/JSON zip</source>
      <comment>cli.help.handover</comment>
      <translation>die Unterlagen für Anwalt, Inkassobüro oder Gericht: ein PDF mit Verzeichnis und ein CSV/JSON-Zip</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>folder for the pack</source>
      <comment>cli.help.handover.out</comment>
      <translation>Ordner für die Unterlagen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>import customers, invoices, payments, credit notes, write-offs or refunds (CSV, XLSX, IIF), or a bank statement</source>
      <comment>cli.help.import</comment>
      <translation>Kunden, Rechnungen, Zahlungen, Gutschriften, Abschreibungen oder Erstattungen (CSV, XLSX, IIF) oder einen Kontoauszug importieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>import a file that was imported before</source>
      <comment>cli.help.import.again</comment>
      <translation>eine bereits importierte Datei erneut importieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>invoices: import those that take a customer over the credit limit or are for a customer on hold; the reason is logged per invoice</source>
      <comment>cli.help.import.allow_over_limit</comment>
      <translation>Rechnungen: auch die importieren, die einen Kunden über das Kreditlimit bringen oder für einen gesperrten Kunden sind; die Begründung wird je Rechnung protokolliert</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>bank: record the lines accepted in this edited review file</source>
      <comment>cli.help.import.apply</comment>
      <translation>bank: die in dieser bearbeiteten Prüfdatei angenommenen Zeilen erfassen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>add customers the file names but the ledger does not have (each is listed)</source>
      <comment>cli.help.import.create_customers</comment>
      <translation>Kunden anlegen, die die Datei nennt, das Debitorenbuch aber nicht hat (jeder wird aufgeführt)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>date order: DMY, MDY or YMD (or a pattern like DD/MM/YYYY)</source>
      <comment>cli.help.import.date_format</comment>
      <translation>Datumsreihenfolge: DMY, MDY oder YMD (oder ein Muster wie DD/MM/YYYY)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>decimal separator '.' or ',' (or a locale: en_US, de_DE, fr_FR, de_CH)</source>
      <comment>cli.help.import.decimal</comment>
      <translation>Dezimaltrennzeichen '.' oder ',' (oder ein Gebietsschema: en_US, de_DE, fr_FR, de_CH)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Import a file all or nothing. Without --map/--profile/--preset/--detect the headers must be the field names and dates ISO. 'import bank FILE' reads camt.053/054, OFX/QFX, MT940 or a mapped CSV statement and proposes matches: --review writes them to a CSV to edit, --apply records the accepted lines as payments.</source>
      <comment>cli.help.import.description</comment>
      <translation>Eine Datei ganz oder gar nicht importieren. Ohne --map/--profile/--preset/--detect müssen die Überschriften die Feldnamen und die Daten im ISO-Format sein. 'import bank FILE' liest camt.053/054, OFX/QFX, MT940 oder einen zugeordneten CSV-Auszug und schlägt Zuordnungen vor: --review schreibt sie zur Bearbeitung in eine CSV-Datei, --apply erfasst die angenommenen Zeilen als Zahlungen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>propose the mapping, date order, number format and encoding from the file and use them (printed first)</source>
      <comment>cli.help.import.detect</comment>
      <translation>Zuordnung, Datumsreihenfolge, Zahlenformat und Zeichenkodierung aus der Datei ermitteln und verwenden (werden zuerst ausgegeben)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>check the file, change nothing</source>
      <comment>cli.help.import.dry_run</comment>
      <translation>die Datei prüfen, nichts ändern</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>text encoding (default: detected)</source>
      <comment>cli.help.import.encoding</comment>
      <translation>Zeichenkodierung (Standard: erkannt)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>map the file's columns to fields</source>
      <comment>cli.help.import.map</comment>
      <translation>die Spalten der Datei Feldern zuordnen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>the columns of a known tool's export</source>
      <comment>cli.help.import.preset</comment>
      <translation>die Spalten des Exports eines bekannten Programms</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>use the mapping saved under this name</source>
      <comment>cli.help.import.profile</comment>
      <translation>die unter diesem Namen gespeicherte Zuordnung verwenden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>bank: write the proposals here</source>
      <comment>cli.help.import.review</comment>
      <translation>bank: die Vorschläge hierhin schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>keep the mapping used under this name</source>
      <comment>cli.help.import.save_profile</comment>
      <translation>die verwendete Zuordnung unter diesem Namen speichern</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>the worksheet to read from an .xlsx file (default: the first visible one; a hidden sheet is read only when named)</source>
      <comment>cli.help.import.sheet</comment>
      <translation>das zu lesende Arbeitsblatt einer .xlsx-Datei (Standard: das erste sichtbare; ein ausgeblendetes Blatt wird nur gelesen, wenn es genannt ist)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>create an empty ledger (refuses to overwrite)</source>
      <comment>cli.help.init</comment>
      <translation>ein leeres Debitorenbuch anlegen (überschreibt nichts)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>your business's name, for the letterhead</source>
      <comment>cli.help.init.company</comment>
      <translation>der Name Ihres Unternehmens, für den Briefkopf</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>currency of new customers (default EUR)</source>
      <comment>cli.help.init.currency</comment>
      <translation>Währung neuer Kunden (Standard EUR)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>rule pack of new customers: uk, eu, de, cn, us, generic</source>
      <comment>cli.help.init.jurisdiction</comment>
      <translation>Regelwerk neuer Kunden: uk, eu, de, cn, us, generic</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>add arledger to the desktop's applications (Linux)</source>
      <comment>cli.help.install_desktop</comment>
      <translation>arledger zu den Anwendungen des Desktops hinzufügen (Linux)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>default: $XDG_DATA_HOME or ~/.local/share</source>
      <comment>cli.help.install_desktop.data_home</comment>
      <translation>Standard: $XDG_DATA_HOME oder ~/.local/share</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>late-payment interest and compensation</source>
      <comment>cli.help.interest</comment>
      <translation>Verzugszinsen und Pauschalen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>waive interest and/or compensation on an invoice, whole or part, with a reason</source>
      <comment>cli.help.interest.waive</comment>
      <translation>auf Zinsen und/oder Pauschale einer Rechnung ganz oder teilweise verzichten, mit Begründung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>amount of compensation to waive, or 'all'</source>
      <comment>cli.help.interest.waive.compensation</comment>
      <translation>Betrag der erlassenen Pauschale oder 'all'</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>amount of interest to waive, or 'all'</source>
      <comment>cli.help.interest.waive.interest</comment>
      <translation>Betrag der erlassenen Zinsen oder 'all'</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>date of the waiver (default today)</source>
      <comment>cli.help.interest.waive.on</comment>
      <translation>Datum des Verzichts (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>add, show or void an invoice</source>
      <comment>cli.help.invoice</comment>
      <translation>eine Rechnung erfassen, anzeigen oder stornieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record an invoice (refused over the credit limit or on hold unless a reason)</source>
      <comment>cli.help.invoice.add</comment>
      <translation>eine Rechnung erfassen (über dem Kreditlimit oder bei Sperre nur mit Begründung)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>raise it despite the credit limit or a hold; the reason is logged</source>
      <comment>cli.help.invoice.add.allow_over_limit</comment>
      <translation>trotz Kreditlimit oder Sperre ausstellen; die Begründung wird protokolliert</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>issue date</source>
      <comment>cli.help.invoice.add.date</comment>
      <translation>Rechnungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>due date (default: issue date + the customer's terms)</source>
      <comment>cli.help.invoice.add.due</comment>
      <translation>Fälligkeitsdatum (Standard: Rechnungsdatum + Zahlungsziel des Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the day the debtor received it (de: default 30 days after due date and receipt)</source>
      <comment>cli.help.invoice.add.received</comment>
      <translation>der Tag, an dem der Schuldner sie erhalten hat (de: Verzug 30 Tage nach Fälligkeit und Zugang)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>an invoice's own contractual rate and fee (win over the customer's)</source>
      <comment>cli.help.invoice.set_contract</comment>
      <translation>eigener Vertragszinssatz und eigene Pauschale einer Rechnung (gehen denen des Kunden vor)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>the day the debtor received an invoice (de: default 30 days after due date and receipt)</source>
      <comment>cli.help.invoice.set_received</comment>
      <translation>der Tag, an dem der Schuldner eine Rechnung erhalten hat (de: Verzug 30 Tage nach Fälligkeit und Zugang)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>the day it was received, YYYY-MM-DD ('none' clears it)</source>
      <comment>cli.help.invoice.set_received.on</comment>
      <translation>der Tag des Zugangs, JJJJ-MM-TT ('none' löscht ihn)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>an invoice and everything that settled it</source>
      <comment>cli.help.invoice.show</comment>
      <translation>eine Rechnung und alles, was sie ausgeglichen hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>void an invoice nothing settles (e.g. entered twice)</source>
      <comment>cli.help.invoice.void</comment>
      <translation>eine Rechnung stornieren, die nichts ausgleicht (z. B. doppelt erfasst)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>from when it is void (default: today)</source>
      <comment>cli.help.invoice.void.date</comment>
      <translation>ab wann sie storniert ist (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>ledger file (default: $ARLEDGER_LEDGER or the user data directory)</source>
      <comment>cli.help.ledger_option.ledger</comment>
      <translation>Debitorenbuch-Datei (Standard: $ARLEDGER_LEDGER oder das Benutzerdatenverzeichnis)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>letters: which are due, render one, send a batch</source>
      <comment>cli.help.letters</comment>
      <translation>Schreiben: welche fällig sind, eines erzeugen, einen Stapel senden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the repayment agreement of an instalment plan, for both sides to sign</source>
      <comment>cli.help.letters.agreement</comment>
      <translation>die Ratenzahlungsvereinbarung eines Ratenplans zur Unterschrift beider Seiten senden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.agreement.email</comment>
      <translation>als PDF-Anhang per E-Mail senden; erfasst wird es erst, wenn der Mailserver es angenommen hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.agreement.on</comment>
      <translation>Datum des Schreibens (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the plan's number (see 'arledger plan list')</source>
      <comment>cli.help.letters.agreement.plan</comment>
      <translation>die Nummer des Plans (siehe 'arledger plan list')</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.agreement.to</comment>
      <translation>Adresse(n), durch Kommas getrennt (Standard: die E-Mail-Adresse des Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send every letter that is due: one PDF each plus one to print</source>
      <comment>cli.help.letters.batch</comment>
      <translation>jedes fällige Schreiben senden: je ein PDF und eines zum Drucken</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send even where a reference rate is past the end of its table (the last rate is used)</source>
      <comment>cli.help.letters.batch.accept_stale_rates</comment>
      <translation>auch senden, wenn ein Referenzzinssatz über das Ende seiner Tabelle hinausgeht (der letzte Satz wird verwendet)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letters' date (default: today)</source>
      <comment>cli.help.letters.batch.on</comment>
      <translation>Datum der Schreiben (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>folder for the PDFs</source>
      <comment>cli.help.letters.batch.out</comment>
      <translation>Ordner für die PDFs</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send without asking (the summary is still printed)</source>
      <comment>cli.help.letters.batch.yes</comment>
      <translation>ohne Rückfrage senden (die Zusammenfassung wird trotzdem ausgegeben)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the written confirmation of a promise to pay (书面确认)</source>
      <comment>cli.help.letters.confirm_promise</comment>
      <translation>die schriftliche Bestätigung einer Zahlungszusage senden (书面确认)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.confirm_promise.email</comment>
      <translation>als PDF-Anhang per E-Mail senden; erfasst wird es erst, wenn der Mailserver es angenommen hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.confirm_promise.on</comment>
      <translation>Datum des Schreibens (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the promise's number (see 'arledger promise list')</source>
      <comment>cli.help.letters.confirm_promise.promise</comment>
      <translation>die Nummer der Zusage (siehe 'arledger promise list')</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.confirm_promise.to</comment>
      <translation>Adresse(n), durch Kommas getrennt (Standard: die E-Mail-Adresse des Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the level 0 courtesy reminder before invoices fall due (escalation_policy courtesy_reminder_days turns it on)</source>
      <comment>cli.help.letters.courtesy</comment>
      <translation>die Erinnerung der Stufe 0 vor Fälligkeit der Rechnungen senden (escalation_policy courtesy_reminder_days schaltet sie ein)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.courtesy.customer</comment>
      <translation>Kundencode</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.courtesy.email</comment>
      <translation>als PDF-Anhang per E-Mail senden; erfasst wird es erst, wenn der Mailserver es angenommen hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.courtesy.on</comment>
      <translation>Datum des Schreibens (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.courtesy.to</comment>
      <translation>Adresse(n), durch Kommas getrennt (Standard: die E-Mail-Adresse des Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record when a posted letter was delivered</source>
      <comment>cli.help.letters.delivered</comment>
      <translation>erfassen, wann ein versandtes Schreiben zugestellt wurde</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>e.g. who signed for it</source>
      <comment>cli.help.letters.delivered.note</comment>
      <translation>z. B. wer den Empfang quittiert hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day of delivery (from the tracking record)</source>
      <comment>cli.help.letters.delivered.on</comment>
      <translation>der Tag der Zustellung (laut Sendungsverfolgung)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>which letters are due, and why</source>
      <comment>cli.help.letters.due</comment>
      <translation>welche Schreiben fällig sind und warum</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>email a recorded letter as a PDF attachment (or write the .eml)</source>
      <comment>cli.help.letters.email</comment>
      <translation>ein erfasstes Schreiben als PDF-Anhang per E-Mail senden (oder die .eml schreiben)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>write the message as an .eml file for your own mail program; nothing is sent or recorded</source>
      <comment>cli.help.letters.email.eml_only</comment>
      <translation>die Nachricht als .eml-Datei für Ihr eigenes Mailprogramm schreiben; nichts wird gesendet oder erfasst</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.email.to</comment>
      <translation>Adresse(n), durch Kommas getrennt (Standard: die E-Mail-Adresse des Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record that a letter was posted, with its tracking number</source>
      <comment>cli.help.letters.post</comment>
      <translation>erfassen, dass ein Schreiben versandt wurde, mit Sendungsnummer</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day it was posted (default: today)</source>
      <comment>cli.help.letters.post.on</comment>
      <translation>der Tag des Versands (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the tracking or recorded-delivery number</source>
      <comment>cli.help.letters.post.tracking</comment>
      <translation>die Sendungs- oder Einschreibennummer</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>send a recorded letter (or any PDF) to a printer as it is: vector pages through the system's print spooler</source>
      <comment>cli.help.letters.print</comment>
      <translation>ein erfasstes Schreiben (oder ein beliebiges PDF) unverändert an einen Drucker senden: Vektorseiten über die Druckwarteschlange des Systems</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the customer's latest letter</source>
      <comment>cli.help.letters.print.customer</comment>
      <translation>das neueste Schreiben des Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>a PDF, e.g. a batch's combined file</source>
      <comment>cli.help.letters.print.file</comment>
      <translation>ein PDF, z. B. die Sammeldatei eines Stapels</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the letter's number</source>
      <comment>cli.help.letters.print.letter</comment>
      <translation>die Nummer des Schreibens</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>printer name (default: the system's default printer)</source>
      <comment>cli.help.letters.print.printer</comment>
      <translation>Druckername (Standard: der Standarddrucker des Systems)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>render a customer's letter to PDF, archive it and log it</source>
      <comment>cli.help.letters.render</comment>
      <translation>das Schreiben eines Kunden als PDF erzeugen, archivieren und protokollieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>attach (or with --no-appendix leave out) the evidence-log appendix; by default levels 3 and 4 carry it</source>
      <comment>cli.help.letters.render.appendix</comment>
      <translation>den Anhang mit dem Nachweisprotokoll beifügen (oder mit --no-appendix weglassen); standardmäßig haben ihn die Stufen 3 und 4</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.render.customer</comment>
      <translation>Kundencode</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send this level even if the policy has none due</source>
      <comment>cli.help.letters.render.level</comment>
      <translation>diese Stufe senden, auch wenn laut Richtlinie keine fällig ist</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.render.on</comment>
      <translation>Datum des Schreibens (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>also write the PDF here</source>
      <comment>cli.help.letters.render.output</comment>
      <translation>das PDF zusätzlich hierhin schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>write FILE only; archive and log nothing</source>
      <comment>cli.help.letters.render.preview</comment>
      <translation>nur FILE schreiben; nichts archivieren oder protokollieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send a customer's letter: archive and log it, by email with --email (recorded only once the mail server accepted it)</source>
      <comment>cli.help.letters.send</comment>
      <translation>das Schreiben eines Kunden senden: archivieren und protokollieren, mit --email per E-Mail (erfasst erst, wenn der Mailserver es angenommen hat)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>attach (or with --no-appendix leave out) the evidence-log appendix; by default levels 3 and 4 carry it</source>
      <comment>cli.help.letters.send.appendix</comment>
      <translation>den Anhang mit dem Nachweisprotokoll beifügen (oder mit --no-appendix weglassen); standardmäßig haben ihn die Stufen 3 und 4</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.send.customer</comment>
      <translation>Kundencode</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send this level even if the policy has none due</source>
      <comment>cli.help.letters.send.level</comment>
      <translation>diese Stufe senden, auch wenn laut Richtlinie keine fällig ist</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.send.on</comment>
      <translation>Datum des Schreibens (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.send.to</comment>
      <translation>Adresse(n), durch Kommas getrennt (Standard: die E-Mail-Adresse des Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the thank-you (and receipt) to a customer who had letters and has paid in full</source>
      <comment>cli.help.letters.thank_you</comment>
      <translation>Dank (und Quittung) an einen Kunden senden, der Schreiben erhalten und vollständig bezahlt hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.thank_you.customer</comment>
      <translation>Kundencode</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.thank_you.email</comment>
      <translation>als PDF-Anhang per E-Mail senden; erfasst wird es erst, wenn der Mailserver es angenommen hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.thank_you.on</comment>
      <translation>Datum des Schreibens (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.thank_you.to</comment>
      <translation>Adresse(n), durch Kommas getrennt (Standard: die E-Mail-Adresse des Kunden)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>limitation periods</source>
      <comment>cli.help.limitation</comment>
      <translation>Verjährungsfristen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>log an acknowledgment, a delivered demand, a suit, or negotiations starting or ending (they suspend the period in de)</source>
      <comment>cli.help.limitation.record</comment>
      <translation>ein Anerkenntnis, eine zugestellte Mahnung, eine Klage oder Beginn und Ende von Verhandlungen erfassen (in de hemmen sie die Frist)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>open the desktop app on a fresh sample ledger</source>
      <comment>cli.help.main.demo</comment>
      <translation>die Desktop-App mit einem neuen Beispiel-Debitorenbuch öffnen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>Accounts-receivable ledger and collections.</source>
      <comment>cli.help.main.description</comment>
      <translation>Debitorenbuch und Forderungsmanagement.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>ledger file (default: $ARLEDGER_LEDGER or the user data directory)</source>
      <comment>cli.help.main.ledger</comment>
      <translation>Debitorenbuch-Datei (Standard: $ARLEDGER_LEDGER oder das Benutzerdatenverzeichnis)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>show the program's version number and exit</source>
      <comment>cli.help.main.version</comment>
      <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the letters between the demands (courtesy reminders, promise confirmations, repayment agreements, thank-you letters): what was sent, and their post and delivery records</source>
      <comment>cli.help.notices</comment>
      <translation>die Schreiben zwischen den Mahnungen (Erinnerungen, Bestätigungen von Zusagen, Ratenzahlungsvereinbarungen, Dankschreiben): was gesendet wurde und ihre Versand- und Zustellnachweise</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record when a posted notice was delivered (a delivered repayment agreement restarts limitation where the rule pack says a delivered demand does)</source>
      <comment>cli.help.notices.delivered</comment>
      <translation>erfassen, wann eine versandte Mitteilung zugestellt wurde (eine zugestellte Ratenzahlungsvereinbarung lässt die Verjährung neu beginnen, wo das Regelwerk dies für eine zugestellte Mahnung vorsieht)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>e.g. who signed for it</source>
      <comment>cli.help.notices.delivered.note</comment>
      <translation>z. B. wer den Empfang quittiert hat</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day of delivery (from the tracking record)</source>
      <comment>cli.help.notices.delivered.on</comment>
      <translation>der Tag der Zustellung (laut Sendungsverfolgung)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the notices sent, newest first, with how each went (email, post, delivery)</source>
      <comment>cli.help.notices.list</comment>
      <translation>die gesendeten Mitteilungen, neueste zuerst, mit ihrem Weg (E-Mail, Post, Zustellung)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record that a notice was posted, with its tracking number</source>
      <comment>cli.help.notices.post</comment>
      <translation>erfassen, dass eine Mitteilung versandt wurde, mit Sendungsnummer</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day it was posted (default: today)</source>
      <comment>cli.help.notices.post.on</comment>
      <translation>der Tag des Versands (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the tracking or recorded-delivery number</source>
      <comment>cli.help.notices.post.tracking</comment>
      <translation>die Sendungs- oder Einschreibennummer</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record or reverse a payment</source>
      <comment>cli.help.payment</comment>
      <translation>eine Zahlung erfassen oder stornieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record a payment: oldest first, to one invoice, or split as the payer says</source>
      <comment>cli.help.payment.add</comment>
      <translation>eine Zahlung erfassen: älteste zuerst, auf eine Rechnung oder aufgeteilt, wie der Zahler angibt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>split it over invoices, e.g. INV-1:100,INV-2:50; 'none' keeps it all as credit</source>
      <comment>cli.help.payment.add.allocate</comment>
      <translation>auf Rechnungen aufteilen, z. B. INV-1:100,INV-2:50; 'none' belässt alles als Guthaben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>default: today</source>
      <comment>cli.help.payment.add.date</comment>
      <translation>Standard: heute</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>apply it to this invoice</source>
      <comment>cli.help.payment.add.invoice</comment>
      <translation>auf diese Rechnung anrechnen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>{methods} (kept as that, shown in the reader's language) or your own words</source>
      <comment>cli.help.payment.add.method</comment>
      <translation>{methods} (so gespeichert, in der Sprache des Lesers angezeigt) oder eigene Worte</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>reverse a payment (its invoices are open again from the date)</source>
      <comment>cli.help.payment.reverse</comment>
      <translation>eine Zahlung stornieren (ihre Rechnungen sind ab dem Datum wieder offen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the payment's id (see 'customer show')</source>
      <comment>cli.help.payment.reverse.id</comment>
      <translation>die ID der Zahlung (siehe 'customer show')</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>instalment plans</source>
      <comment>cli.help.plan</comment>
      <translation>Ratenpläne</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record an instalment plan</source>
      <comment>cli.help.plan.add</comment>
      <translation>einen Ratenplan erfassen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>DATE:AMOUNT pairs, e.g. 2025-07-01:500,2025-08-01:500</source>
      <comment>cli.help.plan.add.schedule</comment>
      <translation>Paare DATUM:BETRAG, z. B. 2025-07-01:500,2025-08-01:500</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>instalment plans and how they stand</source>
      <comment>cli.help.plan.list</comment>
      <translation>Ratenpläne und ihr Stand</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>promises to pay</source>
      <comment>cli.help.promise</comment>
      <translation>Zahlungszusagen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record a promise to pay</source>
      <comment>cli.help.promise.add</comment>
      <translation>eine Zahlungszusage erfassen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the promised payment date</source>
      <comment>cli.help.promise.add.date</comment>
      <translation>das zugesagte Zahlungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>when the promise was made (default: today)</source>
      <comment>cli.help.promise.add.promised_on</comment>
      <translation>wann die Zusage gegeben wurde (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>promises and how they stand</source>
      <comment>cli.help.promise.list</comment>
      <translation>Zahlungszusagen und ihr Stand</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>today's work queue, most important first</source>
      <comment>cli.help.queue</comment>
      <translation>die Arbeitsliste für heute, Wichtigstes zuerst</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>only the cases of this owner</source>
      <comment>cli.help.queue.owner</comment>
      <translation>nur die Fälle dieser zuständigen Person</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>pay back a customer's unapplied credit; 'refund reverse ID' undoes one</source>
      <comment>cli.help.refund</comment>
      <translation>nicht zugeordnetes Guthaben eines Kunden zurückzahlen; 'refund reverse ID' macht eine Erstattung rückgängig</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>'reverse' with the refund's id (see 'customer show') and --reason</source>
      <comment>cli.help.refund.action</comment>
      <translation>'reverse' mit der ID der Erstattung (siehe 'customer show') und --reason</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>required for a refund</source>
      <comment>cli.help.refund.amount</comment>
      <translation>für eine Erstattung erforderlich</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>whose credit to pay back (required for a refund)</source>
      <comment>cli.help.refund.customer</comment>
      <translation>wessen Guthaben zurückgezahlt wird (für eine Erstattung erforderlich)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>with 'reverse': the refund's id</source>
      <comment>cli.help.refund.id</comment>
      <translation>mit 'reverse': die ID der Erstattung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>why (required to reverse a refund)</source>
      <comment>cli.help.refund.reason</comment>
      <translation>warum (erforderlich, um eine Erstattung zu stornieren)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>reports</source>
      <comment>cli.help.report</comment>
      <translation>Berichte</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>aged receivables as of a date</source>
      <comment>cli.help.report.aging</comment>
      <translation>Forderungen nach Alter zu einem Stichtag</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>day boundaries, e.g. 30,90,180</source>
      <comment>cli.help.report.aging.buckets</comment>
      <translation>Tagesgrenzen, z. B. 30,90,180</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>only this customer code</source>
      <comment>cli.help.report.aging.customer</comment>
      <translation>nur dieser Kundencode</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>late-payment interest and compensation per invoice</source>
      <comment>cli.help.report.interest</comment>
      <translation>Verzugszinsen und Pauschalen je Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>DSO, CEI, recovery and promise-kept rates per currency</source>
      <comment>cli.help.report.kpi</comment>
      <translation>DSO, CEI, Einzugs- und Zusagenquoten je Währung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>overdue amount by reason x aging bucket x currency, and its monthly trend</source>
      <comment>cli.help.report.reasons</comment>
      <translation>überfälliger Betrag nach Grund × Altersklasse × Währung und sein monatlicher Verlauf</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>per case owner: accounts, contacts, promises, collected, days to collect</source>
      <comment>cli.help.report.team</comment>
      <translation>je zuständiger Person: Konten, Kontakte, Zusagen, Eingänge, Tage bis zum Eingang</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>restore an archive into a new ledger after checking every sum</source>
      <comment>cli.help.restore</comment>
      <translation>ein Archiv nach Prüfung jeder Prüfsumme in ein neues Debitorenbuch wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>the new ledger file (must not exist)</source>
      <comment>cli.help.restore.ledger</comment>
      <translation>die neue Debitorenbuch-Datei (darf nicht vorhanden sein)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>customer risk tiers</source>
      <comment>cli.help.risk</comment>
      <translation>Risikostufen der Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>assess every customer and store the tier the queue weighs tasks by</source>
      <comment>cli.help.risk.refresh</comment>
      <translation>jeden Kunden bewerten und die Stufe speichern, nach der die Arbeitsliste Aufgaben gewichtet</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the ledger's settings (policies, letterhead, buckets)</source>
      <comment>cli.help.settings</comment>
      <translation>die Einstellungen des Debitorenbuchs (Richtlinien, Briefkopf, Altersklassen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>every setting with its value</source>
      <comment>cli.help.settings.list</comment>
      <translation>jede Einstellung mit ihrem Wert</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>set one setting to a JSON value</source>
      <comment>cli.help.settings.set</comment>
      <translation>eine Einstellung auf einen JSON-Wert setzen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>settlement offers (discount and/or waiver, deadline, approver)</source>
      <comment>cli.help.settlement</comment>
      <translation>Vergleichsangebote (Nachlass und/oder Verzicht, Frist, Genehmigende)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>record the approval of an offer and release its letter</source>
      <comment>cli.help.settlement.approve</comment>
      <translation>die Genehmigung eines Angebots erfassen und sein Schreiben freigeben</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>offers and how they stand (decides those whose deadline has passed or are paid)</source>
      <comment>cli.help.settlement.list</comment>
      <translation>Angebote und ihr Stand (entscheidet über die, deren Frist abgelaufen ist oder die bezahlt sind)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>record an offer and write its letter (held back until approved when required)</source>
      <comment>cli.help.settlement.offer</comment>
      <translation>ein Angebot erfassen und sein Schreiben erstellen (zurückgehalten bis zur Genehmigung, falls erforderlich)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>amount off the principal</source>
      <comment>cli.help.settlement.offer.discount</comment>
      <translation>Nachlass auf die Hauptforderung</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>invoice numbers, comma-separated (default: all overdue)</source>
      <comment>cli.help.settlement.offer.invoices</comment>
      <translation>Rechnungsnummern, durch Kommas getrennt (Standard: alle überfälligen)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>why the concession is approved</source>
      <comment>cli.help.settlement.offer.reason</comment>
      <translation>warum das Entgegenkommen genehmigt wird</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>a customer's statement of account to PDF</source>
      <comment>cli.help.statement</comment>
      <translation>ein Kontoauszug eines Kunden als PDF</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.statement.customer</comment>
      <translation>Kundencode</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>first day (default: the first entry)</source>
      <comment>cli.help.statement.from</comment>
      <translation>erster Tag (Standard: die erste Buchung)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>last day (default: today)</source>
      <comment>cli.help.statement.to</comment>
      <translation>letzter Tag (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>mark a queue task done</source>
      <comment>cli.help.task</comment>
      <translation>eine Aufgabe der Arbeitsliste als erledigt markieren</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>fixed fee per invoice, e.g. 50 ('none' clears it)</source>
      <comment>cli.help.terms_options.fee</comment>
      <translation>feste Pauschale je Rechnung, z. B. 50 ('none' löscht sie)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>annual rate in percent, e.g. 12.5 ('none' clears it)</source>
      <comment>cli.help.terms_options.rate</comment>
      <translation>Jahreszinssatz in Prozent, z. B. 12.5 ('none' löscht ihn)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the customer's latest letter</source>
      <comment>cli.help.which_letter.customer</comment>
      <translation>das neueste Schreiben des Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the letter's number (see 'arledger evidence list')</source>
      <comment>cli.help.which_letter.letter</comment>
      <translation>die Nummer des Schreibens (siehe 'arledger evidence list')</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the customer's latest notice (of --kind, if given)</source>
      <comment>cli.help.which_notice.customer</comment>
      <translation>die neueste Mitteilung des Kunden (von --kind, falls angegeben)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the notice's number (see 'arledger notices list')</source>
      <comment>cli.help.which_notice.notice</comment>
      <translation>die Nummer der Mitteilung (siehe 'arledger notices list')</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>write off an invoice (whole or part); 'write-off reverse ID' undoes one</source>
      <comment>cli.help.write_off</comment>
      <translation>eine Rechnung (ganz oder teilweise) abschreiben; 'write-off reverse ID' macht eine Abschreibung rückgängig</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>part of the open amount (default: all of it)</source>
      <comment>cli.help.write_off.amount</comment>
      <translation>Teil des offenen Betrags (Standard: alles)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>with 'reverse': the write-off's id (see 'customer show')</source>
      <comment>cli.help.write_off.id</comment>
      <translation>mit 'reverse': die ID der Abschreibung (siehe 'customer show')</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the invoice to write off, or 'reverse'</source>
      <comment>cli.help.write_off.invoice</comment>
      <translation>die abzuschreibende Rechnung oder 'reverse'</translation>
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
      <location filename="../../arledger/cli/reports.py" />
      <source>  interest {interest} {currency} (waived {interest_waived}, claimed {interest_claimable}); compensation {compensation} {compensation_currency} (waived {compensation_waived}, claimed {compensation_claimable})</source>
      <comment>cli.interest.figures</comment>
      <translation>  Zinsen {interest} {currency} (erlassen {interest_waived}, gefordert {interest_claimable}); Entschädigung {compensation} {compensation_currency} (erlassen {compensation_waived}, gefordert {compensation_claimable})</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>Interest and compensation as of {date}</source>
      <comment>cli.interest.heading</comment>
      <translation>Zinsen und Entschädigung zum {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>{customer}  {invoice}  due {due}{state}  rule {rule}{barred}</source>
      <comment>cli.interest.invoice</comment>
      <translation>{customer}  {invoice}  fällig {due}{state}  Regel {rule}{barred}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source> open {amount} {currency}</source>
      <comment>cli.interest.open</comment>
      <translation> offen {amount} {currency}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source> (paid; interest and compensation remain)</source>
      <comment>cli.interest.paid</comment>
      <translation> (bezahlt; Zinsen und Entschädigung bleiben geschuldet)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>{mark} rate assumed unchanged past the end of the '{table}' table (last entry {last}); add the newer rates to that table.</source>
      <comment>cli.interest.stale_table</comment>
      <translation>{mark} Satz über das Ende der Tabelle „{table}“ hinaus als unverändert angenommen (letzter Eintrag {last}); bitte die neueren Sätze in diese Tabelle eintragen.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>  TIME-BARRED since {date}: listed, not claimed</source>
      <comment>cli.interest.time_barred</comment>
      <translation>  VERJÄHRT seit {date}: aufgeführt, nicht geltend gemacht</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>TOTAL {currency}: interest {interest}, compensation {compensation} (claimable; time-barred invoices left out)</source>
      <comment>cli.interest.total</comment>
      <translation>SUMME {currency}: Zinsen {interest}, Entschädigung {compensation} (forderbar; verjährte Rechnungen nicht enthalten)</translation>
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
      <source>  dispute {opened} ({reason}), {state}</source>
      <comment>cli.invoice.dispute</comment>
      <translation>  Streitfall seit {opened} ({reason}), {state}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>open</source>
      <comment>cli.invoice.dispute_open</comment>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>resolved {date}</source>
      <comment>cli.invoice.dispute_resolved</comment>
      <translation>geklärt am {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Invoice {number} for {customer} {name}</source>
      <comment>cli.invoice.heading</comment>
      <translation>Rechnung {number} an {customer} {name}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  issued {issued}, due {due}, {amount}{reference}</source>
      <comment>cli.invoice.issued</comment>
      <translation>  ausgestellt {issued}, fällig {due}, {amount}{reference}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  open {amount}{voided}</source>
      <comment>cli.invoice.open</comment>
      <translation>  offen {amount}{voided}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: its receipt is not recorded; the due date stands for it.</source>
      <comment>cli.invoice.receipt_cleared</comment>
      <translation>{number}: Der Zugang ist nicht erfasst; das Fälligkeitsdatum steht dafür.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: received on {received_on}.</source>
      <comment>cli.invoice.received</comment>
      <translation>{number}: zugegangen am {received_on}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>, reference {reference}</source>
      <comment>cli.invoice.reference</comment>
      <translation>, Referenz {reference}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Voided invoice {label} ({amount}); evidence event {event}.</source>
      <comment>cli.invoice.voided</comment>
      <translation>Rechnung {label} storniert ({amount}); Nachweisereignis {event}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>, voided {date}</source>
      <comment>cli.invoice.voided_on</comment>
      <translation>, storniert am {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>  {currency}: DSO {dso}  best DSO {best}  ADD {add}  CEI {cei}  recovery {recovery}  collection days {days}  bad debt {bad_debt}  promises kept {kept}</source>
      <comment>cli.kpi.currency</comment>
      <translation>  {currency}: DSO {dso}  bester DSO {best}  ADD {add}  CEI {cei}  Einbringungsquote {recovery}  Tage bis Eingang {days}  Forderungsausfall {bad_debt}  Zusagen eingehalten {kept}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>KPIs {start} to {end}</source>
      <comment>cli.kpi.heading</comment>
      <translation>Kennzahlen {start} bis {end}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>– (no promise fell due in the period)</source>
      <comment>cli.kpi.no_promises_due</comment>
      <translation>– (im Zeitraum wurde keine Zahlungszusage fällig)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/reports.py" />
      <source>  risk tiers: A {a}, B {b}, C {c}; {n} early warning</source>
      <comment>cli.kpi.risk</comment>
      <extracomment>  risk tiers: A {a}, B {b}, C {c}; {n} early warnings</extracomment>
      <translation>
        <numerusform>  Risikoklassen: A {a}, B {b}, C {c}; {n} Frühwarnung</numerusform>
        <numerusform>  Risikoklassen: A {a}, B {b}, C {c}; {n} Frühwarnungen</numerusform>
      </translation>
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
      <source>level {level} ({name})</source>
      <comment>cli.letters.level</comment>
      <translation>Stufe {level} ({name})</translation>
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
      <source>paused</source>
      <comment>cli.letters.paused</comment>
      <translation>pausiert</translation>
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
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded {kind} of {on} as evidence event {seq}.</source>
      <comment>cli.limitation.recorded</comment>
      <translation>{kind} vom {on} erfasst (Nachweisereignis {seq}).</translation>
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
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded notice {notice} as delivered on {on} (evidence event {event}){also}.</source>
      <comment>cli.notice_delivery.recorded</comment>
      <translation>Mitteilung {notice} als am {on} zugestellt erfasst (Nachweisereignis {event}){also}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>; it restarts limitation for the invoices it names</source>
      <comment>cli.notice_delivery.restarts</comment>
      <translation>; damit beginnt die Verjährung der darin genannten Rechnungen neu</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded notice {notice} as posted ({method}{tracking}) in evidence event {event}.</source>
      <comment>cli.notice_post.recorded</comment>
      <translation>Mitteilung {notice} als zur Post gegeben erfasst ({method}{tracking}), Nachweisereignis {event}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>archived, not yet sent out</source>
      <comment>cli.notices.archived</comment>
      <translation>archiviert, noch nicht versandt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>delivered {on}</source>
      <comment>cli.notices.delivered</comment>
      <translation>zugestellt am {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>emailed</source>
      <comment>cli.notices.emailed</comment>
      <translation>per E-Mail versandt</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>No notice has been sent.</source>
      <comment>cli.notices.none</comment>
      <translation>Es wurde noch keine Mitteilung versandt.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>posted ({method}{tracking})</source>
      <comment>cli.notices.posted</comment>
      <translation>zur Post gegeben ({method}{tracking})</translation>
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
      <source>(letter held back)</source>
      <comment>cli.offer.letter_held_back</comment>
      <translation>(Schreiben zurückgehalten)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{id}  {customer} offered {offered_on}  deadline {deadline}  pay {amount} instead of the full claim (gives up {concession})  {outcome}</source>
      <comment>cli.offer.line</comment>
      <translation>{id}  {customer} angeboten am {offered_on}  Frist {deadline}  {amount} statt der vollen Forderung zahlen (Verzicht auf {concession})  {outcome}</translation>
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
      <source>Mail server password:</source>
      <comment>cli.password_prompt</comment>
      <translation>Passwort des Mailservers:</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>The password is kept in the system keyring (not in the ledger).</source>
      <comment>cli.password_stored</comment>
      <translation>Das Passwort liegt im Schlüsselbund des Systems (nicht im Debitorenbuch).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded instalment plan {plan} with {n} instalment.</source>
      <comment>cli.plan.recorded</comment>
      <extracomment>Recorded instalment plan {plan} with {n} instalments.</extracomment>
      <translation>
        <numerusform>Ratenplan {plan} mit {n} Rate erfasst.</numerusform>
        <numerusform>Ratenplan {plan} mit {n} Raten erfasst.</numerusform>
      </translation>
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
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: {problem}</source>
      <comment>cli.problem</comment>
      <translation>arledger: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>--save-profile needs a mapping to save (--map, --preset or --detect).</source>
      <comment>cli.profile_needs_mapping</comment>
      <translation>--save-profile braucht eine Zuordnung zum Speichern (--map, --preset oder --detect).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded promise {id}: {amount} {currency} by {due}.</source>
      <comment>cli.promise.recorded</comment>
      <translation>Zahlungszusage {id} erfasst: {amount} {currency} bis {due}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Nothing to do today.</source>
      <comment>cli.queue.empty</comment>
      <translation>Heute ist nichts zu tun.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Overdue by reason on {date}</source>
      <comment>cli.reasons.heading</comment>
      <translation>Überfällig nach Grund zum {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Nothing is overdue on that date.</source>
      <comment>cli.reasons.nothing</comment>
      <translation>An diesem Tag ist nichts überfällig.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Trend (overdue at each month end)</source>
      <comment>cli.reasons.trend</comment>
      <translation>Verlauf (überfällig zum jeweiligen Monatsende)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Refunded {amount} to {customer} (refund {id}).</source>
      <comment>cli.refund.done</comment>
      <translation>{amount} an {customer} erstattet (Erstattung {id}).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Give the refund's id: arledger refund reverse ID --reason ...</source>
      <comment>cli.refund_id</comment>
      <translation>Geben Sie die Nummer der Erstattung an: arledger refund reverse ID --reason ...</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>A refund needs --{option}.</source>
      <comment>cli.refund_needs</comment>
      <translation>Eine Erstattung braucht --{option}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>'{text}' is not expected; a refund takes --customer and --amount.</source>
      <comment>cli.refund_unexpected_id</comment>
      <translation>'{text}' wird nicht erwartet; eine Erstattung nimmt --customer und --amount.</translation>
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
      <location filename="../../arledger/cli/collections.py" />
      <source>Risk tiers stored: A {a}, B {b}, C {c}.</source>
      <comment>cli.risk.stored</comment>
      <translation>Risikostufen gespeichert: A {a}, B {b}, C {c}.</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>(default)</source>
      <comment>cli.settings.default</comment>
      <translation>(Standard)</translation>
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
      <location filename="../../arledger/cli/cases.py" />
      <source>Team {start} to {end}</source>
      <comment>cli.team.heading</comment>
      <translation>Team {start} bis {end}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>(unassigned)</source>
      <comment>cli.team.unassigned</comment>
      <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>TOTAL</source>
      <comment>cli.total</comment>
      <translation>SUMME</translation>
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
      <source>An attorney represents {customer}; contact the attorney instead of sending {noun}.</source>
      <comment>compliance.attorney_on_record</comment>
      <translation>{customer} ist anwaltlich vertreten; wenden Sie sich an den Anwalt, statt {noun} an den Kunden zu richten.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/compliance.py" />
      <source>{n} call in the last {days} reaches the limit of {limit}; the next call is allowed from {frees} UTC.</source>
      <comment>compliance.call_cap</comment>
      <extracomment>{n} calls in the last {days} reach the limit of {limit}; the next call is allowed from {frees} UTC.</extracomment>
      <translation>
        <numerusform>{n} Anruf in den letzten {days} erreicht die Grenze von {limit}; der nächste Anruf ist ab {frees} UTC erlaubt.</numerusform>
        <numerusform>{n} Anrufe in den letzten {days} erreichen die Grenze von {limit}; der nächste Anruf ist ab {frees} UTC erlaubt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>Outside contact hours: {local} in {zone}; {noun} allowed from {start} ({opens} UTC).</source>
      <comment>compliance.contact_hours</comment>
      <translation>Außerhalb der Kontaktzeiten: {local} in {zone}; {noun} sind ab {start} erlaubt ({opens} UTC).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>A conversation with this individual on {on} UTC ({outcome}) pauses calls for {days}, until {until} UTC.</source>
      <comment>compliance.conversation_pause</comment>
      <translation>Ein Gespräch mit dieser Privatperson am {on} UTC ({outcome}) pausiert Anrufe für {days}, bis {until} UTC.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/compliance.py" />
      <source>{n} day</source>
      <comment>compliance.days</comment>
      <extracomment>{n} days</extracomment>
      <translation>
        <numerusform>{n} Tag</numerusform>
        <numerusform>{n} Tage</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>{customer} asked not to be contacted; no {noun} until the flag is cleared.</source>
      <comment>compliance.do_not_contact</comment>
      <translation>{customer} hat gebeten, nicht kontaktiert zu werden; keine {noun}, bis die Markierung aufgehoben ist.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>The contact time must carry a time zone (use UTC).</source>
      <comment>compliance.naive_time</comment>
      <translation>Der Kontaktzeitpunkt muss eine Zeitzone tragen (verwenden Sie UTC).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>chat messages</source>
      <comment>compliance.noun.chat</comment>
      <translation>Chat-Nachrichten</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>emails</source>
      <comment>compliance.noun.email</comment>
      <translation>E-Mails</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>letters</source>
      <comment>compliance.noun.letter</comment>
      <translation>Briefe</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>calls</source>
      <comment>compliance.noun.phone</comment>
      <translation>Anrufe</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>text messages</source>
      <comment>compliance.noun.sms</comment>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>visits</source>
      <comment>compliance.noun.visit</comment>
      <translation>Besuche</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>{customer} has an open dispute; no {noun} until it is resolved (letters may claim the undisputed part).</source>
      <comment>compliance.open_dispute</comment>
      <translation>{customer} hat einen offenen Streitfall; keine {noun}, bis er geklärt ist (Schreiben dürfen den unstrittigen Teil fordern).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>'{name}' is not a known time zone; use a name like Europe/Berlin.</source>
      <comment>compliance.unknown_zone</comment>
      <translation>'{name}' ist keine bekannte Zeitzone; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Unapplied credit: {now} now, {after} after the refund.</source>
      <comment>confirm.refund.credit</comment>
      <translation>Nicht zugeordnetes Guthaben: jetzt {now}, nach der Erstattung {after}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Pay back {amount} to {code} {name} on {on}.</source>
      <comment>confirm.refund.line</comment>
      <translation>{amount} an {code} {name} am {on} zurückzahlen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>{code} has {amount} open on invoices; the credit could be applied to them instead of refunded.</source>
      <comment>confirm.refund.owed</comment>
      <translation>{code} hat {amount} offen auf Rechnungen; das Guthaben könnte stattdessen mit ihnen verrechnet werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Refund credit to {code}</source>
      <comment>confirm.refund.title</comment>
      <translation>Guthaben an {code} erstatten</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Reverse {entry} of {amount} dated {date}.</source>
      <comment>confirm.reverse.line</comment>
      <translation>{entry} über {amount} vom {date} stornieren.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Reverse {entry} of {amount} dated {date}; it is unapplied credit again from {on}.</source>
      <comment>confirm.reverse.refund</comment>
      <translation>{entry} über {amount} vom {date} stornieren; ab {on} ist es wieder nicht zugeordnetes Guthaben.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Invoice {number}: {amount} open again from {on}.</source>
      <comment>confirm.reverse.reopened</comment>
      <translation>Rechnung {number}: {amount} ab {on} wieder offen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Reverse {entry}</source>
      <comment>confirm.reverse.title</comment>
      <translation>{entry} stornieren</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Void invoice {number} of {amount}, issued {issued}; it is no longer owed from {on}.</source>
      <comment>confirm.void.line</comment>
      <translation>Rechnung {number} über {amount}, ausgestellt am {issued}, annullieren; ab {on} ist sie nicht mehr geschuldet.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Void invoice {number}</source>
      <comment>confirm.void.title</comment>
      <translation>Rechnung {number} annullieren</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Invoice {number} is in dispute since {since} ({reason}).</source>
      <comment>confirm.warning.dispute</comment>
      <translation>Rechnung {number} ist seit {since} bestritten ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Invoice {number} is in dispute since {since} ({reason}: {note}).</source>
      <comment>confirm.warning.dispute_noted</comment>
      <translation>Rechnung {number} ist seit {since} bestritten ({reason}: {note}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>A promise to pay {amount} by {due} is pending.</source>
      <comment>confirm.warning.promise</comment>
      <translation>Eine Zahlungszusage über {amount} bis {due} ist offen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Write off {amount} of invoice {number} ({open} open).</source>
      <comment>confirm.write_off.line</comment>
      <translation>{amount} von Rechnung {number} abschreiben ({open} offen).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/entries.py" />
      <source>Write off {n} invoice</source>
      <comment>confirm.write_off.title</comment>
      <extracomment>Write off {n} invoices</extracomment>
      <translation>
        <numerusform>{n} Rechnung abschreiben</numerusform>
        <numerusform>{n} Rechnungen abschreiben</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/contacts.py" />
      <source>{violations} Nothing was logged; give an override reason to record it anyway.</source>
      <comment>contact.guard_refused</comment>
      <translation>{violations} Es wurde nichts erfasst; geben Sie einen Grund für die Ausnahme an, um den Kontakt trotzdem zu erfassen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/contacts.py" />
      <source>A contact needs a summary of what was said or sent.</source>
      <comment>contact.no_summary</comment>
      <translation>Ein Kontakt braucht eine Zusammenfassung dessen, was gesagt oder gesendet wurde.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/credit_control.py" />
      <source>Customer {customer} is on hold; no new invoice should be raised for them.</source>
      <comment>credit.on_hold</comment>
      <translation>Der Kunde {customer} ist gesperrt; für ihn sollte keine neue Rechnung gestellt werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/credit_control.py" />
      <source>Invoice takes customer {customer} to {total}, over the credit limit of {limit}.</source>
      <comment>credit.over_limit</comment>
      <translation>Die Rechnung bringt den Kunden {customer} auf {total}, über das Kreditlimit von {limit}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/credit_control.py" />
      <source>Invoice {number} takes customer {customer} to {total}, over the credit limit of {limit}.</source>
      <comment>credit.over_limit_invoice</comment>
      <translation>Die Rechnung {number} bringt den Kunden {customer} auf {total}, über das Kreditlimit von {limit}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{country}' is not a country; use a two-letter code such as GB, DE or CN.</source>
      <comment>customer.bad_country</comment>
      <translation>'{country}' ist kein Land; verwenden Sie einen zweistelligen Code wie GB, DE oder CN.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{part}' is not 'INVOICE:AMOUNT' in '{field}'.</source>
      <comment>customer.bad_invoice_amount</comment>
      <translation>'{part}' ist nicht 'RECHNUNG:BETRAG' in '{field}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{tier}' is not a risk tier; use A, B or C.</source>
      <comment>customer.bad_risk_tier</comment>
      <translation>'{tier}' ist keine Risikostufe; verwenden Sie A, B oder C.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>contact person {k} has no name; write 'name | role | phone | email'.</source>
      <comment>customer.contact_no_name</comment>
      <translation>Ansprechpartner {k} hat keinen Namen; schreiben Sie 'Name | Funktion | Telefon | E-Mail'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>contact person {k} has {parts} parts; write 'name | role | phone | email'.</source>
      <comment>customer.contact_parts</comment>
      <translation>Ansprechpartner {k} hat {parts} Teile; schreiben Sie 'Name | Funktion | Telefon | E-Mail'.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>company</source>
      <comment>customer.kind.company</comment>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>individual</source>
      <comment>customer.kind.individual</comment>
      <translation>Privatperson</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>sole trader</source>
      <comment>customer.kind.sole_trader</comment>
      <translation>Einzelunternehmer</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{text}' is not yes or no for '{field}'.</source>
      <comment>customer.not_yes_no</comment>
      <translation>'{text}' ist nicht yes oder no für '{field}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>There is no customer with code '{code}'.</source>
      <comment>customer.unknown_code</comment>
      <translation>Es gibt keinen Kunden mit der Nummer '{code}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>There is no customer with id {cid}.</source>
      <comment>customer.unknown_id</comment>
      <translation>Es gibt keinen Kunden mit der ID {cid}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/demo.py" />
      <source>A demo ledger needs at least one customer and zero or more invoices.</source>
      <comment>demo.bad_size</comment>
      <translation>Ein Demo-Debitorenbuch braucht mindestens einen Kunden und null oder mehr Rechnungen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/desktop.py" />
      <source>The program to launch must be given by its full path.</source>
      <comment>desktop.relative_program</comment>
      <translation>Das zu startende Programm muss mit seinem vollständigen Pfad angegeben werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} is already recorded as delivered on {delivered_on}.</source>
      <comment>dispatch.already_delivered</comment>
      <translation>Schreiben {letter_id} ist bereits als am {delivered_on} zugestellt erfasst.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>'{address}' is not an email address.</source>
      <comment>dispatch.bad_email_address</comment>
      <translation>'{address}' ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>'{method}' is not a way of posting; use {post_methods}.</source>
      <comment>dispatch.bad_post_method</comment>
      <translation>'{method}' ist keine Versandart; verwenden Sie {post_methods}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} is dated {sent_on}; it cannot have been delivered on {on}.</source>
      <comment>dispatch.delivered_before_letter</comment>
      <translation>Schreiben {letter_id} ist auf den {sent_on} datiert; es kann nicht am {on} zugestellt worden sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>{on} is in the future; record a delivery once it has happened.</source>
      <comment>dispatch.delivery_in_future</comment>
      <translation>{on} liegt in der Zukunft; erfassen Sie eine Zustellung erst, wenn sie erfolgt ist.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.bcc_self must be true or false.</source>
      <comment>dispatch.email_bcc_self</comment>
      <translation>email.bcc_self muss true oder false sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.from must be the address letters are sent from, e.g. accounts@example.com.</source>
      <comment>dispatch.email_from</comment>
      <translation>email.from muss die Absenderadresse der Schreiben sein, z. B. accounts@example.com.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.host must be the name of your mail server, e.g. smtp.example.com.</source>
      <comment>dispatch.email_host</comment>
      <translation>email.host muss der Name Ihres Mailservers sein, z. B. smtp.example.com.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email must be a JSON object, e.g. {{"host": "smtp.example.com", "port": 587, "security": "starttls", "user": "me@example.com", "from": "me@example.com"}}.</source>
      <comment>dispatch.email_not_object</comment>
      <translation>email muss ein JSON-Objekt sein, z. B. {{"host": "smtp.example.com", "port": 587, "security": "starttls", "user": "me@example.com", "from": "me@example.com"}}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.port must be a whole number from 1 to 65535.</source>
      <comment>dispatch.email_port</comment>
      <translation>email.port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.reply_to must be an email address.</source>
      <comment>dispatch.email_reply_to</comment>
      <translation>email.reply_to muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.security must be starttls, tls or none.</source>
      <comment>dispatch.email_security</comment>
      <translation>email.security muss starttls, tls oder none sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.{name} must be text of at most 320 characters.</source>
      <comment>dispatch.email_text_too_long</comment>
      <translation>email.{name} muss Text mit höchstens 320 Zeichen sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.timeout must be a number of seconds from 1 to 600.</source>
      <comment>dispatch.email_timeout</comment>
      <translation>email.timeout muss eine Anzahl Sekunden von 1 bis 600 sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email has no field '{unknown}'; it takes host, port, security, user, from, reply_to, bcc_self and timeout.</source>
      <comment>dispatch.email_unknown_field</comment>
      <translation>email hat kein Feld '{unknown}'; es kennt host, port, security, user, from, reply_to, bcc_self und timeout.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Cannot create the folder {out_dir}: {reason}.</source>
      <comment>dispatch.folder_failed</comment>
      <translation>Der Ordner {out_dir} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The system keyring refused the password ({reason}).</source>
      <comment>dispatch.keyring_refused</comment>
      <translation>Der Schlüsselbund des Systems hat das Passwort abgelehnt ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The system keyring could not be read ({reason}).</source>
      <comment>dispatch.keyring_unreadable</comment>
      <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>{customer_code} has no email address; add one to the customer or give --to.</source>
      <comment>dispatch.no_email_address</comment>
      <translation>{customer_code} hat keine E-Mail-Adresse; ergänzen Sie eine beim Kunden oder geben Sie --to an.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The system keyring is not available, so the mail password cannot be kept.</source>
      <comment>dispatch.no_keyring</comment>
      <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann das Mail-Passwort nicht aufbewahrt werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>There is no letter {letter_id}.</source>
      <comment>dispatch.no_letter</comment>
      <translation>Es gibt kein Schreiben {letter_id}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>No mail server is set up; set one with arledger settings set email '{{"host": "...", "port": 587, "security": "starttls", "user": "...", "from": "..."}}'.</source>
      <comment>dispatch.no_mail_server</comment>
      <translation>Es ist kein Mailserver eingerichtet; richten Sie einen ein mit arledger settings set email '{{"host": "...", "port": 587, "security": "starttls", "user": "...", "from": "..."}}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>No password is kept for {user} at {host}; store one with 'arledger email password'.</source>
      <comment>dispatch.no_password</comment>
      <translation>Für {user} bei {host} ist kein Passwort hinterlegt; speichern Sie eines mit 'arledger email password'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} has no archived PDF, so it cannot be sent.</source>
      <comment>dispatch.no_pdf</comment>
      <translation>Schreiben {letter_id} hat kein archiviertes PDF und kann daher nicht versendet werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} has no record of being posted; record the posting first.</source>
      <comment>dispatch.not_posted</comment>
      <translation>Für Schreiben {letter_id} ist kein Versand erfasst; erfassen Sie zuerst den Versand.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>No letter has been sent to {customer_code} yet.</source>
      <comment>dispatch.nothing_sent</comment>
      <translation>An {customer_code} wurde noch kein Schreiben versendet.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The archived PDF of letter {letter_id} does not match its recorded SHA-256; it is not sent.</source>
      <comment>dispatch.pdf_hash_differs</comment>
      <translation>Das archivierte PDF von Schreiben {letter_id} stimmt nicht mit seinem erfassten SHA-256 überein; es wird nicht versendet.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The archived PDF of letter {letter_id} is missing ({path}).</source>
      <comment>dispatch.pdf_missing</comment>
      <translation>Das archivierte PDF von Schreiben {letter_id} fehlt ({path}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} is dated {sent_on}; it cannot have been posted on {day}.</source>
      <comment>dispatch.posted_before_letter</comment>
      <translation>Schreiben {letter_id} ist auf den {sent_on} datiert; es kann nicht am {day} versandt worden sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{day} is in the future; record a posting once it has happened.</source>
      <comment>dispatch.posting_in_future</comment>
      <translation>{day} liegt in der Zukunft; erfassen Sie den Versand erst, wenn er erfolgt ist.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} closed the connection ({reason}).</source>
      <comment>dispatch.smtp_closed</comment>
      <translation>Der Mailserver {host} hat die Verbindung geschlossen ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} did not accept the user name and password.</source>
      <comment>dispatch.smtp_login_refused</comment>
      <translation>Der Mailserver {host} hat Benutzername und Passwort nicht angenommen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} does not offer {security} or login; check email.security.</source>
      <comment>dispatch.smtp_no_security</comment>
      <translation>Der Mailserver {host} bietet kein {security} oder keine Anmeldung an; prüfen Sie email.security.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} did not take the message ({reason}).</source>
      <comment>dispatch.smtp_not_taken</comment>
      <translation>Der Mailserver {host} hat die Nachricht nicht angenommen ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server refused the recipient {who}; nothing was sent.</source>
      <comment>dispatch.smtp_recipient_refused</comment>
      <translation>Der Mailserver hat den Empfänger {who} abgelehnt; es wurde nichts versendet.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server refused the sender address {sender}.</source>
      <comment>dispatch.smtp_sender_refused</comment>
      <translation>Der Mailserver hat die Absenderadresse {sender} abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server refused {who}; the letter was not sent to them.</source>
      <comment>dispatch.smtp_some_refused</comment>
      <translation>Der Mailserver hat {who} abgelehnt; das Schreiben ging nicht an sie.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host}:{port} did not answer in time.</source>
      <comment>dispatch.smtp_timeout</comment>
      <translation>Der Mailserver {host}:{port} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>A secure connection to {host} failed ({reason}).</source>
      <comment>dispatch.smtp_tls_failed</comment>
      <translation>Eine sichere Verbindung zu {host} ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host}:{port} cannot be reached ({reason}).</source>
      <comment>dispatch.smtp_unreachable</comment>
      <translation>Der Mailserver {host}:{port} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>A {method} letter needs its tracking number (--tracking).</source>
      <comment>dispatch.tracking_needed</comment>
      <translation>Ein Schreiben per {method} braucht seine Sendungsnummer (--tracking).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>A tracking number has at most 64 characters.</source>
      <comment>dispatch.tracking_too_long</comment>
      <translation>Eine Sendungsnummer hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Cannot write {target}: {reason}.</source>
      <comment>dispatch.write_failed</comment>
      <translation>{target} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Invoice {number} already has an open dispute; resolve it first.</source>
      <comment>dispute.already_open</comment>
      <translation>Zu Rechnung {number} gibt es bereits einen offenen Streitfall; klären Sie ihn zuerst.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>The disputed amount must be more than zero and at most the open {open_now}.</source>
      <comment>dispute.amount_range</comment>
      <translation>Der strittige Betrag muss größer als null sein und darf den offenen Betrag von {open_now} nicht übersteigen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Invoice {number} is settled; there is nothing open to dispute.</source>
      <comment>dispute.invoice_settled</comment>
      <translation>Rechnung {number} ist beglichen; es ist nichts Offenes mehr zu bestreiten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Say how the dispute was resolved.</source>
      <comment>dispute.no_resolution</comment>
      <translation>Geben Sie an, wie der Streitfall geklärt wurde.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Invoice {number} has no open dispute.</source>
      <comment>dispute.none_open</comment>
      <translation>Zu Rechnung {number} gibt es keinen offenen Streitfall.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>delivery</source>
      <comment>dispute.reason.delivery</comment>
      <translation>Lieferung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>other</source>
      <comment>dispute.reason.other</comment>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>already paid</source>
      <comment>dispute.reason.paid</comment>
      <translation>bereits bezahlt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>price</source>
      <comment>dispute.reason.price</comment>
      <translation>Preis</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>quality</source>
      <comment>dispute.reason.quality</comment>
      <translation>Qualität</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>The dispute was opened on {opened_on}; it cannot be resolved before that.</source>
      <comment>dispute.resolved_before_opened</comment>
      <translation>Der Streitfall wurde am {opened_on} eröffnet; er kann nicht davor geklärt werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>'{outcome}' is not a dispute outcome; use upheld or rejected.</source>
      <comment>dispute.unknown_outcome</comment>
      <translation>'{outcome}' ist kein Ergebnis eines Streitfalls; verwenden Sie upheld oder rejected.</translation>
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
      <source>{number} was paid after its due date and {owed} of interest and compensation is still owed, {days} days after the due date</source>
      <comment>dunning.item_claim_only</comment>
      <translation>{number} wurde nach Fälligkeit bezahlt, und {owed} an Zinsen und Pauschale sind noch offen, {days} Tage nach Fälligkeit</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{head}; level {level} ({name}) due at {due_days} days{capped}{more}.</source>
      <comment>dunning.item_level</comment>
      <translation>{head}; Stufe {level} ({name}) fällig ab {due_days} Tagen{capped}{more}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{head}; level 1 ({name}) is due at {due_days} days{more}.</source>
      <comment>dunning.item_not_yet</comment>
      <translation>{head}; Stufe 1 ({name}) ist ab {due_days} Tagen fällig{more}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{number} is {days} days overdue</source>
      <comment>dunning.item_overdue</comment>
      <translation>{number} ist {days} Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Final demand</source>
      <comment>dunning.level.final_demand</comment>
      <translation>Letzte Mahnung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Formal demand</source>
      <comment>dunning.level.formal_demand</comment>
      <translation>2. Mahnung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Friendly reminder</source>
      <comment>dunning.level.friendly_reminder</comment>
      <translation>Zahlungserinnerung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Second reminder</source>
      <comment>dunning.level.second_reminder</comment>
      <translation>1. Mahnung</translation>
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
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>final demand</source>
      <comment>dunning.level_phrase.final_demand</comment>
      <translation>Letzte Mahnung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>formal demand</source>
      <comment>dunning.level_phrase.formal_demand</comment>
      <translation>2. Mahnung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>friendly reminder</source>
      <comment>dunning.level_phrase.friendly_reminder</comment>
      <translation>Zahlungserinnerung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>second reminder</source>
      <comment>dunning.level_phrase.second_reminder</comment>
      <translation>1. Mahnung</translation>
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
      <location filename="../../arledger/services/letter_document.py" />
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
      <location filename="../../arledger/services/escalation.py" />
      <source>{number} is disputed.</source>
      <comment>dunning.pause.disputed</comment>
      <translation>{number} ist strittig.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/escalation.py" />
      <source>{name} is on hold.</source>
      <comment>dunning.pause.on_hold</comment>
      <translation>{name} ist zurückgestellt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/escalation.py" />
      <source>Promise to pay {amount} by {due}.</source>
      <comment>dunning.pause.promise</comment>
      <translation>Zahlungszusage über {amount} bis {due}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>Letters to {customer} are paused{until}: {reasons}</source>
      <comment>dunning.paused_for</comment>
      <translation>Schreiben an {customer} sind pausiert{until}: {reasons}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/escalation.py" />
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
      <location filename="../../arledger/services/letter_document.py" />
      <source> until {until}</source>
      <comment>dunning.until</comment>
      <translation> bis {until}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>{kind} {number}</source>
      <comment>entry.label</comment>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>{kind} {number} on {invoice}</source>
      <comment>entry.label_on</comment>
      <translation>{kind} {number} zu {invoice}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>reversal of {entry}</source>
      <comment>entry.reversal_of</comment>
      <translation>Storno von {entry}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>void of invoice {number}</source>
      <comment>entry.void_of</comment>
      <translation>Storno der Rechnung {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Attachment {file} at {path} does not match its logged SHA-256 (event {seq}).</source>
      <comment>evidence.attachment_differs</comment>
      <translation>Anlage {file} unter {path} stimmt nicht mit der protokollierten SHA-256 überein (Ereignis {seq}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Attachment {file} (evidence event {seq}) has no file at {path}.</source>
      <comment>evidence.attachment_no_file</comment>
      <translation>Zu Anlage {file} (Beweisereignis {seq}) gibt es unter {path} keine Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the file of {what} {name} at {path} does not match the SHA-256 in its evidence event {seq}</source>
      <comment>evidence.audit.file_differs</comment>
      <translation>Die Datei zu {what} {name} unter {path} stimmt nicht mit der SHA-256 im Beweisereignis {seq} überein</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the file of {what} {name} (evidence event {seq}) is missing from {path}</source>
      <comment>evidence.audit.file_missing</comment>
      <translation>Die Datei zu {what} {name} (Beweisereignis {seq}) fehlt unter {path}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>{path} is in the letters archive but no letter refers to it</source>
      <comment>evidence.audit.file_unrecorded</comment>
      <translation>{path} liegt im Archiv der Schreiben, aber kein Schreiben verweist darauf</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the append-only trigger {names} is missing, so the log could be edited in place</source>
      <comment>evidence.audit.guards_missing</comment>
      <extracomment>the append-only triggers {names} are missing, so the log could be edited in place</extracomment>
      <translation>
        <numerusform>Der Trigger {names}, der das Beweisprotokoll nur ergänzbar hält, fehlt; das Protokoll könnte also unbemerkt geändert werden</numerusform>
        <numerusform>Die Trigger {names}, die das Beweisprotokoll nur ergänzbar halten, fehlen; das Protokoll könnte also unbemerkt geändert werden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the log was rewritten: event {seq} no longer has the hash {source} saw{when} ({head}…)</source>
      <comment>evidence.audit.rewritten</comment>
      <translation>Das Protokoll wurde umgeschrieben: Ereignis {seq} hat nicht mehr den Hash, den {source}{when} gesehen hat ({head}…)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source> on {at}</source>
      <comment>evidence.audit.seen_on</comment>
      <translation> am {at}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the log was truncated: {source} saw event {seq}{when} (head {head}…), but the log now ends at event {length}</source>
      <comment>evidence.audit.truncated</comment>
      <translation>Das Protokoll wurde gekürzt: {source} hat{when} Ereignis {seq} gesehen (Kettenkopf {head}…), das Protokoll endet jetzt aber bei Ereignis {length}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} was altered after it was recorded</source>
      <comment>evidence.chain.altered</comment>
      <translation>Ereignis {seq} wurde nach seiner Erfassung verändert</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} claims to have been recorded ({recorded}) before the event ahead of it ({previous}); it was inserted later</source>
      <comment>evidence.chain.inserted</comment>
      <translation>Ereignis {seq} gibt an, früher erfasst worden zu sein ({recorded}) als das Ereignis davor ({previous}); es wurde nachträglich eingefügt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} claims to have been recorded (at no time) before the event ahead of it ({previous}); it was inserted later</source>
      <comment>evidence.chain.inserted_untimed</comment>
      <translation>Ereignis {seq} hat keine Erfassungszeit, obwohl das Ereignis davor eine hat ({previous}); es wurde nachträglich eingefügt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} is missing (found event {found} in its place)</source>
      <comment>evidence.chain.missing</comment>
      <translation>Ereignis {seq} fehlt (an seiner Stelle steht Ereignis {found})</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence.py" />
      <source>event {seq} is missing from the end of the log ({table} still point at it)</source>
      <comment>evidence.chain.missing_at_end</comment>
      <translation>Ereignis {seq} fehlt am Ende des Protokolls (Einträge unter {table} verweisen noch darauf)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} is out of order (found event {found} in its place)</source>
      <comment>evidence.chain.out_of_order</comment>
      <translation>Ereignis {seq} steht nicht an seiner Stelle (dort steht Ereignis {found})</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} does not point at the event before it</source>
      <comment>evidence.chain.unlinked</comment>
      <translation>Ereignis {seq} verweist nicht auf das Ereignis davor</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} has an unreadable payload</source>
      <comment>evidence.chain.unreadable</comment>
      <translation>Ereignis {seq} hat unlesbare Daten</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>chat</source>
      <comment>evidence.channel.chat</comment>
      <translation>Chat</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>email</source>
      <comment>evidence.channel.email</comment>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter</source>
      <comment>evidence.channel.letter</comment>
      <translation>Brief</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>phone</source>
      <comment>evidence.channel.phone</comment>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>SMS</source>
      <comment>evidence.channel.sms</comment>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
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
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Say what the correction is.</source>
      <comment>evidence.correction_empty</comment>
      <translation>Geben Sie an, worin die Korrektur besteht.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>in</source>
      <comment>evidence.direction.in</comment>
      <translation>eingehend</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>out</source>
      <comment>evidence.direction.out</comment>
      <translation>ausgehend</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>{reason}: {note}</source>
      <comment>evidence.dispute_reason</comment>
      <translation>{reason}: {note}</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>agreed on</source>
      <comment>evidence.fact.agreed_on</comment>
      <translation>vereinbart am</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>amount</source>
      <comment>evidence.fact.amount</comment>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>channel</source>
      <comment>evidence.fact.channel</comment>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>contact time</source>
      <comment>evidence.fact.contact_at</comment>
      <translation>Kontaktzeit</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>currency</source>
      <comment>evidence.fact.currency</comment>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>date</source>
      <comment>evidence.fact.date</comment>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>direction</source>
      <comment>evidence.fact.direction</comment>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>due date</source>
      <comment>evidence.fact.due_date</comment>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>file</source>
      <comment>evidence.fact.file</comment>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>interest</source>
      <comment>evidence.fact.interest</comment>
      <translation>Zinsen</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>invoice</source>
      <comment>evidence.fact.invoice</comment>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>kind</source>
      <comment>evidence.fact.kind</comment>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>level</source>
      <comment>evidence.fact.level</comment>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>promised by</source>
      <comment>evidence.fact.made_by</comment>
      <translation>zugesagt von</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>method</source>
      <comment>evidence.fact.method</comment>
      <translation>Zahlungsart</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>note</source>
      <comment>evidence.fact.note</comment>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>number</source>
      <comment>evidence.fact.number</comment>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>date</source>
      <comment>evidence.fact.on</comment>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>opened on</source>
      <comment>evidence.fact.opened_on</comment>
      <translation>eröffnet am</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>outcome</source>
      <comment>evidence.fact.outcome</comment>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>override reason</source>
      <comment>evidence.fact.override</comment>
      <translation>Grund der Ausnahme</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>payment id</source>
      <comment>evidence.fact.payment_id</comment>
      <translation>Zahlungs-ID</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>person</source>
      <comment>evidence.fact.person</comment>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>promise date</source>
      <comment>evidence.fact.promised_on</comment>
      <translation>Datum der Zusage</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>reason</source>
      <comment>evidence.fact.reason</comment>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>reference</source>
      <comment>evidence.fact.reference</comment>
      <translation>Referenz</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>reply by</source>
      <comment>evidence.fact.reply_by</comment>
      <translation>Antwortfrist</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>sent on</source>
      <comment>evidence.fact.sent_on</comment>
      <translation>versandt am</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>sha256</source>
      <comment>evidence.fact.sha256</comment>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>summary</source>
      <comment>evidence.fact.summary</comment>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>tracking number</source>
      <comment>evidence.fact.tracking</comment>
      <translation>Sendungsnummer</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>{kind}: {text}</source>
      <comment>evidence.generic</comment>
      <translation>{kind}: {text}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Invoice {number} belongs to another customer, not {customer}.</source>
      <comment>evidence.invoice_other_customer</comment>
      <translation>Rechnung {number} gehört einem anderen Kunden, nicht {customer}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>acknowledgment</source>
      <comment>evidence.kind.acknowledgment</comment>
      <translation>Schuldanerkenntnis</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>attachment</source>
      <comment>evidence.kind.attachment</comment>
      <translation>Anlage</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>bank statement</source>
      <comment>evidence.kind.bank_statement</comment>
      <translation>Kontoauszug der Bank</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>case owner</source>
      <comment>evidence.kind.case_owner</comment>
      <translation>Fallverantwortung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>case stage</source>
      <comment>evidence.kind.case_stage</comment>
      <translation>Fallstufe</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>contact</source>
      <comment>evidence.kind.contact</comment>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>contract terms</source>
      <comment>evidence.kind.contract_terms</comment>
      <translation>Vertragsbedingungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>correction</source>
      <comment>evidence.kind.correction</comment>
      <translation>Korrektur</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit applied</source>
      <comment>evidence.kind.credit_applied</comment>
      <translation>Guthaben verrechnet</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit note</source>
      <comment>evidence.kind.credit_note</comment>
      <translation>Gutschrift</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit note reversed</source>
      <comment>evidence.kind.credit_note_reversed</comment>
      <translation>Gutschrift storniert</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit override</source>
      <comment>evidence.kind.credit_override</comment>
      <translation>Kreditlimit überschritten</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>default terms</source>
      <comment>evidence.kind.default_terms</comment>
      <translation>Standardbedingungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>demand delivered</source>
      <comment>evidence.kind.demand_delivered</comment>
      <translation>Mahnung zugestellt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>dispute opened</source>
      <comment>evidence.kind.dispute_opened</comment>
      <translation>Streitfall eröffnet</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>dispute resolved</source>
      <comment>evidence.kind.dispute_resolved</comment>
      <translation>Streitfall beigelegt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>guard override</source>
      <comment>evidence.kind.guard_override</comment>
      <translation>Kontaktregel übergangen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>handover</source>
      <comment>evidence.kind.handover</comment>
      <translation>Übergabe</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>import</source>
      <comment>evidence.kind.import</comment>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>interest waived</source>
      <comment>evidence.kind.interest_waived</comment>
      <translation>Zinsverzicht</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>invoice</source>
      <comment>evidence.kind.invoice</comment>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>invoice voided</source>
      <comment>evidence.kind.invoice_voided</comment>
      <translation>Rechnung storniert</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter</source>
      <comment>evidence.kind.letter</comment>
      <translation>Schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter delivered</source>
      <comment>evidence.kind.letter_delivered</comment>
      <translation>Schreiben zugestellt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter emailed</source>
      <comment>evidence.kind.letter_emailed</comment>
      <translation>Schreiben per E-Mail versandt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter posted</source>
      <comment>evidence.kind.letter_posted</comment>
      <translation>Schreiben zur Post gegeben</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>negotiation end</source>
      <comment>evidence.kind.negotiation_end</comment>
      <translation>Ende der Verhandlungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>negotiation start</source>
      <comment>evidence.kind.negotiation_start</comment>
      <translation>Beginn der Verhandlungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>notice</source>
      <comment>evidence.kind.notice</comment>
      <translation>Mitteilung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>notice emailed</source>
      <comment>evidence.kind.notice_emailed</comment>
      <translation>Mitteilung per E-Mail versandt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>opening import</source>
      <comment>evidence.kind.opening_import</comment>
      <translation>Anfangsimport</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>part payment</source>
      <comment>evidence.kind.part_payment</comment>
      <translation>Teilzahlung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>payment</source>
      <comment>evidence.kind.payment</comment>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>payment reversed</source>
      <comment>evidence.kind.payment_reversed</comment>
      <translation>Zahlung storniert</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>plan</source>
      <comment>evidence.kind.plan</comment>
      <translation>Ratenplan</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>promise</source>
      <comment>evidence.kind.promise</comment>
      <translation>Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>records sealed</source>
      <comment>evidence.kind.records_sealed</comment>
      <translation>Datensätze versiegelt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>refund</source>
      <comment>evidence.kind.refund</comment>
      <translation>Erstattung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>refund reversed</source>
      <comment>evidence.kind.refund_reversed</comment>
      <translation>Erstattung storniert</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement approved</source>
      <comment>evidence.kind.settlement_approved</comment>
      <translation>Vergleich genehmigt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement lapsed</source>
      <comment>evidence.kind.settlement_lapsed</comment>
      <translation>Vergleich verfallen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement letter</source>
      <comment>evidence.kind.settlement_letter</comment>
      <translation>Vergleichsschreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement offer</source>
      <comment>evidence.kind.settlement_offer</comment>
      <translation>Vergleichsangebot</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement paid</source>
      <comment>evidence.kind.settlement_settled</comment>
      <translation>Vergleich bezahlt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>suit</source>
      <comment>evidence.kind.suit</comment>
      <translation>Klage eingereicht</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>write-off</source>
      <comment>evidence.kind.write_off</comment>
      <translation>Ausbuchung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>write-off reversed</source>
      <comment>evidence.kind.write_off_reversed</comment>
      <translation>Ausbuchung storniert</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Letter level {level} ({name}) sent {sent_on}</source>
      <comment>evidence.letter</comment>
      <translation>Schreiben der Stufe {level} ({name}) versandt am {sent_on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>There is no evidence event {seq}.</source>
      <comment>evidence.no_event</comment>
      <translation>Es gibt kein Ereignis {seq} im Beweisprotokoll.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>dispute</source>
      <comment>evidence.outcome.dispute</comment>
      <translation>Streitfall</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>no-answer</source>
      <comment>evidence.outcome.no_answer</comment>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>promise</source>
      <comment>evidence.outcome.promise</comment>
      <translation>Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>reached</source>
      <comment>evidence.outcome.reached</comment>
      <translation>erreicht</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>refused</source>
      <comment>evidence.outcome.refused</comment>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>wrong-number</source>
      <comment>evidence.outcome.wrong_number</comment>
      <translation>falsche Nummer</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Payment {amount} on {date}</source>
      <comment>evidence.payment</comment>
      <translation>Zahlung {amount} am {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Promise {amount} by {due}</source>
      <comment>evidence.promise</comment>
      <translation>Zahlungszusage {amount} bis {due}</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>dispute</source>
      <comment>evidence.record.dispute</comment>
      <translation>Streitfall</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>interest waiver</source>
      <comment>evidence.record.interest_waiver</comment>
      <translation>Zinsverzicht</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>limitation event</source>
      <comment>evidence.record.limitation_event</comment>
      <translation>Verjährungsereignis</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>the {table} recorded by evidence event {seq} were changed, added or removed since (their digest no longer matches the event)</source>
      <comment>evidence.records.digest_differs</comment>
      <translation>Die von Beweisereignis {seq} erfassten {table} wurden seitdem geändert, ergänzt oder entfernt (ihre Prüfsumme passt nicht mehr zum Ereignis)</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} differs from its evidence event {seq} in {facts}</source>
      <comment>evidence.records.facts_differ</comment>
      <translation>{what} {id} weicht in {facts} vom Beweisereignis {seq} ab</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} differs from instalment {instalment} of its evidence event {seq}</source>
      <comment>evidence.records.instalment_differs</comment>
      <translation>{what} {id} weicht von Rate {instalment} im Beweisereignis {seq} ab</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} says '{kind}' but its evidence event {seq} recorded '{recorded}'</source>
      <comment>evidence.records.kind_differs</comment>
      <translation>{what} {id} lautet auf „{kind}“, das Beweisereignis {seq} erfasste aber „{recorded}“</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>and {n} more record problem</source>
      <comment>evidence.records.more</comment>
      <extracomment>and {n} more record problems</extracomment>
      <translation>
        <numerusform>und {n} weiteres Problem bei den Datensätzen</numerusform>
        <numerusform>und {n} weitere Probleme bei den Datensätzen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} belongs to another customer than its evidence event {seq} says</source>
      <comment>evidence.records.other_customer</comment>
      <translation>{what} {id} gehört zu einem anderen Kunden, als das Beweisereignis {seq} angibt</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>evidence event {seq} recorded a {kind} that is no longer in the ledger</source>
      <comment>evidence.records.record_gone</comment>
      <translation>Beweisereignis {seq} hat etwas erfasst ({kind}), das nicht mehr im Debitorenbuch steht</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} points at evidence event {seq}, which is not in the log</source>
      <comment>evidence.records.record_without_event</comment>
      <translation>{what} {id} verweist auf Beweisereignis {seq}, das nicht im Protokoll steht</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} differs from its resolution event {seq}</source>
      <comment>evidence.records.resolution_differs</comment>
      <translation>{what} {id} weicht von seinem Beilegungsereignis {seq} ab</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} is marked resolved without its resolution event</source>
      <comment>evidence.records.resolved_without_event</comment>
      <translation>{what} {id} ist als beigelegt markiert, ohne dass es ein Beilegungsereignis gibt</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{table} rows point at evidence event {seq}, which is not in the log</source>
      <comment>evidence.records.rows_without_event</comment>
      <translation>Einträge unter {table} verweisen auf Beweisereignis {seq}, das nicht im Protokoll steht</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{n} row of {table} (first id {first}) is in no evidence event; it was added outside arledger</source>
      <comment>evidence.records.unrecorded</comment>
      <extracomment>{n} rows of {table} (first id {first}) are in no evidence event; they were added outside arledger</extracomment>
      <translation>
        <numerusform>{n} Eintrag unter {table} (erste ID {first}) steht in keinem Beweisereignis; er wurde außerhalb von arledger hinzugefügt</numerusform>
        <numerusform>{n} Einträge unter {table} (erste ID {first}) stehen in keinem Beweisereignis; sie wurden außerhalb von arledger hinzugefügt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>attachments</source>
      <comment>evidence.table.attachments</comment>
      <translation>Anlagen</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>case stages</source>
      <comment>evidence.table.case_stages</comment>
      <translation>Fallstufen</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>contacts</source>
      <comment>evidence.table.contacts</comment>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>credit notes</source>
      <comment>evidence.table.credit_notes</comment>
      <translation>Gutschriften</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>dispatch records</source>
      <comment>evidence.table.dispatches</comment>
      <translation>Versandnachweise</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>disputes</source>
      <comment>evidence.table.disputes</comment>
      <translation>Streitfälle</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>interest waivers</source>
      <comment>evidence.table.interest_waivers</comment>
      <translation>Zinsverzichte</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>invoices</source>
      <comment>evidence.table.invoices</comment>
      <translation>Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>letters</source>
      <comment>evidence.table.letters</comment>
      <translation>Schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>limitation events</source>
      <comment>evidence.table.limitation_events</comment>
      <translation>Verjährungsereignisse</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>notices</source>
      <comment>evidence.table.notices</comment>
      <translation>Mitteilungen</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>payments</source>
      <comment>evidence.table.payments</comment>
      <translation>Zahlungen</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>instalment plans</source>
      <comment>evidence.table.plans</comment>
      <translation>Ratenpläne</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>promises</source>
      <comment>evidence.table.promises</comment>
      <translation>Zahlungszusagen</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>settlement offers</source>
      <comment>evidence.table.settlement_offers</comment>
      <translation>Vergleichsangebote</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>write-offs</source>
      <comment>evidence.table.write_offs</comment>
      <translation>Ausbuchungen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>The export was cancelled; no file was written.</source>
      <comment>export.cancelled</comment>
      <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Cannot write to {parent} ({reason}).</source>
      <comment>export.folder_write_failed</comment>
      <translation>In {parent} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>There is no folder {parent} to write {target} into.</source>
      <comment>export.no_folder</comment>
      <translation>Es gibt keinen Ordner {parent}, in den {target} geschrieben werden könnte.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/excel.py" />
      <source>{name} has no sheet named '{sheet}'.</source>
      <comment>export.no_sheet</comment>
      <translation>{name} hat kein Tabellenblatt namens „{sheet}“.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>{target} does not end in .xlsx; Excel would not open it as a workbook.</source>
      <comment>export.not_xlsx</comment>
      <translation>{target} endet nicht auf .xlsx; Excel würde die Datei nicht als Arbeitsmappe öffnen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>The period starts on {period_from}, after it ends ({period_to}).</source>
      <comment>export.period_reversed</comment>
      <translation>Der Zeitraum beginnt am {period_from}, nach seinem Ende ({period_to}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>{target} is a folder; give a file name ending in .xlsx.</source>
      <comment>export.target_is_folder</comment>
      <translation>{target} ist ein Ordner; geben Sie einen Dateinamen an, der auf .xlsx endet.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Cannot write {target} ({reason}).</source>
      <comment>export.write_failed</comment>
      <translation>{target} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>address</source>
      <comment>field.address</comment>
      <translation>Anschrift</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>agreement date</source>
      <comment>field.agreed_on</comment>
      <translation>Vereinbarungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>amount</source>
      <comment>field.amount</comment>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>time</source>
      <comment>field.at</comment>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>channel</source>
      <comment>field.channel</comment>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>customer code</source>
      <comment>field.code</comment>
      <translation>Kundennummer</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>contact name</source>
      <comment>field.contact_name</comment>
      <translation>Kontaktname</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>contract rate</source>
      <comment>field.contract_rate</comment>
      <translation>Vertragszins</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>credit limit</source>
      <comment>field.credit_limit</comment>
      <translation>Kreditlimit</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>currency</source>
      <comment>field.currency</comment>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>date</source>
      <comment>field.date</comment>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>due date</source>
      <comment>field.due_date</comment>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>email address</source>
      <comment>field.email</comment>
      <translation>E-Mail-Adresse</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>fee</source>
      <comment>field.fee</comment>
      <translation>Pauschale</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>issue date</source>
      <comment>field.issue_date</comment>
      <translation>Rechnungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>jurisdiction</source>
      <comment>field.jurisdiction</comment>
      <translation>Rechtsraum</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>kind</source>
      <comment>field.kind</comment>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>language</source>
      <comment>field.language</comment>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>LPR factor</source>
      <comment>field.lpr_factor</comment>
      <translation>LPR-Faktor</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>promised by</source>
      <comment>field.made_by</comment>
      <translation>Zugesagt von</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>payment method</source>
      <comment>field.method</comment>
      <translation>Zahlungsart</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>name</source>
      <comment>field.name</comment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>note</source>
      <comment>field.note</comment>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>notes</source>
      <comment>field.notes</comment>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>number</source>
      <comment>field.number</comment>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>override reason</source>
      <comment>field.override</comment>
      <translation>Begründung der Ausnahme</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>payment terms</source>
      <comment>field.payment_terms_days</comment>
      <translation>Zahlungsziel</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>contact person</source>
      <comment>field.person</comment>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>phone number</source>
      <comment>field.phone</comment>
      <translation>Telefonnummer</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>promise date</source>
      <comment>field.promised_on</comment>
      <translation>Zusagedatum</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>rate</source>
      <comment>field.rate</comment>
      <translation>Zinssatz</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>reason</source>
      <comment>field.reason</comment>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>date received</source>
      <comment>field.received_on</comment>
      <translation>Eingangsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>reference</source>
      <comment>field.reference</comment>
      <translation>Referenz</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>instalment amount</source>
      <comment>field.schedule_amount</comment>
      <translation>Betrag der Rate</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>instalment date</source>
      <comment>field.schedule_date</comment>
      <translation>Datum der Rate</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>summary</source>
      <comment>field.summary</comment>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>time zone</source>
      <comment>field.timezone</comment>
      <translation>Zeitzone</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>tracking number</source>
      <comment>field.tracking</comment>
      <translation>Sendungsnummer</translation>
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
      <location filename="../../arledger/services/handover.py" />
      <source>The case of {customer_code} is already handed over to a {to}.</source>
      <comment>handover.already_handed_over</comment>
      <translation>Der Vorgang von {customer_code} ist bereits abgegeben an: {to}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>As of {on}</source>
      <comment>handover.as_of</comment>
      <translation>Stand {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Attached documents</source>
      <comment>handover.attached</comment>
      <translation>Beigefügte Unterlagen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Documents kept as evidence for these invoices, each with the SHA-256 logged when it was attached. PDF documents follow as pages of this pack; other files are listed here and included in the bundle.</source>
      <comment>handover.attached_note</comment>
      <translation>Als Beweismittel zu diesen Rechnungen aufbewahrte Unterlagen, jeweils mit dem beim Beifügen protokollierten SHA-256. PDF-Unterlagen folgen als Seiten dieses Pakets; andere Dateien sind hier aufgeführt und im Datenpaket enthalten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Hand over to a lawyer, agency or court, not '{to}'.</source>
      <comment>handover.bad_recipient</comment>
      <translation>Abgabe an einen Anwalt (lawyer), ein Inkassobüro (agency) oder ein Gericht (court), nicht an '{to}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Contractual fixed fee per invoice: {fee}.</source>
      <comment>handover.basis.fee</comment>
      <translation>Vertraglich vereinbarte Pauschale je Rechnung: {fee}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Contractual late-payment rate: {rate}% a year.</source>
      <comment>handover.basis.rate</comment>
      <translation>Vertraglicher Verzugszinssatz: {rate} % p. a.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Rule pack for interest, compensation and limitation: {pack}.</source>
      <comment>handover.basis.rules</comment>
      <translation>Regelwerk für Zinsen, Pauschale und Verjährung: {pack}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Payment terms: {days} days from the invoice date.</source>
      <comment>handover.basis.terms</comment>
      <translation>Zahlungsziel: {days} Tage ab Rechnungsdatum.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Case owner</source>
      <comment>handover.case_owner</comment>
      <translation>Sachbearbeiter</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain</source>
      <comment>handover.chain</comment>
      <translation>Hashkette</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>BROKEN at event {seq}: {problem}</source>
      <comment>handover.chain.broken</comment>
      <translation>UNTERBROCHEN bei Ereignis {seq}: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain check</source>
      <comment>handover.chain.check</comment>
      <translation>Prüfung der Kette</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Events of this customer</source>
      <comment>handover.chain.customer_events</comment>
      <translation>Ereignisse dieses Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Events in the ledger's log</source>
      <comment>handover.chain.events</comment>
      <translation>Ereignisse im Protokoll des Kontenbuchs</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain head</source>
      <comment>handover.chain.head</comment>
      <translation>Kettenkopf</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>intact</source>
      <comment>handover.chain.intact</comment>
      <translation>unversehrt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Actor</source>
      <comment>handover.col.actor</comment>
      <translation>Erfasst von</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Amount</source>
      <comment>handover.col.amount</comment>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>At (UTC)</source>
      <comment>handover.col.at_utc</comment>
      <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Basis</source>
      <comment>handover.col.basis</comment>
      <translation>Grundlage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Compensation</source>
      <comment>handover.col.compensation</comment>
      <translation>Pauschale</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Copy</source>
      <comment>handover.col.copy</comment>
      <translation>Kopie</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Costs</source>
      <comment>handover.col.costs</comment>
      <translation>Kosten</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Currency</source>
      <comment>handover.col.currency</comment>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Days</source>
      <comment>handover.col.days</comment>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Days left</source>
      <comment>handover.col.days_left</comment>
      <translation>Verbleibende Tage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Disputed</source>
      <comment>handover.col.disputed</comment>
      <translation>Bestritten</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Due</source>
      <comment>handover.col.due</comment>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Event</source>
      <comment>handover.col.event</comment>
      <translation>Ereignis</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>File</source>
      <comment>handover.col.file</comment>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>From</source>
      <comment>handover.col.from</comment>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Hash</source>
      <comment>handover.col.hash</comment>
      <translation>Hashwert</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>In this pack</source>
      <comment>handover.col.in_pack</comment>
      <translation>In diesem Paket</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Interest</source>
      <comment>handover.col.interest</comment>
      <translation>Zinsen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Invoice</source>
      <comment>handover.col.invoice</comment>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Issued</source>
      <comment>handover.col.issued</comment>
      <translation>Ausgestellt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Kind</source>
      <comment>handover.col.kind</comment>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Level</source>
      <comment>handover.col.level</comment>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Limitation date</source>
      <comment>handover.col.limitation_date</comment>
      <translation>Verjährung am</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No.</source>
      <comment>handover.col.no</comment>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Note</source>
      <comment>handover.col.note</comment>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>On</source>
      <comment>handover.col.on</comment>
      <translation>Auf</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Open</source>
      <comment>handover.col.open</comment>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Opened</source>
      <comment>handover.col.opened</comment>
      <translation>Erhoben</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>SHA-256 of the PDF</source>
      <comment>handover.col.pdf_sha256</comment>
      <translation>SHA-256 der PDF-Datei</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Principal</source>
      <comment>handover.col.principal</comment>
      <translation>Hauptforderung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Rate</source>
      <comment>handover.col.rate</comment>
      <translation>Zinssatz</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Rate source</source>
      <comment>handover.col.rate_source</comment>
      <translation>Quelle des Zinssatzes</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Reason</source>
      <comment>handover.col.reason</comment>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Record</source>
      <comment>handover.col.record</comment>
      <translation>Aufzeichnung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Reference</source>
      <comment>handover.col.reference</comment>
      <translation>Referenz</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Resolution</source>
      <comment>handover.col.resolution</comment>
      <translation>Erledigung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Resolved</source>
      <comment>handover.col.resolved</comment>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Restarted by</source>
      <comment>handover.col.restarted_by</comment>
      <translation>Neubeginn durch</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Sent</source>
      <comment>handover.col.sent</comment>
      <translation>Versandt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Seq</source>
      <comment>handover.col.seq</comment>
      <translation>Lfd. Nr.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Status</source>
      <comment>handover.col.status</comment>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>To</source>
      <comment>handover.col.to</comment>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Total</source>
      <comment>handover.col.total</comment>
      <translation>Gesamt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>What</source>
      <comment>handover.col.what</comment>
      <translation>Vorgang</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>When (UTC)</source>
      <comment>handover.col.when_utc</comment>
      <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>contact</source>
      <comment>handover.contact</comment>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Contract basis</source>
      <comment>handover.contract_basis</comment>
      <translation>Vertragliche Grundlage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Creditor</source>
      <comment>handover.creditor</comment>
      <translation>Gläubiger</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Customer code</source>
      <comment>handover.customer_code</comment>
      <translation>Kundennummer</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Debtor</source>
      <comment>handover.debtor</comment>
      <translation>Schuldner</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a company</source>
      <comment>handover.debtor.company</comment>
      <translation>ein Unternehmen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>an individual or sole trader</source>
      <comment>handover.debtor.person</comment>
      <translation>eine Privatperson oder ein Einzelunternehmer</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Debtor is</source>
      <comment>handover.debtor_is</comment>
      <translation>Schuldner ist</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Dispatch and delivery records</source>
      <comment>handover.dispatch</comment>
      <translation>Versand- und Zustellungsnachweise</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>open</source>
      <comment>handover.dispute.open</comment>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>whole invoice</source>
      <comment>handover.dispute.whole</comment>
      <translation>ganze Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Disputes</source>
      <comment>handover.disputes</comment>
      <translation>Einwände</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>(customer)</source>
      <comment>handover.doc.customer</comment>
      <translation>(Kunde)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>listed only (not a PDF)</source>
      <comment>handover.doc.listed</comment>
      <translation>nur aufgeführt (keine PDF-Datei)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>merged below</source>
      <comment>handover.doc.merged</comment>
      <translation>unten beigefügt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>MISSING from the archive</source>
      <comment>handover.doc.missing</comment>
      <translation>FEHLT im Archiv</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>The kept copy of {filename} no longer matches its logged SHA-256 (evidence event {seq}); it cannot go into the pack.</source>
      <comment>handover.document_changed</comment>
      <translation>Die aufbewahrte Kopie von {filename} stimmt nicht mehr mit ihrem protokollierten SHA-256 überein (Beweisereignis {seq}); sie kann nicht in das Paket.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Events</source>
      <comment>handover.events</comment>
      <translation>Ereignisse</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{company} · claim against {customer} ({code}) · as of {on}</source>
      <comment>handover.footer</comment>
      <translation>{company} · Forderung gegen {customer} ({code}) · Stand {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{recipient}, on {on}</source>
      <comment>handover.handed_over_on</comment>
      <translation>{recipient}, am {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handed over to</source>
      <comment>handover.handed_over_to</comment>
      <translation>Übergeben an</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>How to verify</source>
      <comment>handover.how_to_verify</comment>
      <translation>So wird geprüft</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Simple interest, daily, 365-day year, on each invoice's undisputed open amount from the day after the due date; the same figures as 'arledger report interest' on this date.</source>
      <comment>handover.interest_note</comment>
      <translation>Einfache Zinsen, taggenau, 365-Tage-Jahr, auf den unbestrittenen offenen Betrag jeder Rechnung ab dem Tag nach Fälligkeit; dieselben Zahlen wie 'arledger report interest' zu diesem Datum.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handover of the claim of {company} against {customer} ({code}) to {recipient}, as of {on}.</source>
      <comment>handover.intro</comment>
      <translation>Übergabe der Forderung von {company} gegen {customer} ({code}) an {recipient}, Stand {on}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>The same data is in {bundle} as CSV and JSON.</source>
      <comment>handover.intro.bundle</comment>
      <translation>Dieselben Daten liegen in {bundle} als CSV und JSON vor.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain head of the evidence log: {head}.</source>
      <comment>handover.intro.chain</comment>
      <translation>Kettenkopf des Beweisprotokolls: {head}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Invoices claimed</source>
      <comment>handover.invoices_claimed</comment>
      <translation>Geltend gemachte Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>no archived copy</source>
      <comment>handover.letter.no_copy</comment>
      <translation>keine archivierte Kopie</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Letters</source>
      <comment>handover.letters</comment>
      <translation>Schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>time-barred</source>
      <comment>handover.limit.barred</comment>
      <translation>verjährt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{kind} on {on}</source>
      <comment>handover.limit.restarted</comment>
      <translation>{kind} am {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>running</source>
      <comment>handover.limit.running</comment>
      <translation>läuft</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>warning</source>
      <comment>handover.limit.warning</comment>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Limitation</source>
      <comment>handover.limitation</comment>
      <translation>Verjährung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>The ledger has no company name for the claim; set the company details first.</source>
      <comment>handover.no_company</comment>
      <translation>Das Debitorenbuch hat keinen Firmennamen für die Forderung; hinterlegen Sie zuerst die Firmendaten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No costs are recorded in the ledger; costs of the proceedings are for the recipient to add.</source>
      <comment>handover.no_costs</comment>
      <translation>Im Kontenbuch sind keine Kosten erfasst; Verfahrenskosten ergänzt der Empfänger.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No dispatch or delivery was recorded.</source>
      <comment>handover.no_dispatch</comment>
      <translation>Es wurde kein Versand und keine Zustellung erfasst.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No dispute was ever recorded for this customer.</source>
      <comment>handover.no_disputes</comment>
      <translation>Für diesen Kunden wurde nie ein Einwand erfasst.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No documents are attached to these invoices.</source>
      <comment>handover.no_documents</comment>
      <translation>Diesen Rechnungen sind keine Unterlagen beigefügt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No letters were sent from the ledger.</source>
      <comment>handover.no_letters</comment>
      <translation>Aus dem Kontenbuch wurden keine Schreiben versandt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{customer_code} has nothing overdue on {on}; there is no claim to hand over.</source>
      <comment>handover.nothing_overdue</comment>
      <translation>{customer_code} hat am {on} nichts überfällig; es gibt keine Forderung zur Abgabe.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Claim summary</source>
      <comment>handover.part.claim</comment>
      <translation>Forderungsaufstellung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Disputes and limitation</source>
      <comment>handover.part.disputes</comment>
      <translation>Einwände und Verjährung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Document: {file} ({invoice})</source>
      <comment>handover.part.document</comment>
      <translation>Unterlage: {file} ({invoice})</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Evidence log</source>
      <comment>handover.part.evidence</comment>
      <translation>Beweisprotokoll</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Invoices and their documents</source>
      <comment>handover.part.invoices</comment>
      <translation>Rechnungen und ihre Unterlagen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Letter level {level} of {sent_on}</source>
      <comment>handover.part.letter</comment>
      <translation>Schreiben der Stufe {level} vom {sent_on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Letters sent, dispatch and delivery</source>
      <comment>handover.part.letters</comment>
      <translation>Versandte Schreiben, Versand und Zustellung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Statement of account</source>
      <comment>handover.part.statement</comment>
      <translation>Kontoauszug</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Parties</source>
      <comment>handover.parties</comment>
      <translation>Parteien</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Principal, interest and compensation per invoice</source>
      <comment>handover.per_invoice</comment>
      <translation>Hauptforderung, Zinsen und Pauschale je Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Interest per period</source>
      <comment>handover.per_period</comment>
      <translation>Zinsen je Zeitraum</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handover pack: {customer} ({code})</source>
      <comment>handover.title</comment>
      <translation>Übergabepaket: {customer} ({code})</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a collection agency</source>
      <comment>handover.to.agency</comment>
      <translation>ein Inkassounternehmen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a court</source>
      <comment>handover.to.court</comment>
      <translation>das Gericht</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a lawyer</source>
      <comment>handover.to.lawyer</comment>
      <translation>einen Rechtsanwalt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Totals as of {on}</source>
      <comment>handover.totals</comment>
      <translation>Summen zum {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>tracking {number}</source>
      <comment>handover.tracking</comment>
      <translation>Sendungsnummer {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Each event's hash = SHA-256( previous event's hash + a line feed + the canonical JSON of {seq, at, kind, actor, customer_id, payload} with sorted keys, no spaces, UTF-8 ). The first event's previous hash is 64 zeros. Recomputing the chain from the ledger file ('arledger evidence verify') must reproduce every hash listed here and end at the chain head printed above; any later change to a recorded event breaks the chain at that event. Each document's SHA-256 (letters, attachments) can be checked with 'sha256sum FILE'.</source>
      <comment>handover.verify</comment>
      <translation>Hashwert jedes Ereignisses = SHA-256( Hashwert des vorigen Ereignisses + ein Zeilenvorschub + das kanonische JSON von {seq, at, kind, actor, customer_id, payload} mit sortierten Schlüsseln, ohne Leerzeichen, UTF-8 ). Der vorige Hashwert des ersten Ereignisses sind 64 Nullen. Die Neuberechnung der Kette aus der Kontenbuchdatei ('arledger evidence verify') muss jeden hier aufgeführten Hashwert ergeben und beim oben angegebenen Kettenkopf enden; jede spätere Änderung eines erfassten Ereignisses unterbricht die Kette bei diesem Ereignis. Den SHA-256 jeder Unterlage (Schreiben, Anhänge) prüft 'sha256sum DATEI'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} was already imported as {kind} on {imported_at} (as {file_name}, {rows} rows); nothing was imported. Use --again to import the same file a second time.</source>
      <comment>import.already_imported</comment>
      <translation>{path_name} wurde bereits am {imported_at} als {kind} importiert (als {file_name}, {rows} Zeilen); es wurde nichts importiert. Verwenden Sie --again, um dieselbe Datei ein zweites Mal zu importieren.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is in {named}, but the row's currency is {currency}.</source>
      <comment>import.amount_currency_differs</comment>
      <translation>'{shown}' ist in {named}, die Währung der Zeile ist aber {currency}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is not an amount; write it like {example}.</source>
      <comment>import.bad_amount</comment>
      <translation>'{shown}' ist kein Betrag; schreiben Sie ihn wie {example}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is not an amount in the {example} format.</source>
      <comment>import.bad_amount_format</comment>
      <translation>'{shown}' ist kein Betrag im Format {example}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{text}' is not a date in the {order_value} order (like {example}).</source>
      <comment>import.bad_date</comment>
      <translation>'{text}' ist kein Datum in der Reihenfolge {order_value} (wie {example}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{text}' is not a date order; use DMY (26/11/2025), MDY (11/26/2025) or YMD (2025-11-26).</source>
      <comment>import.bad_date_order</comment>
      <translation>'{text}' ist keine Datumsreihenfolge; verwenden Sie DMY (26/11/2025), MDY (11/26/2025) oder YMD (2025-11-26).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>--map: '{part}' is not field=Column.</source>
      <comment>import.bad_map_part</comment>
      <translation>--map: '{part}' ist nicht Feld=Spalte.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{name}' is not a number format; use '.' or ',' (the decimal separator) or one of {number_formats}.</source>
      <comment>import.bad_number_format</comment>
      <translation>'{name}' ist kein Zahlenformat; verwenden Sie '.' oder ',' (das Dezimaltrennzeichen) oder eines von {number_formats}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>'{qty_text}' is not a quantity.</source>
      <comment>import.bad_quantity</comment>
      <translation>'{qty_text}' ist keine Menge.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>Bank statements are imported with 'import bank', which proposes matches to review.</source>
      <comment>import.bank_needs_review</comment>
      <translation>Kontoauszüge werden mit 'import bank' importiert, das Zuordnungen zur Prüfung vorschlägt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>the cell holds TRUE/FALSE, not an amount.</source>
      <comment>import.bool_not_amount</comment>
      <translation>die Zelle enthält WAHR/FALSCH, keinen Betrag.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>the cell holds TRUE/FALSE, not text.</source>
      <comment>import.bool_not_text</comment>
      <translation>die Zelle enthält WAHR/FALSCH, keinen Text.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} is being changed by another program; {path_name2} was not imported, try again in a moment.</source>
      <comment>import.busy</comment>
      <translation>{path_name} wird gerade von einem anderen Programm geändert; {path_name2} wurde nicht importiert, versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/import_mapping.py" />
      <source>the {kind} file has no {names} column (it needs {required}; it may have {optional}).</source>
      <comment>import.columns_missing</comment>
      <extracomment>the {kind} file has no {names} columns (it needs {required}; it may have {optional}).</extracomment>
      <translation>
        <numerusform>der Datei für {kind} fehlt die Spalte {names} (sie braucht {required}; sie kann {optional} haben).</numerusform>
        <numerusform>der Datei für {kind} fehlen die Spalten {names} (sie braucht {required}; sie kann {optional} haben).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>credit note '{number}' already exists in the ledger.</source>
      <comment>import.credit_note_exists</comment>
      <translation>Gutschrift '{number}' ist bereits im Debitorenbuch.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>credit note '{number}' appears twice (first on line {seen}).</source>
      <comment>import.credit_note_twice</comment>
      <translation>Gutschrift '{number}' kommt zweimal vor (zuerst in Zeile {seen}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{found} customers are named '{value}'; use the customer code.</source>
      <comment>import.customer_ambiguous</comment>
      <translation>{found} Kunden heißen '{value}'; verwenden Sie die Kundennummer.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>customer '{code}' already exists in the ledger.</source>
      <comment>import.customer_exists</comment>
      <translation>Kunde '{code}' ist bereits im Debitorenbuch.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>customer '{code}' appears twice (first on line {seen}).</source>
      <comment>import.customer_twice</comment>
      <translation>Kunde '{code}' kommt zweimal vor (zuerst in Zeile {seen}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>the cell holds a date, not an amount.</source>
      <comment>import.date_not_amount</comment>
      <translation>die Zelle enthält ein Datum, keinen Betrag.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>the cell holds a date ({value}), not a whole number.</source>
      <comment>import.date_not_number</comment>
      <translation>die Zelle enthält ein Datum ({value}), keine ganze Zahl.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>the cell holds a date ({value}), not text.</source>
      <comment>import.date_not_text</comment>
      <translation>die Zelle enthält ein Datum ({value}), keinen Text.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>{found} is outside the dates the ledger keeps (1900-01-01 to 2199-12-31).</source>
      <comment>import.date_out_of_range</comment>
      <translation>{found} liegt außerhalb der Daten, die das Debitorenbuch führt (1900-01-01 bis 2199-12-31).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>The disk holding {path_name} is full; {path_name2} was not imported and the ledger is unchanged.</source>
      <comment>import.disk_full</comment>
      <translation>Der Datenträger mit {path_name} ist voll; {path_name2} wurde nicht importiert, das Debitorenbuch ist unverändert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>due date {due} is before the issue date {issue}.</source>
      <comment>import.due_before_issue</comment>
      <translation>Fälligkeitsdatum {due} liegt vor dem Rechnungsdatum {issue}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>{source} line 1: {problem}</source>
      <comment>import.first_line_problem</comment>
      <translation>{source} Zeile 1: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>give either 'invoice' or 'allocate', not both.</source>
      <comment>import.invoice_and_allocate</comment>
      <translation>geben Sie entweder 'invoice' oder 'allocate' an, nicht beides.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' is in {currency} on line {line}.</source>
      <comment>import.invoice_currency_line</comment>
      <translation>Rechnung '{number}' ist in Zeile {line} in {currency}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' already exists in the ledger.</source>
      <comment>import.invoice_exists</comment>
      <translation>Rechnung '{number}' ist bereits im Debitorenbuch.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' totals {total} but its {lines} lines and tax add up to {amount}.</source>
      <comment>import.invoice_lines_differ</comment>
      <translation>Rechnung '{number}' beläuft sich auf {total}, ihre {lines} Positionen und Steuern ergeben aber {amount}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{invoice}' belongs to another customer, not '{value}'.</source>
      <comment>import.invoice_other_customer</comment>
      <translation>Rechnung '{invoice}' gehört einem anderen Kunden, nicht '{value}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' (line {line}) belongs to another customer.</source>
      <comment>import.invoice_other_customer_line</comment>
      <translation>Rechnung '{number}' (Zeile {line}) gehört einem anderen Kunden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' adds up to {amount}; an invoice must be for more than zero.</source>
      <comment>import.invoice_sum_zero</comment>
      <translation>Rechnung '{number}' ergibt {amount}; eine Rechnung muss über mehr als null lauten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' appears twice (first on line {first}).</source>
      <comment>import.invoice_twice</comment>
      <translation>Rechnung '{number}' kommt zweimal vor (zuerst in Zeile {first}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' appears twice (first on line {line_of}).</source>
      <comment>import.invoice_twice_in_file</comment>
      <translation>Rechnung '{number}' kommt zweimal vor (zuerst in Zeile {line_of}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>an invoice must be for more than zero.</source>
      <comment>import.invoice_zero</comment>
      <translation>eine Rechnung muss über mehr als null lauten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>... and {n} more.</source>
      <comment>import.more_problems</comment>
      <translation>... und {n} weitere.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>the {kind} file needs one of the columns {group}.</source>
      <comment>import.needs_one_of</comment>
      <translation>die Datei für {kind} braucht eine der Spalten {group}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is negative; amounts must be zero or more.</source>
      <comment>import.negative_amount</comment>
      <translation>'{shown}' ist negativ; Beträge müssen null oder mehr sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>There is no file at {path}.</source>
      <comment>import.no_file</comment>
      <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{source} line 1: the type column '{type_column}' is not in the file.</source>
      <comment>import.no_type_column</comment>
      <translation>{source} Zeile 1: die Typspalte '{type_column}' ist nicht in der Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{source} was not imported; the ledger is unchanged.</source>
      <comment>import.not_imported</comment>
      <translation>{source} wurde nicht importiert; das Debitorenbuch ist unverändert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Dates: {order}.</source>
      <comment>import.note_dates</comment>
      <translation>Datum: {order}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Dates read in more than one order ({orders}); {order} is proposed: check it.</source>
      <comment>import.note_dates_ambiguous</comment>
      <translation>Die Daten lassen sich in mehr als einer Reihenfolge lesen ({orders}); vorgeschlagen wird {order}: bitte prüfen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Encoding: {encoding}.</source>
      <comment>import.note_encoding</comment>
      <translation>Zeichenkodierung: {encoding}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Ignored columns: {columns}.</source>
      <comment>import.note_ignored</comment>
      <translation>Nicht verwendete Spalten: {columns}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Numbers: like {example}.</source>
      <comment>import.note_numbers</comment>
      <translation>Zahlen: wie {example}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Numbers: like {example}. Every amount reads either way: check it.</source>
      <comment>import.note_numbers_ambiguous</comment>
      <translation>Zahlen: wie {example}. Jeder Betrag lässt sich in beiden Formaten lesen: bitte prüfen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>The columns are those of a {title} export.</source>
      <comment>import.note_preset</comment>
      <translation>Die Spalten sind die eines Exports aus {title}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Only rows whose {column} is {values} are read.</source>
      <comment>import.note_row_filter</comment>
      <translation>Nur Zeilen, deren {column} {values} ist, werden gelesen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>the cell holds the number {value}, not a date; format the column as dates.</source>
      <comment>import.number_not_date</comment>
      <translation>die Zelle enthält die Zahl {value}, kein Datum; formatieren Sie die Spalte als Datum.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>the open amount {open} is not between 0 and the invoice amount {amount}.</source>
      <comment>import.open_out_of_range</comment>
      <translation>Der offene Betrag {open} liegt nicht zwischen 0 und dem Rechnungsbetrag {amount}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>{n} invoice broke credit control; run again with --allow-over-limit REASON to import it anyway (each override is logged).</source>
      <comment>import.over_limit_hint</comment>
      <extracomment>{n} invoices broke credit control; run again with --allow-over-limit REASON to import them anyway (each override is logged).</extracomment>
      <translation>
        <numerusform>{n} Rechnung hat die Kreditprüfung nicht bestanden; führen Sie den Import mit --allow-over-limit GRUND erneut aus, um sie trotzdem zu importieren (jede Ausnahme wird protokolliert).</numerusform>
        <numerusform>{n} Rechnungen haben die Kreditprüfung nicht bestanden; führen Sie den Import mit --allow-over-limit GRUND erneut aus, um sie trotzdem zu importieren (jede Ausnahme wird protokolliert).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{problem} It goes in only with a reason for overriding credit control.</source>
      <comment>import.over_limit_row</comment>
      <translation>{problem} Sie wird nur mit einer Begründung für die Ausnahme von der Kreditprüfung importiert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>sales invoices</source>
      <comment>import.preset.erpnext</comment>
      <translation>Ausgangsrechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>bills &amp; invoices CSV</source>
      <comment>import.preset.gnucash</comment>
      <translation>Eingangs- und Ausgangsrechnungen als CSV</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>customer invoices export</source>
      <comment>import.preset.odoo</comment>
      <translation>Export der Kundenrechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>IIF or CSV</source>
      <comment>import.preset.quickbooks_desktop</comment>
      <translation>IIF oder CSV</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>invoice list</source>
      <comment>import.preset.quickbooks_online</comment>
      <translation>Rechnungsliste</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>{product} ({export})</source>
      <comment>import.preset.title</comment>
      <translation>{product} ({export})</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>sales invoices CSV</source>
      <comment>import.preset.xero</comment>
      <translation>Ausgangsrechnungen als CSV</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>The {preset} preset reads {kind}, not {wanted}.</source>
      <comment>import.preset_other_kind</comment>
      <translation>Die Vorlage {preset} liest {kind}, nicht {wanted}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{where}: {problem}</source>
      <comment>import.problem_at</comment>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>A profile needs a name.</source>
      <comment>import.profile_name_missing</comment>
      <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Profile '{profile}' is for {kind}, not {wanted}.</source>
      <comment>import.profile_other_kind</comment>
      <translation>Profil '{profile}' ist für {kind}, nicht für {wanted}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} is read-only; {path_name2} was not imported.</source>
      <comment>import.read_only</comment>
      <translation>{path_name} ist schreibgeschützt; {path_name2} wurde nicht importiert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>received_on {received} is before the issue date {issue}.</source>
      <comment>import.received_before_issue</comment>
      <translation>received_on {received} liegt vor dem Rechnungsdatum {issue}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>(nothing was imported.)</source>
      <comment>import.rejected</comment>
      <translation>(es wurde nichts importiert.)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{problem} {tail}</source>
      <comment>import.rejected_first</comment>
      <translation>{problem} {tail}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/import_rows.py" />
      <source>({n} more problem in {source}; nothing was imported.)</source>
      <comment>import.rejected_more</comment>
      <extracomment>({n} more problems in {source}; nothing was imported.)</extracomment>
      <translation>
        <numerusform>({n} weiteres Problem in {source}; es wurde nichts importiert.)</numerusform>
        <numerusform>({n} weitere Probleme in {source}; es wurde nichts importiert.)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{field}' is required.</source>
      <comment>import.required</comment>
      <translation>'{field}' ist erforderlich.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>a reversed entry needs a reversal_reason.</source>
      <comment>import.reversal_reason_missing</comment>
      <translation>ein stornierter Eintrag braucht einen reversal_reason.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>it is reversed on {rev}, before its own date {on}.</source>
      <comment>import.reversed_before_date</comment>
      <translation>er ist am {rev} storniert, vor seinem eigenen Datum {on}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>the value is {length} characters long; at most {max_text} are kept.</source>
      <comment>import.text_too_long</comment>
      <translation>der Wert ist {length} Zeichen lang; höchstens {max_text} werden übernommen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>there is no invoice numbered '{invoice}'.</source>
      <comment>import.unknown_allocated_invoice</comment>
      <translation>es gibt keine Rechnung mit der Nummer '{invoice}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{header}' is not a column of the {kind} file (it may have {names}); map the columns with --map, --profile or --detect.</source>
      <comment>import.unknown_column</comment>
      <translation>'{header}' ist keine Spalte der Datei für {kind} (sie kann {names} haben); ordnen Sie die Spalten mit --map, --profile oder --detect zu.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{header}' is not a column; did you mean {hint}? Name the columns with --map, --profile, --preset or --detect.</source>
      <comment>import.unknown_column_hint</comment>
      <translation>'{header}' ist keine Spalte; meinten Sie {hint}? Benennen Sie die Spalten mit --map, --profile, --preset oder --detect.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>there is no customer with code or name '{value}' (use --create-customers to add the unknown ones).</source>
      <comment>import.unknown_customer</comment>
      <translation>es gibt keinen Kunden mit der Nummer oder dem Namen '{value}' (mit --create-customers werden unbekannte angelegt).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>--map: '{name}' is not a field of {kind}; the fields are {names}.</source>
      <comment>import.unknown_field</comment>
      <translation>--map: '{name}' ist kein Feld von {kind}; die Felder sind {names}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>--map: '{name}' is not a field of {kind}; did you mean {hint}?</source>
      <comment>import.unknown_field_hint</comment>
      <translation>--map: '{name}' ist kein Feld von {kind}; meinten Sie {hint}?</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>there is no invoice numbered '{number}'.</source>
      <comment>import.unknown_invoice</comment>
      <translation>es gibt keine Rechnung mit der Nummer '{number}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{column}' (mapped to {name}) is not a column of the file.</source>
      <comment>import.unknown_mapped_column</comment>
      <translation>'{column}' (zugeordnet zu {name}) ist keine Spalte der Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{column}' (mapped to {name}) is not a column of the file; did you mean '{hint}'?</source>
      <comment>import.unknown_mapped_column_hint</comment>
      <translation>'{column}' (zugeordnet zu {name}) ist keine Spalte der Datei; meinten Sie '{hint}'?</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{preset_name}' is not a preset; use one of {presets}.</source>
      <comment>import.unknown_preset</comment>
      <translation>'{preset_name}' ist keine Vorlage; verwenden Sie eine von {presets}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>There is no import profile named '{profile}'; saved profiles: {names}.</source>
      <comment>import.unknown_profile</comment>
      <translation>Es gibt kein Importprofil namens '{profile}'; gespeicherte Profile: {names}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>There is no import profile named '{profile}'; none is saved yet.</source>
      <comment>import.unknown_profile_none</comment>
      <translation>Es gibt kein Importprofil namens '{profile}'; bisher ist keines gespeichert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>a voided invoice needs a void_reason.</source>
      <comment>import.void_reason_missing</comment>
      <translation>eine ungültig gemachte Rechnung braucht einen void_reason.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{source} line {line}, column '{column}'</source>
      <comment>import.where_column</comment>
      <translation>{source} Zeile {line}, Spalte '{column}'</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{source} line {line}</source>
      <comment>import.where_line</comment>
      <translation>{source} Zeile {line}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} was not imported: the ledger refused the write ({text}).</source>
      <comment>import.write_refused</comment>
      <translation>{path_name} wurde nicht importiert: das Debitorenbuch hat den Schreibvorgang abgelehnt ({text}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Payments are applied to the principal first; interest and compensation accrued on an invoice remain due until they are paid or waived.</source>
      <comment>interest.allocation_rule</comment>
      <translation>Zahlungen werden zuerst auf die Hauptforderung angerechnet; auf eine Rechnung aufgelaufene Zinsen und Entschädigungen bleiben geschuldet, bis sie bezahlt oder erlassen sind.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at the contractual rate of {rate} a year{law}, {how}.</source>
      <comment>interest.basis.contract</comment>
      <translation>Verzugszinsen zum vertraglichen Zinssatz von {rate} p. a.{law}, {how}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at the contractual rate of {rate} a year{law}, {how}, plus the contractual fee of {compensation}.</source>
      <comment>interest.basis.contract_fee</comment>
      <translation>Verzugszinsen zum vertraglichen Zinssatz von {rate} p. a.{law}, {how}, zuzüglich der vertraglichen Gebühr von {compensation}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Default interest under BGB §288(2) at the Basiszinssatz + {margin} points ({rates}), {how}{default}, split where the Basiszinssatz changed, plus the {compensation} lump sum under BGB §288(5).</source>
      <comment>interest.basis.de_b2b</comment>
      <translation>Verzugszinsen nach § 288 Abs. 2 BGB in Höhe von {margin} Prozentpunkten über dem Basiszinssatz ({rates}), {how}{default}, aufgeteilt bei jeder Änderung des Basiszinssatzes, zuzüglich der Pauschale von {compensation} nach § 288 Abs. 5 BGB.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Default interest under BGB §288(1) at the Basiszinssatz + {margin} points ({rates}), {how}{default}, split where the Basiszinssatz changed.</source>
      <comment>interest.basis.de_consumer</comment>
      <translation>Verzugszinsen nach § 288 Abs. 1 BGB in Höhe von {margin} Prozentpunkten über dem Basiszinssatz ({rates}), {how}{default}, aufgeteilt bei jeder Änderung des Basiszinssatzes.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from {date}, 30 days after the due date, BGB §286(3))</source>
      <comment>interest.basis.default_30_days</comment>
      <translation> (in Verzug seit {date}, 30 Tage nach Fälligkeit, § 286 Abs. 3 BGB)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from {date}, 30 days after the due date, our invoice having been received on {received_on}, BGB §286(3))</source>
      <comment>interest.basis.default_30_days_due_received</comment>
      <translation> (in Verzug seit {date}, 30 Tage nach Fälligkeit, nachdem unsere Rechnung am {received_on} zugegangen war, § 286 Abs. 3 BGB)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from {date}, 30 days after our invoice was received on {received_on}, later than its due date, BGB §286(3))</source>
      <comment>interest.basis.default_30_days_receipt</comment>
      <translation> (in Verzug seit {date}, 30 Tage nach Zugang unserer Rechnung am {received_on}, der nach der Fälligkeit lag, § 286 Abs. 3 BGB)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from the day after the agreed payment date, BGB §286(2) no. 1)</source>
      <comment>interest.basis.default_agreed</comment>
      <translation> (in Verzug ab dem Tag nach dem vereinbarten Zahlungstermin, § 286 Abs. 2 Nr. 1 BGB)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, taken as received {n} day after its date, on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_dated</comment>
      <extracomment> (in default on receipt of our reminder of {sent_on}, taken as received {n} days after its date, on {date}, BGB §286(1))</extracomment>
      <translation>
        <numerusform> (in Verzug mit Zugang unserer Mahnung vom {sent_on}, die {n} Tag nach ihrem Datum als zugegangen gilt, am {date}, § 286 Abs. 1 BGB)</numerusform>
        <numerusform> (in Verzug mit Zugang unserer Mahnung vom {sent_on}, die {n} Tage nach ihrem Datum als zugegangen gilt, am {date}, § 286 Abs. 1 BGB)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, delivered on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_delivered</comment>
      <translation> (in Verzug mit Zugang unserer Mahnung vom {sent_on}, zugestellt am {date}, § 286 Abs. 1 BGB)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, sent by email on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_emailed</comment>
      <translation> (in Verzug mit Zugang unserer Mahnung vom {sent_on}, per E-Mail versandt am {date}, § 286 Abs. 1 BGB)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, posted on {posted_on} and taken as received {n} day later, on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_posted</comment>
      <extracomment> (in default on receipt of our reminder of {sent_on}, posted on {posted_on} and taken as received {n} days later, on {date}, BGB §286(1))</extracomment>
      <translation>
        <numerusform> (in Verzug mit Zugang unserer Mahnung vom {sent_on}, zur Post gegeben am {posted_on} und als {n} Tag später zugegangen angenommen, am {date}, § 286 Abs. 1 BGB)</numerusform>
        <numerusform> (in Verzug mit Zugang unserer Mahnung vom {sent_on}, zur Post gegeben am {posted_on} und als {n} Tage später zugegangen angenommen, am {date}, § 286 Abs. 1 BGB)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest under Directive 2011/7/EU at the ECB main refinancing rate in force on the first day of each half-year + {margin} points ({rates}), {how}, split at 1 January and 1 July, plus {compensation} compensation for recovery costs under Article 6.</source>
      <comment>interest.basis.eu</comment>
      <translation>Verzugszinsen nach der Richtlinie 2011/7/EU zum am ersten Tag jedes Halbjahres geltenden EZB-Hauptrefinanzierungssatz + {margin} Prozentpunkte ({rates}), {how}, aufgeteilt zum 1. Januar und 1. Juli, zuzüglich {compensation} Entschädigung für Beitreibungskosten nach Artikel 6.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No contractual interest rate is agreed; the contractual fee of {compensation} is claimed{law}.</source>
      <comment>interest.basis.fee_only</comment>
      <translation>Ein vertraglicher Zinssatz ist nicht vereinbart; die vertragliche Gebühr von {compensation} wird geltend gemacht{law}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>simple interest per day on a 365-day year from {date}</source>
      <comment>interest.basis.how</comment>
      <translation>einfache Zinsen taggenau auf Basis von 365 Tagen ab {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at {rate} a year, the one-year Loan Prime Rate of {lpr} in force on {date} x {factor}{law}, {how}.</source>
      <comment>interest.basis.lpr</comment>
      <translation>Verzugszinsen von {rate} p. a., der am {date} geltende einjährige Loan Prime Rate von {lpr} x {factor}{law}, {how}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at {rate} a year, the one-year Loan Prime Rate of {lpr} in force on {date} x {factor}{law}, {how}, plus the contractual fee of {compensation}.</source>
      <comment>interest.basis.lpr_fee</comment>
      <translation>Verzugszinsen von {rate} p. a., der am {date} geltende einjährige Loan Prime Rate von {lpr} x {factor}{law}, {how}, zuzüglich der vertraglichen Gebühr von {compensation}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No late-payment interest or compensation is claimed for this invoice.</source>
      <comment>interest.basis.none</comment>
      <translation>Für diese Rechnung werden weder Verzugszinsen noch eine Entschädigung geltend gemacht.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Invoice {number}: the debtor, a consumer, is not in default on {date} (no payment date agreed by contract, no reminder received, no notice of default after 30 days on the invoice; BGB §286), so nothing has accrued.</source>
      <comment>interest.basis.not_in_default</comment>
      <translation>Rechnung {number}: Der Schuldner, ein Verbraucher, ist am {date} nicht in Verzug (kein vertraglich vereinbarter Zahlungstermin, keine Mahnung zugegangen, kein Hinweis auf den Verzug nach 30 Tagen auf der Rechnung; § 286 BGB), daher ist nichts aufgelaufen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Invoice {number} is not overdue on {date}, so nothing has accrued.</source>
      <comment>interest.basis.not_overdue</comment>
      <translation>Rechnung {number} ist am {date} nicht überfällig, daher ist nichts aufgelaufen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No contractual late-payment interest or fee is agreed, so nothing is claimed.</source>
      <comment>interest.basis.nothing_agreed</comment>
      <translation>Weder vertragliche Verzugszinsen noch eine Gebühr sind vereinbart, daher wird nichts geltend gemacht.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Invoice {number} has no undisputed open amount after its due date, so nothing is claimed.</source>
      <comment>interest.basis.nothing_open</comment>
      <translation>Rechnung {number} hat nach Fälligkeit keinen unbestrittenen offenen Betrag, daher wird nichts geltend gemacht.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (PRC Civil Code, Art. 585)</source>
      <comment>interest.basis.prc_law</comment>
      <translation> (Zivilgesetzbuch der VR China, Art. 585)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{base} + {margin} = {rate} from {date}</source>
      <comment>interest.basis.rate_step</comment>
      <translation>{base} + {margin} = {rate} ab {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{first}; {second}</source>
      <comment>interest.basis.rate_steps</comment>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (tier read from the {currency} face amount; compensation is expressed in GBP)</source>
      <comment>interest.basis.tier_face</comment>
      <translation> (Stufe nach dem Nennbetrag in {currency}; die Entschädigung lautet auf GBP)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (tier on the invoice amount of {amount})</source>
      <comment>interest.basis.tier_gbp</comment>
      <translation> (Stufe nach dem Rechnungsbetrag von {amount})</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at {rate} a year ({source}, the rate in force on {reference}), {how}, plus fixed compensation of {compensation} under section 5A{tier}.</source>
      <comment>interest.basis.uk</comment>
      <translation>Gesetzliche Zinsen nach dem Late Payment of Commercial Debts (Interest) Act 1998 von {rate} p. a. ({source}, der am {reference} geltende Satz), {how}, zuzüglich einer festen Entschädigung von {compensation} nach Section 5A{tier}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>The contract fee cannot be negative.</source>
      <comment>interest.contract_fee_negative</comment>
      <translation>Die vertragliche Gebühr darf nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>The contract rate must be between 0 and 1000 percent a year.</source>
      <comment>interest.contract_rate</comment>
      <translation>Der vertragliche Zinssatz muss zwischen 0 und 1000 Prozent im Jahr liegen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>The LPR factor must be more than 0 and at most 10 (for example 1.5).</source>
      <comment>interest.lpr_factor</comment>
      <translation>Der LPR-Faktor muss größer als 0 und höchstens 10 sein (zum Beispiel 1,5).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>No interest computed: {reason}</source>
      <comment>interest.not_computed</comment>
      <translation>Keine Zinsen berechnet: {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>No interest computed for {number}: {reason}</source>
      <comment>interest.not_computed_for</comment>
      <translation>Keine Zinsen für {number} berechnet: {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Invoice {number} has no interest or compensation to waive on {on}.</source>
      <comment>interest.nothing_to_waive</comment>
      <translation>Rechnung {number} hat am {on} weder Zinsen noch eine Pauschale, auf die verzichtet werden könnte.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Each period's interest is rounded half-up to the cent; an invoice's interest is the sum of its periods.</source>
      <comment>interest.rounding</comment>
      <translation>Die Zinsen jedes Zeitraums werden kaufmännisch auf den Cent gerundet; die Zinsen einer Rechnung sind die Summe ihrer Zeiträume.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>China (LPR)</source>
      <comment>interest.rule.cn</comment>
      <translation>China (LPR)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Contract rate</source>
      <comment>interest.rule.contract</comment>
      <translation>Vertragszins</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>BGB §288</source>
      <comment>interest.rule.de</comment>
      <translation>§ 288 BGB</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>EU Directive</source>
      <comment>interest.rule.eu</comment>
      <translation>EU-Richtlinie</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No interest</source>
      <comment>interest.rule.none</comment>
      <translation>Keine Zinsen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>UK Late Payment Act</source>
      <comment>interest.rule.uk</comment>
      <translation>UK Late Payment Act</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>contract rate {rate}</source>
      <comment>interest.source.contract</comment>
      <translation>Vertragszins {rate}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{label} {rate} ({effective}) x {factor}</source>
      <comment>interest.source.lpr</comment>
      <translation>{label} {rate} ({effective}) x {factor}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{label} {rate} ({effective}) + {margin}</source>
      <comment>interest.source.statutory</comment>
      <translation>{label} {rate} ({effective}) + {margin} Prozentpunkte</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>The rate table '{name}' is not loaded; it is needed for this interest rule.</source>
      <comment>interest.table_missing</comment>
      <translation>Die Zinstabelle „{name}“ ist nicht geladen; diese Zinsregel braucht sie.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_report.py" />
      <source>Time-barred since {date}: listed, not claimed.</source>
      <comment>interest.time_barred</comment>
      <translation>Verjährt seit {date}: aufgeführt, nicht geltend gemacht.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>'{rule}' is not an interest rule; use one of {rules}.</source>
      <comment>interest.unknown_rule</comment>
      <translation>'{rule}' ist keine Zinsregel; verwenden Sie eine von {rules}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer} paid by its deadline</source>
      <comment>interest.waiver.settlement_paid</comment>
      <translation>Vergleichsangebot {offer} fristgerecht bezahlt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>A waiver cannot be negative.</source>
      <comment>interest.waiver_negative</comment>
      <translation>Ein Verzicht darf nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Give a reason for the waiver.</source>
      <comment>interest.waiver_no_reason</comment>
      <translation>Geben Sie einen Grund für den Verzicht an.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Invoice {number} has {claimable} of compensation to waive on {on}, less than {asked}.</source>
      <comment>interest.waiver_over_compensation</comment>
      <translation>Rechnung {number} hat am {on} {claimable} Pauschale, auf die verzichtet werden kann, weniger als {asked}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Invoice {number} has {claimable} of interest to waive on {on}, less than {asked}.</source>
      <comment>interest.waiver_over_interest</comment>
      <translation>Rechnung {number} hat am {on} {claimable} Zinsen, auf die verzichtet werden kann, weniger als {asked}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is named twice in the allocation.</source>
      <comment>ledger.allocation_invoice_twice</comment>
      <translation>Rechnung {number} ist in der Zuordnung zweimal genannt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} open; {part} cannot be applied to it.</source>
      <comment>ledger.allocation_over_open</comment>
      <translation>Rechnung {number} hat {open_now} offen; {part} können nicht darauf angerechnet werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The allocation adds up to {value}, more than the {amount} received.</source>
      <comment>ledger.allocation_too_much</comment>
      <translation>Die Zuordnung ergibt {value}, mehr als die eingegangenen {amount}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The amount for invoice {number} must be more than zero.</source>
      <comment>ledger.allocation_zero</comment>
      <translation>Der Betrag für Rechnung {number} muss größer als null sein.</translation>
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
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is not an invoice of this customer in {currency}.</source>
      <comment>ledger.credit_invoice_mismatch</comment>
      <translation>Rechnung {number} ist keine Rechnung dieses Kunden in {currency}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A credit note numbered '{number}' already exists.</source>
      <comment>ledger.credit_note_exists</comment>
      <translation>Eine Gutschrift mit der Nummer '{number}' ist bereits vorhanden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A credit note must be for more than zero.</source>
      <comment>ledger.credit_note_zero</comment>
      <translation>Eine Gutschrift muss über mehr als null lauten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A customer with code '{customer_code}' already exists.</source>
      <comment>ledger.customer_exists</comment>
      <translation>Ein Kunde mit der Nummer '{customer_code}' ist bereits vorhanden.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is damaged ({problem}).</source>
      <comment>ledger.damaged</comment>
      <translation>{path} ist beschädigt ({problem}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} is damaged ({problem}); the newest backup is {backup} (restore it with 'arledger restore {backup} --ledger NEW').</source>
      <comment>ledger.damaged_backup</comment>
      <translation>{path} ist beschädigt ({problem}); die neueste Sicherung ist {backup} (stellen Sie sie mit 'arledger restore {backup} --ledger NEU' wieder her).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} is damaged ({problem}); no backup of it was found.</source>
      <comment>ledger.damaged_no_backup</comment>
      <translation>{path} ist beschädigt ({problem}); es wurde keine Sicherung davon gefunden.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{name} is damaged ({problem}); nothing was saved. Restore it from a backup, or run 'arledger check' for what is wrong.</source>
      <comment>ledger.damaged_write</comment>
      <translation>{name} ist beschädigt ({problem}); nichts wurde gespeichert. Stellen Sie es aus einer Sicherung wieder her oder führen Sie 'arledger check' aus, um zu sehen, was fehlt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is due {due} before it was issued ({issue_date}).</source>
      <comment>ledger.due_before_issue</comment>
      <translation>Rechnung {number} ist am {due} fällig, vor ihrem Rechnungsdatum ({issue_date}).</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is an empty file (0 bytes), not a ledger; create a ledger with 'arledger init' or restore one from a backup.</source>
      <comment>ledger.empty_file</comment>
      <translation>{path} ist eine leere Datei (0 Byte), kein Debitorenbuch; legen Sie mit 'arledger init' ein Debitorenbuch an oder stellen Sie eines aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} already exists; choose another file name.</source>
      <comment>ledger.file_exists</comment>
      <translation>{path} ist bereits vorhanden; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is an SQLite file but not an arledger ledger.</source>
      <comment>ledger.foreign_sqlite</comment>
      <translation>{path} ist eine SQLite-Datei, aber kein arledger-Debitorenbuch.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>An invoice numbered '{number}' already exists.</source>
      <comment>ledger.invoice_exists</comment>
      <translation>Eine Rechnung mit der Nummer '{number}' ist bereits vorhanden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is in {currency}, not {wanted}.</source>
      <comment>ledger.invoice_other_currency</comment>
      <translation>Rechnung {number} ist in {currency}, nicht in {wanted}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/allocation_preview.py" />
      <source>Invoice {number} belongs to another customer.</source>
      <comment>ledger.invoice_other_customer</comment>
      <translation>Rechnung {number} gehört einem anderen Kunden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} must be for more than zero.</source>
      <comment>ledger.invoice_zero</comment>
      <translation>Rechnung {number} muss über mehr als null lauten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} is a folder, not a ledger file.</source>
      <comment>ledger.is_folder</comment>
      <translation>{path} ist ein Ordner, keine Debitorenbuch-Datei.</translation>
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
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has nothing open to write off.</source>
      <comment>ledger.nothing_to_write_off</comment>
      <translation>Rechnung {number} hat nichts offen, das ausgebucht werden könnte.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{problem} Give a reason to raise it anyway (--allow-over-limit REASON).</source>
      <comment>ledger.over_limit</comment>
      <translation>{problem} Geben Sie einen Grund an, um sie trotzdem zu stellen (--allow-over-limit GRUND).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A payment must be for more than zero.</source>
      <comment>ledger.payment_zero</comment>
      <translation>Eine Zahlung muss über mehr als null lauten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} cannot have been received on {received_on}, before it was issued ({issue_date}).</source>
      <comment>ledger.received_before_issue</comment>
      <translation>Rechnung {number} kann nicht am {received_on} zugegangen sein, vor ihrem Rechnungsdatum ({issue_date}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Customer {c_code} has {available} of unapplied credit; a refund of {amount} is more than that.</source>
      <comment>ledger.refund_over_credit</comment>
      <translation>Kunde {c_code} hat {available} nicht angerechnetes Guthaben; eine Erstattung von {amount} ist mehr als das.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>A refund must be for more than zero.</source>
      <comment>ledger.refund_zero</comment>
      <translation>Eine Erstattung muss über mehr als null lauten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>Stop using it and restore the backup.</source>
      <comment>ledger.stop_using</comment>
      <translation>Arbeiten Sie nicht weiter damit und stellen Sie die Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/invoice_list.py" />
      <source>There is no invoice numbered '{number}'.</source>
      <comment>ledger.unknown_invoice</comment>
      <translation>Es gibt keine Rechnung mit der Nummer '{number}'.</translation>
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
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} open; a write-off must be more than zero and no more than that.</source>
      <comment>ledger.write_off_over_open</comment>
      <translation>Rechnung {number} hat {open_now} offen; eine Ausbuchung muss größer als null sein und darf das nicht übersteigen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A write-off needs a reason.</source>
      <comment>ledger.write_off_reason_missing</comment>
      <translation>Eine Ausbuchung braucht einen Grund.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>The archived letter {path} is missing or altered; check the letters archive.</source>
      <comment>letter.archive_altered</comment>
      <translation>Das archivierte Schreiben {path} fehlt oder wurde verändert; prüfen Sie das Archiv der Schreiben.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>Completed archiving {path} (evidence event {seq}).</source>
      <comment>letter.archive_completed</comment>
      <translation>Archivierung von {path} abgeschlossen (Beweisereignis {seq}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>The file of letter {letter} at {path} does not match its recorded SHA-256.</source>
      <comment>letter.archive_file_differs</comment>
      <translation>Die Datei von Schreiben {letter} unter {path} stimmt nicht mit der erfassten SHA-256 überein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>Letter {letter} (evidence event {seq}) has no file at {path}.</source>
      <comment>letter.archive_no_file</comment>
      <translation>Zu Schreiben {letter} (Beweisereignis {seq}) gibt es unter {path} keine Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>{path} is in the letters archive but no letter refers to it.</source>
      <comment>letter.archive_unrecorded</comment>
      <translation>{path} liegt im Archiv der Schreiben, aber kein Schreiben verweist darauf.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>the last letter to {customer} was level {level} on {sent_on}</source>
      <comment>letter.last_sent</comment>
      <translation>das letzte Schreiben an {customer} war Stufe {level} am {sent_on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The ledger has no company name for the letterhead; set the company details first.</source>
      <comment>letter.no_company</comment>
      <translation>Das Debitorenbuch hat keinen Firmennamen für den Briefkopf; hinterlegen Sie zuerst die Firmendaten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The letterhead logo {logo} does not exist; fix the company details.</source>
      <comment>letter.no_logo</comment>
      <translation>Das Logo {logo} für den Briefkopf existiert nicht; korrigieren Sie die Firmendaten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>The letter to {customer} was not recorded; nothing was archived.</source>
      <comment>letter.not_recorded</comment>
      <translation>Das Schreiben an {customer} wurde nicht erfasst; es wurde nichts archiviert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>Nothing is overdue for {customer} on {on}, so there is no letter to send.</source>
      <comment>letter.nothing_overdue</comment>
      <translation>Für {customer} ist am {on} nichts überfällig, daher gibt es kein Schreiben zu versenden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>nothing has been sent to {customer} yet</source>
      <comment>letter.nothing_sent_yet</comment>
      <translation>an {customer} wurde noch nichts gesendet</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>{customer} has nothing overdue and undisputed on {on} that a letter could claim.</source>
      <comment>letter.nothing_to_claim</comment>
      <translation>{customer} hat am {on} nichts Überfälliges und Unbestrittenes, das ein Schreiben fordern könnte.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The page size setting is '{size}'; use A4 or Letter.</source>
      <comment>letter.page_size</comment>
      <translation>Die Einstellung für das Papierformat ist '{size}'; verwenden Sie A4 oder Letter.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>A level {level} letter would skip a level: {before}, so the next is level {highest} at most.</source>
      <comment>letter.skips_level</comment>
      <translation>Ein Schreiben der Stufe {level} würde eine Stufe überspringen: {before}, daher ist das nächste höchstens Stufe {highest}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>{warnings} No letter was sent: update the rate tables, or acknowledge that the last known rates are used and send the batch anyway.</source>
      <comment>letter.stale_rates</comment>
      <translation>{warnings} Es wurde kein Schreiben versandt: Aktualisieren Sie die Zinstabellen oder bestätigen Sie, dass die letzten bekannten Sätze verwendet werden, und senden Sie den Stapel trotzdem.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>Could not write {out}: {reason}.</source>
      <comment>letter.write_failed</comment>
      <translation>{out} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The letter was recorded and archived at {archived}, but could not write {out}: {reason}.</source>
      <comment>letter.write_failed_archived</comment>
      <translation>Das Schreiben wurde erfasst und unter {archived} archiviert, aber {out} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>nothing</source>
      <comment>letters.claimed_nothing</comment>
      <translation>nichts</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/letter_archive.py" />
      <source>{customer} {name}: level {level}{level_name}, {n} invoice, {claimed} claimed{reply}{how}</source>
      <comment>letters.summary</comment>
      <extracomment>{customer} {name}: level {level}{level_name}, {n} invoices, {claimed} claimed{reply}{how}</extracomment>
      <translation>
        <numerusform>{customer} {name}: Stufe {level}{level_name}, {n} Rechnung, {claimed} gefordert{reply}{how}</numerusform>
        <numerusform>{customer} {name}: Stufe {level}{level_name}, {n} Rechnungen, {claimed} gefordert{reply}{how}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>; emailed to {recipients}</source>
      <comment>letters.summary.emailed</comment>
      <translation>; per E-Mail an {recipients}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source> ({name})</source>
      <comment>letters.summary.level_name</comment>
      <translation> ({name})</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>, reply by {date}</source>
      <comment>letters.summary.reply_by</comment>
      <translation>, Antwort bis {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>{path} already exists; choose another file name (arledger never overwrites a ledger).</source>
      <comment>lifecycle.ledger_exists</comment>
      <translation>{path} ist bereits vorhanden; wählen Sie einen anderen Dateinamen (arledger überschreibt nie ein Debitorenbuch).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>'{jurisdiction}' is not a jurisdiction; use one of {value}.</source>
      <comment>lifecycle.unknown_jurisdiction</comment>
      <translation>'{jurisdiction}' ist kein Rechtsraum; verwenden Sie einen von {value}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) from the due date {due}{pause}; claims are barred after {limit}.</source>
      <comment>limitation.basis.due</comment>
      <translation>{years}-jährige Verjährungsfrist ({law}) ab dem Fälligkeitstag {due}{pause}; Forderungen sind nach dem {limit} verjährt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) restarted by the {kind} of {on}{pause}; claims are barred after {limit}.</source>
      <comment>limitation.basis.restarted</comment>
      <translation>{years}-jährige Verjährungsfrist ({law}), neu begonnen durch {kind} am {on}{pause}; Forderungen sind nach dem {limit} verjährt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) had run, but the debtor's {kind} of {on} revived the claim (PRC Civil Code Art. 192(2)); claims are barred after {limit}.</source>
      <comment>limitation.basis.revived</comment>
      <translation>{years}-jährige Verjährungsfrist ({law}) war abgelaufen, aber {kind} des Schuldners am {on} hat die Forderung wieder aufleben lassen (Zivilgesetzbuch der VR China, Art. 192 Abs. 2); Forderungen sind nach dem {limit} verjährt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/limitation.py" />
      <source> and suspended for {n} day of negotiations (BGB §203)</source>
      <comment>limitation.basis.suspended</comment>
      <extracomment> and suspended for {n} days of negotiations (BGB §203)</extracomment>
      <translation>
        <numerusform> und für {n} Tag Verhandlungen gehemmt (§ 203 BGB)</numerusform>
        <numerusform> und für {n} Tage Verhandlungen gehemmt (§ 203 BGB)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) from the end of {year}{pause}; claims are barred after {limit}.</source>
      <comment>limitation.basis.year_end</comment>
      <translation>{years}-jährige Verjährungsfrist ({law}) ab dem Schluss des Jahres {year}{pause}; Forderungen sind nach dem {limit} verjährt.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>acknowledgment</source>
      <comment>limitation.event.acknowledgment</comment>
      <translation>Anerkenntnis</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>demand delivered</source>
      <comment>limitation.event.demand_delivered</comment>
      <translation>zugestellte Mahnung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>negotiation end</source>
      <comment>limitation.event.negotiation_end</comment>
      <translation>Ende der Verhandlungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>negotiation start</source>
      <comment>limitation.event.negotiation_start</comment>
      <translation>Beginn der Verhandlungen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>part payment</source>
      <comment>limitation.event.part_payment</comment>
      <translation>Teilzahlung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>promise</source>
      <comment>limitation.event.promise</comment>
      <translation>Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>suit</source>
      <comment>limitation.event.suit</comment>
      <translation>Klage</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>PRC Civil Code Art. 188 and 195</source>
      <comment>limitation.law.cn</comment>
      <translation>Art. 188 und 195 Zivilgesetzbuch der VR China</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>BGB §§195, 199 and 212</source>
      <comment>limitation.law.de</comment>
      <translation>§§ 195, 199 und 212 BGB</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>the ledger's default limitation rule</source>
      <comment>limitation.law.generic</comment>
      <translation>die Standard-Verjährungsregel des Debitorenbuchs</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>Limitation Act 1980 s. 5 and 29</source>
      <comment>limitation.law.uk</comment>
      <translation>Limitation Act 1980, s. 5 und 29</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>letter {letter} (evidence event {record}) delivered; event {event}</source>
      <comment>limitation.note.letter_delivered</comment>
      <translation>Schreiben {letter} (Nachweisereignis {record}) zugestellt; Ereignis {event}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>notice {notice} (evidence event {record}) delivered; event {event}</source>
      <comment>limitation.note.notice_delivered</comment>
      <translation>Schreiben {notice} (Nachweisereignis {record}) zugestellt; Ereignis {event}</translation>
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
      <location filename="../../arledger/services/limitations.py" />
      <source>'{kind}' is not a limitation event; use {kinds}.</source>
      <comment>limitation.unknown_kind</comment>
      <translation>'{kind}' ist kein Verjährungsereignis; verwenden Sie {kinds}.</translation>
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
      <location filename="../../arledger/services/notices.py" />
      <source>Promise {promise_id} was already confirmed on {sent_on} (evidence event {evidence_seq}).</source>
      <comment>notice.already_confirmed</comment>
      <translation>Zahlungszusage {promise_id} wurde bereits am {sent_on} bestätigt (Beweisereignis {evidence_seq}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} is already recorded as delivered on {on}.</source>
      <comment>notice.already_delivered</comment>
      <translation>Schreiben {notice_id} ist bereits als am {on} zugestellt erfasst.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Promise {promise_id} was made on {promised_on}; it cannot be confirmed on {day}.</source>
      <comment>notice.confirm_before_promise</comment>
      <translation>Zahlungszusage {promise_id} wurde am {promised_on} gegeben; sie kann nicht am {day} bestätigt werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Courtesy reminders are off; set escalation_policy courtesy_reminder_days to turn them on.</source>
      <comment>notice.courtesy_off</comment>
      <translation>Freundliche Vorab-Erinnerungen sind ausgeschaltet; setzen Sie escalation_policy courtesy_reminder_days, um sie einzuschalten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} is dated {sent_on}; it cannot have been delivered on {on}.</source>
      <comment>notice.delivered_before_notice</comment>
      <translation>Schreiben {notice_id} ist vom {sent_on}; es kann nicht am {on} zugestellt worden sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>A delivery note has at most 500 characters.</source>
      <comment>notice.delivery_note_too_long</comment>
      <translation>Ein Zustellvermerk hat höchstens 500 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>promise confirmation</source>
      <comment>notice.kind_promise_confirmation</comment>
      <translation>Bestätigung der Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>repayment agreement</source>
      <comment>notice.kind_repayment_agreement</comment>
      <translation>Ratenzahlungsvereinbarung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>A {kind} needs the promise or plan it is about.</source>
      <comment>notice.needs_subject</comment>
      <translation>Eine {kind} braucht die Zahlungszusage oder den Ratenplan, um den es geht.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>There is no instalment plan {plan_id}.</source>
      <comment>notice.no_plan</comment>
      <translation>Es gibt keinen Ratenplan {plan_id}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>There is no promise {promise_id}.</source>
      <comment>notice.no_promise</comment>
      <translation>Es gibt keine Zahlungszusage {promise_id}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>No notice of this kind ({kind}) has been sent to {customer} yet.</source>
      <comment>notice.none_sent</comment>
      <translation>An {customer} wurde noch kein Schreiben dieser Art ({kind}) gesandt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>No notice has been sent to {customer} yet.</source>
      <comment>notice.none_sent_any</comment>
      <translation>An {customer} wurde noch kein Schreiben gesandt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{customer_code} has not paid in full on {on} (or part was written off); a thank-you is sent once everything is paid.</source>
      <comment>notice.not_paid_in_full</comment>
      <translation>{customer_code} hat am {on} nicht vollständig bezahlt (oder ein Teil wurde ausgebucht); ein Dankschreiben geht erst, wenn alles bezahlt ist.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} has no record of being posted; record the posting first.</source>
      <comment>notice.not_posted</comment>
      <translation>Für Schreiben {notice_id} ist kein Versand erfasst; erfassen Sie zuerst den Versand.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{code} has no invoice falling due in the next {days} days that a courtesy reminder has not named yet.</source>
      <comment>notice.nothing_falling_due</comment>
      <translation>{code} hat in den nächsten {days} Tagen keine fällig werdende Rechnung, die eine Vorab-Erinnerung noch nicht genannt hat.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{customer_code} has had no letter since the last thank-you (or none at all); there is nothing to thank them for in writing.</source>
      <comment>notice.nothing_to_thank</comment>
      <translation>{customer_code} hat seit dem letzten Dankschreiben (oder überhaupt) kein Schreiben erhalten; es gibt nichts, wofür schriftlich zu danken wäre.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>The archived PDF of notice {notice_id} does not match its recorded SHA-256.</source>
      <comment>notice.pdf_hash_differs</comment>
      <translation>Das archivierte PDF von Schreiben {notice_id} stimmt nicht mit seinem erfassten SHA-256 überein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>The archived PDF of notice {notice_id} is missing ({path}).</source>
      <comment>notice.pdf_missing</comment>
      <translation>Das archivierte PDF von Schreiben {notice_id} fehlt ({path}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} is dated {sent_on}; it cannot have been posted on {day}.</source>
      <comment>notice.posted_before_notice</comment>
      <translation>Schreiben {notice_id} ist vom {sent_on}; es kann nicht am {day} versandt worden sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>There is no notice {notice_id}.</source>
      <comment>notice.unknown</comment>
      <translation>Es gibt kein Schreiben {notice_id}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>'{kind}' is not a kind of notice; use {kinds}.</source>
      <comment>notice.unknown_kind</comment>
      <translation>'{kind}' ist keine Art von Schreiben; verwenden Sie {kinds}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is inside the ledger's own folder {folder}</source>
      <comment>output.in_files_dir</comment>
      <translation>es liegt im eigenen Ordner des Debitorenbuchs {folder}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is inside the folder that keeps the evidence chain's witness files</source>
      <comment>output.in_witness_dir</comment>
      <translation>es liegt in dem Ordner, der die Zeugendateien der Beweiskette aufbewahrt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>{folder} cannot be used for {what}: it is inside the ledger's own folder {files_dir}; nothing was written, choose another folder.</source>
      <comment>output.inside_ledger</comment>
      <translation>{folder} kann nicht für {what} verwendet werden: er liegt im eigenen Ordner des Debitorenbuchs {files_dir}; es wurde nichts geschrieben, wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is a backup of the ledger</source>
      <comment>output.is_backup</comment>
      <translation>es ist eine Sicherung des Debitorenbuchs</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is a database file (perhaps another ledger)</source>
      <comment>output.is_database</comment>
      <translation>es ist eine Datenbankdatei (vielleicht ein anderes Debitorenbuch)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is the ledger itself</source>
      <comment>output.is_ledger</comment>
      <translation>es ist das Debitorenbuch selbst</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is the ledger's {kind} file</source>
      <comment>output.is_side_file</comment>
      <translation>es ist die {kind}-Datei des Debitorenbuchs</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>{folder} cannot be used for {what}: it is a file, not a folder.</source>
      <comment>output.not_a_folder</comment>
      <translation>{folder} kann nicht für {what} verwendet werden: es ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>{target} cannot be used for {what}: {reason}; nothing was written, choose another file.</source>
      <comment>output.unusable_file</comment>
      <translation>{target} kann nicht für {what} verwendet werden: {reason}; es wurde nichts geschrieben, wählen Sie eine andere Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>a letter</source>
      <comment>output.what_a_letter</comment>
      <translation>einen Brief</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>the backup</source>
      <comment>output.what_backup</comment>
      <translation>die Sicherung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>the combined letters</source>
      <comment>output.what_combined_letters</comment>
      <translation>die zusammengefassten Briefe</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the copy</source>
      <comment>output.what_copy</comment>
      <translation>die Kopie</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letters.py" />
      <source>the letter</source>
      <comment>output.what_letter</comment>
      <translation>den Brief</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>the letters</source>
      <comment>output.what_letters</comment>
      <translation>die Briefe</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the output</source>
      <comment>output.what_output</comment>
      <translation>die Ausgabe</translation>
    </message>
    <message>
      <location filename="../../arledger/services/statements.py" />
      <source>the statement</source>
      <comment>output.what_statement</comment>
      <translation>den Kontoauszug</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>the workbook</source>
      <comment>output.what_workbook</comment>
      <translation>die Arbeitsmappe</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Index</source>
      <comment>pack.index</comment>
      <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>No.</source>
      <comment>pack.index.no</comment>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Page</source>
      <comment>pack.index.page</comment>
      <translation>Seite</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Pages</source>
      <comment>pack.index.pages</comment>
      <translation>Seiten</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Part</source>
      <comment>pack.index.part</comment>
      <translation>Teil</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Pack page {n} of {total}</source>
      <comment>pack.page</comment>
      <translation>Paketseite {n} von {total}</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>The file resources/{file} is missing from this installation of arledger; reinstall arledger</source>
      <comment>paths.file_missing</comment>
      <translation>Die Datei resources/{file} fehlt in dieser Installation von arledger; installieren Sie arledger neu</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>No {pattern} files are in resources/{folder} of this installation of arledger; reinstall arledger</source>
      <comment>paths.files_missing</comment>
      <translation>In resources/{folder} dieser Installation von arledger gibt es keine {pattern}-Dateien; installieren Sie arledger neu</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>arledger's {folder} folder (package {package}) is missing from this installation; reinstall arledger</source>
      <comment>paths.folder_missing</comment>
      <translation>Der Ordner {folder} von arledger (Paket {package}) fehlt in dieser Installation; installieren Sie arledger neu</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>{problem} (looked for {path}).</source>
      <comment>paths.looked_for</comment>
      <translation>{problem} (gesucht unter {path}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>bank transfer</source>
      <comment>payment.method.bank_transfer</comment>
      <translation>Überweisung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>card</source>
      <comment>payment.method.card</comment>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>cash</source>
      <comment>payment.method.cash</comment>
      <translation>bar</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>cheque</source>
      <comment>payment.method.cheque</comment>
      <translation>Scheck</translation>
    </message>
    <message>
      <location filename="../../arledger/services/cases.py" />
      <source>The period ends ({end}) before it starts ({start}).</source>
      <comment>period.ends_before_start</comment>
      <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>broken</source>
      <comment>plan.status.broken</comment>
      <translation>gebrochen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>completed</source>
      <comment>plan.status.completed</comment>
      <translation>erfüllt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>on track</source>
      <comment>plan.status.on_track</comment>
      <translation>planmäßig</translation>
    </message>
    <message>
      <location filename="../../arledger/services/policy.py" />
      <source>The setting letters.allow_first_formal is '{allow}'; use true or false.</source>
      <comment>policy.bad_allow_first_formal</comment>
      <translation>Die Einstellung letters.allow_first_formal ist '{allow}'; verwenden Sie true oder false.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/policy.py" />
      <source>The contact policy is not valid ({reason}).</source>
      <comment>policy.bad_contact_policy</comment>
      <translation>Die Kontaktregeln sind ungültig ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/policy.py" />
      <source>The escalation policy is not valid ({reason}).</source>
      <comment>policy.bad_escalation_policy</comment>
      <translation>Die Mahnstufenregeln sind ungültig ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>Copies must be from 1 to 99.</source>
      <comment>printing.bad_copies</comment>
      <translation>Die Anzahl der Exemplare muss zwischen 1 und 99 liegen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The printer refused the job: {value}.</source>
      <comment>printing.job_refused</comment>
      <translation>Der Drucker hat den Auftrag abgelehnt: {value}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The printer refused the job without giving a reason.</source>
      <comment>printing.job_refused_silently</comment>
      <translation>Der Drucker hat den Auftrag ohne Angabe eines Grundes abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>No print system (CUPS) was found on this computer; save the PDF and print it from your PDF reader.</source>
      <comment>printing.no_cups</comment>
      <translation>Auf diesem Computer wurde kein Drucksystem (CUPS) gefunden; speichern Sie das PDF und drucken Sie es aus Ihrem PDF-Programm.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>{path_name} is not a PDF file.</source>
      <comment>printing.not_pdf</comment>
      <translation>{path_name} ist keine PDF-Datei.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The print system could not be started ({reason}).</source>
      <comment>printing.not_started</comment>
      <translation>Das Drucksystem konnte nicht gestartet werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The print system did not answer in time; nothing was printed.</source>
      <comment>printing.timeout</comment>
      <translation>Das Drucksystem hat nicht rechtzeitig geantwortet; es wurde nichts gedruckt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>The promised date {due} is before the day the promise was made ({promised_on}).</source>
      <comment>promise.due_before_made</comment>
      <translation>Das zugesagte Datum {due} liegt vor dem Tag, an dem die Zahlungszusage gegeben wurde ({promised_on}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>Invoice {number} is already settled; a promise cannot cover it.</source>
      <comment>promise.invoice_settled</comment>
      <translation>Rechnung {number} ist bereits beglichen; eine Zahlungszusage kann sie nicht umfassen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>A promise covers invoices of one currency; record one promise per currency.</source>
      <comment>promise.mixed_currencies</comment>
      <translation>Eine Zahlungszusage umfasst Rechnungen einer Währung; erfassen Sie je Währung eine Zahlungszusage.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>The first instalment ({first}) is before the plan was agreed ({agreed_on}).</source>
      <comment>promise.plan_before_agreed</comment>
      <translation>Die erste Rate ({first}) liegt vor der Vereinbarung des Ratenplans ({agreed_on}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>Instalment dates must be in order, one instalment a day at most.</source>
      <comment>promise.plan_dates_order</comment>
      <translation>Die Ratentermine müssen aufsteigend sein, höchstens eine Rate pro Tag.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>An instalment plan needs at least one dated amount.</source>
      <comment>promise.plan_empty</comment>
      <translation>Ein Ratenplan braucht mindestens einen Betrag mit Datum.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>Every instalment must be for more than zero.</source>
      <comment>promise.plan_instalment_zero</comment>
      <translation>Jede Rate muss größer als null sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>broken</source>
      <comment>promise.status.broken</comment>
      <translation>gebrochen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>kept</source>
      <comment>promise.status.kept</comment>
      <translation>eingehalten</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>partly kept</source>
      <comment>promise.status.partly_kept</comment>
      <translation>teilweise eingehalten</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>pending</source>
      <comment>promise.status.pending</comment>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>A promise must be for more than zero.</source>
      <comment>promise.zero</comment>
      <translation>Eine Zahlungszusage muss über mehr als null lauten.</translation>
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
      <source>broken promise</source>
      <comment>queue.kind.broken_promise</comment>
      <translation>gebrochene Zusage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>call</source>
      <comment>queue.kind.call</comment>
      <translation>Anruf</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>confirm promise</source>
      <comment>queue.kind.confirm_promise</comment>
      <translation>Zusage bestätigen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>delivery</source>
      <comment>queue.kind.delivery</comment>
      <translation>Zustellung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>escalation</source>
      <comment>queue.kind.escalation</comment>
      <translation>Eskalation</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>letter</source>
      <comment>queue.kind.letter</comment>
      <translation>Schreiben</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>limitation</source>
      <comment>queue.kind.limitation</comment>
      <translation>Verjährung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>promise check</source>
      <comment>queue.kind.promise_check</comment>
      <translation>Zusage prüfen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>task</source>
      <comment>queue.kind.task</comment>
      <translation>Aufgabe</translation>
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
      <source>The {kind} (notice {notice}) was posted on {posted} ({method}{tracking}) and has no delivery record: check the tracking and record the delivery.</source>
      <comment>queue.notice_delivery</comment>
      <translation>{kind} (Mitteilung {notice}) wurde am {posted} zur Post gegeben ({method}{tracking}) und hat keinen Zustellnachweis: prüfen Sie die Sendungsverfolgung und erfassen Sie die Zustellung.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>courtesy reminder</source>
      <comment>queue.notice_kind.courtesy</comment>
      <translation>Freundliche Erinnerung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>thank-you letter</source>
      <comment>queue.notice_kind.thank_you</comment>
      <translation>Dankschreiben</translation>
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
      <source>BoE base</source>
      <comment>rates.label.boe_base_rate</comment>
      <translation>Leitzins der Bank of England</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>LPR 1y</source>
      <comment>rates.label.cn_lpr_1y</comment>
      <translation>LPR (1 Jahr)</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>Basiszinssatz</source>
      <comment>rates.label.de_basiszins</comment>
      <translation>Basiszinssatz</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>ECB MRO</source>
      <comment>rates.label.ecb_mro</comment>
      <translation>EZB-Hauptrefinanzierungssatz</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The rate table '{name}' must list each date once, oldest first.</source>
      <comment>rates.order</comment>
      <translation>Die Zinstabelle „{name}“ muss jedes Datum einmal enthalten, das älteste zuerst.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The {label} rate table ends with {rate} from {effective}; that rate was assumed for {day} -- update the '{name}' table.</source>
      <comment>rates.stale</comment>
      <translation>Die Zinstabelle „{label}“ endet mit {rate} ab {effective}; dieser Satz wurde für {day} angenommen – bitte die Tabelle „{name}“ aktualisieren.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reasons.py" />
      <source>Choose a period of at most 36 months for the reasons trend.</source>
      <comment>reason.period_too_long</comment>
      <translation>Wählen Sie für den Verlauf der Gründe einen Zeitraum von höchstens 36 Monaten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>The {name} {label} was already reversed on {reversed_on}.</source>
      <comment>reversal.already_reversed</comment>
      <translation>{name} {label} wurde bereits am {reversed_on} storniert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} was already voided.</source>
      <comment>reversal.already_voided</comment>
      <translation>Rechnung {number} wurde bereits ungültig gemacht.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>'{ref}' is not a {names} number; give the id shown in the customer's history.</source>
      <comment>reversal.bad_ref</comment>
      <translation>'{ref}' ist keine Nummer für {names}; geben Sie die ID aus dem Verlauf des Kunden an.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>'{ref}' is not a refund number; give the id shown in the customer's history.</source>
      <comment>reversal.bad_refund_ref</comment>
      <translation>'{ref}' ist keine Nummer einer Erstattung; geben Sie die ID aus dem Verlauf des Kunden an.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} has payments, credit notes or write-offs applied; reverse those first, or give a credit note instead of voiding it.</source>
      <comment>reversal.invoice_settled</comment>
      <translation>Auf Rechnung {number} sind Zahlungen, Gutschriften oder Ausbuchungen angerechnet; stornieren Sie diese zuerst oder erstellen Sie eine Gutschrift, statt sie ungültig zu machen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Part of the {name} {label} was refunded; it cannot be reversed.</source>
      <comment>reversal.partly_refunded</comment>
      <translation>Ein Teil von {name} {label} wurde erstattet; sie kann nicht storniert werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>A reversal needs a reason (say why the entry was wrong).</source>
      <comment>reversal.reason_missing</comment>
      <translation>Eine Stornierung braucht einen Grund (sagen Sie, warum der Eintrag falsch war).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Refund {id} was already reversed on {reversed_on}.</source>
      <comment>reversal.refund_already_reversed</comment>
      <translation>Die Erstattung {id} wurde bereits am {reversed_on} storniert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Refund {id} was made on {date}; it cannot be reversed before that.</source>
      <comment>reversal.refund_too_early</comment>
      <translation>Die Erstattung {id} wurde am {date} gebucht; sie kann nicht vor diesem Tag storniert werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>The {name} {label} cannot be reversed on {on}: it stands in the ledger until {earliest}; reverse it on that day or later.</source>
      <comment>reversal.too_early</comment>
      <translation>{name} {label} kann nicht am {on} storniert werden: sie steht bis {earliest} im Debitorenbuch; stornieren Sie an diesem Tag oder später.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>There is no credit note numbered '{ref}'.</source>
      <comment>reversal.unknown_credit_note</comment>
      <translation>Es gibt keine Gutschrift mit der Nummer '{ref}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>There is no {names} {ref}.</source>
      <comment>reversal.unknown_entry</comment>
      <translation>Es gibt keine {names} {ref}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>There is no refund {ref}.</source>
      <comment>reversal.unknown_refund</comment>
      <translation>Es gibt keine Erstattung {ref}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} was issued on {issue_date}; it cannot be voided before that.</source>
      <comment>reversal.void_before_issue</comment>
      <translation>Rechnung {number} wurde am {issue_date} gestellt; sie kann nicht davor ungültig gemacht werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} had settlements until {last}; void it on that day or later.</source>
      <comment>reversal.void_before_settlements</comment>
      <translation>Auf Rechnung {number} wurde bis {last} angerechnet; machen Sie sie an diesem Tag oder später ungültig.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>high</source>
      <comment>risk.level.high</comment>
      <translation>hoch</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>watch</source>
      <comment>risk.level.watch</comment>
      <translation>Beobachtung</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/kpi.py" />
      <source>{n} broken promise ({level}: from {threshold}).</source>
      <comment>risk.reason.broken_promises</comment>
      <extracomment>{n} broken promises ({level}: from {threshold}).</extracomment>
      <translation>
        <numerusform>{n} gebrochene Zahlungszusage ({level}: ab {threshold}).</numerusform>
        <numerusform>{n} gebrochene Zahlungszusagen ({level}: ab {threshold}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Uses {value}% of the credit limit ({level}: from {threshold}).</source>
      <comment>risk.reason.credit_use</comment>
      <translation>Nutzt {value} % des Kreditlimits ({level}: ab {threshold}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Pays {value} days late on average ({level}: from {threshold}).</source>
      <comment>risk.reason.days_late</comment>
      <translation>Zahlt im Durchschnitt {value} Tage zu spät ({level}: ab {threshold}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>{value}% of the open balance is overdue ({level}: from {threshold}).</source>
      <comment>risk.reason.overdue_share</comment>
      <translation>{value} % des offenen Saldos sind überfällig ({level}: ab {threshold}).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/kpi.py" />
      <source>{n} promise to pay broken recently.</source>
      <comment>risk.warning.broken_promise</comment>
      <extracomment>{n} promises to pay broken recently.</extracomment>
      <translation>
        <numerusform>{n} Zahlungszusage kürzlich gebrochen.</numerusform>
        <numerusform>{n} Zahlungszusagen kürzlich gebrochen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Nobody reached for {days} days despite {attempts} attempts.</source>
      <comment>risk.warning.contact_lost</comment>
      <translation>Seit {days} Tagen niemand erreicht, trotz {attempts} Versuchen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Nobody reached yet despite {attempts} attempts.</source>
      <comment>risk.warning.contact_lost_never</comment>
      <translation>Noch niemand erreicht, trotz {attempts} Versuchen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Credit use jumped from {before}% to {now}% of the limit.</source>
      <comment>risk.warning.credit_jump</comment>
      <translation>Die Kreditnutzung ist von {before} % auf {now} % des Limits gestiegen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/kpi.py" />
      <source>{n} new dispute opened.</source>
      <comment>risk.warning.new_dispute</comment>
      <extracomment>{n} new disputes opened.</extracomment>
      <translation>
        <numerusform>{n} neuer Streitfall eröffnet.</numerusform>
        <numerusform>{n} neue Streitfälle eröffnet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Payments are getting later: {recent} days late on average, up from {earlier}.</source>
      <comment>risk.warning.payments_later</comment>
      <translation>Zahlungen kommen immer später: im Durchschnitt {recent} Tage zu spät, zuvor {earlier}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>default_currency must be a three-letter currency code such as GBP.</source>
      <comment>settings.bad_currency</comment>
      <translation>default_currency muss ein dreistelliger Währungscode wie EUR sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>{found}; the setting was left as it was.</source>
      <comment>settings.bad_value</comment>
      <translation>{found}; die Einstellung blieb unverändert.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>aging.boundaries must be a list of one to twelve day counts, e.g. [30, 90, 180]</source>
      <comment>settings.boundaries_count</comment>
      <translation>aging.boundaries muss eine Liste von ein bis zwölf Tageszahlen sein, z. B. [30, 90, 180]</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>aging.boundaries must rise from one boundary to the next, e.g. [30, 90, 180]</source>
      <comment>settings.boundaries_order</comment>
      <translation>aging.boundaries muss von einer Grenze zur nächsten steigen, z. B. [30, 90, 180]</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company address must be text or a list of at most 12 lines of text</source>
      <comment>settings.company_address</comment>
      <translation>company address muss Text oder eine Liste von höchstens 12 Textzeilen sein</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company bank must be a JSON object with {keys}; got {value}</source>
      <comment>settings.company_bank</comment>
      <translation>company bank muss ein JSON-Objekt mit {keys} sein; erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company bank {key}</source>
      <comment>settings.company_bank_key</comment>
      <translation>{key} der Bankverbindung (company bank)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company must be a JSON object, e.g. {{"name": "...", "address": "..."}}</source>
      <comment>settings.company_not_object</comment>
      <translation>company muss ein JSON-Objekt sein, z. B. {{"name": "...", "address": "..."}}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>default aging buckets, e.g. [30, 90, 180]</source>
      <comment>settings.help.aging_boundaries</comment>
      <translation>Standard-Altersstufen der Fälligkeit, z. B. [30, 90, 180]</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>daily automatic backups the app keeps beside the ledger (default 7; 0 for none)</source>
      <comment>settings.help.backups_keep</comment>
      <translation>tägliche automatische Sicherungen, die das Programm neben dem Debitorenbuch aufbewahrt (Standard 7; 0 für keine)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>letterhead: name, address, registration, email, phone, contact_person, logo, bank {account_name, iban, bic, bank_name}</source>
      <comment>settings.help.company</comment>
      <translation>Briefkopf: name, address, registration, email, phone, contact_person, logo, bank {account_name, iban, bic, bank_name}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>contact guards: hours_start, hours_end (HH:MM), max_calls, call_window_days, conversation_pause_days</source>
      <comment>settings.help.contact_policy</comment>
      <translation>Kontaktregeln: hours_start, hours_end (HH:MM), max_calls, call_window_days, conversation_pause_days</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>currency for new customers, e.g. GBP (default EUR)</source>
      <comment>settings.help.default_currency</comment>
      <translation>Währung für neue Kunden, z. B. GBP (Standard EUR)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>rule pack for new customers: uk, eu, de, cn, us or generic</source>
      <comment>settings.help.default_jurisdiction</comment>
      <translation>Regelwerk für neue Kunden: uk, eu, de, cn, us oder generic</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>SMTP for sending letters: host, port, security (starttls, tls or none), user, from, reply_to, bcc_self (true/false), timeout (seconds); the password is kept in the system keyring ('arledger email password')</source>
      <comment>settings.help.email</comment>
      <translation>SMTP für den Versand von Schreiben: host, port, security (starttls, tls oder none), user, from, reply_to, bcc_self (true/false), timeout (Sekunden); das Passwort wird im Schlüsselbund des Systems aufbewahrt ('arledger email password')</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>letter ladder: levels [{level, name, days_after_due, reply_days, reply_days_individual_ew}], min_gap_days, min_amount (minor units), escalation_grace_days</source>
      <comment>settings.help.escalation_policy</comment>
      <translation>Mahnstufen: levels [{level, name, days_after_due, reply_days, reply_days_individual_ew}], min_gap_days, min_amount (kleinste Währungseinheit), escalation_grace_days</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>a second folder (USB stick, synced folder) that keeps a copy of each chain head, besides the user data directory</source>
      <comment>settings.help.evidence_witness_folder</comment>
      <translation>ein zweiter Ordner (USB-Stick, synchronisierter Ordner), der eine Kopie jedes Kettenendes aufbewahrt, zusätzlich zum Benutzerdatenordner</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>true: after importing payments or credit notes, apply unapplied credit to open invoices oldest first (default false)</source>
      <comment>settings.help.imports_apply_credit</comment>
      <translation>true: nach dem Import von Zahlungen oder Gutschriften nicht zugeordnetes Guthaben mit offenen Rechnungen verrechnen, älteste zuerst (Standard false)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>true: the first letter to a customer may be a formal demand (level 3) for a very old debt, worded as a first letter; otherwise the ladder starts at level 1 (default false)</source>
      <comment>settings.help.letters_allow_first_formal</comment>
      <translation>true: das erste Schreiben an einen Kunden darf bei einer sehr alten Forderung eine Mahnung der Stufe 3 sein, als erstes Schreiben formuliert; sonst beginnen die Mahnstufen bei Stufe 1 (Standard false)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>days back an invoice paid late may have been paid for a letter run to propose a letter claiming its interest and compensation alone (default 90)</source>
      <comment>settings.help.letters_interest_claim_days</comment>
      <translation>wie viele Tage zurück eine verspätet bezahlte Rechnung bezahlt worden sein darf, damit ein Mahnlauf ein Schreiben vorschlägt, das nur ihre Zinsen und Pauschale fordert (Standard 90)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>A4 or Letter</source>
      <comment>settings.help.letters_page_size</comment>
      <translation>A4 oder Letter</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>limitation period for us/eu/generic customers (default 4)</source>
      <comment>settings.help.limitation_generic_years</comment>
      <translation>Verjährungsfrist für Kunden mit us/eu/generic (Standard 4)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>days after a promised date before a promise counts as broken (default 3)</source>
      <comment>settings.help.promise_grace_days</comment>
      <translation>Tage nach dem zugesagten Datum, bevor eine Zahlungszusage als gebrochen gilt (Standard 3)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>settlement concession (minor units of the offer's currency) from which an approver and reason are required before the offer letter is released</source>
      <comment>settings.help.settlement_approval_threshold</comment>
      <translation>Zugeständnis eines Vergleichs (kleinste Einheit der Währung des Angebots), ab dem ein Genehmiger und eine Begründung nötig sind, bevor das Angebotsschreiben freigegeben wird</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>who is recorded as acting in the evidence log</source>
      <comment>settings.help.user_name</comment>
      <translation>wer im Beweisprotokoll als handelnde Person erfasst wird</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>days after posting a letter sent by post is taken as received when no delivery is recorded: German default (BGB § 286) begins on receipt of a reminder (default 3)</source>
      <comment>settings.help.verzug_post_receipt_days</comment>
      <translation>Tage nach der Aufgabe zur Post, nach denen ein per Post versandtes Schreiben als zugegangen gilt, wenn keine Zustellung erfasst ist: nach deutschem Recht (BGB § 286) beginnt der Verzug mit Zugang der Mahnung (Standard 3)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>{key} is not valid; it holds {expected}.</source>
      <comment>settings.invalid_expected</comment>
      <translation>{key} ist nicht gültig; die Einstellung enthält {expected}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>escalation_policy level {n}</source>
      <comment>settings.level</comment>
      <translation>escalation_policy Stufe {n}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{level} {key}</source>
      <comment>settings.level_key</comment>
      <translation>{level} {key}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>escalation_policy levels must be a list of one to nine levels</source>
      <comment>settings.levels_count</comment>
      <translation>escalation_policy levels muss eine Liste von ein bis neun Stufen sein</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be one of {allowed}; got {value}</source>
      <comment>settings.not_choice</comment>
      <translation>{key} muss eines von {allowed} sein; erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>default_currency must be a three-letter currency code such as GBP; got {value}</source>
      <comment>settings.not_currency</comment>
      <translation>default_currency muss ein dreistelliger Währungscode wie GBP sein; erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be true or false</source>
      <comment>settings.not_flag</comment>
      <translation>{key} muss true oder false sein</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be a JSON object</source>
      <comment>settings.not_object</comment>
      <translation>{key} muss ein JSON-Objekt sein</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be text; got {value}</source>
      <comment>settings.not_text</comment>
      <translation>{key} muss Text sein; erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be a time like 08:00; got {value}</source>
      <comment>settings.not_time</comment>
      <translation>{key} muss eine Uhrzeit wie 08:00 sein; erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be a whole number from {low} to {high}; got {value}</source>
      <comment>settings.not_whole</comment>
      <translation>{key} muss eine ganze Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be from {low} to {high}; got {value}</source>
      <comment>settings.out_of_range</comment>
      <translation>{key} muss zwischen {low} und {high} liegen; erhalten: {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} is {length} characters long; at most {limit} are accepted</source>
      <comment>settings.text_too_long</comment>
      <translation>{key} ist {length} Zeichen lang; höchstens {limit} werden angenommen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>'{key}' is not a setting; use one of {settings}.</source>
      <comment>settings.unknown_key</comment>
      <translation>'{key}' ist keine Einstellung; verwenden Sie eine von {settings}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} has no setting '{part}'; use {allowed}</source>
      <comment>settings.unknown_part</comment>
      <translation>{key} hat keine Einstellung '{part}'; verwenden Sie {allowed}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer_id} is already {outcome_value}.</source>
      <comment>settlement.already_decided</comment>
      <translation>Vergleichsangebot {offer_id} ist bereits {outcome_value}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>An approval needs the approver's name and a reason.</source>
      <comment>settlement.approval_incomplete</comment>
      <translation>Eine Freigabe braucht den Namen der freigebenden Person und einen Grund.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>The settlement deadline {deadline} is before the offer ({on}).</source>
      <comment>settlement.deadline_before_offer</comment>
      <translation>Die Frist {deadline} des Vergleichs liegt vor dem Angebot ({on}).</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>The discount ({discount}) is more than the principal claimed ({principal}).</source>
      <comment>settlement.discount_too_large</comment>
      <translation>Der Nachlass ({discount}) ist höher als die geforderte Hauptforderung ({principal}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Invoice {unknown} is not an overdue invoice of {customer_code} on {on}.</source>
      <comment>settlement.invoice_not_overdue</comment>
      <translation>Rechnung {unknown} ist am {on} keine überfällige Rechnung von {customer_code}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Yours faithfully,</source>
      <comment>settlement.letter.closing</comment>
      <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Yours sincerely,</source>
      <comment>settlement.letter.closing_person</comment>
      <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Claimed</source>
      <comment>settlement.letter.col.claimed</comment>
      <translation>Forderung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Given up</source>
      <comment>settlement.letter.col.given_up</comment>
      <translation>Verzicht</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>To pay</source>
      <comment>settlement.letter.col.to_pay</comment>
      <translation>Zu zahlen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Conditions</source>
      <comment>settlement.letter.conditions</comment>
      <translation>Bedingungen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Date: {on}</source>
      <comment>settlement.letter.date</comment>
      <translation>Datum: {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>{company} · settlement offer {reference} of {on}</source>
      <comment>settlement.letter.footer</comment>
      <translation>{company} · Vergleichsangebot {reference} vom {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Dear Sir or Madam,</source>
      <comment>settlement.letter.greeting</comment>
      <translation>Sehr geehrte Damen und Herren,</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Dear {name},</source>
      <comment>settlement.letter.greeting_person</comment>
      <translation>Guten Tag {name},</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>If the payment is not received in full by {deadline}, this offer lapses without further notice and the full claim of {claim} stands.</source>
      <comment>settlement.letter.lapse</comment>
      <translation>Geht die Zahlung nicht bis zum {deadline} vollständig bei uns ein, erlischt dieses Angebot ohne weitere Mitteilung, und die volle Forderung von {claim} bleibt bestehen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>If the payment is not received in full by {deadline}, this offer lapses without further notice and the full claim of {claim}, with interest continuing to accrue, stands.</source>
      <comment>settlement.letter.lapse_interest</comment>
      <translation>Geht die Zahlung nicht bis zum {deadline} vollständig bei uns ein, erlischt dieses Angebot ohne weitere Mitteilung; die volle Forderung von {claim} bleibt dann bestehen, und die Zinsen laufen weiter.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>To close this matter we offer to settle your account for {amount} instead of the {claim} now claimed, if the payment reaches us by {deadline}.</source>
      <comment>settlement.letter.offer</comment>
      <translation>Zur Erledigung dieser Angelegenheit bieten wir Ihnen an, Ihr Konto gegen Zahlung von {amount} statt der derzeit geforderten {claim} auszugleichen, sofern die Zahlung bis zum {deadline} bei uns eingeht.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Pay to: {account}. Reference: {reference}.</source>
      <comment>settlement.letter.pay_to</comment>
      <translation>Bitte überweisen Sie den Betrag auf folgendes Konto: {account}. Verwendungszweck: {reference}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Please quote the reference {reference} with your payment.</source>
      <comment>settlement.letter.quote_reference</comment>
      <translation>Bitte geben Sie bei Ihrer Zahlung den Verwendungszweck {reference} an.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Fixed compensation</source>
      <comment>settlement.letter.row.compensation</comment>
      <translation>Verzugspauschale</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Late-payment interest</source>
      <comment>settlement.letter.row.interest</comment>
      <translation>Verzugszinsen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Principal (invoice {numbers})</source>
      <comment>settlement.letter.row.principal</comment>
      <extracomment>Principal (invoices {numbers})</extracomment>
      <translation>
        <numerusform>Hauptforderung (Rechnung {numbers})</numerusform>
        <numerusform>Hauptforderung (Rechnungen {numbers})</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Total</source>
      <comment>settlement.letter.row.total</comment>
      <translation>Gesamt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Payment of {amount} in full by {deadline} settles the invoices listed; we will then confirm in writing that nothing more is owed on them.</source>
      <comment>settlement.letter.settles</comment>
      <translation>Mit vollständiger Zahlung von {amount} bis zum {deadline} sind die aufgeführten Rechnungen erledigt; wir bestätigen Ihnen dann schriftlich, dass daraus nichts mehr geschuldet wird.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>The offer</source>
      <comment>settlement.letter.the_offer</comment>
      <translation>Unser Angebot</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Settlement offer {reference}</source>
      <comment>settlement.letter.title</comment>
      <translation>Vergleichsangebot {reference}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>waived</source>
      <comment>settlement.letter.waived</comment>
      <translation>erlassen</translation>
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
      <location filename="../../arledger/services/settlements.py" />
      <source>There is no settlement offer {offer_id}.</source>
      <comment>settlement.no_offer</comment>
      <translation>Es gibt kein Vergleichsangebot {offer_id}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>A settlement offer must still ask for a payment; to give up the whole claim, write it off.</source>
      <comment>settlement.nothing_due</comment>
      <translation>Ein Vergleichsangebot muss noch eine Zahlung verlangen; um auf die ganze Forderung zu verzichten, buchen Sie sie aus.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>{customer_code} has nothing overdue in {cur} on {on} to settle.</source>
      <comment>settlement.nothing_overdue</comment>
      <translation>{customer_code} hat am {on} nichts in {cur} überfällig, das verglichen werden könnte.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>lapsed</source>
      <comment>settlement.outcome.lapsed</comment>
      <translation>verfallen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>pending</source>
      <comment>settlement.outcome.pending</comment>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>settled</source>
      <comment>settlement.outcome.settled</comment>
      <translation>erfüllt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>Only {paid} of {due} paid by {deadline}: the offer lapsed and the full claim of {claim} stands.</source>
      <comment>settlement.status.lapsed</comment>
      <translation>Nur {paid} von {due} bis zum {deadline} gezahlt: Das Angebot ist verfallen, die volle Forderung von {claim} bleibt bestehen.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>{paid} of {due} paid so far; the offer runs until {deadline}.</source>
      <comment>settlement.status.pending</comment>
      <translation>{paid} von {due} bisher gezahlt; das Angebot gilt bis zum {deadline}.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>{due} paid by {deadline}: settled.</source>
      <comment>settlement.status.settled</comment>
      <translation>{due} bis zum {deadline} gezahlt: erfüllt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/statements.py" />
      <source>The statement period starts on {start}, after its end ({end}).</source>
      <comment>statement.period_reversed</comment>
      <translation>Der Zeitraum des Kontoauszugs beginnt am {start}, nach seinem Ende ({end}).</translation>
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
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>The talk tracks in {path} are not valid JSON ({reason}).</source>
      <comment>talk.file_not_json</comment>
      <translation>Die Gesprächsleitfäden in {path} sind kein gültiges JSON ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {group} must be an object keyed by situation.</source>
      <comment>talk.group_not_object</comment>
      <translation>Gesprächsleitfäden: {group} muss ein nach Situation geordnetes Objekt sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {where}.{key} must be a list of texts.</source>
      <comment>talk.lines_not_list</comment>
      <translation>Gesprächsleitfäden: {where}.{key} muss eine Liste von Texten sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>The talk tracks are not valid JSON: {reason}.</source>
      <comment>talk.not_json</comment>
      <translation>Die Gesprächsleitfäden sind kein gültiges JSON: {reason}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks must be a JSON object with opening, excuses, obstacles and closing.</source>
      <comment>talk.not_object</comment>
      <translation>Gesprächsleitfäden müssen ein JSON-Objekt mit opening, excuses, obstacles und closing sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {where} must be an object with a title and lines.</source>
      <comment>talk.section_not_object</comment>
      <translation>Gesprächsleitfäden: {where} muss ein Objekt mit title und lines sein.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {where}.title must be text.</source>
      <comment>talk.title_not_text</comment>
      <translation>Gesprächsleitfäden: {where}.title muss Text sein.</translation>
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
      <location filename="../../arledger/domain/messages.py" />
      <source>{first}, {second}</source>
      <comment>text.items</comment>
      <translation>{first}, {second}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/messages.py" />
      <source>{first} {second}</source>
      <comment>text.sentences</comment>
      <translation>{first} {second}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customer_record.py" />
      <source>{outcome}: {summary}</source>
      <comment>timeline.contact_outcome</comment>
      <translation>{outcome}: {summary}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/witness.py" />
      <source>The chain head could not be written to the witness folder {folder} ({reason}).</source>
      <comment>witness.not_written</comment>
      <translation>Der Kettenkopf konnte nicht in den Zeugenordner {folder} geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/witness.py" />
      <source>{path} saw a different ledger at this path (head {head}… at event {seq}); if the file was replaced on purpose this is expected.</source>
      <comment>witness.other_ledger</comment>
      <translation>{path} hat unter diesem Pfad ein anderes Debitorenbuch gesehen (Kettenkopf {head}… bei Ereignis {seq}); wenn die Datei absichtlich ersetzt wurde, ist das zu erwarten.</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>no</source>
      <comment>word.no</comment>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>yes</source>
      <comment>word.yes</comment>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../arledger/services/work_locks.py" />
      <source>{what} is already running on this ledger (process {pid} on {host}, started {started}); nothing was done, try again when it has finished.</source>
      <comment>work.busy</comment>
      <translation>{what} läuft bereits in diesem Debitorenbuch (Prozess {pid} auf {host}, gestartet {started}); es wurde nichts getan, versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>Another letters batch</source>
      <comment>work.what_letters_batch</comment>
      <translation>Ein anderer Briefstapel</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Aged as of</source>
      <comment>workbook.aged_as_of</comment>
      <translation>Altersstichtag</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>due date</source>
      <comment>workbook.basis.due</comment>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>invoice date</source>
      <comment>workbook.basis.invoice</comment>
      <translation>Rechnungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Current</source>
      <comment>workbook.bucket.current</comment>
      <translation>Nicht fällig</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Over {days} days</source>
      <comment>workbook.bucket.over</comment>
      <translation>Über {days} Tage</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>{low}-{high} days</source>
      <comment>workbook.bucket.range</comment>
      <translation>{low}–{high} Tage</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Actor</source>
      <comment>workbook.col.actor</comment>
      <translation>Erfasst von</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Address</source>
      <comment>workbook.col.address</comment>
      <translation>Anschrift</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Amount</source>
      <comment>workbook.col.amount</comment>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Applied to (invoice:amount)</source>
      <comment>workbook.col.applied_to</comment>
      <translation>Verrechnet mit (Rechnung:Betrag)</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Attorney on record</source>
      <comment>workbook.col.attorney_on_record</comment>
      <translation>Anwaltlich vertreten</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{bucket} amount</source>
      <comment>workbook.col.bucket_amount</comment>
      <translation>{bucket} Betrag</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{bucket} count</source>
      <comment>workbook.col.bucket_count</comment>
      <translation>{bucket} Anzahl</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Channel</source>
      <comment>workbook.col.channel</comment>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Code</source>
      <comment>workbook.col.code</comment>
      <translation>Kundennummer</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Compensation</source>
      <comment>workbook.col.compensation</comment>
      <translation>Pauschale</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Comp. currency</source>
      <comment>workbook.col.compensation_currency</comment>
      <translation>Währung der Pauschale</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Contact people</source>
      <comment>workbook.col.contact_people</comment>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Count</source>
      <comment>workbook.col.count</comment>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Country</source>
      <comment>workbook.col.country</comment>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Credit limit</source>
      <comment>workbook.col.credit_limit</comment>
      <translation>Kreditlimit</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Credit note</source>
      <comment>workbook.col.credit_note</comment>
      <translation>Gutschrift</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Currency</source>
      <comment>workbook.col.currency</comment>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Customer</source>
      <comment>workbook.col.customer</comment>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Customer name</source>
      <comment>workbook.col.customer_name</comment>
      <translation>Kundenname</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Date</source>
      <comment>workbook.col.date</comment>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Date paid</source>
      <comment>workbook.col.date_paid</comment>
      <translation>Auszahlungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Date received</source>
      <comment>workbook.col.date_received</comment>
      <translation>Eingangsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Days overdue</source>
      <comment>workbook.col.days_overdue</comment>
      <translation>Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Default notice</source>
      <comment>workbook.col.default_notice</comment>
      <translation>Kündigung wegen Verzug</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Definition</source>
      <comment>workbook.col.definition</comment>
      <translation>Definition</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Direction</source>
      <comment>workbook.col.direction</comment>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Dispute</source>
      <comment>workbook.col.dispute</comment>
      <translation>Einwand</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Do not contact</source>
      <comment>workbook.col.do_not_contact</comment>
      <translation>Nicht kontaktieren</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Due date</source>
      <comment>workbook.col.due_date</comment>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Email</source>
      <comment>workbook.col.email</comment>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Entry</source>
      <comment>workbook.col.entry</comment>
      <translation>Buchung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Entry date</source>
      <comment>workbook.col.entry_date</comment>
      <translation>Buchungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Hash</source>
      <comment>workbook.col.hash</comment>
      <translation>Hashwert</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Instalment</source>
      <comment>workbook.col.instalment</comment>
      <translation>Rate</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Interest</source>
      <comment>workbook.col.interest</comment>
      <translation>Zinsen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Interest basis</source>
      <comment>workbook.col.interest_basis</comment>
      <translation>Zinsgrundlage</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Invoice</source>
      <comment>workbook.col.invoice</comment>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Invoice date</source>
      <comment>workbook.col.invoice_date</comment>
      <translation>Rechnungsdatum</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Jurisdiction</source>
      <comment>workbook.col.jurisdiction</comment>
      <translation>Rechtsordnung</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Kind</source>
      <comment>workbook.col.kind</comment>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Language</source>
      <comment>workbook.col.language</comment>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Limitation date</source>
      <comment>workbook.col.limitation_date</comment>
      <translation>Verjährung am</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Made by</source>
      <comment>workbook.col.made_by</comment>
      <translation>Zugesagt von</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Measure</source>
      <comment>workbook.col.measure</comment>
      <translation>Kennzahl</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Method</source>
      <comment>workbook.col.method</comment>
      <translation>Zahlungsart</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Month</source>
      <comment>workbook.col.month</comment>
      <translation>Monat</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Name</source>
      <comment>workbook.col.name</comment>
      <translation>Bezeichnung</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Notes</source>
      <comment>workbook.col.notes</comment>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Number</source>
      <comment>workbook.col.number</comment>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>On hold</source>
      <comment>workbook.col.on_hold</comment>
      <translation>Zurückgestellt</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Open</source>
      <comment>workbook.col.open</comment>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Outcome</source>
      <comment>workbook.col.outcome</comment>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Paid</source>
      <comment>workbook.col.paid</comment>
      <translation>Bezahlt</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Payment date agreed</source>
      <comment>workbook.col.payment_date_agreed</comment>
      <translation>Zahlungstermin vereinbart</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Period</source>
      <comment>workbook.col.period</comment>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Phone</source>
      <comment>workbook.col.phone</comment>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Plan</source>
      <comment>workbook.col.plan</comment>
      <translation>Ratenplan</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Prev hash</source>
      <comment>workbook.col.prev_hash</comment>
      <translation>Vorheriger Hashwert</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Promise</source>
      <comment>workbook.col.promise</comment>
      <translation>Zahlungszusage</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Promised on</source>
      <comment>workbook.col.promised_on</comment>
      <translation>Zugesagt am</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Reason</source>
      <comment>workbook.col.reason</comment>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Invoice received on</source>
      <comment>workbook.col.received_on</comment>
      <translation>Rechnung zugegangen am</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Recorded at (UTC)</source>
      <comment>workbook.col.recorded_at_utc</comment>
      <translation>Erfasst am (UTC)</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Reference</source>
      <comment>workbook.col.reference</comment>
      <translation>Referenz</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Reversal reason</source>
      <comment>workbook.col.reversal_reason</comment>
      <translation>Stornogrund</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Reversed on</source>
      <comment>workbook.col.reversed_on</comment>
      <translation>Storniert am</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Risk tier</source>
      <comment>workbook.col.risk_tier</comment>
      <translation>Risikostufe</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Section</source>
      <comment>workbook.col.section</comment>
      <translation>Abschnitt</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Seq</source>
      <comment>workbook.col.seq</comment>
      <translation>Lfd. Nr.</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Settled</source>
      <comment>workbook.col.settled</comment>
      <translation>Beglichen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Share (%)</source>
      <comment>workbook.col.share_percent</comment>
      <translation>Anteil (%)</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Status</source>
      <comment>workbook.col.status</comment>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Summary</source>
      <comment>workbook.col.summary</comment>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Tags</source>
      <comment>workbook.col.tags</comment>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Terms (days)</source>
      <comment>workbook.col.terms_days</comment>
      <translation>Zahlungsziel (Tage)</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Time zone</source>
      <comment>workbook.col.time_zone</comment>
      <translation>Zeitzone</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total</source>
      <comment>workbook.col.total</comment>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Unapplied</source>
      <comment>workbook.col.unapplied</comment>
      <translation>Nicht verrechnet</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Unit</source>
      <comment>workbook.col.unit</comment>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Value</source>
      <comment>workbook.col.value</comment>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Void reason</source>
      <comment>workbook.col.void_reason</comment>
      <translation>Grund der Stornierung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Voided on</source>
      <comment>workbook.col.voided_on</comment>
      <translation>Storniert am</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>What</source>
      <comment>workbook.col.what</comment>
      <translation>Vorgang</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{reason} since {since}</source>
      <comment>workbook.dispute</comment>
      <translation>{reason} seit {since}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{reason} since {since}: {note}</source>
      <comment>workbook.dispute_noted</comment>
      <translation>{reason} seit {since}: {note}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{first}; {second}</source>
      <comment>workbook.disputes</comment>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total {group} {currency}</source>
      <comment>workbook.group_total</comment>
      <translation>Summe {group} {currency}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>void</source>
      <comment>workbook.kind.void</comment>
      <translation>Rechnungsstorno</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>ADD</source>
      <comment>workbook.kpi.add</comment>
      <translation>Durchschnittlicher Zahlungsverzug (ADD)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Average days delinquent = DSO - best possible DSO.</source>
      <comment>workbook.kpi.add.def</comment>
      <translation>Durchschnittlicher Zahlungsverzug = DSO − bestmögliche DSO.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Average collection days</source>
      <comment>workbook.kpi.average_collection_days</comment>
      <translation>Durchschnittliche Einzugsdauer</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Average collection days = mean days from the first collection action to payment in full, over invoices paid late in the period.</source>
      <comment>workbook.kpi.average_collection_days.def</comment>
      <translation>Durchschnittliche Einzugsdauer = mittlere Tage von der ersten Mahnmaßnahme bis zur vollständigen Zahlung, über die im Zeitraum verspätet bezahlten Rechnungen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Bad-debt ratio</source>
      <comment>workbook.kpi.bad_debt_ratio</comment>
      <translation>Forderungsausfallquote</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Bad-debt ratio = written off in period / credit sales in period x 100.</source>
      <comment>workbook.kpi.bad_debt_ratio.def</comment>
      <translation>Forderungsausfallquote = im Zeitraum abgeschrieben / Umsatz auf Ziel im Zeitraum × 100.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Best possible DSO</source>
      <comment>workbook.kpi.best_possible_dso</comment>
      <translation>Bestmögliche DSO</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Best possible DSO = current (not yet due) receivables / (credit sales / days).</source>
      <comment>workbook.kpi.best_possible_dso.def</comment>
      <translation>Bestmögliche DSO = nicht fällige Forderungen / (Umsatz auf Ziel / Tage).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>CEI</source>
      <comment>workbook.kpi.cei</comment>
      <translation>Inkasso-Effektivitätsindex (CEI)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Collection effectiveness index = (opening AR + credit sales - closing AR) / (opening AR + credit sales - closing current AR) x 100.</source>
      <comment>workbook.kpi.cei.def</comment>
      <translation>Inkasso-Effektivitätsindex = (Forderungen am Anfang + Umsatz auf Ziel − Forderungen am Ende) / (Forderungen am Anfang + Umsatz auf Ziel − nicht fällige Forderungen am Ende) × 100.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>DSO</source>
      <comment>workbook.kpi.dso</comment>
      <translation>Forderungslaufzeit (DSO)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Days sales outstanding = receivables at period end / (credit sales in period / days in period).</source>
      <comment>workbook.kpi.dso.def</comment>
      <translation>Forderungslaufzeit = Forderungen am Ende des Zeitraums / (Umsatz auf Ziel im Zeitraum / Tage im Zeitraum).</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Promise-kept rate</source>
      <comment>workbook.kpi.promise_kept_rate</comment>
      <translation>Quote eingehaltener Zusagen</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Promise-kept rate = promises kept / promises evaluated (deadline in period) x 100.</source>
      <comment>workbook.kpi.promise_kept_rate.def</comment>
      <translation>Quote eingehaltener Zusagen = eingehaltene Zusagen / bewertete Zusagen (Frist im Zeitraum) × 100.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Recovery rate</source>
      <comment>workbook.kpi.recovery_rate</comment>
      <translation>Einzugsquote</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Recovery rate = collected in period / amounts falling due in period x 100.</source>
      <comment>workbook.kpi.recovery_rate.def</comment>
      <translation>Einzugsquote = im Zeitraum eingezogen / im Zeitraum fällig gewordene Beträge × 100.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>days</source>
      <comment>workbook.kpi.unit_days</comment>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>%</source>
      <comment>workbook.kpi.unit_percent</comment>
      <translation>%</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>all entries up to {end}</source>
      <comment>workbook.period.all</comment>
      <translation>alle Buchungen bis {end}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>{start} to {end}</source>
      <comment>workbook.period.range</comment>
      <translation>{start} bis {end}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>As of {date}</source>
      <comment>workbook.print.as_of</comment>
      <translation>Stichtag {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Generated {stamp} UTC</source>
      <comment>workbook.print.generated</comment>
      <translation>Erstellt {stamp} UTC</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Page &amp;P of &amp;N</source>
      <comment>workbook.print.page</comment>
      <translation>Seite &amp;P von &amp;N</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{amount} by {due}, {status}</source>
      <comment>workbook.promise</comment>
      <translation>{amount} bis {due}, {status}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>contact person changed</source>
      <comment>workbook.reason.contact_changed</comment>
      <translation>Ansprechpartner gewechselt</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>deliberate delay</source>
      <comment>workbook.reason.delay</comment>
      <translation>bewusste Verzögerung</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>financial difficulty</source>
      <comment>workbook.reason.financial</comment>
      <translation>finanzielle Schwierigkeiten</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>none recorded</source>
      <comment>workbook.reason.none</comment>
      <translation>keiner erfasst</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>other</source>
      <comment>workbook.reason.other</comment>
      <translation>sonstiger Grund</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>process/approval</source>
      <comment>workbook.reason.process</comment>
      <translation>Prozess/Freigabe</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>quality dispute</source>
      <comment>workbook.reason.quality</comment>
      <translation>Qualitätsmängel</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>on {date}</source>
      <comment>workbook.reasons.on</comment>
      <translation>am {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>trend</source>
      <comment>workbook.reasons.trend</comment>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Aged Receivables Summary</source>
      <comment>workbook.report.aging</comment>
      <translation>Altersstruktur der Forderungen (Übersicht)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Aged Receivables Detail</source>
      <comment>workbook.report.open_items</comment>
      <translation>Altersstruktur der Forderungen (Einzelposten)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Payments received</source>
      <comment>workbook.report.payments</comment>
      <translation>Zahlungseingänge</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Refunds of credit</source>
      <comment>workbook.report.refunds</comment>
      <translation>Erstattungen von Guthaben</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Reversals and voids</source>
      <comment>workbook.report.reversals</comment>
      <translation>Stornierungen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Aging summary</source>
      <comment>workbook.sheet.aging</comment>
      <translation>Altersstruktur</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Contact log</source>
      <comment>workbook.sheet.contact_log</comment>
      <translation>Kontaktprotokoll</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Credit notes</source>
      <comment>workbook.sheet.credit_notes</comment>
      <translation>Gutschriften</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Customers</source>
      <comment>workbook.sheet.customers</comment>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Invoices</source>
      <comment>workbook.sheet.invoices</comment>
      <translation>Rechnungen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>KPIs</source>
      <comment>workbook.sheet.kpis</comment>
      <translation>Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Open items</source>
      <comment>workbook.sheet.open_items</comment>
      <translation>Offene Posten</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Payments</source>
      <comment>workbook.sheet.payments</comment>
      <translation>Zahlungen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Promises</source>
      <comment>workbook.sheet.promises</comment>
      <translation>Zahlungszusagen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Overdue reasons</source>
      <comment>workbook.sheet.reasons</comment>
      <translation>Verzugsgründe</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Refunds</source>
      <comment>workbook.sheet.refunds</comment>
      <translation>Erstattungen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Reversals</source>
      <comment>workbook.sheet.reversals</comment>
      <translation>Stornos</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Write-offs</source>
      <comment>workbook.sheet.write_offs</comment>
      <translation>Abschreibungen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Aged by</source>
      <comment>workbook.title.aged_by</comment>
      <translation>Alter nach</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>As of</source>
      <comment>workbook.title.as_of</comment>
      <translation>Stichtag</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Buckets</source>
      <comment>workbook.title.buckets</comment>
      <translation>Altersklassen</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Generated (UTC)</source>
      <comment>workbook.title.generated</comment>
      <translation>Erstellt (UTC)</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>(company name not set)</source>
      <comment>workbook.title.no_company</comment>
      <translation>(kein Firmenname eingetragen)</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Period</source>
      <comment>workbook.title.period</comment>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total</source>
      <comment>workbook.total</comment>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Totals by currency</source>
      <comment>workbook.totals_by_currency</comment>
      <translation>Summen nach Währung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer}: discount agreed and paid by {deadline}</source>
      <comment>write_off.reason.settlement_paid</comment>
      <translation>Vergleichsangebot {offer}: Nachlass vereinbart und bis {deadline} bezahlt</translation>
    </message>
  </context>
</TS>
