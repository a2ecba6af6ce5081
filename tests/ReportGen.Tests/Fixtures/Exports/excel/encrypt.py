#!/usr/bin/python3
"""Saves a workbook again as .xlsx protected by a password, through LibreOffice's own API (Python-UNO, Debian
python3-uno): what Excel's File > Info > Protect workbook > Encrypt with password writes (ECMA-376 agile encryption).
Usage: encrypt.py IN.xlsx OUT.xlsx PASSWORD PROFILE_DIR"""
import os, subprocess, sys, time
import uno
from com.sun.star.beans import NamedValue, PropertyValue

source, target, password, profile = sys.argv[1:5]
pipe = f"reportgen_encrypt_{os.getpid()}"
office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
                           f"--accept=pipe,name={pipe};urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          start_new_session=True)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for attempt in range(240):
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.25)
    else:
        sys.exit("LibreOffice did not answer")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
    if document is None:
        sys.exit(f"LibreOffice could not open {source}")
    # The OOXML filter encrypts from the encryption data's "OOXPassword" (a plain "Password" is ODF's).
    secret = uno.Any("[]com.sun.star.beans.NamedValue", (NamedValue("OOXPassword", password), NamedValue("CryptoType", "Standard")))
    arguments = (prop("FilterName", "Calc MS Excel 2007 XML"), prop("EncryptionData", secret))
    uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(target)), uno.Any("[]com.sun.star.beans.PropertyValue", arguments)))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # The bridge closes as LibreOffice quits.
    office.wait(timeout=60)
finally:
    if office.poll() is None:
        os.killpg(office.pid, 9)  # soffice is a script: its soffice.bin is in the same new session.
