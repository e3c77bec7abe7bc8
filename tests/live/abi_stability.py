#!/usr/bin/env python3
"""Live (label "live"): libvirt's own ABI stability check against `pcitopo diff`.

For N accepted domains of generated/ (libvirt's output A) and mutations of A (machine version, two
NICs' addresses swapped, two leaf controllers' indexes swapped, a NIC's model) plus the input
written without addresses: A is defined (start-friendly copy, as ../shared/oracle does), started
paused and saved with `virsh save`; `virsh save-image-define` with B makes libvirt run
virDomainDefCheckABIStability. Every B libvirt refuses must get a change from pcitopo (guest-
visible, or marked as refused by libvirt's check); every B it accepts must get no refusal.
Domains with guest NUMA cells are left out: the start-friendly copy shrinks their memory, which
the check then refuses by itself. Prints the figure; exit 1 on a disagreement.

usage: abi_stability.py SHARED_DIR PCITOPO [N]
"""
import importlib.machinery, importlib.util, json, os, random, re, shutil, subprocess, sys, uuid

shared, pcitopo = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 8
loader = importlib.machinery.SourceFileLoader("lv", os.path.join(shared, "oracle/libvirt-verdict"))
spec = importlib.util.spec_from_loader("lv", loader)
lv = importlib.util.module_from_spec(spec)
loader.exec_module(lv)


def mutations(s):
    out = {"machine version": re.sub(r"machine='(pc-(q35|i440fx))-7\.2'", r"machine='\1-7.1'", s)}
    nics = list(re.finditer(r"(<interface\b.*?)(<address[^>]*/>)", s, flags=re.S))
    if len(nics) >= 2:
        a, b = nics[0].group(2), nics[1].group(2)
        t = s[:nics[1].start(2)] + a + s[nics[1].end(2):]
        out["two NICs swapped"] = t[:nics[0].start(2)] + b + t[nics[0].end(2):]
    m = re.search(r"(<interface\b(?:(?!</interface>).)*?<model type=')virtio(')", s, flags=re.S)
    if m:
        out["NIC model"] = s[:m.start()] + m.group(1) + "e1000e" + m.group(2) + s[m.end():]
    renumbered = swapped_leaf_controllers(s)
    if renumbered:
        out["controllers renumbered"] = renumbered
    return {k: v for k, v in out.items() if v != s}


def swapped_leaf_controllers(s):
    """Two PCI controllers of one model with no controller behind them swap indexes."""
    parents = {int(b, 16) for b in re.findall(
        r"<controller type='pci'(?:(?!</controller>).)*?<address type='pci' domain='0x0000' "
        r"bus='(0x[0-9a-f]+)'", s, flags=re.S)}
    leaves = {}
    for index, model in re.findall(r"<controller type='pci' index='(\d+)' model='([^']+)'", s):
        if int(index) > 0 and int(index) not in parents:
            leaves.setdefault(model, []).append(int(index))
    for model, same in leaves.items():
        if len(same) < 2:
            continue
        x, y, t = same[0], same[1], s
        for old, tmp in ((x, "@X"), (y, "@Y")):
            t = t.replace("index='%d' model='%s'" % (old, model), "index='%s' model='%s'" % (tmp, model))
            t = t.replace("bus='0x%02x'" % old, "bus='%s'" % tmp)
        for new, tmp in ((y, "@X"), (x, "@Y")):
            t = t.replace("index='%s'" % tmp, "index='%d'" % new).replace("bus='%s'" % tmp, "bus='0x%02x'" % new)
        return t
    return None


def libvirt_check(a_xml, b_xml):
    """libvirt's answer to save-image-define of B over a saved, running A; None: not testable."""
    name, scratches = "pcitopo-abi-" + uuid.uuid4().hex[:10], []
    try:
        va, vb = lv.verdict(a_xml, want_start=False), lv.verdict(b_xml, want_start=False)
        if not va["ok"] or not vb["ok"] or lv.define_copy(va["xml"], name, scratches):
            return None
        if lv.sh("virsh", "-q", "-c", lv.URI, "start", "--paused", name).returncode:
            return None
        live = lv.sh("virsh", "-c", lv.URI, "dumpxml", "--inactive", name).stdout
        save = "/tmp/%s.save" % name
        scratches.append(save)
        if lv.sh("virsh", "-q", "-c", lv.URI, "save", name, save).returncode:
            return None
        b = lv.start_copy(vb["xml"], name, [])  # same form as A's copy, A's uuid and disks
        uid = re.search(r"<uuid>([^<]*)</uuid>", live).group(1)
        b = re.sub(r"\s*<uuid>[^<]*</uuid>", "", b)
        b = re.sub(r"(<name>[^<]*</name>)", r"\1<uuid>%s</uuid>" % uid, b, count=1)
        disks = iter(re.findall(r"<source file='([^']*)'", live))
        b = re.sub(r"<source file='[^']*'", lambda m: "<source file='%s'" % next(disks, "/dev/null"), b)
        bfile = "/tmp/%s-b.xml" % name
        scratches.append(bfile)
        open(bfile, "w").write(b)
        r = lv.sh("virsh", "-q", "-c", lv.URI, "save-image-define", save, bfile)
        return "accepted" if r.returncode == 0 else re.sub(r"^.*?unsupported configuration: ", "", lv.clean(r.stderr))
    finally:
        lv.remove_copy(name, scratches)


def main():
    if os.geteuid() != 0 or not os.path.exists(os.path.join(shared, "oracle/libvirt-verdict")):
        print("skipped: needs root and ../shared/oracle")
        return 77
    lv.ensure_libvirt()
    corpus = os.path.join(shared, "corpus/generated")
    rows = [json.loads(l) for l in open(os.path.join(corpus, "verdicts.jsonl"))]
    rows = [r for r in rows if r.get("ok") and r.get("start") == "ok"]
    random.Random(3).shuffle(rows)
    tmp = "/tmp/pcitopo-abi-%d" % os.getpid()
    os.makedirs(tmp, exist_ok=True)
    agree = total = 0
    for row in rows:
        if total >= count * 5:
            break
        a = os.path.join(corpus, row["expected"])
        text = open(a).read()
        if "<numa>" in text:
            continue
        pairs = [("written without addresses", os.path.join(corpus, row["file"]), a)]
        for label, t in mutations(text).items():
            b = os.path.join(tmp, "%s-%s.xml" % (os.path.basename(a)[:-4], label.replace(" ", "-")))
            open(b, "w").write(t)
            pairs.append((label, a, b))
        for label, before, after in pairs:
            verdict = libvirt_check(before, after)
            if verdict is None:
                continue
            diff = json.loads(subprocess.run([pcitopo, "diff", "--all", "--format", "json", before, after],
                                             capture_output=True, text=True).stdout)
            refusals = [c["libvirtRefusal"] for c in diff["changes"] if c["libvirtRefusal"]]
            visible = [c for c in diff["changes"] if c["guestVisible"]]
            ok = not refusals if verdict == "accepted" else bool(refusals or visible)
            total += 1
            agree += ok
            if not ok:
                print("  %s (%s): libvirt: %s; pcitopo: %s" % (os.path.basename(a), label, verdict, refusals[:3]))
    shutil.rmtree(tmp, ignore_errors=True)
    print("libvirt ABI check vs pcitopo diff: %d/%d pairs agree" % (agree, total))
    return 0 if agree == total and total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
