"""Versioned schema steps. `PRAGMA user_version` records the last step applied.

Each step is a function m<NNN>_<what>(db) run inside one transaction. Before upgrading a file that
already holds a schema, a copy of it is written beside it (`<name>.v<old>-backup-<UTC stamp>.sqlite`),
so a failed or unwanted upgrade never costs data.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from arledger.domain.messages import msg
from arledger.storage import evidence_records
from arledger.storage.db import Database, LedgerFileError

OPEN = "9999-12-31"  # closed_on of an invoice that is not fully settled


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run statements one by one inside the caller's transaction.

    sqlite3's executescript() commits any open transaction first, which would make a step non-atomic.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                db.conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:60]!r}")


def m001_ledger_core(db: sqlite_utils.Database) -> None:
    """Customers, invoices, payments, credit notes, write-offs and their allocations."""
    run_script(
        db,
        f"""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'individual')),
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            jurisdiction TEXT NOT NULL DEFAULT 'generic'
                CHECK (jurisdiction IN ('uk', 'eu', 'de', 'cn', 'us', 'generic')),
            language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh')),
            timezone TEXT NOT NULL DEFAULT 'UTC',
            payment_terms_days INTEGER NOT NULL DEFAULT 30
                CHECK (payment_terms_days BETWEEN 0 AND 3650),
            credit_limit INTEGER CHECK (credit_limit IS NULL OR credit_limit >= 0),
            currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
            risk_tier TEXT CHECK (risk_tier IS NULL OR risk_tier IN ('A', 'B', 'C')),
            tags TEXT NOT NULL DEFAULT '',
            do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
            attorney_on_record INTEGER NOT NULL DEFAULT 0 CHECK (attorney_on_record IN (0, 1)),
            on_hold INTEGER NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1)),
            contract_rate_bp INTEGER CHECK (contract_rate_bp IS NULL OR contract_rate_bp >= 0),
            contract_fee INTEGER CHECK (contract_fee IS NULL OR contract_fee >= 0),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX customers_name ON customers(name COLLATE NOCASE);

        CREATE TABLE contact_people (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX contact_people_customer ON contact_people(customer_id);

        CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
            issue_date TEXT NOT NULL CHECK (date(issue_date) = issue_date),
            due_date TEXT NOT NULL CHECK (date(due_date) = due_date AND due_date >= issue_date),
            amount INTEGER NOT NULL CHECK (amount > 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            reference TEXT NOT NULL DEFAULT '',
            -- kept by the allocation triggers: total settled, and the date it became fully settled
            settled INTEGER NOT NULL DEFAULT 0 CHECK (settled >= 0 AND settled <= amount),
            last_settled_on TEXT,
            closed_on TEXT NOT NULL DEFAULT '{OPEN}',
            created_at TEXT NOT NULL
        );
        CREATE INDEX invoices_customer ON invoices(customer_id, due_date);
        -- covers aging as of any date: only invoices still open then are read, never the table itself
        CREATE INDEX invoices_aging ON invoices(
            closed_on, issue_date, customer_id, currency, due_date, amount, settled, last_settled_on);
        CREATE INDEX invoices_open_by_due ON invoices(due_date, id) WHERE closed_on = '{OPEN}';

        CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            amount INTEGER NOT NULL CHECK (amount > 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            method TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX payments_customer ON payments(customer_id, date);
        CREATE INDEX payments_date ON payments(date);

        CREATE TABLE credit_notes (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
            date TEXT NOT NULL CHECK (date(date) = date),
            amount INTEGER NOT NULL CHECK (amount > 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            invoice_id INTEGER REFERENCES invoices(id),
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX credit_notes_customer ON credit_notes(customer_id, date);

        CREATE TABLE write_offs (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            amount INTEGER NOT NULL CHECK (amount > 0),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            created_at TEXT NOT NULL
        );
        CREATE INDEX write_offs_invoice ON write_offs(invoice_id);
        CREATE INDEX write_offs_date ON write_offs(date);

        CREATE TABLE allocations (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            kind TEXT NOT NULL CHECK (kind IN ('payment', 'credit_note', 'write_off')),
            payment_id INTEGER REFERENCES payments(id),
            credit_note_id INTEGER REFERENCES credit_notes(id),
            write_off_id INTEGER REFERENCES write_offs(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            amount INTEGER NOT NULL CHECK (amount > 0),
            CHECK ((kind = 'payment') = (payment_id IS NOT NULL)
               AND (kind = 'credit_note') = (credit_note_id IS NOT NULL)
               AND (kind = 'write_off') = (write_off_id IS NOT NULL))
        );
        CREATE INDEX allocations_invoice ON allocations(invoice_id, date, amount);
        CREATE INDEX allocations_payment ON allocations(payment_id) WHERE payment_id IS NOT NULL;
        CREATE INDEX allocations_credit_note ON allocations(credit_note_id)
            WHERE credit_note_id IS NOT NULL;
        CREATE INDEX allocations_write_off ON allocations(write_off_id) WHERE write_off_id IS NOT NULL;

        -- The invoice's settled total and closed_on follow its allocations; the CHECK on
        -- invoices.settled makes over-allocation impossible whatever code writes.
        CREATE TRIGGER allocations_after_insert AFTER INSERT ON allocations BEGIN
            UPDATE invoices SET
                settled = settled + NEW.amount,
                last_settled_on = max(coalesce(last_settled_on, NEW.date), NEW.date),
                closed_on = CASE WHEN settled + NEW.amount = amount
                    THEN max(coalesce(last_settled_on, NEW.date), NEW.date)
                    ELSE '{OPEN}' END
            WHERE id = NEW.invoice_id;
        END;
        CREATE TRIGGER allocations_after_delete AFTER DELETE ON allocations BEGIN
            UPDATE invoices SET
                settled = settled - OLD.amount,
                last_settled_on = (SELECT max(date) FROM allocations WHERE invoice_id = OLD.invoice_id),
                closed_on = '{OPEN}'
            WHERE id = OLD.invoice_id;
        END;
        CREATE TRIGGER allocations_no_update BEFORE UPDATE ON allocations BEGIN
            SELECT RAISE(ABORT, 'allocations are never edited; delete and re-create them');
        END;
        """
    )


def m002_collections(db: sqlite_utils.Database) -> None:
    """The evidence log and the collections records that point into it."""
    run_script(
        db,
        """
        -- Append-only, hash-chained. seq runs 1, 2, 3 ... with no gaps; prev_hash is the previous row's hash.
        CREATE TABLE evidence (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            customer_id INTEGER REFERENCES customers(id),
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        );
        CREATE INDEX evidence_customer ON evidence(customer_id, seq);
        CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence BEGIN
            SELECT RAISE(ABORT, 'the evidence log is append-only; record a correction instead');
        END;
        CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence BEGIN
            SELECT RAISE(ABORT, 'the evidence log is append-only; record a correction instead');
        END;
        CREATE TRIGGER evidence_extends_chain BEFORE INSERT ON evidence
        WHEN NEW.seq IS NOT coalesce((SELECT max(seq) FROM evidence), 0) + 1
          OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM evidence ORDER BY seq DESC LIMIT 1),
                                           '0000000000000000000000000000000000000000000000000000000000000000')
        BEGIN
            SELECT RAISE(ABORT, 'an evidence event must extend the end of the chain');
        END;

        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            at TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'visit', 'sms', 'chat')),
            direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
            person TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
            outcome TEXT CHECK (outcome IS NULL OR outcome IN
                ('no-answer', 'reached', 'promise', 'dispute', 'refused', 'wrong-number')),
            reason TEXT CHECK (reason IS NULL OR reason IN
                ('financial', 'delay', 'quality', 'process', 'contact-changed', 'other')),
            tracking TEXT NOT NULL DEFAULT '',
            override_reason TEXT NOT NULL DEFAULT '',
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq)
        );
        CREATE INDEX contacts_customer ON contacts(customer_id, at);
        CREATE TABLE contact_invoices (
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            PRIMARY KEY (contact_id, invoice_id)
        ) WITHOUT ROWID;

        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            created_on TEXT NOT NULL CHECK (date(created_on) = created_on),
            note TEXT NOT NULL DEFAULT '',
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq)
        );
        CREATE TABLE promises (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            promised_on TEXT NOT NULL CHECK (date(promised_on) = promised_on),
            due_date TEXT NOT NULL CHECK (date(due_date) = due_date AND due_date >= promised_on),
            amount INTEGER NOT NULL CHECK (amount > 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            made_by TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            plan_id INTEGER REFERENCES plans(id),
            instalment_no INTEGER,
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq)
        );
        CREATE INDEX promises_customer ON promises(customer_id, due_date);
        CREATE INDEX promises_due ON promises(due_date);
        CREATE TABLE promise_invoices (
            promise_id INTEGER NOT NULL REFERENCES promises(id),
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            PRIMARY KEY (promise_id, invoice_id)
        ) WITHOUT ROWID;
        CREATE INDEX promise_invoices_invoice ON promise_invoices(invoice_id);

        CREATE TABLE disputes (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            opened_on TEXT NOT NULL CHECK (date(opened_on) = opened_on),
            reason TEXT NOT NULL CHECK (reason IN ('quality', 'delivery', 'price', 'paid', 'other')),
            amount INTEGER CHECK (amount IS NULL OR amount > 0),
            note TEXT NOT NULL DEFAULT '',
            resolved_on TEXT CHECK (resolved_on IS NULL OR resolved_on >= opened_on),
            resolution TEXT NOT NULL DEFAULT '',
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq),
            resolved_seq INTEGER REFERENCES evidence(seq)
        );
        CREATE INDEX disputes_invoice ON disputes(invoice_id);
        CREATE INDEX disputes_open ON disputes(invoice_id) WHERE resolved_on IS NULL;

        CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
            sent_on TEXT NOT NULL CHECK (date(sent_on) = sent_on),
            reply_by TEXT,
            sha256 TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq)
        );
        CREATE INDEX letters_customer ON letters(customer_id, sent_on);
        CREATE TABLE letter_invoices (
            letter_id INTEGER NOT NULL REFERENCES letters(id),
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            PRIMARY KEY (letter_id, invoice_id)
        ) WITHOUT ROWID;

        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            invoice_id INTEGER REFERENCES invoices(id),
            kind TEXT NOT NULL,
            filename TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            stored_path TEXT NOT NULL,
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq)
        );
        CREATE INDEX attachments_customer ON attachments(customer_id);

        -- Events that restart limitation other than part payments (which come from allocations).
        CREATE TABLE limitation_events (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            invoice_id INTEGER REFERENCES invoices(id),
            on_date TEXT NOT NULL CHECK (date(on_date) = on_date),
            kind TEXT NOT NULL CHECK (kind IN ('acknowledgment', 'promise', 'demand_delivered', 'suit')),
            note TEXT NOT NULL DEFAULT '',
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq)
        );
        CREATE INDEX limitation_events_customer ON limitation_events(customer_id, on_date);

        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            due_on TEXT NOT NULL CHECK (date(due_on) = due_on),
            kind TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            done_on TEXT
        );
        CREATE INDEX tasks_open ON tasks(due_on) WHERE done_on IS NULL;
        CREATE UNIQUE INDEX tasks_source ON tasks(source) WHERE source != '';

        ALTER TABLE payments ADD COLUMN evidence_seq INTEGER REFERENCES evidence(seq);
        ALTER TABLE write_offs ADD COLUMN evidence_seq INTEGER REFERENCES evidence(seq);
        ALTER TABLE credit_notes ADD COLUMN evidence_seq INTEGER REFERENCES evidence(seq);
        """,
    )


def m003_list_indexes(db: sqlite_utils.Database) -> None:
    """Indexes behind the desktop lists (balances per customer, all invoices by issue date or amount); the
    date each invoice's settlement began, so aging on a past date reads allocations only for invoices
    settled partly before and partly after it; and the aging index extended with both, and with the
    invoice number so letter runs never read the table itself."""
    run_script(
        db,
        f"""
        ALTER TABLE invoices ADD COLUMN first_settled_on TEXT;
        UPDATE invoices SET first_settled_on =
            (SELECT min(date) FROM allocations a WHERE a.invoice_id = invoices.id) WHERE settled > 0;
        DROP TRIGGER allocations_after_insert;
        CREATE TRIGGER allocations_after_insert AFTER INSERT ON allocations BEGIN
            UPDATE invoices SET
                settled = settled + NEW.amount,
                first_settled_on = min(coalesce(first_settled_on, NEW.date), NEW.date),
                last_settled_on = max(coalesce(last_settled_on, NEW.date), NEW.date),
                closed_on = CASE WHEN settled + NEW.amount = amount
                    THEN max(coalesce(last_settled_on, NEW.date), NEW.date)
                    ELSE '{OPEN}' END
            WHERE id = NEW.invoice_id;
        END;
        DROP TRIGGER allocations_after_delete;
        CREATE TRIGGER allocations_after_delete AFTER DELETE ON allocations BEGIN
            UPDATE invoices SET
                settled = settled - OLD.amount,
                first_settled_on = (SELECT min(date) FROM allocations WHERE invoice_id = OLD.invoice_id),
                last_settled_on = (SELECT max(date) FROM allocations WHERE invoice_id = OLD.invoice_id),
                closed_on = '{OPEN}'
            WHERE id = OLD.invoice_id;
        END;
        DROP INDEX IF EXISTS invoices_aging;
        CREATE INDEX invoices_aging ON invoices(
            closed_on, issue_date, customer_id, currency, due_date, amount, settled, first_settled_on,
            last_settled_on, number);
        CREATE INDEX invoices_by_currency ON invoices(currency, id);
        CREATE INDEX invoices_by_customer ON invoices(customer_id, id);
        CREATE INDEX invoices_by_due ON invoices(due_date, id);
        CREATE INDEX invoices_by_open ON invoices((amount - settled), id);
        CREATE INDEX invoices_open_by_customer ON invoices(customer_id, currency) WHERE closed_on = '{OPEN}';
        CREATE INDEX invoices_by_issue ON invoices(issue_date, id);
        CREATE INDEX invoices_by_amount ON invoices(amount, id);
        """,
    )


def m004_interest_terms_and_waivers(db: sqlite_utils.Database) -> None:
    """Contract interest terms per invoice (overriding the customer's) and an LPR factor per customer;
    who a dispute's resolution favoured; waivers of interest and compensation, each with its evidence."""
    run_script(
        db,
        """
        ALTER TABLE invoices ADD COLUMN contract_rate_bp INTEGER
            CHECK (contract_rate_bp IS NULL OR contract_rate_bp >= 0);
        ALTER TABLE invoices ADD COLUMN contract_fee INTEGER CHECK (contract_fee IS NULL OR contract_fee >= 0);
        ALTER TABLE customers ADD COLUMN lpr_factor TEXT;
        ALTER TABLE disputes ADD COLUMN outcome TEXT NOT NULL DEFAULT ''
            CHECK (outcome IN ('', 'upheld', 'rejected'));
        CREATE TABLE interest_waivers (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            on_date TEXT NOT NULL CHECK (date(on_date) = on_date),
            interest INTEGER NOT NULL CHECK (interest >= 0),
            compensation INTEGER NOT NULL CHECK (compensation >= 0),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq),
            CHECK (interest + compensation > 0)
        );
        CREATE INDEX interest_waivers_invoice ON interest_waivers(invoice_id, on_date);
        """,
    )


def _widen_check(db: sqlite_utils.Database, table: str, old: str, new: str) -> None:
    """Replace a CHECK constraint's text in a table's stored schema.

    SQLite cannot ALTER a CHECK, and rebuilding a table that others reference (customers) would fire their
    ON DELETE actions inside the migration's transaction. SQLite documents editing sqlite_schema for
    changes that leave every stored row valid (https://sqlite.org/lang_altertable.html, "Making Other
    Kinds Of Table Schema Changes"): widening an IN list is such a change.
    """
    sql = db.conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    if old not in sql:
        raise sqlite3.DatabaseError(f"the {table} table does not have the expected constraint {old!r}")
    version = db.conn.execute("PRAGMA schema_version").fetchone()[0]
    db.conn.execute("PRAGMA writable_schema = ON")
    try:
        db.conn.execute("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
                        (sql.replace(old, new), table))
        db.conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        db.conn.execute("PRAGMA writable_schema = OFF")


def m005_sole_traders_and_negotiations(db: sqlite_utils.Database) -> None:
    """'sole_trader' as a customer kind; negotiation start and end as limitation events (BGB §203)."""
    _widen_check(db, "customers", "CHECK (kind IN ('company', 'individual'))",
                 "CHECK (kind IN ('company', 'sole_trader', 'individual'))")
    _widen_check(db, "limitation_events", "CHECK (kind IN ('acknowledgment', 'promise', 'demand_delivered', 'suit'))",
                 "CHECK (kind IN ('acknowledgment', 'promise', 'demand_delivered', 'suit', 'negotiation_start',"
                 " 'negotiation_end'))")


def m006_dispatch(db: sqlite_utils.Database) -> None:
    """How each letter left us (email with its Message-ID and the server's acceptance, or post with a
    tracking number) and, for post, when it was delivered: the proof that a demand reached the debtor."""
    run_script(
        db,
        """
        CREATE TABLE dispatches (
            id INTEGER PRIMARY KEY,
            letter_id INTEGER NOT NULL REFERENCES letters(id),
            method TEXT NOT NULL CHECK (method IN ('email', 'ordinary', 'registered', 'ems', 'courier')),
            sent_at TEXT NOT NULL,
            recipients TEXT NOT NULL DEFAULT '',
            message_id TEXT NOT NULL DEFAULT '',
            tracking TEXT NOT NULL DEFAULT '',
            message_path TEXT NOT NULL DEFAULT '',
            message_sha256 TEXT NOT NULL DEFAULT '',
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq),
            delivered_on TEXT CHECK (delivered_on IS NULL OR date(delivered_on) = delivered_on),
            delivered_seq INTEGER REFERENCES evidence(seq)
        );
        CREATE INDEX dispatches_letter ON dispatches(letter_id);
        CREATE INDEX dispatches_undelivered ON dispatches(sent_at) WHERE delivered_on IS NULL AND method != 'email';
        """,
    )


def m007_locks(db: sqlite_utils.Database) -> None:
    """Named locks held by one process at a time (a letters batch), released by the holder or taken over once it
    is gone (see storage/locks.py)."""
    run_script(
        db,
        """
        CREATE TABLE locks (
            name TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            pid_started TEXT NOT NULL DEFAULT '',
            taken_at TEXT NOT NULL
        );
        """,
    )


def m008_evidence_recorded_at(db: sqlite_utils.Database) -> None:
    """Each event's own recording time (apart from the user's date of the fact); invoices point at the event that
    recorded them; the ledger gets an identity for its witness files; rows not yet in the log are sealed by one
    event holding their digest (see storage/evidence_records.py)."""


    run_script(
        db,
        """
        ALTER TABLE evidence ADD COLUMN recorded_at TEXT;
        ALTER TABLE invoices ADD COLUMN evidence_seq INTEGER REFERENCES evidence(seq);
        """,
    )
    db.conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('ledger.id', ?)",
                    (f'"{uuid.uuid4()}"',))
    evidence_records.seal_unrecorded(db.conn, "arledger upgrade", None, extra={
        "note": "Records kept before the log covered every row, sealed as they stood at the upgrade."})


def m009_import_memory(db: sqlite_utils.Database) -> None:
    """What imports remember: named column mappings, the SHA-256 of every imported file, every bank statement
    line already imported (so a second file adds nothing), and the IBANs and payer names customers paid from."""
    run_script(
        db,
        """
        CREATE TABLE import_profiles (
            name TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL,
            settings TEXT NOT NULL CHECK (json_valid(settings)),
            updated_at TEXT NOT NULL
        );
        CREATE TABLE imported_files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            kind TEXT NOT NULL,
            file_name TEXT NOT NULL,
            rows INTEGER NOT NULL CHECK (rows >= 0),
            imported_at TEXT NOT NULL,
            evidence_seq INTEGER REFERENCES evidence(seq)
        );
        CREATE INDEX imported_files_sha ON imported_files(sha256, kind);
        CREATE TABLE statement_lines (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE,
            file_sha256 TEXT NOT NULL,
            booked_on TEXT NOT NULL CHECK (date(booked_on) = booked_on),
            amount INTEGER NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            bank_reference TEXT NOT NULL DEFAULT '',
            payer_name TEXT NOT NULL DEFAULT '',
            payer_iban TEXT NOT NULL DEFAULT '',
            remittance TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'rejected', 'debit', 'unmatched')),
            customer_id INTEGER REFERENCES customers(id),
            payment_id INTEGER REFERENCES payments(id),
            recorded_at TEXT NOT NULL
        );
        CREATE TABLE payer_identities (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            kind TEXT NOT NULL CHECK (kind IN ('iban', 'name')),
            value TEXT NOT NULL CHECK (length(value) > 0),
            UNIQUE (kind, value)
        );
        """,
    )


def m010_cases_and_settlement_offers(db: sqlite_utils.Database) -> None:
    """Collection cases (owner and stage per customer), their stage history, and settlement offers; each row
    points at the evidence event that records it."""
    run_script(
        db,
        """
        CREATE TABLE cases (
            customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
            owner TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL CHECK (stage IN ('monitoring', 'active', 'promise', 'plan', 'dispute', 'lawyer',
                'agency', 'court', 'paid', 'settled', 'written-off')),
            since TEXT NOT NULL CHECK (date(since) = since)
        );
        CREATE INDEX cases_owner ON cases(owner, stage);
        CREATE TABLE case_stages (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            stage TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            on_date TEXT NOT NULL CHECK (date(on_date) = on_date),
            note TEXT NOT NULL DEFAULT '',
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq)
        );
        CREATE INDEX case_stages_customer ON case_stages(customer_id, id);
        CREATE TRIGGER case_stages_no_update BEFORE UPDATE ON case_stages BEGIN
            SELECT RAISE(ABORT, 'stage history is never edited; record a new stage change');
        END;
        CREATE TABLE settlement_offers (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            offered_on TEXT NOT NULL CHECK (date(offered_on) = offered_on),
            deadline TEXT NOT NULL CHECK (date(deadline) = deadline AND deadline >= offered_on),
            principal INTEGER NOT NULL CHECK (principal >= 0),
            interest INTEGER NOT NULL CHECK (interest >= 0),
            compensation INTEGER NOT NULL CHECK (compensation >= 0),
            discount INTEGER NOT NULL CHECK (discount >= 0 AND discount <= principal),
            waive_interest INTEGER NOT NULL CHECK (waive_interest IN (0, 1)),
            waive_compensation INTEGER NOT NULL CHECK (waive_compensation IN (0, 1)),
            invoices TEXT NOT NULL DEFAULT '',
            approver TEXT NOT NULL DEFAULT '',
            approval_reason TEXT NOT NULL DEFAULT '',
            letter_path TEXT NOT NULL DEFAULT '',
            letter_sha256 TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'settled', 'lapsed')),
            outcome_on TEXT,
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq),
            outcome_seq INTEGER REFERENCES evidence(seq)
        );
        CREATE INDEX settlement_offers_customer ON settlement_offers(customer_id, offered_on);
        CREATE INDEX settlement_offers_pending ON settlement_offers(deadline) WHERE outcome = 'pending';

        -- Derived by the risk refresh (rebuilt each time; not evidence): the tier's reasons and the flags,
        -- with the day each flag was first seen so the dashboard can list the new ones.
        CREATE TABLE risk_assessments (
            customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
            tier TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C')),
            score INTEGER NOT NULL,
            reasons TEXT NOT NULL DEFAULT '[]',
            assessed_on TEXT NOT NULL CHECK (date(assessed_on) = assessed_on)
        );
        CREATE TABLE risk_warnings (
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',
            first_seen TEXT NOT NULL CHECK (date(first_seen) = first_seen),
            last_seen TEXT NOT NULL CHECK (date(last_seen) = last_seen),
            PRIMARY KEY (customer_id, code)
        ) WITHOUT ROWID;
        CREATE INDEX risk_warnings_first_seen ON risk_warnings(first_seen);
        """,
    )


def m011_reversals_refunds(db: sqlite_utils.Database) -> None:
    """Nothing is deleted: reversals of payments, credit notes, write-offs and refunds, voided invoices, and
    refunds of unapplied credit. A reversal writes negative allocations dated the day of the reversal, so
    aging as of any earlier date still shows what the ledger showed then. The allocations table is rebuilt
    to allow those negative rows (each must name its reversal); its triggers are recreated as in m003, plus
    one that refuses allocations to a voided invoice."""
    run_script(
        db,
        f"""
        CREATE TABLE reversals (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('payment', 'credit_note', 'write_off', 'invoice', 'refund')),
            target_id INTEGER NOT NULL,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            original_seq INTEGER REFERENCES evidence(seq),
            evidence_seq INTEGER REFERENCES evidence(seq),
            created_at TEXT NOT NULL,
            UNIQUE (kind, target_id)
        );
        CREATE INDEX reversals_date ON reversals(date);
        ALTER TABLE payments ADD COLUMN reversed_on TEXT;
        ALTER TABLE credit_notes ADD COLUMN reversed_on TEXT;
        ALTER TABLE write_offs ADD COLUMN reversed_on TEXT;
        ALTER TABLE invoices ADD COLUMN voided_on TEXT;

        CREATE TABLE refunds (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            amount INTEGER NOT NULL CHECK (amount > 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            method TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            reversed_on TEXT,
            evidence_seq INTEGER REFERENCES evidence(seq),
            created_at TEXT NOT NULL
        );
        CREATE INDEX refunds_customer ON refunds(customer_id, date);
        -- which payments and credit notes a refund paid back (their unapplied credit)
        CREATE TABLE refund_parts (
            id INTEGER PRIMARY KEY,
            refund_id INTEGER NOT NULL REFERENCES refunds(id),
            payment_id INTEGER REFERENCES payments(id),
            credit_note_id INTEGER REFERENCES credit_notes(id),
            amount INTEGER NOT NULL CHECK (amount > 0),
            CHECK ((payment_id IS NULL) != (credit_note_id IS NULL))
        );
        CREATE INDEX refund_parts_payment ON refund_parts(payment_id) WHERE payment_id IS NOT NULL;
        CREATE INDEX refund_parts_credit_note ON refund_parts(credit_note_id) WHERE credit_note_id IS NOT NULL;

        DROP TRIGGER allocations_after_insert;
        DROP TRIGGER allocations_after_delete;
        DROP TRIGGER allocations_no_update;
        CREATE TABLE allocations_new (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            kind TEXT NOT NULL CHECK (kind IN ('payment', 'credit_note', 'write_off')),
            payment_id INTEGER REFERENCES payments(id),
            credit_note_id INTEGER REFERENCES credit_notes(id),
            write_off_id INTEGER REFERENCES write_offs(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            amount INTEGER NOT NULL CHECK (amount != 0),
            reversal_id INTEGER REFERENCES reversals(id),
            CHECK ((kind = 'payment') = (payment_id IS NOT NULL)
               AND (kind = 'credit_note') = (credit_note_id IS NOT NULL)
               AND (kind = 'write_off') = (write_off_id IS NOT NULL)),
            CHECK ((amount < 0) = (reversal_id IS NOT NULL))
        );
        INSERT INTO allocations_new (id, invoice_id, kind, payment_id, credit_note_id, write_off_id, date, amount)
            SELECT id, invoice_id, kind, payment_id, credit_note_id, write_off_id, date, amount FROM allocations;
        DROP TABLE allocations;
        ALTER TABLE allocations_new RENAME TO allocations;
        CREATE INDEX allocations_invoice ON allocations(invoice_id, date, amount);
        CREATE INDEX allocations_payment ON allocations(payment_id) WHERE payment_id IS NOT NULL;
        CREATE INDEX allocations_credit_note ON allocations(credit_note_id) WHERE credit_note_id IS NOT NULL;
        CREATE INDEX allocations_write_off ON allocations(write_off_id) WHERE write_off_id IS NOT NULL;
        CREATE TRIGGER allocations_after_insert AFTER INSERT ON allocations BEGIN
            UPDATE invoices SET
                settled = settled + NEW.amount,
                first_settled_on = min(coalesce(first_settled_on, NEW.date), NEW.date),
                last_settled_on = max(coalesce(last_settled_on, NEW.date), NEW.date),
                closed_on = CASE WHEN settled + NEW.amount = amount
                    THEN max(coalesce(last_settled_on, NEW.date), NEW.date)
                    ELSE '{OPEN}' END
            WHERE id = NEW.invoice_id;
        END;
        CREATE TRIGGER allocations_after_delete AFTER DELETE ON allocations BEGIN
            UPDATE invoices SET
                settled = settled - OLD.amount,
                first_settled_on = (SELECT min(date) FROM allocations WHERE invoice_id = OLD.invoice_id),
                last_settled_on = (SELECT max(date) FROM allocations WHERE invoice_id = OLD.invoice_id),
                closed_on = '{OPEN}'
            WHERE id = OLD.invoice_id;
        END;
        CREATE TRIGGER allocations_no_update BEFORE UPDATE ON allocations BEGIN
            SELECT RAISE(ABORT, 'allocations are never edited; delete and re-create them');
        END;
        CREATE TRIGGER allocations_not_to_void BEFORE INSERT ON allocations
        WHEN (SELECT voided_on FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL BEGIN
            SELECT RAISE(ABORT, 'a voided invoice takes no settlements');
        END;
        """,
    )


def m012_german_customers(db: sqlite_utils.Database) -> None:
    """'de' as a customer's language (German UI and, later, German letters)."""
    _widen_check(db, "customers", "CHECK (language IN ('en', 'zh'))", "CHECK (language IN ('en', 'zh', 'de'))")


def m013_notices(db: sqlite_utils.Database) -> None:
    """The letters between the demands (promise confirmation, ...): never a level of the ladder, so kept apart
    from ``letters``; each names what it is about (a promise, a plan) and points at its evidence event."""
    run_script(
        db,
        """
        CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            kind TEXT NOT NULL CHECK (kind IN ('courtesy', 'promise_confirmation', 'repayment_agreement',
                'thank_you')),
            about_id INTEGER,
            sent_on TEXT NOT NULL CHECK (date(sent_on) = sent_on),
            sha256 TEXT NOT NULL,
            path TEXT NOT NULL UNIQUE,
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq),
            emailed_seq INTEGER REFERENCES evidence(seq)
        );
        CREATE INDEX notices_about ON notices(kind, about_id);
        CREATE INDEX notices_customer ON notices(customer_id, sent_on);
        CREATE TABLE notice_invoices (
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            PRIMARY KEY (notice_id, invoice_id)
        );
        CREATE INDEX notice_invoices_invoice ON notice_invoices(invoice_id);
        """,
    )


def m014_notice_posts(db: sqlite_utils.Database) -> None:
    """How a notice (promise confirmation, ...) went by post, with its tracking number, and when it was delivered:
    the same proof the ladder's letters keep in ``dispatches`` (a notice's email stays on ``notices.emailed_seq``)."""
    run_script(
        db,
        """
        CREATE TABLE notice_posts (
            id INTEGER PRIMARY KEY,
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            method TEXT NOT NULL CHECK (method IN ('ordinary', 'registered', 'ems', 'courier')),
            tracking TEXT NOT NULL DEFAULT '',
            posted_at TEXT NOT NULL,
            evidence_seq INTEGER NOT NULL REFERENCES evidence(seq),
            delivered_on TEXT CHECK (delivered_on IS NULL OR date(delivered_on) = delivered_on),
            delivered_seq INTEGER REFERENCES evidence(seq)
        );
        CREATE INDEX notice_posts_notice ON notice_posts(notice_id);
        CREATE INDEX notice_posts_undelivered ON notice_posts(posted_at) WHERE delivered_on IS NULL;
        """,
    )


def m015_default_basis(db: sqlite_utils.Database) -> None:
    """German default (BGB § 286): whether payment dates were agreed by contract and whether invoices carried the
    § 286 (3) notice for consumers, per customer (0/1) and per invoice (NULL: as the customer)."""
    run_script(
        db,
        """
        ALTER TABLE customers ADD COLUMN payment_date_agreed INTEGER NOT NULL DEFAULT 0
            CHECK (payment_date_agreed IN (0, 1));
        ALTER TABLE customers ADD COLUMN default_notice INTEGER NOT NULL DEFAULT 0 CHECK (default_notice IN (0, 1));
        ALTER TABLE invoices ADD COLUMN payment_date_agreed INTEGER
            CHECK (payment_date_agreed IS NULL OR payment_date_agreed IN (0, 1));
        ALTER TABLE invoices ADD COLUMN default_notice INTEGER
            CHECK (default_notice IS NULL OR default_notice IN (0, 1));
        """,
    )


def m016_invoice_receipt(db: sqlite_utils.Database) -> None:
    """The day the debtor received an invoice (BGB § 286 (3): default 30 days after due date and receipt), when
    recorded; NULL: not recorded, so the due date stands for it."""
    run_script(db, "ALTER TABLE invoices ADD COLUMN received_on TEXT;")


def m017_ledger_version(db: sqlite_utils.Database) -> None:
    """A value that changes with every write to the file, by any program, in the writing transaction: results read
    from the ledger are kept under it (Ledger.remembered) and never outlive the facts they came from. Each write
    sets a fresh random value rather than a count, so a restored backup written to again never repeats a value a
    kept result was read under. The triggers are :func:`version_triggers` (every table, also those added later)."""
    run_script(
        db,
        """
        CREATE TABLE ledger_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
        INSERT INTO ledger_version (id, version) VALUES (1, random());
        """,
    )


def version_triggers(conn: sqlite3.Connection) -> None:
    """Give every table (once the ledger has ledger_version) the triggers that change it on insert, update and
    delete; migrate() runs this after each step, so a table a later migration adds is covered in the same step."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_version'").fetchone():
        return
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                               " AND name NOT LIKE 'sqlite_%' AND name != 'ledger_version'")]
    have = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in tables:
        for event in ("insert", "update", "delete"):
            name = f"{table}_changes_version_on_{event}"
            if name not in have:
                conn.execute(f'CREATE TRIGGER "{name}" AFTER {event.upper()} ON "{table}" BEGIN'
                             " UPDATE ledger_version SET version = random() WHERE id = 1; END")


# The English sentences schema 15 stored, and the messages (code, English default, parameters) they become: the
# data as schema 18 stores it, written out here so this step keeps reading old files as it does today.
_OLD_RISK_REASON = re.compile(r"^(?P<text>.*) \((?P<level>high|watch): from (?P<threshold>[^)]*)\)\.$")
_OLD_RISK_FACTORS: tuple[tuple[re.Pattern[str], str, str, str | None], ...] = (
    (re.compile(r"^Pays (?P<value>\S+) days late on average$"), "risk.reason.days_late",
     "Pays {value} days late on average ({level}: from {threshold}).", None),
    (re.compile(r"^(?P<value>\d+) broken promise\(s\)$"), "risk.reason.broken_promises",
     "{n} broken promise ({level}: from {threshold}).", "{n} broken promises ({level}: from {threshold})."),
    (re.compile(r"^(?P<value>\S+)% of the open balance is overdue$"), "risk.reason.overdue_share",
     "{value}% of the open balance is overdue ({level}: from {threshold}).", None),
    (re.compile(r"^Uses (?P<value>\S+)% of the credit limit$"), "risk.reason.credit_use",
     "Uses {value}% of the credit limit ({level}: from {threshold}).", None),
)
_RISK_LEVELS = {"high": {"code": "risk.level.high", "default": "high", "params": {}},
                "watch": {"code": "risk.level.watch", "default": "watch", "params": {}}}
_OLD_TASK_NOTES: tuple[tuple[re.Pattern[str], str, str, str, str], ...] = (
    (re.compile(r"^Broken: Nothing of (?P<promised>.+) paid by (?P<deadline>\d{4}-\d{2}-\d{2})\.$"),
     "queue.promise_broken", "Broken: {reason}", "promises.broken", "Nothing of {promised} paid by {deadline}."),
    (re.compile(r"^Partly kept: Only (?P<paid>.+) of (?P<promised>.+) paid by (?P<deadline>\d{4}-\d{2}-\d{2})\.$"),
     "queue.promise_partly_kept", "Partly kept: {reason}", "promises.partly_kept",
     "Only {paid} of {promised} paid by {deadline}."),
)


_OLD_SETTLED = re.compile(r"^Settlement offer (?P<offer>\S+-S\d+) paid by its deadline\.$")
_OLD_HANDED_OVER = re.compile(r"^Handed over to a (?P<to>lawyer|agency|court) with pack (?P<pack>.+) \(event "
                              r"(?P<seq>\d+)\)\.$")
_RECIPIENTS = {"lawyer": "a lawyer", "agency": "a collection agency", "court": "a court"}


def _old_stage_note(text: str) -> dict[str, object] | None:
    if found := _OLD_SETTLED.match(text):
        return {"code": "case.note.settlement_paid", "default": "Settlement offer {offer} paid by its deadline.",
                "params": {"offer": found["offer"]}}
    if found := _OLD_HANDED_OVER.match(text):
        to = {"code": f"handover.to.{found['to']}", "default": _RECIPIENTS[found["to"]], "params": {}}
        return {"code": "case.note.handed_over", "default": "Handed over to {to} with pack {pack} (event {seq}).",
                "params": {"to": to, "pack": found["pack"], "seq": int(found["seq"])}}
    return None


def _old_risk_reason(text: str) -> object:
    """A risk reason as schema 18 stores it; a sentence not recognised stays the text it was."""
    outer = _OLD_RISK_REASON.match(text)
    if outer is None:
        return text
    for pattern, code, default, plural in _OLD_RISK_FACTORS:
        inner = pattern.match(outer["text"])
        if inner is None:
            continue
        params: dict[str, object] = {"level": _RISK_LEVELS[outer["level"]],
                                     "threshold": {"type": "decimal", "value": outer["threshold"]}}
        data: dict[str, object] = {"code": code, "default": default, "params": params}
        if plural is None:
            params["value"] = {"type": "decimal", "value": inner["value"]}
        else:
            params["n"] = int(inner["value"])
            data["plural"] = plural
        return data
    return text


def _old_task_note(text: str) -> dict[str, object] | None:
    for pattern, code, default, reason_code, reason_default in _OLD_TASK_NOTES:
        found = pattern.match(text)
        if found is not None:
            reason = {"code": reason_code, "default": reason_default, "params": found.groupdict()}
            return {"code": code, "default": default, "params": {"reason": reason}}
    return None


def m018_sentences_as_messages(db: sqlite_utils.Database) -> None:
    """Risk-tier reasons, follow-up task notes and the case-history notes the ledger writes (settlement paid,
    handed over) become messages (code, parameters, English default), shown in each reader's language; a stored
    sentence this step does not recognise (someone's own note) is kept and shown as written."""
    conn = db.conn
    conn.execute("ALTER TABLE tasks ADD COLUMN note_message TEXT")
    for customer_id, reasons in conn.execute("SELECT customer_id, reasons FROM risk_assessments").fetchall():
        old = json.loads(reasons)
        new = [_old_risk_reason(r) if isinstance(r, str) else r for r in old]
        if new != old:
            conn.execute("UPDATE risk_assessments SET reasons = ? WHERE customer_id = ?",
                         (json.dumps(new, ensure_ascii=False), customer_id))
    for task_id, note in conn.execute("SELECT id, note FROM tasks").fetchall():
        data = _old_task_note(note)
        if data is not None:
            conn.execute("UPDATE tasks SET note_message = ? WHERE id = ?", (json.dumps(data, ensure_ascii=False),
                                                                            task_id))
    # The stage history is never edited; this step only adds to each note the message it was written from.
    conn.execute("ALTER TABLE case_stages ADD COLUMN note_message TEXT")
    conn.execute("DROP TRIGGER case_stages_no_update")
    for stage_id, note in conn.execute("SELECT id, note FROM case_stages").fetchall():
        data = _old_stage_note(note)
        if data is not None:
            conn.execute("UPDATE case_stages SET note_message = ? WHERE id = ?",
                         (json.dumps(data, ensure_ascii=False), stage_id))
    run_script(db, """
        CREATE TRIGGER case_stages_no_update BEFORE UPDATE ON case_stages BEGIN
            SELECT RAISE(ABORT, 'stage history is never edited; record a new stage change');
        END;
        """)


_OLD_WAIVER_SETTLED = re.compile(r"^Settlement offer (?P<offer>\S+-S\d+) paid by its deadline$")


def m019_waiver_reasons_as_messages(db: sqlite_utils.Database) -> None:
    """The interest-waiver reason the ledger writes itself (a settlement paid by its deadline) is kept as its
    message too, read in each reader's language; a reason someone typed stays as typed. The evidence log is
    append-only: the events of waivers written before this step keep their English reason."""
    conn = db.conn
    conn.execute("ALTER TABLE interest_waivers ADD COLUMN reason_message TEXT")
    for waiver_id, reason in conn.execute("SELECT id, reason FROM interest_waivers").fetchall():
        found = _OLD_WAIVER_SETTLED.match(reason)
        if found is not None:
            data = {"code": "interest.waiver.settlement_paid", "default": "Settlement offer {offer} paid by its "
                    "deadline", "params": {"offer": found["offer"]}}
            conn.execute("UPDATE interest_waivers SET reason_message = ? WHERE id = ?",
                         (json.dumps(data, ensure_ascii=False), waiver_id))


def m020_open_invoices_by_customer_due(db: sqlite_utils.Database) -> None:
    """A customer's open invoices by due date: the payment dialog lists the oldest 500 of 5,000 and finds one by
    number or amount among them, never walking the whole ledger's open invoices (which the planner chose over the
    customer's index on a ledger of 25,000 invoices). It replaces the index by customer and currency alone, which
    it begins with."""
    run_script(
        db,
        f"""
        DROP INDEX IF EXISTS invoices_open_by_customer;
        CREATE INDEX invoices_open_by_customer_due ON invoices(customer_id, currency, due_date)
            WHERE closed_on = '{OPEN}';
        """,
    )


# Schema 18 to 20 stored a promise's figures in its sentence as text ("1000.00 EUR", "2026-11-15"), so every
# language read them the English way; from schema 21 they are an amount and a date. The codes whose parameters
# this step reads, and the parameters that held an amount or a date, as those schemas wrote them.
_PROMISE_SENTENCES = frozenset({"promises.broken", "promises.partly_kept", "promises.kept", "promises.pending",
                                "promises.plan_broken", "promises.plan_broken_partly"})
_OLD_AMOUNT_TEXT = re.compile(r"^(?P<value>-?\d+(?:\.\d+)?) (?P<currency>[A-Z]{3})$")
_OLD_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _old_figures(data: object) -> object:
    """Stored message data with each promise sentence's amount and date texts as values; a parameter that does not
    read as one (or any other message) stays as it was."""
    if not isinstance(data, dict):
        return data
    params = data.get("params")
    if not isinstance(params, dict):
        return data
    new: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, dict):
            new[name] = _old_figures(value)
        elif data.get("code") in _PROMISE_SENTENCES and isinstance(value, str):
            if name in ("paid", "promised", "amount") and (found := _OLD_AMOUNT_TEXT.match(value)):
                new[name] = {"type": "amount", "value": found["value"], "currency": found["currency"]}
            elif name in ("deadline", "due") and _OLD_DATE_TEXT.match(value):
                new[name] = {"type": "date", "value": value}
            else:
                new[name] = value
        else:
            new[name] = value
    return {**data, "params": new}


def m021_promise_figures_as_values(db: sqlite_utils.Database) -> None:
    """The follow-up task of a broken or partly kept promise keeps the promise's amounts and deadline as values, so
    a German reader sees "100,00 GBP" and "13.11.2026" where schemas 19 and 20 showed "100.00 GBP" and
    "2026-11-13" in every language. A stored figure this step cannot read as an amount or an ISO date (and a task
    note someone typed) stays as it was stored and is shown as written."""
    conn = db.conn
    for task_id, note_message in conn.execute("SELECT id, note_message FROM tasks WHERE note_message IS NOT NULL"
                                              ).fetchall():
        try:
            old = json.loads(note_message)
        except ValueError:
            continue  # not data this version wrote: read as it is
        new = _old_figures(old)
        if new != old:
            conn.execute("UPDATE tasks SET note_message = ? WHERE id = ?", (json.dumps(new, ensure_ascii=False),
                                                                            task_id))


# The notes and reasons the ledger wrote as English sentences before this step, as their messages (the data the services
# store now, written out here so this step keeps reading old files as it does today).
_OLD_DELIVERY_NOTE = re.compile(r"^(?P<what>letter|notice) (?P<id>\d+) \(evidence event (?P<record>\d+)\) delivered; "
                                r"event (?P<event>\d+)$")
_DELIVERY_NOTES = {"letter": ("limitation.note.letter_delivered", "letter {letter} (evidence event {record}) "
                              "delivered; event {event}"),
                   "notice": ("limitation.note.notice_delivered", "notice {notice} (evidence event {record}) "
                              "delivered; event {event}")}
_OLD_SETTLEMENT_WRITE_OFF = re.compile(r"^Settlement offer (?P<offer>\S+-S\d+): discount agreed and paid by "
                                       r"(?P<deadline>\d{4}-\d{2}-\d{2})$")


def _old_delivery_note(text: str) -> dict[str, object] | None:
    found = _OLD_DELIVERY_NOTE.match(text)
    if found is None:
        return None
    code, default = _DELIVERY_NOTES[found["what"]]
    return {"code": code, "default": default, "params": {found["what"]: int(found["id"]),
                                                         "record": int(found["record"]),
                                                         "event": int(found["event"])}}


def _old_settlement_write_off(text: str) -> dict[str, object] | None:
    found = _OLD_SETTLEMENT_WRITE_OFF.match(text)
    if found is None:
        return None
    return {"code": "write_off.reason.settlement_paid", "default": "Settlement offer {offer}: discount agreed and "
            "paid by {deadline}", "params": {"offer": found["offer"],
                                             "deadline": {"type": "date", "value": found["deadline"]}}}


def m022_delivery_notes_and_write_off_reasons_as_messages(db: sqlite_utils.Database) -> None:
    """The note of the limitation event a delivered letter or notice records, and the reason of the write-off a
    paid settlement makes, are kept as their messages too, read in each reader's language; a note or reason
    someone typed stays as typed. The English stays in note and reason, so records still match their events
    (the evidence log is append-only: the events written before this step keep their English only)."""
    conn = db.conn
    for table, column, convert in (("limitation_events", "note", _old_delivery_note),
                                   ("write_offs", "reason", _old_settlement_write_off)):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}_message TEXT")
        for row_id, text in conn.execute(f"SELECT id, {column} FROM {table}").fetchall():
            data = convert(text or "")
            if data is not None:
                conn.execute(f"UPDATE {table} SET {column}_message = ? WHERE id = ?",
                             (json.dumps(data, ensure_ascii=False), row_id))


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    m001_ledger_core, m002_collections, m003_list_indexes, m004_interest_terms_and_waivers,
    m005_sole_traders_and_negotiations, m006_dispatch, m007_locks, m008_evidence_recorded_at,
    m009_import_memory, m010_cases_and_settlement_offers, m011_reversals_refunds, m012_german_customers,
    m013_notices, m014_notice_posts, m015_default_basis, m016_invoice_receipt, m017_ledger_version,
    m018_sentences_as_messages, m019_waiver_reasons_as_messages, m020_open_invoices_by_customer_due,
    m021_promise_figures_as_values, m022_delivery_notes_and_write_off_reasons_as_messages,
]


def schema_version(database: Database) -> int:
    return int(database.conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    return len(MIGRATIONS)


def backup_file(database: Database, label: str) -> Path:
    """Copy the ledger to a sibling file with SQLite's online backup; return the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = database.path.with_name(f"{database.path.stem}.{label}-backup-{stamp}.sqlite")
    n = 1
    while target.exists():
        n += 1
        target = database.path.with_name(f"{database.path.stem}.{label}-backup-{stamp}-{n}.sqlite")
    database.copy_to(target)
    return target


def migrate(database: Database) -> Path | None:
    """Bring the file up to the latest schema; return the backup's path if one was taken."""
    current = schema_version(database)
    if current > latest_version():
        raise LedgerFileError(msg("ledger.newer_schema", "{path} was written by a newer arledger (schema "
                                  "{schema}); this version reads schema {latest} at most.", path=str(database.path),
                                  schema=current, latest=latest_version()))
    if current == latest_version():
        return None
    backup = backup_file(database, f"v{current}") if current > 0 else None
    for version in range(current + 1, latest_version() + 1):
        step = MIGRATIONS[version - 1]
        try:
            with database.atomic():
                step(database.db)
                version_triggers(database.conn)
                database.conn.execute(f"PRAGMA user_version = {version}")
        except sqlite3.DatabaseError as exc:
            if backup:
                failed = msg("ledger.upgrade_failed_copy", "{path} could not be upgraded to schema {schema} "
                             "({problem}); it was left as it was and a copy is at {backup}.",
                             path=str(database.path), schema=version, problem=str(exc), backup=str(backup))
            else:
                failed = msg("ledger.upgrade_failed", "{path} could not be upgraded to schema {schema} ({problem}); "
                             "it was left as it was.", path=str(database.path), schema=version, problem=str(exc))
            raise LedgerFileError(failed) from None
    return backup
