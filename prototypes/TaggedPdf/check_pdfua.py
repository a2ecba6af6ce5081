#!/usr/bin/env python3
"""Machine checks of a few PDF/UA-1 (ISO 14289-1) requirements and Matterhorn Protocol 1.1 checkpoints,
read from `qpdf --json` (Debian's qpdf). Not a validator: veraPDF could not be had here. Usage:
check_pdfua.py FILE.pdf. Prints one line per check (PASS/FAIL) and exits 1 if any fails."""
import base64
import json
import re
import subprocess
import sys

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6
L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP
Warichu WT WP Figure Formula Form""".split())


def load(path):
    out = subprocess.run(["qpdf", "--json", "--json-stream-data=inline", "--decode-level=generalized", path],
                         capture_output=True, check=False).stdout
    doc = json.loads(out)
    objects = {}
    for key, value in doc["qpdf"][1].items():
        objects[key.removeprefix("obj:")] = value
    return objects


def main(path):
    objs = load(path)
    results = []

    def check(code, what, ok, detail=""):
        results.append(ok)
        print(f"{'PASS' if ok else 'FAIL'}  {code:<22} {what}{(' — ' + detail) if detail else ''}")

    def val(ref):
        return objs[ref]["value"] if isinstance(ref, str) and ref.endswith(" R") else ref

    def stream(ref):
        s = objs[ref]["stream"]
        return s["dict"], base64.b64decode(s.get("data", ""))

    trailer = objs["trailer"]["value"]
    root = val(trailer["/Root"])
    info = val(trailer.get("/Info", {}))

    # Identification and metadata.
    xmp = stream(root["/Metadata"])[1].decode("utf-8", "replace") if "/Metadata" in root else ""
    check("UA 5 / MP 06-002", "XMP metadata has pdfuaid:part = 1", re.search(r"<pdfuaid:part>\s*1\s*</pdfuaid:part>|pdfuaid:part=\"1\"", xmp) is not None)
    check("UA 7.1 / MP 06-003", "XMP metadata has a dc:title", "<dc:title>" in xmp)
    check("UA 7.1 / MP 07-001", "ViewerPreferences /DisplayDocTitle true", val(root.get("/ViewerPreferences", {})).get("/DisplayDocTitle") is True)
    check("UA 7.1 / MP 01-001", "Catalog /MarkInfo /Marked true", val(root.get("/MarkInfo", {})).get("/Marked") is True)
    lang = root.get("/Lang", "")
    check("UA 7.2 / MP 11-006", "Catalog /Lang is set", bool(lang), str(lang))
    check("PDF/UA-1 Info", "Info /Title is set", bool(info.get("/Title")))

    # Structure tree.
    str_root = val(root.get("/StructTreeRoot")) if "/StructTreeRoot" in root else None
    check("UA 7.1 / MP 01-006", "a StructTreeRoot", str_root is not None)
    str_root = str_root or {}
    role_map = val(str_root.get("/RoleMap", {}))
    elements = []

    def walk(ref, depth):
        node = val(ref)
        if not isinstance(node, dict) or node.get("/Type", "/StructElem") != "/StructElem" or "/S" not in node:
            return
        elements.append((ref, node, depth))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, str) and kid.endswith(" R"):
                walk(kid, depth + 1)

    kids = str_root.get("/K", [])
    for kid in kids if isinstance(kids, list) else [kids]:
        walk(kid, 0)
    types = [n["/S"][1:] for _, n, _ in elements]
    unknown = sorted({t for t in types if t not in STANDARD and f"/{t}" not in role_map})
    check("UA 7.1 / MP 02-001", "every structure type is standard or role-mapped", not unknown, ", ".join(unknown))
    check("MP 01-005 (partial)", "structure elements", len(elements) > 0, f"{len(elements)} elements: " +
          ", ".join(f"{t} {types.count(t)}" for t in sorted(set(types))))

    # Headings: the first is H1, no level skipped (Matterhorn 14-002, 14-003).
    levels = [int(t[1]) for t in types if re.fullmatch(r"H[1-6]", t)]
    skipped = [f"H{a}→H{b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    check("UA 7.4.2 / MP 14-002", "the first heading is H1", bool(levels) and levels[0] == 1)
    check("UA 7.4.2 / MP 14-003", "no heading level skipped", not skipped, ", ".join(skipped))

    # Figures have alternative text (Matterhorn 13-004).
    figures = [n for _, n, _ in elements if n["/S"] == "/Figure"]
    check("UA 7.3 / MP 13-004", "every Figure has /Alt or /ActualText", all("/Alt" in f or "/ActualText" in f for f in figures), f"{len(figures)} figures")

    # Tables: TH cells carry a Scope (Matterhorn 15-003), cells sit in TR.
    ths = [n for _, n, _ in elements if n["/S"] == "/TH"]
    def scope(n):
        a = val(n.get("/A", {}))
        for d in a if isinstance(a, list) else [a]:
            d = val(d)
            if isinstance(d, dict) and d.get("/O") == "/Table" and "/Scope" in d:
                return d["/Scope"]
        return None
    scopes = [scope(n) for n in ths]
    check("UA 7.5 / MP 15-003", "every TH has a Table /Scope", all(scopes), f"{len(ths)} TH: " +
          ", ".join(f"{s} {scopes.count(s)}" for s in sorted(set(map(str, scopes)))))
    parent_of = {}
    for ref, n, _ in elements:
        k = n.get("/K", [])
        for kid in k if isinstance(k, list) else [k]:
            if isinstance(kid, str) and kid.endswith(" R"):
                parent_of[kid] = n["/S"]
    cells_ok = all(parent_of.get(ref) == "/TR" for ref, n, _ in elements if n["/S"] in ("/TH", "/TD"))
    lis_ok = all(parent_of.get(ref) == "/L" for ref, n, _ in elements if n["/S"] == "/LI")
    check("UA 7.5 / MP 15 (structure)", "every TH/TD is a child of TR", cells_ok)
    check("UA 7.6 / MP 16 (structure)", "every LI is a child of L", lis_ok)

    # Pages: content is tagged or artifact; MCIDs match the parent tree; fonts embedded with ToUnicode.
    pages = []
    def collect(ref):
        node = val(ref)
        if node.get("/Type") == "/Pages":
            for kid in node["/Kids"]:
                collect(kid)
        else:
            pages.append(node)
    collect(root["/Pages"])
    untagged, mcids_total, fonts, bad_fonts, annots_without_tabs = 0, 0, {}, [], 0
    parent_tree = val(str_root.get("/ParentTree", {}))
    nums = parent_tree.get("/Nums", [])
    parents = {nums[i]: val(nums[i + 1]) for i in range(0, len(nums) - 1, 2)}
    orphan_mcids = 0
    for page in pages:
        contents = page.get("/Contents", [])
        data = b"".join(stream(c)[1] for c in (contents if isinstance(contents, list) else [contents]))
        text = data.decode("latin-1")
        # A simple operator scan: marked-content nesting, and text or paths painted outside any marked content.
        depth = 0
        for token in re.finditer(r"/Artifact\s*(?:<<.*?>>\s*)?BDC|/Artifact\s+BMC|/\w+\s*<<[^>]*?/MCID\s+\d+[^>]*?>>\s*BDC|/\w+\s+BMC|EMC|\bT[jJ]\b|'|\"|\b[fFbBsS]\*?\s|\bDo\b", text):
            t = token.group(0)
            if t.endswith("BDC") or t.endswith("BMC"):
                depth += 1
                if "/MCID" in t:
                    mcids_total += 1
                    mcid = int(re.search(r"/MCID\s+(\d+)", t).group(1))
                    entry = parents.get(page.get("/StructParents"), [])
                    if not isinstance(entry, list) or mcid >= len(entry) or not str(entry[mcid]).endswith(" R"):
                        orphan_mcids += 1
            elif t == "EMC":
                depth -= 1
            elif depth == 0:
                untagged += 1
        if page.get("/Annots") and page.get("/Tabs") != "/S":
            annots_without_tabs += 1
        resources = val(page.get("/Resources", {}))
        for name, ref in val(resources.get("/Font", {})).items():
            fonts[ref] = val(ref)
    check("UA 7.1 / MP 01-005", "no text, path or image painted outside marked content (tagged or artifact)", untagged == 0,
          f"{untagged} operators outside, {mcids_total} marked-content sequences with MCID on {len(pages)} pages")
    for ref, font in fonts.items():
        descendants = font.get("/DescendantFonts", [])
        descriptor_font = val(descendants[0]) if descendants else font
        descriptor = val(descriptor_font.get("/FontDescriptor", {}))
        embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        if not embedded or "/ToUnicode" not in font:
            bad_fonts.append(font.get("/BaseFont", ref))
    check("UA 7.21.4.1 / MP 31-001", "every font is embedded", not [f for f in bad_fonts], f"{len(fonts)} fonts")
    check("UA 7.21.7 / MP 31-027 (partial)", "every font has a ToUnicode map", not bad_fonts)
    check("UA 7.18.3 / MP 28-011", "pages with annotations have /Tabs /S", annots_without_tabs == 0)
    check("PDF 14.7.4.4 / MP 01-004 (partial)", "every MCID of a page is found in the ParentTree under the page's /StructParents", mcids_total > 0 and orphan_mcids == 0,
          f"{orphan_mcids} of {mcids_total} not found")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
