#!/usr/bin/python3
"""Writes fixture workbooks with the Python libraries agencies' scripts use, from the same readable
sources as every other fixture (the layout comes from `node scripts/build-fixtures.js --doc CASE`):

    /usr/bin/python3 scripts/write-with-python.py

makes fixtures/real/openpyxl/*.xlsx, fixtures/real/xlsxwriter/*.xlsx and
fixtures/real/python-docx/report-renamed.xlsx (a Word document
named .xlsx). Needs Debian's python3-openpyxl, python3-xlsxwriter and
python3-docx (and `npm run build`); the tests only read what it wrote, committed as written.
"""
import json
import os
import subprocess
import sys

import docx
import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REAL = os.path.join(ROOT, "fixtures", "real")


def layout(case):
    out = subprocess.run(["node", os.path.join(ROOT, "scripts", "build-fixtures.js"), "--doc", case], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def value_of(cell, formulas):
    """A cell's value; a total as its formula when `formulas` (openpyxl saves no cached result)."""
    value = cell.get("value")
    if isinstance(value, dict):
        return "=" + value["formula"] if formulas else value.get("result")
    return value


def with_openpyxl(doc, target, formulas=False):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in doc["sheets"]:
        ws = book.create_sheet(sheet["name"])
        for cell in sheet["cells"]:
            value = value_of(cell, formulas)
            if value is not None:
                ws.cell(row=cell["row"], column=cell["col"], value=value)
        for m in sheet["merges"]:
            ws.merge_cells(start_row=m["top"], start_column=m["left"], end_row=m["bottom"], end_column=m["right"])
        for i, width in enumerate(sheet.get("columnWidths") or []):
            ws.column_dimensions[get_column_letter(i + 1)].width = width
    book.save(target)


def with_xlsxwriter(doc, target):
    """Totals as formulas with the results xlsxwriter is told (it calculates nothing itself)."""
    book = xlsxwriter.Workbook(target)
    book.set_properties({"created": __import__("datetime").datetime(2024, 1, 1)})
    wrap = book.add_format({"text_wrap": True, "valign": "vcenter", "border": 1})
    for sheet in doc["sheets"]:
        ws = book.add_worksheet(sheet["name"])
        at = {(c["row"], c["col"]): c for c in sheet["cells"]}
        for m in sheet["merges"]:
            master = at.get((m["top"], m["left"]))
            value = value_of(master, False) if master else None
            ws.merge_range(m["top"] - 1, m["left"] - 1, m["bottom"] - 1, m["right"] - 1, "" if value is None else value, wrap)
        merged = {(m["top"], m["left"]) for m in sheet["merges"]}
        for cell in sheet["cells"]:
            if (cell["row"], cell["col"]) in merged:
                continue
            value = cell.get("value")
            if isinstance(value, dict):
                ws.write_formula(cell["row"] - 1, cell["col"] - 1, "=" + value["formula"], wrap, value.get("result"))
            elif value is not None:
                ws.write(cell["row"] - 1, cell["col"] - 1, value, wrap)
    book.close()


def with_python_docx(target):
    """A Word document holding the report's text and 表三's first rows: what a .docx renamed .xlsx holds."""
    document = docx.Document()
    document.add_heading("济宁市人力资源和社会保障局2020年政府信息公开工作年度报告", level=1)
    document.add_paragraph("三、收到和处理政府信息公开申请情况")
    table = document.add_table(rows=2, cols=8)
    for i, text in enumerate(["一、本年新收政府信息公开申请数量", "19", "0", "0", "0", "0", "2", "21"]):
        table.cell(0, i).text = text
    for i, text in enumerate(["二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"]):
        table.cell(1, i).text = text
    document.core_properties.created = __import__("datetime").datetime(2024, 1, 1)
    document.save(target)


def main():
    for folder in ("openpyxl", "xlsxwriter", "python-docx"):
        os.makedirs(os.path.join(REAL, folder), exist_ok=True)
    for case in ("clean-2021.xlsx", "seed-jining-2020.xlsx"):
        doc = layout(case)
        with_openpyxl(doc, os.path.join(REAL, "openpyxl", case))
        with_xlsxwriter(doc, os.path.join(REAL, "xlsxwriter", case))
    formulas = layout("generated/layout/formulas.xlsx")
    with_openpyxl(formulas, os.path.join(REAL, "openpyxl", "formulas-no-result-2021.xlsx"), formulas=True)
    with_xlsxwriter(formulas, os.path.join(REAL, "xlsxwriter", "formulas-2021.xlsx"))
    with_python_docx(os.path.join(REAL, "python-docx", "report-renamed.xlsx"))
    print("wrote", REAL, file=sys.stderr)


if __name__ == "__main__":
    main()
