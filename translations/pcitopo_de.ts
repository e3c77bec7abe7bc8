<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>@@ line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — added by libvirt (not written in the XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — built into the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — another device claims the same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots 0x%1–0x%2 of bus %3: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot 0x%1 of bus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — hotpluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — hotplug=&apos;off&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not hotpluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ hotpluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ hotplug=&apos;off&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ not hotpluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · guest bus 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · NUMA node %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <source>PCI and PCIe endpoints</source>
        <extracomment>title of rule CONN-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio devices follow PCIe</source>
        <extracomment>title of rule CONN-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controllers plug in by their own type</source>
        <extracomment>title of rule CONN-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device without PCI connection given a PCI address</source>
        <extracomment>title of rule CONN-4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transitional virtio devices</source>
        <extracomment>title of rule CONN-5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device kind accepted by the bus</source>
        <extracomment>title of rule COMPAT-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrated device off bus 0</source>
        <extracomment>title of rule COMPAT-INTEGRATED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotplug into a slot without hotplug</source>
        <extracomment>title of rule COMPAT-HOTPLUG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanted address</source>
        <extracomment>title of rule ADDR-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial addresses</source>
        <extracomment>title of rule ADDR-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit addresses win</source>
        <extracomment>title of rule ADDR-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot below the bus minimum</source>
        <extracomment>title of rule SLOT-MIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot above the bus maximum</source>
        <extracomment>title of rule SLOT-MAX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only PCI domain 0</source>
        <extracomment>title of rule DOMAIN-0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address used twice</source>
        <extracomment>title of rule DOUBLE-USE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary SATA at 00:1f.2</source>
        <extracomment>title of rule RES-SATA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary IDE at 00:01.1</source>
        <extracomment>title of rule RES-IDE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIIX3 USB at 00:01.2</source>
        <extracomment>title of rule RES-USB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIIX3 functions on q35</source>
        <extracomment>title of rule RES-PIIX-Q35</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pc 00:01.1 is always piix3-ide</source>
        <extracomment>title of rule RES-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller index range and uniqueness</source>
        <extracomment>title of rule IDX-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root controller at index 0</source>
        <extracomment>title of rule IDX-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controllers without index</source>
        <extracomment>title of rule IDX-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps in controller indexes</source>
        <extracomment>title of rule IDX-4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pci-bridge index above its bus</source>
        <extracomment>title of rule IDX-5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent bus created after the controller</source>
        <extracomment>title of rule IDX-6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address on a bus that does not exist</source>
        <extracomment>title of rule GROW-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI device moved one bus up</source>
        <extracomment>title of rule GROW-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no slot for a controller</source>
        <extracomment>title of rule GROW-FAIL-CONTROLLER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no growth rule</source>
        <extracomment>title of rule GROW-FAIL-FLAGS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot search</source>
        <extracomment>title of rule PLACE-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controllers first</source>
        <extracomment>title of rule PLACE-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints do not share slots</source>
        <extracomment>title of rule PLACE-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free slot</source>
        <extracomment>title of rule PLACE-4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pc keeps one slot free</source>
        <extracomment>title of rule PLACE-pc-spare</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q35 spare root port</source>
        <extracomment>title of rule PLACE-q35-spare</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary video placed twice in the dry run</source>
        <extracomment>title of rule DRY-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate slots</source>
        <extracomment>title of rule AGG-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multifunction=&apos;off&apos; does not stop aggregation</source>
        <extracomment>title of rule AGG-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB2 companion controllers</source>
        <extracomment>title of rule USB2-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multifunction set by libvirt</source>
        <extracomment>title of rule MF-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function 0 absent</source>
        <extracomment>title of rule MF-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busNr cannot be defaulted</source>
        <extracomment>title of rule BUSNR-DEFAULT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices libvirt adds by itself</source>
        <extracomment>title of rule ORD-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller order</source>
        <extracomment>title of rule ORD-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal but not hotpluggable</source>
        <extracomment>title of rule HP-5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On q35 an endpoint is either conventional PCI or PCI Express. On pc every endpoint is conventional PCI, because the machine has no PCI Express root.</source>
        <extracomment>teaching text of rule CONN-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio and virtio-non-transitional devices are PCI Express devices on q35. Only the *-transitional models are conventional PCI.</source>
        <extracomment>teaching text of rule CONN-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PCI controller is never auto-placed like an endpoint: it plugs only into buses that accept its own controller type.</source>
        <extracomment>teaching text of rule CONN-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not connect through PCI, so it cannot have a PCI address.</source>
        <extracomment>teaching text of rule CONN-4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtio-transitional device is conventional PCI: on q35 it needs a pcie-to-pci-bridge, which libvirt adds together with a root port.</source>
        <extracomment>teaching text of rule CONN-5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bus accepts only some kinds of devices. With an explicit address a conventional PCI device may sit in a PCI Express slot and the other way round; automatic placement is stricter.</source>
        <extracomment>teaching text of rule COMPAT-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-iommu is an integrated device: it must sit directly on the root bus (bus 0).</source>
        <extracomment>teaching text of rule COMPAT-INTEGRATED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live attach needs a hotplug-capable slot: a root port or downstream port with hotplug on, a pci-bridge, a pcie-to-pci-bridge, or pci-root on pc.</source>
        <extracomment>teaching text of rule COMPAT-HOTPLUG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address with domain, bus and slot all 0 means &apos;no address&apos;: libvirt assigns one.</source>
        <extracomment>teaching text of rule ADDR-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing address attributes are 0; libvirt does not complete a partial address.</source>
        <extracomment>teaching text of rule ADDR-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses you write are reserved before any automatic placement and are never moved (except GROW-2).</source>
        <extracomment>teaching text of rule ADDR-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot 0 of a pci-bridge or pcie-to-pci-bridge belongs to the bridge&apos;s hotplug controller (SHPC); use slots 1-31.</source>
        <extracomment>teaching text of rule SLOT-MIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pcie-root-port or downstream port has exactly one slot, slot 0.</source>
        <extracomment>teaching text of rule SLOT-MAX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU&apos;s x86 machines have one PCI domain, 0.</source>
        <extracomment>teaching text of rule DOMAIN-0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each slot function holds one device, and some functions on bus 0 belong to the chipset.</source>
        <extracomment>teaching text of rule DOUBLE-USE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On q35 the first SATA controller is built into the ICH9 chipset at 00:1f.2.</source>
        <extracomment>teaching text of rule RES-SATA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pc the first IDE controller is part of the PIIX3 chip at 00:01.1.</source>
        <extracomment>teaching text of rule RES-IDE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pc the first piix3-uhci USB controller is part of the PIIX3 chip at 00:01.2.</source>
        <extracomment>teaching text of rule RES-USB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:01.1 and 00:01.2 are PIIX3 functions, which q35 does not have.</source>
        <extracomment>teaching text of rule RES-PIIX-Q35</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU always creates the PIIX3 IDE function at 00:01.1 on pc, even when the XML shows no IDE controller.</source>
        <extracomment>teaching text of rule RES-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each PCI controller needs its own index between 0 and 255.</source>
        <extracomment>teaching text of rule IDX-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index 0 is the machine&apos;s root bus: pcie-root on q35, pci-root on pc. libvirt adds it when absent.</source>
        <extracomment>teaching text of rule IDX-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A controller without index gets the lowest unused index, before the root is added.</source>
        <extracomment>teaching text of rule IDX-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing indexes below the highest one are filled with controllers of the default model (pcie-root-port on q35, pci-bridge on pc).</source>
        <extracomment>teaching text of rule IDX-4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pci-bridge must have a higher index than the bus it is plugged into.</source>
        <extracomment>teaching text of rule IDX-5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU creates controllers in index order, so a controller&apos;s parent bus must have a lower index.</source>
        <extracomment>teaching text of rule IDX-6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address on a bus that does not exist yet makes libvirt add the buses up to it.</source>
        <extracomment>teaching text of rule GROW-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On q35 a conventional PCI device addressed on the first missing bus is moved one bus up: libvirt inserts a root port and a pcie-to-pci-bridge and rewrites the bus.</source>
        <extracomment>teaching text of rule GROW-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt adds buses only for endpoints; a controller that finds no compatible free slot is an error.</source>
        <extracomment>teaching text of rule GROW-FAIL-CONTROLLER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt cannot add a bus that would take this device.</source>
        <extracomment>teaching text of rule GROW-FAIL-FLAGS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt scans buses from index 0 upward and takes the first free compatible slot.</source>
        <extracomment>teaching text of rule PLACE-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI controllers are placed before endpoints, in index order, so an added pcie-to-pci-bridge takes the lowest free root port.</source>
        <extracomment>teaching text of rule PLACE-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic placement puts endpoints only into completely free slots.</source>
        <extracomment>teaching text of rule PLACE-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compatible free slot exists and libvirt cannot add a bus here.</source>
        <extracomment>teaching text of rule PLACE-4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pc libvirt reserves one spare slot in its dry run, so a pci-bridge is added one device earlier.</source>
        <extracomment>teaching text of rule PLACE-pc-spare</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the XML has no PCI controller besides the root and libvirt adds buses, it also adds one empty pcie-root-port for hotplug.</source>
        <extracomment>teaching text of rule PLACE-q35-spare</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A primary video that could not get its default slot is counted twice in libvirt&apos;s dry run, which can add one empty root port.</source>
        <extracomment>teaching text of rule DRY-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically placed pcie-root-ports share a slot, one per function, 8 per slot.</source>
        <extracomment>teaching text of rule AGG-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt keeps adding root ports to a slot whose function 0 says multifunction=&apos;off&apos;; QEMU then refuses to start.</source>
        <extracomment>teaching text of rule AGG-3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ich9-ehci1 and its uhci companions with the same index share one slot: uhci1 at .0, uhci2 at .1, uhci3 at .2, ehci1 at .7.</source>
        <extracomment>teaching text of rule USB2-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When functions other than 0 are used, libvirt sets multifunction=&apos;on&apos; on function 0 unless it says &apos;off&apos;.</source>
        <extracomment>teaching text of rule MF-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest does not scan a slot whose function 0 is empty, so devices at functions 1-7 there are invisible.</source>
        <extracomment>teaching text of rule MF-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expander bus without busNr gets the lowest busNr so far minus 2.</source>
        <extracomment>teaching text of rule BUSNR-DEFAULT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt adds a USB controller, the q35 SATA controller, the root bus and a virtio memballoon when they are absent, controllers for disks and virtio channels, and a video card for graphics.</source>
        <extracomment>teaching text of rule ORD-1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers are grouped by type in the order each type first appears, and sorted by index within a type.</source>
        <extracomment>teaching text of rule ORD-2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place is valid, but the device cannot be hot-plugged or hot-unplugged here.</source>
        <extracomment>teaching text of rule HP-5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI root bus (pc)</source>
        <extracomment>name of controller pci-root</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe root complex (q35)</source>
        <extracomment>name of controller pcie-root</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <extracomment>name of controller pci-bridge
----------
palette entry ctl-pci-bridge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMI-to-PCI bridge</source>
        <extracomment>name of controller dmi-to-pci-bridge
----------
palette entry ctl-dmi</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <extracomment>name of controller pcie-root-port
----------
palette entry ctl-pcie-root-port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe switch upstream port</source>
        <extracomment>name of controller pcie-switch-upstream-port
----------
palette entry ctl-upstream</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe switch downstream port</source>
        <extracomment>name of controller pcie-switch-downstream-port
----------
palette entry ctl-downstream</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI expander bus (pxb)</source>
        <extracomment>name of controller pci-expander-bus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe expander bus (pxb-pcie)</source>
        <extracomment>name of controller pcie-expander-bus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe-to-PCI bridge</source>
        <extracomment>name of controller pcie-to-pci-bridge
----------
palette entry ctl-pcie-to-pci-bridge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root bus of a pc machine: conventional PCI, 31 hotpluggable slots. Slot 1 is the PIIX3 chipset.</source>
        <extracomment>teaching text of controller pci-root</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root complex of a q35 machine. Its slots are not hotpluggable; libvirt puts root ports here and endpoints only when you give the address yourself. Slot 0x1f is the ICH9 chipset.</source>
        <extracomment>teaching text of controller pcie-root</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conventional PCI bridge with 31 hotpluggable slots (slot 0 is its SHPC). Its index must be higher than its bus (IDX-5).</source>
        <extracomment>teaching text of controller pci-bridge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy bridge from the q35 root complex to conventional PCI. Its 32 slots are not hotpluggable and libvirt does not auto-place endpoints there; pci-bridges land on it.</source>
        <extracomment>teaching text of controller dmi-to-pci-bridge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hotpluggable PCI Express slot (slot 0). libvirt packs root ports 8 to a pcie-root slot, one per function.</source>
        <extracomment>teaching text of controller pcie-root-port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream side of a PCIe switch: it takes only downstream ports (32 slots).</source>
        <extracomment>teaching text of controller pcie-switch-upstream-port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hotpluggable PCI Express slot below a switch, like a root port.</source>
        <extracomment>teaching text of controller pcie-switch-downstream-port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra conventional PCI root bus (pc only), often tied to a NUMA node. busNr is the guest bus number of its root.</source>
        <extracomment>teaching text of controller pci-expander-bus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra PCI Express root complex (q35 only): it takes root ports and dmi-to-pci-bridges, never endpoints.</source>
        <extracomment>teaching text of controller pcie-expander-bus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 hotpluggable conventional PCI slots behind a root port: where q35 puts e1000, rtl8139, lsilogic and other PCI devices.</source>
        <extracomment>teaching text of controller pcie-to-pci-bridge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host network device (SR-IOV VF)</source>
        <extracomment>name of device class interface-hostdev</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB network card</source>
        <extracomment>name of device class interface-usb-net</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio network card</source>
        <extracomment>name of device class interface-virtio
----------
palette entry net-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio network card (transitional)</source>
        <extracomment>name of device class interface-virtio-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spapr-vlan network card</source>
        <extracomment>name of device class interface-spapr-vlan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel e1000e network card</source>
        <extracomment>name of device class interface-e1000e</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conventional PCI network card (e1000, rtl8139, vmxnet3)</source>
        <extracomment>name of device class interface-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network card of a model libvirt does not know</source>
        <extracomment>name of device class interface-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio disk (transitional)</source>
        <extracomment>name of device class disk-virtio-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio disk</source>
        <extracomment>name of device class disk-virtio
----------
palette entry disk-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk on a controller bus (sata, scsi, ide, usb)</source>
        <extracomment>name of device class disk-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI controller</source>
        <extracomment>name of device class controller-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SATA controller (AHCI)</source>
        <extracomment>name of device class controller-sata</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDE controller</source>
        <extracomment>name of device class controller-ide</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no USB</source>
        <extracomment>name of device class controller-usb-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 3 controller (xhci)</source>
        <extracomment>name of device class controller-usb-xhci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 1/2 controller (uhci, ehci, ohci)</source>
        <extracomment>name of device class controller-usb-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio SCSI controller</source>
        <extracomment>name of device class controller-scsi-virtio
----------
palette entry scsi-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ibmvscsi SCSI</source>
        <extracomment>name of device class controller-scsi-ibmvscsi</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ncr53c90 SCSI</source>
        <extracomment>name of device class controller-scsi-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCSI controller (lsilogic, …)</source>
        <extracomment>name of device class controller-scsi-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-serial (transitional)</source>
        <extracomment>name of device class controller-virtio-serial-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-serial controller</source>
        <extracomment>name of device class controller-virtio-serial
----------
palette entry virtio-serial</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller without PCI (fdc, ccid, xenbus, isa)</source>
        <extracomment>name of device class controller-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host-side filesystem</source>
        <extracomment>name of device class filesystem-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtiofs shared folder</source>
        <extracomment>name of device class filesystem-virtiofs
----------
palette entry fs-virtiofs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9p shared folder (transitional)</source>
        <extracomment>name of device class filesystem-9p-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9p shared folder</source>
        <extracomment>name of device class filesystem-9p</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound card (ich6, ich9, ac97, es1370)</source>
        <extracomment>name of device class sound-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ich7 sound</source>
        <extracomment>name of device class sound-invalid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound without PCI (sb16, pcspk, usb)</source>
        <extracomment>name of device class sound-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI passthrough (VFIO)</source>
        <extracomment>name of device class hostdev-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vhost-scsi (transitional)</source>
        <extracomment>name of device class hostdev-scsi-host-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vhost-scsi</source>
        <extracomment>name of device class hostdev-scsi-host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediated device (vfio-pci)</source>
        <extracomment>name of device class hostdev-mdev</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB or SCSI passthrough</source>
        <extracomment>name of device class hostdev-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio memory balloon</source>
        <extracomment>name of device class memballoon-virtio
----------
palette entry memballoon-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio memory balloon (transitional)</source>
        <extracomment>name of device class memballoon-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no balloon</source>
        <extracomment>name of device class memballoon-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio RNG (transitional)</source>
        <extracomment>name of device class rng-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio random number generator</source>
        <extracomment>name of device class rng-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i6300esb watchdog</source>
        <extracomment>name of device class watchdog-i6300esb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchdog without PCI (ib700, itco)</source>
        <extracomment>name of device class watchdog-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio GPU</source>
        <extracomment>name of device class video-virtio
----------
palette entry video-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bochs display</source>
        <extracomment>name of device class video-bochs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PCI video (none, ramfb)</source>
        <extracomment>name of device class video-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI video (vga, qxl, cirrus, vmvga)</source>
        <extracomment>name of device class video-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared memory (ivshmem)</source>
        <extracomment>name of device class shmem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio input (transitional)</source>
        <extracomment>name of device class input-virtio-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio input (keyboard, mouse, tablet)</source>
        <extracomment>name of device class input-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PS/2 or USB input</source>
        <extracomment>name of device class input-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI serial port</source>
        <extracomment>name of device class serial-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio IOMMU</source>
        <extracomment>name of device class iommu-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vsock (transitional)</source>
        <extracomment>name of device class vsock-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vsock</source>
        <extracomment>name of device class vsock-virtio
----------
palette entry vsock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio memory device</source>
        <extracomment>name of device class memory-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interface of type &apos;hostdev&apos; is a passed-through host device; libvirt places it with the hostdevs.</source>
        <extracomment>teaching text of device class interface-hostdev</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB network card has no PCI address.</source>
        <extracomment>teaching text of device class interface-usb-net</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-net is a PCI Express device on q35: libvirt puts it on a pcie-root-port.</source>
        <extracomment>teaching text of device class interface-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transitional virtio card is conventional PCI: on q35 it needs a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class interface-virtio-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spapr-vlan is a pSeries VIO device: libvirt gives it a spapr-vio address, never a PCI one.</source>
        <extracomment>teaching text of device class interface-spapr-vlan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1000e is a PCI Express card: libvirt puts it on a pcie-root-port on q35.</source>
        <extracomment>teaching text of device class interface-e1000e</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a conventional PCI device: a pcie-root-port takes it only when you give the address yourself, and it cannot be hot-unplugged there. Without an address libvirt puts it on a pcie-to-pci-bridge. An interface without &lt;model&gt; is an rtl8139.</source>
        <extracomment>teaching text of device class interface-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt treats a network model it does not know as a PCI Express device.</source>
        <extracomment>teaching text of device class interface-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transitional virtio disk is conventional PCI: on q35 it needs a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class disk-virtio-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtio disk is its own PCI Express device: on q35 each one takes a pcie-root-port.</source>
        <extracomment>teaching text of device class disk-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disk hangs off a controller (sata, scsi, ide, usb); the controller has the PCI address, not the disk.</source>
        <extracomment>teaching text of device class disk-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI controllers plug in by their own type (see the controller model).</source>
        <extracomment>teaching text of device class controller-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ich9-ahci is conventional PCI. On q35 the first one is built into the chipset at 00:1f.2.</source>
        <extracomment>teaching text of device class controller-sata</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IDE controller is part of the PIIX3 chip at 00:01.1 on pc.</source>
        <extracomment>teaching text of device class controller-ide</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model=&apos;none&apos; disables USB; nothing takes a slot.</source>
        <extracomment>teaching text of device class controller-usb-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhci USB controllers are PCI Express devices on q35.</source>
        <extracomment>teaching text of device class controller-usb-xhci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 1 and 2 controllers are conventional PCI. A USB controller written without a model is piix3-uhci, even on q35, so it brings a pcie-to-pci-bridge there.</source>
        <extracomment>teaching text of device class controller-usb-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-scsi is a PCI Express device on q35.</source>
        <extracomment>teaching text of device class controller-scsi-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ibmvscsi is a pSeries VIO device: libvirt gives it a spapr-vio address, never a PCI one.</source>
        <extracomment>teaching text of device class controller-scsi-ibmvscsi</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ncr53c90 has no PCI address.</source>
        <extracomment>teaching text of device class controller-scsi-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsilogic and the other emulated SCSI adapters are conventional PCI. A SCSI controller without model (also the one libvirt adds for a scsi disk) is lsilogic, so on q35 it brings a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class controller-scsi-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transitional virtio device is conventional PCI.</source>
        <extracomment>teaching text of device class controller-virtio-serial-transitional
----------
teaching text of device class filesystem-9p-transitional
----------
teaching text of device class hostdev-scsi-host-transitional
----------
teaching text of device class memballoon-transitional
----------
teaching text of device class rng-transitional
----------
teaching text of device class input-virtio-transitional
----------
teaching text of device class vsock-transitional</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-serial carries virtio channels and consoles; libvirt adds it for them. PCI Express on q35.</source>
        <extracomment>teaching text of device class controller-virtio-serial</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This controller does not use a PCI slot.</source>
        <extracomment>teaching text of device class controller-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filesystem driver gives the guest no PCI device.</source>
        <extracomment>teaching text of device class filesystem-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtiofs is a virtio device, PCI Express on q35.</source>
        <extracomment>teaching text of device class filesystem-virtiofs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9p shares are virtio devices, PCI Express on q35.</source>
        <extracomment>teaching text of device class filesystem-9p</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI sound cards are conventional PCI. On q35 the first ich9 goes to 00:1b.0.</source>
        <extracomment>teaching text of device class sound-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt 9.0 gives ich7 no PCI connect flags, so defining it without an address fails.</source>
        <extracomment>teaching text of device class sound-invalid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sound device has no PCI address.</source>
        <extracomment>teaching text of device class sound-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passed-through host device is PCI Express or PCI depending on the host device; libvirt assumes PCI Express when it cannot read it.</source>
        <extracomment>teaching text of device class hostdev-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vhost-scsi follows virtio: PCI Express on q35.</source>
        <extracomment>teaching text of device class hostdev-scsi-host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediated devices are assumed to be PCI Express.</source>
        <extracomment>teaching text of device class hostdev-mdev</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host device is attached through USB or SCSI, not PCI.</source>
        <extracomment>teaching text of device class hostdev-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt adds a virtio balloon when &lt;memballoon&gt; is absent; it is PCI Express on q35.</source>
        <extracomment>teaching text of device class memballoon-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model=&apos;none&apos; disables the balloon.</source>
        <extracomment>teaching text of device class memballoon-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-rng is PCI Express on q35.</source>
        <extracomment>teaching text of device class rng-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i6300esb is conventional PCI: on q35 libvirt puts it on a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class watchdog-i6300esb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This watchdog is not a PCI device.</source>
        <extracomment>teaching text of device class watchdog-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio video is PCI Express on q35.</source>
        <extracomment>teaching text of device class video-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bochs-display is PCI Express on q35; valid only as the primary video.</source>
        <extracomment>teaching text of device class video-bochs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video takes no PCI slot, not even the primary video slot.</source>
        <extracomment>teaching text of device class video-none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These video cards are conventional PCI. The primary video goes to 00:01.0 on q35 and 00:02.0 on pc when free.</source>
        <extracomment>teaching text of device class video-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ivshmem is conventional PCI.</source>
        <extracomment>teaching text of device class shmem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio input devices are PCI Express on q35.</source>
        <extracomment>teaching text of device class input-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PS/2 and USB input devices take no PCI slot.</source>
        <extracomment>teaching text of device class input-other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pci-serial is conventional PCI.</source>
        <extracomment>teaching text of device class serial-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-iommu is an integrated device: it must sit on bus 0. It needs &lt;acpi/&gt;.</source>
        <extracomment>teaching text of device class iommu-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vsock is a virtio device (a vsock without model is virtio), PCI Express on q35.</source>
        <extracomment>teaching text of device class vsock-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-mem and virtio-pmem are PCI Express on q35.</source>
        <extracomment>teaching text of device class memory-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel e1000e</source>
        <extracomment>palette entry net-e1000e</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel e1000 (PCI)</source>
        <extracomment>palette entry net-e1000</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realtek rtl8139 (PCI)</source>
        <extracomment>palette entry net-rtl8139</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSI Logic SCSI controller (PCI)</source>
        <extracomment>palette entry scsi-lsilogic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SATA controller (AHCI, PCI)</source>
        <extracomment>palette entry sata</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QXL (PCI)</source>
        <extracomment>palette entry video-qxl</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VGA (PCI, primary only)</source>
        <extracomment>palette entry video-vga</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel HDA (ich9)</source>
        <extracomment>palette entry sound-ich9</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel HDA (ich6)</source>
        <extracomment>palette entry sound-ich6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC97</source>
        <extracomment>palette entry sound-ac97</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 3 (qemu-xhci)</source>
        <extracomment>palette entry usb-qemu-xhci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 2 (ich9-ehci1)</source>
        <extracomment>palette entry usb-ich9-ehci1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 1 (piix3-uhci)</source>
        <extracomment>palette entry usb-piix3-uhci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio tablet</source>
        <extracomment>palette entry input-virtio-tablet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio keyboard</source>
        <extracomment>palette entry input-virtio-keyboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host PCI device (VFIO)</source>
        <extracomment>palette entry hostdev-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio RNG</source>
        <extracomment>palette entry rng-virtio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i6300esb watchdog (PCI)</source>
        <extracomment>palette entry watchdog-i6300esb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI expander bus (pc)</source>
        <extracomment>palette entry ctl-pxb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe expander bus (q35)</source>
        <extracomment>palette entry ctl-pxb-pcie</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a well-formed domain XML document, so nothing else can be checked. libvirt refuses it before reading any device.</source>
        <extracomment>explanation of diagnostic xml.parse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt reads this attribute as an integer (decimal, or hexadecimal with 0x). Anything else makes the whole domain unreadable.</source>
        <extracomment>explanation of diagnostic xml.invalid-integer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller indexes and &lt;target&gt; numbers (chassisNr, chassis, port, busNr, index) cannot be negative.</source>
        <extracomment>explanation of diagnostic xml.negative-integer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attribute only takes one of a fixed set of words (for hotplug: &apos;on&apos; or &apos;off&apos;; for &lt;model name&gt;: the QEMU device names libvirt knows).</source>
        <extracomment>explanation of diagnostic xml.invalid-enum</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PCI controller&apos;s model must be one of pci-root, pcie-root, pci-bridge, dmi-to-pci-bridge, pcie-root-port, pcie-switch-upstream-port, pcie-switch-downstream-port, pci-expander-bus, pcie-expander-bus or pcie-to-pci-bridge.</source>
        <extracomment>explanation of diagnostic pci.controller.unknown-model</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;target&gt;&lt;node&gt; must be a non-negative integer: the guest NUMA cell the expander bus belongs to.</source>
        <extracomment>explanation of diagnostic pci.numa.invalid-node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of a PCI controller is the bus number libvirt uses in &lt;address bus=...&gt;, which is one byte: 0 to 255.</source>
        <extracomment>explanation of diagnostic pci.index.too-high</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every PCI controller is one bus, named by its index; two controllers cannot be the same bus. Give one of them an unused index (and move the devices that name it in bus=).</source>
        <extracomment>explanation of diagnostic pci.index.duplicate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index 0 is the machine&apos;s own root bus: pcie-root on q35, pci-root on pc (i440fx). A controller written without an index takes the lowest free one, which is 0 when no root is written (IDX-3): write the root controller explicitly, or give the other controller an index.</source>
        <extracomment>explanation of diagnostic pci.index.root-model</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine has exactly one root bus and it is always index 0. Additional root-like buses are expanders (pci-expander-bus on pc, pcie-expander-bus on q35).</source>
        <extracomment>explanation of diagnostic pci.index.root-not-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root bus is built into the machine; it does not plug into any slot, so it cannot have an &lt;address&gt;.</source>
        <extracomment>explanation of diagnostic pci.root.address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pci-expander-bus (QEMU pxb) is the conventional-PCI expander of pc machines. On q35 use pcie-expander-bus (pxb-pcie) instead.</source>
        <extracomment>explanation of diagnostic pci.machine.pxb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcie-expander-bus (QEMU pxb-pcie) needs a PCI Express machine (q35). On pc use pci-expander-bus instead.</source>
        <extracomment>explanation of diagnostic pci.machine.pxb-pcie</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;target&gt;&lt;node&gt; names a guest NUMA cell; the cells are numbered from 0 in &lt;cpu&gt;&lt;numa&gt;. Add the cell, pick an existing one, or remove &lt;node&gt;. Only expander buses may have a node at all.</source>
        <extracomment>explanation of diagnostic pci.numa.missing-node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root bus belongs to no NUMA node. Put devices that need NUMA locality behind an expander bus with &lt;node&gt;.</source>
        <extracomment>explanation of diagnostic pci.numa.root-node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chassisNr is 1-255, chassis and port are 0-255 and busNr is 1-254 (bus 0 is the root bus, 255 is reserved).</source>
        <extracomment>explanation of diagnostic pci.target.out-of-range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each controller model takes only its own &lt;target&gt; options: chassisNr on pci-bridge; chassis, port and hotplug on pcie-root-port and pcie-switch-downstream-port; hotplug on pci-root; busNr and &lt;node&gt; on the expander buses. QEMU&apos;s device for this model has no such property.</source>
        <extracomment>explanation of diagnostic pci.target.invalid-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;model name&gt; is the QEMU device that implements the controller, and each model has exactly one (pcie-root-port also accepts ioh3420). Leave it out and libvirt fills in the right one.</source>
        <extracomment>explanation of diagnostic pci.model-name.invalid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PCI address has an 8-bit bus (0x00-0xFF), a 5-bit slot (0x00-0x1F) and a 3-bit function (0-7).</source>
        <extracomment>explanation of diagnostic pci.address.out-of-range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU x86 machines have a single PCI domain (segment): domain must be 0x0000. Expander buses give more buses inside that domain.</source>
        <extracomment>explanation of diagnostic pci.address.domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not sit on a PCI bus (or its address could not be read), so libvirt refuses the address it was given. Remove the &lt;address&gt; or give the device a bus that has PCI addresses.</source>
        <extracomment>explanation of diagnostic pci.address.invalid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt accepts this address but it means nothing for this device: the element does not sit on a PCI bus. A PCI address on a device with no PCI connection is still reserved (CONN-4), so it only wastes a slot. Remove it.</source>
        <extracomment>explanation of diagnostic pci.address.ignored</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramfb is a framebuffer in guest memory, not a PCI device: it takes no slot and cannot have an address.</source>
        <extracomment>explanation of diagnostic pci.address.ramfb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-iommu is a PCI device (virtio-iommu-pci) on bus 0. Give it a PCI address on bus 0, or none and libvirt picks the first free pcie-root slot.</source>
        <extracomment>explanation of diagnostic pci.address.iommu-needs-pci</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On q35 the first SATA controller (index 0) is the ICH9 AHCI built into the chipset at 00:1f.2; it cannot be moved. Additional SATA controllers (index 1 and up) can go anywhere.</source>
        <extracomment>explanation of diagnostic pci.fixed.sata0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pc (i440fx) the first IDE controller is the PIIX3 IDE function at 00:01.1, part of the chipset; it cannot be moved.</source>
        <extracomment>explanation of diagnostic pci.fixed.ide0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pc the first USB controller of model piix3-uhci (also the model libvirt picks when none is written) is the PIIX3 USB function at 00:01.2. Use another model (e.g. qemu-xhci) to place a USB controller elsewhere.</source>
        <extracomment>explanation of diagnostic pci.fixed.usb0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:01.1 and 00:01.2 are the PIIX3 IDE and USB functions of the pc chipset. q35 has no PIIX3: pcie-root is not a conventional PCI bus. Remove the address and libvirt places the controller on a PCI-capable bus.</source>
        <extracomment>explanation of diagnostic pci.fixed.piix3-on-q35</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only qxl and virtio video devices can be secondary (non-primary) video cards; the others are VGA-compatible and QEMU allows one of them. Make this one primary, or change its model to qxl or virtio.</source>
        <extracomment>explanation of diagnostic pci.video.secondary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each PCI function can hold one device. This address is already taken, by another device of the XML or by a function the chipset reserves (q35 00:1f.0, 00:1f.2, 00:1f.3; pc 00:01.0, 00:01.3). Remove the address and libvirt picks a free one.</source>
        <extracomment>explanation of diagnostic pci.slot-in-use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind of bus accepts only some kinds of devices (§2.1): pcie-root-port takes one PCIe endpoint, upstream port or pcie-to-pci-bridge; an upstream port only downstream ports; pcie-expander-bus only root ports and dmi-to-pci-bridge; conventional PCI bridges take PCI devices and pci-bridges.</source>
        <extracomment>explanation of diagnostic pci.bus.incompatible</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio-iommu must be an integrated device of the root bus (bus 0).</source>
        <extracomment>explanation of diagnostic pci.bus.integrated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root and downstream ports have a single slot, 0. pci-bridge and pcie-to-pci-bridge use slot 0 for their hotplug controller, so devices start at slot 1. Root buses start at slot 1 too.</source>
        <extracomment>explanation of diagnostic pci.slot.out-of-range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt only adds pcie-root-ports, pcie-to-pci-bridges and pci-bridges by itself. This controller needs a free place of a kind libvirt never adds (or the root bus is full): add the parent controller it needs, or free a slot.</source>
        <extracomment>explanation of diagnostic pci.grow.controller</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt needed a new bus for this device but has no rule to add one of the right kind (a pcie-to-pci-bridge needs a free root port; some devices cannot be PCI devices at all).</source>
        <extracomment>explanation of diagnostic pci.grow.flags</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pci-bridge must have a higher index than the bus it plugs into. Give the bridge a higher index, or put it on a bus with a lower index.</source>
        <extracomment>explanation of diagnostic pci.index.bridge-bus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expander bus without busNr gets the lowest busNr in use minus 2; that fails when some expander already has busNr 1 or 2. Write busNr on this expander.</source>
        <extracomment>explanation of diagnostic pci.busnr.no-default</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s address assignment refused the domain.</source>
        <extracomment>explanation of diagnostic pci.placement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU creates PCI controllers in index order, so a controller must plug into a bus with a lower index. libvirt accepts this domain, but it can never start. Swap the indexes (and the bus= of the devices behind them) so every parent has the lower index.</source>
        <extracomment>explanation of diagnostic qemu.bus-not-found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pcie-root-port and pcie-switch-downstream-port needs its own chassis number. A port without chassis gets chassis = its index, so a written chassis can clash with another port&apos;s index. libvirt accepts this domain, but it can never start.</source>
        <extracomment>explanation of diagnostic qemu.chassis-in-use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each expander bus needs its own busNr (the guest bus number of its root bus). libvirt accepts duplicates, but QEMU cannot start the domain.</source>
        <extracomment>explanation of diagnostic qemu.busnr-in-use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multifunction=&apos;off&apos; on function 0 tells QEMU the slot has one function, yet other functions of the slot are in use (written, or packed there by libvirt&apos;s root-port aggregation). Set multifunction=&apos;on&apos;, or move the other functions away.</source>
        <extracomment>explanation of diagnostic qemu.multifunction-off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pc QEMU always creates the PIIX3 IDE function at 00:01.1, even when the XML has no IDE controller. libvirt accepts another device there, but the domain cannot start.</source>
        <extracomment>explanation of diagnostic qemu.piix3-ide-slot</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt hot-plugs a disk with &lt;transient shareBacking=&apos;yes&apos;/&gt; right after QEMU starts, so the disk must sit on a bus with native hotplug: a pcie-root-port or downstream port without hotplug=&apos;off&apos;, a pci-bridge or a pcie-to-pci-bridge. pci-root and pci-expander-bus (ACPI hotplug), pcie-root and dmi-to-pci-bridge refuse it. On pc put the disk behind a pci-bridge.</source>
        <extracomment>explanation of diagnostic qemu.transient-disk-hotplug</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is legal here, but it can only be removed with the guest shut off. Hot-(un)plug works on pci-root (pc), pci-bridge, pcie-to-pci-bridge, and pcie-root-ports or downstream ports that do not say hotplug=&apos;off&apos;, one device per slot.</source>
        <extracomment>explanation of diagnostic pci.hotplug.not-unpluggable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On q35, hot-plugging a PCIe device needs an empty pcie-root-port (or downstream port) that was there at boot: PCI controllers themselves cannot be hot-plugged. Add one or more spare pcie-root-ports.</source>
        <extracomment>explanation of diagnostic pci.hotplug.no-headroom</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt and QEMU accept functions 1-7 without function 0, but guests (Linux, Windows) only scan a slot whose function 0 exists, so these devices stay invisible.</source>
        <extracomment>explanation of diagnostic pci.multifunction.no-function-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function 0 of a slot with several functions must say multifunction=&apos;on&apos;. libvirt adds it by itself; writing it makes the XML say what the guest gets.</source>
        <extracomment>explanation of diagnostic pci.multifunction.implicit-on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passthrough</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other virtio</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers</source>
        <extracomment>palette group</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor for the PCI topology of libvirt domain XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain XML to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the device on LINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where ENTRY fits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::AutoAssignDialog</name>
    <message>
        <source>Auto-assign addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt — exactly what virsh define would write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrated — endpoints on the root bus while its slots last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numa — devices behind an expander bus on their NUMA node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserve — libvirt&apos;s layout plus spare hotplug ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> spare port(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare hotplug ports to reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy cannot be applied: see the errors below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: every device already has its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the XML; Apply makes them one undoable step.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-assign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::GraphView</name>
    <message>
        <source>Topology graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buses and slots of the domain; drop devices from the palette on a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell under the cursor says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow keys choose a slot, Enter places it, Esc ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) can take it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No slot can take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot can take it: add a %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop here: add a %1 for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::InspectorView</name>
    <message>
        <source>none: libvirt assigns one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bus:slot.function in hex, e.g. 01:00.0; press Enter to move the device there, clear it to let libvirt assign one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multifunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotplug of this controller&apos;s slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest NUMA node of an expander bus (&lt;target&gt;&lt;node&gt;): the devices behind it belong to that node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On bus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest bus number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot hotplug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Multifunction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own bus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotplug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NUMA node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device or controller in the graph, the tree or the XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 · guest bus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::MainWindow</name>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected device, or a controller with its bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give addresses the way libvirt would, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Where It &amp;Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint every slot for the palette entry or the selected device, as a drag would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let libvirt Assign the Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected device&apos;s &lt;address&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n PCIe port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PCI slot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty hotpluggable places left for devices added while the guest runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) and controller(s) sit below this controller. Delete them as well?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a palette entry or select a device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;q35 (PCI Express) domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;pc (i440fx, PCI) domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About pcitopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About pcitopo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;pcitopo %1&lt;/b&gt;&lt;p&gt;An editor for the PCI topology of libvirt domains.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 template is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every change since %1 was saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has been modified.
Do you want to save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — pcitopo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::PaletteModel</name>
    <message>
        <source>not on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PCI address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::PaletteView</name>
    <message>
        <source>Search devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a device or controller onto a slot of the graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem libvirt or QEMU would report; press Enter to select the element at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No problems.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a problem to see why.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::TopologyTreeView</name>
    <message>
        <source>Topology tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buses, slots and devices; selecting one selects it everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (at %1: no such slot)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::XmlSourceView</name>
    <message>
        <source>XML source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact text of the domain XML; the selected element is highlighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pcitopo::edits</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds a %1 (index %2) at %3 and puts the %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 on a new %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device or controller to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root bus cannot be removed: every domain has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
