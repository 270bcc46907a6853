#!/usr/bin/python3
"""Saves a workbook with an opening password, through LibreOffice's UNO API (the convert-to command
line cannot pass a password). Makes fixtures/real/libreoffice/encrypted-2021.xlsx:

    /usr/bin/python3 scripts/save-encrypted.py fixtures/clean-2021.xlsx OUT.xlsx

Needs Debian's libreoffice-calc-nogui (which brings python3-uno); the tests only read the result.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def encryption_data(password):
    # The OOXML export encrypts (ECMA-376 agile encryption in an OLE2 container) when the media
    # descriptor carries EncryptionData with an OOXPassword; a plain Password property is ignored.
    values = []
    for name, content in (("OOXPassword", password), ("CryptoType", "Standard")):
        value = NamedValue()
        value.Name = name
        value.Value = content
        values.append(value)
    return uno.Any("[]com.sun.star.beans.NamedValue", tuple(values))


def main(source, target, password="xxgk"):
    profile = tempfile.mkdtemp(prefix="xxgk-lo-")
    # LibreOffice leaves a lock file beside what it opens; open a copy, never the fixture itself.
    copy = os.path.join(profile, "source" + os.path.splitext(source)[1])
    shutil.copyfile(source, copy)
    source = copy
    pipe = f"xxgk{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"],
    )
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        for _ in range(60):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = None
        for _ in range(20):  # the desktop answers before it can load documents
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
            if document is not None:
                break
            time.sleep(0.5)
        if document is None:
            raise SystemExit(f"LibreOffice could not open {source}")
        # uno.invoke keeps the typed Any of EncryptionData, which a plain call would flatten.
        uno.invoke(
            document,
            "storeToURL",
            (uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("EncryptionData", encryption_data(password)))),
        )
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
