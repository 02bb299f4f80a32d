<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="+34"/>
        <source>%n letter(s) will be archived, logged as sent and made ready to print.</source>
        <translation>
            <numerusform>%n letter will be archived, logged as sent and made ready to print.</numerusform>
            <numerusform>%n letters will be archived, logged as sent and made ready to print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s) are paused (promise, dispute or plan) and get no letter.</source>
        <translation>
            <numerusform>%n customer is paused (promise, dispute or plan) and gets no letter.</numerusform>
            <numerusform>%n customers are paused (promise, dispute or plan) and get no letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Send %n letter(s)</source>
        <translation>
            <numerusform>Send %n letter</numerusform>
            <numerusform>Send %n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckFilePage</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+425"/>
        <source>%n invoice(s) would take a customer over the credit limit or are for a customer on hold; nothing will be written. Tick Import them anyway and give the reason to import them, or fix the file.</source>
        <translation>
            <numerusform>%n invoice would take a customer over the credit limit or is for a customer on hold; nothing will be written. Tick Import them anyway and give the reason to import it, or fix the file.</numerusform>
            <numerusform>%n invoices would take a customer over the credit limit or are for a customer on hold; nothing will be written. Tick Import them anyway and give the reason to import them, or fix the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This file cannot be imported: %n problem(s) found. Nothing will be written; fix the file or the mapping and check it again.</source>
        <translation>
            <numerusform>This file cannot be imported: %n problem found. Nothing will be written; fix the file or the mapping and check it again.</numerusform>
            <numerusform>This file cannot be imported: %n problems found. Nothing will be written; fix the file or the mapping and check it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/confirm.py" line="+32"/>
        <source>%n item(s); in all %1.</source>
        <translation>
            <numerusform>%n item; in all %1.</numerusform>
            <numerusform>%n items; in all %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/models/customers.py" line="+50"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerViewPage</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/customer_view.py" line="+373"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open dispute(s)</source>
        <translation>
            <numerusform>%n open dispute</numerusform>
            <numerusform>%n open disputes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending promise(s)</source>
        <translation>
            <numerusform>%n pending promise</numerusform>
            <numerusform>%n pending promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln open invoice(s) · oldest due %1</source>
        <translation>
            <numerusform>%Ln open invoice · oldest due %1</numerusform>
            <numerusform>%Ln open invoices · oldest due %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/customers.py" line="+104"/>
        <source>%Ln customer(s) match “%1”</source>
        <translation>
            <numerusform>%Ln customer matches “%1”</numerusform>
            <numerusform>%Ln customers match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/dashboard.py" line="+473"/>
        <source>%n evaluated</source>
        <translation>
            <numerusform>%n evaluated</numerusform>
            <numerusform>%n evaluated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+238"/>
        <source>%n invoice(s) went in despite credit control; each override is in the evidence log with your reason.</source>
        <translation>
            <numerusform>%n invoice went in despite credit control; the override is in the evidence log with your reason.</numerusform>
            <numerusform>%n invoices went in despite credit control; each override is in the evidence log with your reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/invoices.py" line="+187"/>
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln open invoice</numerusform>
            <numerusform>%Ln open invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue invoice(s)</source>
        <translation>
            <numerusform>%Ln overdue invoice</numerusform>
            <numerusform>%Ln overdue invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln settled invoice(s)</source>
        <translation>
            <numerusform>%Ln settled invoice</numerusform>
            <numerusform>%Ln settled invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/main_window.py" line="+747"/>
        <source>Stopped on request: %n letter(s) were sent, each archived and logged. Run the batch again with the same folder to send the rest.</source>
        <translation>
            <numerusform>Stopped on request: %n letter was sent, archived and logged. Run the batch again with the same folder to send the rest.</numerusform>
            <numerusform>Stopped on request: %n letters were sent, each archived and logged. Run the batch again with the same folder to send the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n letter(s); one PDF each and a combined file for printing are in %1.</source>
        <translation>
            <numerusform>Sent %n letter; its PDF and a combined file for printing are in %1.</numerusform>
            <numerusform>Sent %n letters; one PDF each and a combined file for printing are in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them by email, accepted by the mail server.</source>
        <translation>
            <numerusform>%n of them by email, accepted by the mail server.</numerusform>
            <numerusform>%n of them by email, accepted by the mail server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/payment.py" line="+313"/>
        <source>Showing %1 of %Ln open invoices — type to find others</source>
        <translation>
            <numerusform>Showing %1 of %Ln open invoice — type to find others</numerusform>
            <numerusform>Showing %1 of %Ln open invoices — type to find others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln open invoice(s) match “%1”.</source>
        <translation>
            <numerusform>%Ln open invoice matches “%1”.</numerusform>
            <numerusform>%Ln open invoices match “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing %1 of %Ln open invoices that match “%2” — type more to narrow them</source>
        <translation>
            <numerusform>Showing %1 of %Ln open invoice that match “%2” — type more to narrow them</numerusform>
            <numerusform>Showing %1 of %Ln open invoices that match “%2” — type more to narrow them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n ticked invoice(s) not listed here stay ticked.</source>
        <translation>
            <numerusform>%n ticked invoice not listed here stays ticked.</numerusform>
            <numerusform>%n ticked invoices not listed here stay ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+201"/>
        <source>Payment of %1 recorded and applied to %n invoice(s)</source>
        <translation>
            <numerusform>Payment of %1 recorded and applied to %n invoice</numerusform>
            <numerusform>Payment of %1 recorded and applied to %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/reversal.py" line="+102"/>
        <source>Reversed %1; %n invoice(s) open again.</source>
        <translation>
            <numerusform>Reversed %1; %n invoice open again.</numerusform>
            <numerusform>Reversed %1; %n invoices open again.</numerusform>
        </translation>
    </message>
</context>
</TS>
