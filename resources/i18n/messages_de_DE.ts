<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Messages</name>
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
      <location filename="../../arledger/services/cases.py" />
      <source>Name the case owner (a user name).</source>
      <comment>case.owner_missing</comment>
      <translation>Nennen Sie die zuständige Person für den Vorgang (einen Benutzernamen).</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>The desktop app cannot be opened from here; run 'arledger' on its own.</source>
      <comment>cli.no_desktop</comment>
      <translation>Die Desktop-App kann von hier aus nicht geöffnet werden; starten Sie 'arledger' allein.</translation>
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
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is named twice in the allocation.</source>
      <comment>ledger.allocation_invoice_twice</comment>
      <translation>Rechnung {number} ist in der Zuordnung zweimal genannt.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} {currency} open; {part} cannot be applied to it.</source>
      <comment>ledger.allocation_over_open</comment>
      <translation>Rechnung {number} hat {open_now} {currency} offen; {part} können nicht darauf angerechnet werden.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The allocation adds up to {value} {currency}, more than the {amount} received.</source>
      <comment>ledger.allocation_too_much</comment>
      <translation>Die Zuordnung ergibt {value} {currency}, mehr als die eingegangenen {amount}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The amount for invoice {number} must be more than zero.</source>
      <comment>ledger.allocation_zero</comment>
      <translation>Der Betrag für Rechnung {number} muss größer als null sein.</translation>
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
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is due {due} before it was issued ({issue_date}).</source>
      <comment>ledger.due_before_issue</comment>
      <translation>Rechnung {number} ist am {due} fällig, vor ihrem Rechnungsdatum ({issue_date}).</translation>
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
      <location filename="../../arledger/services/ledger.py" />
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
      <location filename="../../arledger/cli/common.py" />
      <source>There is no ledger at {path}; create one with 'arledger demo --ledger {path}' or open the app to start a new one.</source>
      <comment>ledger.missing</comment>
      <translation>Unter {path} gibt es kein Debitorenbuch; legen Sie eines mit 'arledger demo --ledger {path}' an oder öffnen Sie die App, um ein neues zu beginnen.</translation>
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
      <source>Customer {c_code} has {available} {cur} of unapplied credit; a refund of {amount} {cur} is more than that.</source>
      <comment>ledger.refund_over_credit</comment>
      <translation>Kunde {c_code} hat {available} {cur} nicht angerechnetes Guthaben; eine Erstattung von {amount} {cur} ist mehr als das.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A refund must be for more than zero.</source>
      <comment>ledger.refund_zero</comment>
      <translation>Eine Erstattung muss über mehr als null lauten.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>There is no invoice numbered '{number}'.</source>
      <comment>ledger.unknown_invoice</comment>
      <translation>Es gibt keine Rechnung mit der Nummer '{number}'.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} {currency} open; a write-off must be more than zero and no more than that.</source>
      <comment>ledger.write_off_over_open</comment>
      <translation>Rechnung {number} hat {open_now} {currency} offen; eine Ausbuchung muss größer als null sein und darf das nicht übersteigen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A write-off needs a reason.</source>
      <comment>ledger.write_off_reason_missing</comment>
      <translation>Eine Ausbuchung braucht einen Grund.</translation>
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
      <location filename="../../arledger/services/backup.py" />
      <source>the backup</source>
      <comment>output.what_backup</comment>
      <translation>die Sicherung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the copy</source>
      <comment>output.what_copy</comment>
      <translation>die Kopie</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the output</source>
      <comment>output.what_output</comment>
      <translation>die Ausgabe</translation>
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
      <location filename="../../arledger/services/cases.py" />
      <source>The period ends ({end}) before it starts ({start}).</source>
      <comment>period.ends_before_start</comment>
      <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}).</translation>
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
      <source>Invoice {number} has payments, credit notes or write-offs applied; reverse those first, or give a credit note instead of voiding it.</source>
      <comment>reversal.invoice_settled</comment>
      <translation>Auf Rechnung {number} sind Zahlungen, Gutschriften oder Ausbuchungen angerechnet; stornieren Sie diese zuerst oder erstellen Sie eine Gutschrift, statt sie ungültig zu machen.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>credit note</source>
      <comment>reversal.kind_credit_note</comment>
      <translation>Gutschrift</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>payment</source>
      <comment>reversal.kind_payment</comment>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>write-off</source>
      <comment>reversal.kind_write_off</comment>
      <translation>Ausbuchung</translation>
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
      <source>company must be a JSON object, e.g. {{"name": "...", "address": "..."}}</source>
      <comment>settings.company_not_object</comment>
      <translation>company muss ein JSON-Objekt sein, z. B. {{"name": "...", "address": "..."}}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>{key} is not valid ({reason}).</source>
      <comment>settings.invalid</comment>
      <translation>{key} ist ungültig ({reason}).</translation>
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
      <location filename="../../arledger/services/settlements.py" />
      <source>Invoice {unknown} is not an overdue invoice of {customer_code} on {on}.</source>
      <comment>settlement.invoice_not_overdue</comment>
      <translation>Rechnung {unknown} ist am {on} keine überfällige Rechnung von {customer_code}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>There is no settlement offer {offer_id}.</source>
      <comment>settlement.no_offer</comment>
      <translation>Es gibt kein Vergleichsangebot {offer_id}.</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>{customer_code} has nothing overdue in {cur} on {on} to settle.</source>
      <comment>settlement.nothing_overdue</comment>
      <translation>{customer_code} hat am {on} nichts in {cur} überfällig, das verglichen werden könnte.</translation>
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
      <location filename="../../arledger/services/work_locks.py" />
      <source>{what} is already running on this ledger (process {pid} on {host}, started {started}); nothing was done, try again when it has finished.</source>
      <comment>work.busy</comment>
      <translation>{what} läuft bereits in diesem Debitorenbuch (Prozess {pid} auf {host}, gestartet {started}); es wurde nichts getan, versuchen Sie es erneut, wenn er beendet ist.</translation>
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
      <location filename="../../arledger/services/exports.py" />
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
      <location filename="../../arledger/services/exports.py" />
      <source>Terms (days)</source>
      <comment>workbook.col.terms_days</comment>
      <translation>Zahlungsziel (Tage)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
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
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total {group} {currency}</source>
      <comment>workbook.group_total</comment>
      <translation>Summe {group} {currency}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>credit note</source>
      <comment>workbook.kind.credit_note</comment>
      <translation>Gutschrift</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>payment</source>
      <comment>workbook.kind.payment</comment>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>refund</source>
      <comment>workbook.kind.refund</comment>
      <translation>Erstattung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>void</source>
      <comment>workbook.kind.void</comment>
      <translation>Rechnungsstorno</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>write-off</source>
      <comment>workbook.kind.write_off</comment>
      <translation>Abschreibung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>ADD</source>
      <comment>workbook.kpi.add</comment>
      <translation>Durchschnittlicher Zahlungsverzug (ADD)</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <source>contact person changed</source>
      <comment>workbook.reason.contact_changed</comment>
      <translation>Ansprechpartner gewechselt</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>deliberate delay</source>
      <comment>workbook.reason.delay</comment>
      <translation>bewusste Verzögerung</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>financial difficulty</source>
      <comment>workbook.reason.financial</comment>
      <translation>finanzielle Schwierigkeiten</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>none recorded</source>
      <comment>workbook.reason.none</comment>
      <translation>keiner erfasst</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>other</source>
      <comment>workbook.reason.other</comment>
      <translation>sonstiger Grund</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>process/approval</source>
      <comment>workbook.reason.process</comment>
      <translation>Prozess/Freigabe</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
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
  </context>
</TS>
