#!/usr/bin/env python3
"""Loads the online-retail data set into a fresh Keystone database, for measuring
segmentation on real data before the CSV import exists. Not an importer: it writes
accounts, sale lines and their monthly totals with plain SQL that follows the
schema (docs/data-model.md), and nothing else.

usage: online_retail.py DATA.csv[.gz] KEYSTONE_CLI DB

Lines without a CustomerID are skipped; every customer becomes an account whose
reference and name are the customer number; amount = Quantity x UnitPrice,
exactly, in ten-thousandths; no margin.
"""
import csv
import datetime
import gzip
import io
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal

EPOCH = datetime.date(1970, 1, 1)


def parse_date(text):
    text = text.strip()
    if "/" in text:  # "12/1/2010 8:26"
        day = datetime.datetime.strptime(text.split()[0], "%m/%d/%Y").date()
    else:  # "2010-12-01 08:26:00"
        day = datetime.date.fromisoformat(text[:10])
    return day


def main():
    source, cli, db = sys.argv[1:4]
    subprocess.run([cli, "--db", db, "init"], check=True, stdout=subprocess.DEVNULL)
    opener = gzip.open if source.endswith(".gz") else open
    with opener(source, "rb") as raw:
        reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", errors="replace"))
        lines = []
        skipped = 0
        for row in reader:
            customer = (row.get("CustomerID") or "").strip()
            if not customer:
                skipped += 1
                continue
            if customer.endswith(".0"):
                customer = customer[:-2]
            day = parse_date(row["InvoiceDate"])
            units = Decimal(row["Quantity"]) * Decimal(row["UnitPrice"]) * 10000
            if units != units.to_integral_value():
                raise SystemExit(f"amount needs more than four decimals: {row}")
            lines.append((customer, (day - EPOCH).days, day.year * 12 + day.month - 1, int(units),
                          row["StockCode"], row["InvoiceNo"], int(Decimal(row["Quantity"]) * 1000)))
    now = int(time.time())
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = ON")
    ids = {}
    with con:
        for customer in sorted({l[0] for l in lines}):
            cur = con.execute(
                "INSERT INTO accounts(name, name_key, ref, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (customer, customer, customer, now, now))
            ids[customer] = cur.lastrowid
            con.execute("INSERT INTO dossiers(account_id, updated_at) VALUES (?, ?)", (cur.lastrowid, now))
        con.executemany(
            "INSERT INTO sales(account_id, sale_date, amount, quantity, product, document) VALUES (?, ?, ?, ?, ?, ?)",
            [(ids[c], d, a, q, p, doc) for c, d, m, a, p, doc, q in lines])
        con.execute("""INSERT INTO sale_months(account_id, month, amount, margin, lines, first_day, last_day)
            SELECT account_id,
                   CAST(strftime('%Y', sale_date * 86400, 'unixepoch') AS INTEGER) * 12
                     + CAST(strftime('%m', sale_date * 86400, 'unixepoch') AS INTEGER) - 1,
                   sum(amount), 0, count(*), min(sale_date), max(sale_date)
            FROM sales GROUP BY 1, 2""")
    print(f"{len(ids)} accounts, {len(lines)} sale lines, {skipped} lines without a customer skipped")


if __name__ == "__main__":
    main()
