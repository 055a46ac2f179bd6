"""The pandas anchor of scripts/bench: reads the sale CSV and computes ABC-XYZ as Keystone's
segment does by default (docs/segmentation.md): revenue per account per calendar month over the
window, ABC at 80/95 % by the cumulative share before the account, XYZ by the population coefficient
of variation at 50/100 %. Usage: bench_pandas.py SALES.csv FROM(YYYY-MM-DD) MONTHS OUT.csv"""
import sys

import numpy as np
import pandas as pd


def main(path, start, months, out):
    year, month = int(start[0:4]), int(start[5:7])
    window = []
    for i in range(months):
        y, m = year + (month - 1 + i) // 12, (month - 1 + i) % 12 + 1
        window.append(f"{y:04d}-{m:02d}")

    sales = pd.read_csv(path, usecols=["account", "date", "amount"],
                        dtype={"account": str, "date": str, "amount": float})
    sales["month"] = sales["date"].str.slice(0, 7)
    sales = sales[sales["month"].isin(window)]
    per_month = (sales.groupby(["account", "month"], sort=False)["amount"].sum()
                 .unstack(fill_value=0.0).reindex(columns=window, fill_value=0.0))
    total = per_month.sum(axis=1)
    per_month = per_month[total > 0]
    total = total[total > 0]

    ranked = pd.DataFrame({"account_ref": total.index, "total": total.values})
    ranked = ranked.sort_values(["total", "account_ref"], ascending=[False, True], kind="mergesort")
    grand = ranked["total"].sum()
    before = (ranked["total"].cumsum() - ranked["total"]) / grand
    ranked["abc"] = np.where(before < 0.80, "A", np.where(before < 0.95, "B", "C"))

    values = per_month.loc[ranked["account_ref"]].to_numpy()
    mean = values.mean(axis=1)
    cv = values.std(axis=1, ddof=0) / mean
    ranked["cv"] = cv
    ranked["xyz"] = np.where(cv <= 0.5, "X", np.where(cv <= 1.0, "Y", "Z"))
    ranked["cell"] = ranked["abc"] + ranked["xyz"]
    ranked.to_csv(out, index=False, columns=["account_ref", "total", "abc", "cv", "xyz", "cell"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
