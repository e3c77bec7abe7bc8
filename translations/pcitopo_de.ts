<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FixText</name>
    <message>
        <source>Move to %1</source>
        <translation>Verschieben nach %1</translation>
    </message>
    <message>
        <source>Remove the address (let libvirt assign one)</source>
        <translation>Adresse entfernen (libvirt vergibt eine)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 × %2 (libvirt fills %3 of them with devices it places)</source>
        <translation>%1 × %2 hinzufügen (libvirt belegt %3 davon mit Geräten, die es platziert)</translation>
    </message>
    <message>
        <source>Add %1 with index %2</source>
        <translation>%1 mit Index %2 hinzufügen</translation>
    </message>
    <message>
        <source>Set multifunction=&apos;on&apos;</source>
        <translation>multifunction=&apos;on&apos; setzen</translation>
    </message>
    <message>
        <source>Set multifunction=&apos;off&apos;</source>
        <translation>multifunction=&apos;off&apos; setzen</translation>
    </message>
    <message>
        <source>Set %1=&apos;%2&apos;</source>
        <translation>%1=&apos;%2&apos; setzen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>GraphText</name>
    <message>
        <source>host bridge</source>
        <translation>Host-Brücke</translation>
    </message>
    <message>
        <source>bridge&apos;s own slot</source>
        <translation>eigener Steckplatz der Brücke</translation>
    </message>
    <message>
        <source>index %1 · guest bus %2</source>
        <translation>Index %1 · Gast-Bus %2</translation>
    </message>
    <message>
        <source> · implicit</source>
        <translation> · implizit</translation>
    </message>
    <message>
        <source> · gap</source>
        <translation> · Lücke</translation>
    </message>
    <message>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
    </message>
    <message>
        <source>Unplaced (libvirt assigns an address)</source>
        <translation>Nicht platziert (libvirt vergibt eine Adresse)</translation>
    </message>
    <message>
        <source>slots %1–%2 free</source>
        <translation>Steckplätze %1–%2 frei</translation>
    </message>
    <message>
        <source>address %1 names no slot here</source>
        <translation>Adresse %1 nennt hier keinen Steckplatz</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>@@ line %1</source>
        <translation>@@ Zeile %1</translation>
    </message>
    <message>
        <source>%1 — added by libvirt (not written in the XML)</source>
        <translation>%1 — von libvirt ergänzt (nicht im XML)</translation>
    </message>
    <message>
        <source> — built into the machine</source>
        <translation> — fest in der Maschine</translation>
    </message>
    <message>
        <source> — another device claims the same address</source>
        <translation> — ein anderes Gerät beansprucht dieselbe Adresse</translation>
    </message>
    <message>
        <source>Slots 0x%1–0x%2 of bus %3: free</source>
        <translation>Steckplätze 0x%1–0x%2 von Bus %3: frei</translation>
    </message>
    <message>
        <source>Slot 0x%1 of bus %2</source>
        <translation>Steckplatz 0x%1 von Bus %2</translation>
    </message>
    <message>
        <source> — hotpluggable</source>
        <translation> — Hotplug-fähig</translation>
    </message>
    <message>
        <source> — hotplug=&apos;off&apos;</source>
        <translation> — hotplug=&apos;off&apos;</translation>
    </message>
    <message>
        <source> — not hotpluggable</source>
        <translation> — nicht Hotplug-fähig</translation>
    </message>
    <message>
        <source>✓ hotpluggable</source>
        <translation>✓ Hotplug-fähig</translation>
    </message>
    <message>
        <source>⚠ hotplug=&apos;off&apos;</source>
        <translation>⚠ hotplug=&apos;off&apos;</translation>
    </message>
    <message>
        <source>⚠ not hotpluggable</source>
        <translation>⚠ nicht Hotplug-fähig</translation>
    </message>
    <message>
        <source>%1 · index %2</source>
        <translation>%1 · Index %2</translation>
    </message>
    <message>
        <source> · guest bus 0x%1</source>
        <translation> · Gast-Bus 0x%1</translation>
    </message>
    <message>
        <source> · NUMA node %1</source>
        <translation> · NUMA-Knoten %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Welcome to pcitopo.</source>
        <translation>Willkommen bei pcitopo.</translation>
    </message>
    <message>
        <source>This is a new q35 domain. Drag devices from the palette into slots, or:</source>
        <translation>Dies ist eine neue q35-Domain. Ziehen Sie Geräte aus der Palette in Steckplätze, oder:</translation>
    </message>
    <message>
        <source>New q35 domain</source>
        <translation>Neue q35-Domain</translation>
    </message>
    <message>
        <source>New pc domain</source>
        <translation>Neue pc-Domain</translation>
    </message>
    <message>
        <source>Open a domain XML…</source>
        <translation>Ein Domain-XML öffnen…</translation>
    </message>
    <message>
        <source>Learn from an example</source>
        <translation>An einem Beispiel lernen</translation>
    </message>
    <message>
        <source>libvirt documentation:</source>
        <translation>libvirt-Dokumentation:</translation>
    </message>
    <message>
        <source>Slot 0x%1 of bus %2: free</source>
        <translation>Steckplatz 0x%1 von Bus %2: frei</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <source>PCI and PCIe endpoints</source>
        <extracomment>title of rule CONN-1</extracomment>
        <translation>PCI- und PCIe-Endgeräte</translation>
    </message>
    <message>
        <source>virtio devices follow PCIe</source>
        <extracomment>title of rule CONN-2</extracomment>
        <translation>virtio-Geräte folgen PCIe</translation>
    </message>
    <message>
        <source>controllers plug in by their own type</source>
        <extracomment>title of rule CONN-3</extracomment>
        <translation>Controller stecken nach ihrem eigenen Typ</translation>
    </message>
    <message>
        <source>device without PCI connection given a PCI address</source>
        <extracomment>title of rule CONN-4</extracomment>
        <translation>Gerät ohne PCI-Anschluss mit PCI-Adresse</translation>
    </message>
    <message>
        <source>transitional virtio devices</source>
        <extracomment>title of rule CONN-5</extracomment>
        <translation>transitional virtio-Geräte</translation>
    </message>
    <message>
        <source>device kind accepted by the bus</source>
        <extracomment>title of rule COMPAT-1</extracomment>
        <translation>vom Bus akzeptierte Geräteart</translation>
    </message>
    <message>
        <source>integrated device off bus 0</source>
        <extracomment>title of rule COMPAT-INTEGRATED</extracomment>
        <translation>integriertes Gerät nicht auf Bus 0</translation>
    </message>
    <message>
        <source>hotplug into a slot without hotplug</source>
        <extracomment>title of rule COMPAT-HOTPLUG</extracomment>
        <translation>Hotplug in einen Steckplatz ohne Hotplug</translation>
    </message>
    <message>
        <source>wanted address</source>
        <extracomment>title of rule ADDR-1</extracomment>
        <translation>gewünschte Adresse</translation>
    </message>
    <message>
        <source>partial addresses</source>
        <extracomment>title of rule ADDR-2</extracomment>
        <translation>unvollständige Adressen</translation>
    </message>
    <message>
        <source>explicit addresses win</source>
        <extracomment>title of rule ADDR-3</extracomment>
        <translation>ausdrückliche Adressen haben Vorrang</translation>
    </message>
    <message>
        <source>slot below the bus minimum</source>
        <extracomment>title of rule SLOT-MIN</extracomment>
        <translation>Steckplatz unter dem Minimum des Busses</translation>
    </message>
    <message>
        <source>slot above the bus maximum</source>
        <extracomment>title of rule SLOT-MAX</extracomment>
        <translation>Steckplatz über dem Maximum des Busses</translation>
    </message>
    <message>
        <source>only PCI domain 0</source>
        <extracomment>title of rule DOMAIN-0</extracomment>
        <translation>nur PCI-Domain 0</translation>
    </message>
    <message>
        <source>address used twice</source>
        <extracomment>title of rule DOUBLE-USE</extracomment>
        <translation>Adresse doppelt belegt</translation>
    </message>
    <message>
        <source>primary SATA at 00:1f.2</source>
        <extracomment>title of rule RES-SATA</extracomment>
        <translation>primärer SATA-Controller auf 00:1f.2</translation>
    </message>
    <message>
        <source>primary IDE at 00:01.1</source>
        <extracomment>title of rule RES-IDE</extracomment>
        <translation>primärer IDE-Controller auf 00:01.1</translation>
    </message>
    <message>
        <source>PIIX3 USB at 00:01.2</source>
        <extracomment>title of rule RES-USB</extracomment>
        <translation>PIIX3-USB auf 00:01.2</translation>
    </message>
    <message>
        <source>PIIX3 functions on q35</source>
        <extracomment>title of rule RES-PIIX-Q35</extracomment>
        <translation>PIIX3-Funktionen auf q35</translation>
    </message>
    <message>
        <source>pc 00:01.1 is always piix3-ide</source>
        <extracomment>title of rule RES-1</extracomment>
        <translation>auf pc ist 00:01.1 immer piix3-ide</translation>
    </message>
    <message>
        <source>controller index range and uniqueness</source>
        <extracomment>title of rule IDX-1</extracomment>
        <translation>Bereich und Eindeutigkeit der Controller-Indizes</translation>
    </message>
    <message>
        <source>root controller at index 0</source>
        <extracomment>title of rule IDX-2</extracomment>
        <translation>Root-Controller auf Index 0</translation>
    </message>
    <message>
        <source>controllers without index</source>
        <extracomment>title of rule IDX-3</extracomment>
        <translation>Controller ohne Index</translation>
    </message>
    <message>
        <source>gaps in controller indexes</source>
        <extracomment>title of rule IDX-4</extracomment>
        <translation>Lücken in den Controller-Indizes</translation>
    </message>
    <message>
        <source>pci-bridge index above its bus</source>
        <extracomment>title of rule IDX-5</extracomment>
        <translation>Index einer pci-bridge über ihrem Bus</translation>
    </message>
    <message>
        <source>parent bus created after the controller</source>
        <extracomment>title of rule IDX-6</extracomment>
        <translation>übergeordneter Bus nach dem Controller erzeugt</translation>
    </message>
    <message>
        <source>address on a bus that does not exist</source>
        <extracomment>title of rule GROW-1</extracomment>
        <translation>Adresse auf einem nicht vorhandenen Bus</translation>
    </message>
    <message>
        <source>PCI device moved one bus up</source>
        <extracomment>title of rule GROW-2</extracomment>
        <translation>PCI-Gerät einen Bus höher verschoben</translation>
    </message>
    <message>
        <source>no slot for a controller</source>
        <extracomment>title of rule GROW-FAIL-CONTROLLER</extracomment>
        <translation>kein Steckplatz für einen Controller</translation>
    </message>
    <message>
        <source>no growth rule</source>
        <extracomment>title of rule GROW-FAIL-FLAGS</extracomment>
        <translation>keine Wachstumsregel</translation>
    </message>
    <message>
        <source>slot search</source>
        <extracomment>title of rule PLACE-1</extracomment>
        <translation>Steckplatzsuche</translation>
    </message>
    <message>
        <source>controllers first</source>
        <extracomment>title of rule PLACE-2</extracomment>
        <translation>Controller zuerst</translation>
    </message>
    <message>
        <source>endpoints do not share slots</source>
        <extracomment>title of rule PLACE-3</extracomment>
        <translation>Endgeräte teilen keine Steckplätze</translation>
    </message>
    <message>
        <source>no free slot</source>
        <extracomment>title of rule PLACE-4</extracomment>
        <translation>kein freier Steckplatz</translation>
    </message>
    <message>
        <source>pc keeps one slot free</source>
        <extracomment>title of rule PLACE-pc-spare</extracomment>
        <translation>pc hält einen Steckplatz frei</translation>
    </message>
    <message>
        <source>q35 spare root port</source>
        <extracomment>title of rule PLACE-q35-spare</extracomment>
        <translation>freier Root-Port auf q35</translation>
    </message>
    <message>
        <source>primary video placed twice in the dry run</source>
        <extracomment>title of rule DRY-1</extracomment>
        <translation>primäre Grafik im Probelauf doppelt platziert</translation>
    </message>
    <message>
        <source>aggregate slots</source>
        <extracomment>title of rule AGG-1</extracomment>
        <translation>gebündelte Steckplätze</translation>
    </message>
    <message>
        <source>multifunction=&apos;off&apos; does not stop aggregation</source>
        <extracomment>title of rule AGG-3</extracomment>
        <translation>multifunction=&apos;off&apos; verhindert das Bündeln nicht</translation>
    </message>
    <message>
        <source>USB2 companion controllers</source>
        <extracomment>title of rule USB2-1</extracomment>
        <translation>USB2-Begleitcontroller</translation>
    </message>
    <message>
        <source>multifunction set by libvirt</source>
        <extracomment>title of rule MF-1</extracomment>
        <translation>multifunction von libvirt gesetzt</translation>
    </message>
    <message>
        <source>function 0 absent</source>
        <extracomment>title of rule MF-2</extracomment>
        <translation>Funktion 0 fehlt</translation>
    </message>
    <message>
        <source>busNr cannot be defaulted</source>
        <extracomment>title of rule BUSNR-DEFAULT</extracomment>
        <translation>busNr lässt sich nicht vorbelegen</translation>
    </message>
    <message>
        <source>devices libvirt adds by itself</source>
        <extracomment>title of rule ORD-1</extracomment>
        <translation>Geräte, die libvirt selbst hinzufügt</translation>
    </message>
    <message>
        <source>controller order</source>
        <extracomment>title of rule ORD-2</extracomment>
        <translation>Reihenfolge der Controller</translation>
    </message>
    <message>
        <source>legal but not hotpluggable</source>
        <extracomment>title of rule HP-5</extracomment>
        <translation>zulässig, aber nicht Hotplug-fähig</translation>
    </message>
    <message>
        <source>On q35 an endpoint is either conventional PCI or PCI Express. On pc every endpoint is conventional PCI, because the machine has no PCI Express root.</source>
        <extracomment>teaching text of rule CONN-1</extracomment>
        <translation>Auf q35 ist ein Endgerät entweder klassisches PCI oder PCI Express. Auf pc ist jedes Endgerät klassisches PCI, weil die Maschine keinen PCI-Express-Root hat.</translation>
    </message>
    <message>
        <source>virtio and virtio-non-transitional devices are PCI Express devices on q35. Only the *-transitional models are conventional PCI.</source>
        <extracomment>teaching text of rule CONN-2</extracomment>
        <translation>virtio- und virtio-non-transitional-Geräte sind auf q35 PCI-Express-Geräte. Nur die *-transitional-Modelle sind klassisches PCI.</translation>
    </message>
    <message>
        <source>A PCI controller is never auto-placed like an endpoint: it plugs only into buses that accept its own controller type.</source>
        <extracomment>teaching text of rule CONN-3</extracomment>
        <translation>Ein PCI-Controller wird nie wie ein Endgerät automatisch platziert: Er steckt nur in Bussen, die seinen eigenen Controllertyp annehmen.</translation>
    </message>
    <message>
        <source>This device does not connect through PCI, so it cannot have a PCI address.</source>
        <extracomment>teaching text of rule CONN-4</extracomment>
        <translation>Dieses Gerät wird nicht über PCI angeschlossen und kann daher keine PCI-Adresse haben.</translation>
    </message>
    <message>
        <source>A virtio-transitional device is conventional PCI: on q35 it needs a pcie-to-pci-bridge, which libvirt adds together with a root port.</source>
        <extracomment>teaching text of rule CONN-5</extracomment>
        <translation>Ein virtio-transitional-Gerät ist klassisches PCI: Auf q35 braucht es eine pcie-to-pci-bridge, die libvirt zusammen mit einem Root-Port hinzufügt.</translation>
    </message>
    <message>
        <source>Each bus accepts only some kinds of devices. With an explicit address a conventional PCI device may sit in a PCI Express slot and the other way round; automatic placement is stricter.</source>
        <extracomment>teaching text of rule COMPAT-1</extracomment>
        <translation>Jeder Bus nimmt nur bestimmte Gerätearten an. Mit ausdrücklicher Adresse darf ein klassisches PCI-Gerät in einem PCI-Express-Steckplatz sitzen und umgekehrt; die automatische Platzierung ist strenger.</translation>
    </message>
    <message>
        <source>virtio-iommu is an integrated device: it must sit directly on the root bus (bus 0).</source>
        <extracomment>teaching text of rule COMPAT-INTEGRATED</extracomment>
        <translation>virtio-iommu ist ein integriertes Gerät: Es muss direkt auf dem Root-Bus (Bus 0) sitzen.</translation>
    </message>
    <message>
        <source>Live attach needs a hotplug-capable slot: a root port or downstream port with hotplug on, a pci-bridge, a pcie-to-pci-bridge, or pci-root on pc.</source>
        <extracomment>teaching text of rule COMPAT-HOTPLUG</extracomment>
        <translation>Anstecken im laufenden Betrieb braucht einen Hotplug-fähigen Steckplatz: einen Root-Port oder Downstream-Port mit eingeschaltetem Hotplug, eine pci-bridge, eine pcie-to-pci-bridge oder pci-root auf pc.</translation>
    </message>
    <message>
        <source>An address with domain, bus and slot all 0 means &apos;no address&apos;: libvirt assigns one.</source>
        <extracomment>teaching text of rule ADDR-1</extracomment>
        <translation>Eine Adresse, deren Domain, Bus und Steckplatz alle 0 sind, bedeutet „keine Adresse“: libvirt vergibt eine.</translation>
    </message>
    <message>
        <source>Missing address attributes are 0; libvirt does not complete a partial address.</source>
        <extracomment>teaching text of rule ADDR-2</extracomment>
        <translation>Fehlende Adressattribute sind 0; libvirt vervollständigt eine unvollständige Adresse nicht.</translation>
    </message>
    <message>
        <source>Addresses you write are reserved before any automatic placement and are never moved (except GROW-2).</source>
        <extracomment>teaching text of rule ADDR-3</extracomment>
        <translation>Adressen, die Sie schreiben, werden vor jeder automatischen Platzierung reserviert und nie verschoben (außer GROW-2).</translation>
    </message>
    <message>
        <source>Slot 0 of a pci-bridge or pcie-to-pci-bridge belongs to the bridge&apos;s hotplug controller (SHPC); use slots 1-31.</source>
        <extracomment>teaching text of rule SLOT-MIN</extracomment>
        <translation>Steckplatz 0 einer pci-bridge oder pcie-to-pci-bridge gehört dem Hotplug-Controller der Brücke (SHPC); verwenden Sie die Steckplätze 1–31.</translation>
    </message>
    <message>
        <source>A pcie-root-port or downstream port has exactly one slot, slot 0.</source>
        <extracomment>teaching text of rule SLOT-MAX</extracomment>
        <translation>Ein pcie-root-port oder Downstream-Port hat genau einen Steckplatz, Steckplatz 0.</translation>
    </message>
    <message>
        <source>QEMU&apos;s x86 machines have one PCI domain, 0.</source>
        <extracomment>teaching text of rule DOMAIN-0</extracomment>
        <translation>Die x86-Maschinen von QEMU haben eine PCI-Domain, 0.</translation>
    </message>
    <message>
        <source>Each slot function holds one device, and some functions on bus 0 belong to the chipset.</source>
        <extracomment>teaching text of rule DOUBLE-USE</extracomment>
        <translation>Jede Funktion eines Steckplatzes nimmt ein Gerät auf, und einige Funktionen auf Bus 0 gehören dem Chipsatz.</translation>
    </message>
    <message>
        <source>On q35 the first SATA controller is built into the ICH9 chipset at 00:1f.2.</source>
        <extracomment>teaching text of rule RES-SATA</extracomment>
        <translation>Auf q35 ist der erste SATA-Controller im ICH9-Chipsatz auf 00:1f.2 eingebaut.</translation>
    </message>
    <message>
        <source>On pc the first IDE controller is part of the PIIX3 chip at 00:01.1.</source>
        <extracomment>teaching text of rule RES-IDE</extracomment>
        <translation>Auf pc ist der erste IDE-Controller Teil des PIIX3-Chips auf 00:01.1.</translation>
    </message>
    <message>
        <source>On pc the first piix3-uhci USB controller is part of the PIIX3 chip at 00:01.2.</source>
        <extracomment>teaching text of rule RES-USB</extracomment>
        <translation>Auf pc ist der erste piix3-uhci-USB-Controller Teil des PIIX3-Chips auf 00:01.2.</translation>
    </message>
    <message>
        <source>00:01.1 and 00:01.2 are PIIX3 functions, which q35 does not have.</source>
        <extracomment>teaching text of rule RES-PIIX-Q35</extracomment>
        <translation>00:01.1 und 00:01.2 sind PIIX3-Funktionen, die q35 nicht hat.</translation>
    </message>
    <message>
        <source>QEMU always creates the PIIX3 IDE function at 00:01.1 on pc, even when the XML shows no IDE controller.</source>
        <extracomment>teaching text of rule RES-1</extracomment>
        <translation>QEMU erzeugt auf pc immer die PIIX3-IDE-Funktion auf 00:01.1, auch wenn das XML keinen IDE-Controller zeigt.</translation>
    </message>
    <message>
        <source>Each PCI controller needs its own index between 0 and 255.</source>
        <extracomment>teaching text of rule IDX-1</extracomment>
        <translation>Jeder PCI-Controller braucht einen eigenen Index zwischen 0 und 255.</translation>
    </message>
    <message>
        <source>Index 0 is the machine&apos;s root bus: pcie-root on q35, pci-root on pc. libvirt adds it when absent.</source>
        <extracomment>teaching text of rule IDX-2</extracomment>
        <translation>Index 0 ist der Root-Bus der Maschine: pcie-root auf q35, pci-root auf pc. libvirt fügt ihn hinzu, wenn er fehlt.</translation>
    </message>
    <message>
        <source>A controller without index gets the lowest unused index, before the root is added.</source>
        <extracomment>teaching text of rule IDX-3</extracomment>
        <translation>Ein Controller ohne Index bekommt den niedrigsten freien Index, bevor der Root hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Missing indexes below the highest one are filled with controllers of the default model (pcie-root-port on q35, pci-bridge on pc).</source>
        <extracomment>teaching text of rule IDX-4</extracomment>
        <translation>Fehlende Indizes unterhalb des höchsten werden mit Controllern des Standardmodells gefüllt (pcie-root-port auf q35, pci-bridge auf pc).</translation>
    </message>
    <message>
        <source>A pci-bridge must have a higher index than the bus it is plugged into.</source>
        <extracomment>teaching text of rule IDX-5</extracomment>
        <translation>Eine pci-bridge muss einen höheren Index haben als der Bus, in dem sie steckt.</translation>
    </message>
    <message>
        <source>QEMU creates controllers in index order, so a controller&apos;s parent bus must have a lower index.</source>
        <extracomment>teaching text of rule IDX-6</extracomment>
        <translation>QEMU erzeugt Controller in der Reihenfolge ihrer Indizes, daher muss der übergeordnete Bus eines Controllers einen niedrigeren Index haben.</translation>
    </message>
    <message>
        <source>An address on a bus that does not exist yet makes libvirt add the buses up to it.</source>
        <extracomment>teaching text of rule GROW-1</extracomment>
        <translation>Eine Adresse auf einem noch nicht vorhandenen Bus lässt libvirt die Busse bis dorthin hinzufügen.</translation>
    </message>
    <message>
        <source>On q35 a conventional PCI device addressed on the first missing bus is moved one bus up: libvirt inserts a root port and a pcie-to-pci-bridge and rewrites the bus.</source>
        <extracomment>teaching text of rule GROW-2</extracomment>
        <translation>Auf q35 wird ein klassisches PCI-Gerät, das auf den ersten fehlenden Bus adressiert ist, einen Bus höher verschoben: libvirt fügt einen Root-Port und eine pcie-to-pci-bridge ein und schreibt den Bus um.</translation>
    </message>
    <message>
        <source>libvirt adds buses only for endpoints; a controller that finds no compatible free slot is an error.</source>
        <extracomment>teaching text of rule GROW-FAIL-CONTROLLER</extracomment>
        <translation>libvirt fügt Busse nur für Endgeräte hinzu; ein Controller, der keinen passenden freien Steckplatz findet, ist ein Fehler.</translation>
    </message>
    <message>
        <source>libvirt cannot add a bus that would take this device.</source>
        <extracomment>teaching text of rule GROW-FAIL-FLAGS</extracomment>
        <translation>libvirt kann keinen Bus hinzufügen, der dieses Gerät aufnehmen würde.</translation>
    </message>
    <message>
        <source>libvirt scans buses from index 0 upward and takes the first free compatible slot.</source>
        <extracomment>teaching text of rule PLACE-1</extracomment>
        <translation>libvirt durchsucht die Busse ab Index 0 aufwärts und nimmt den ersten freien passenden Steckplatz.</translation>
    </message>
    <message>
        <source>PCI controllers are placed before endpoints, in index order, so an added pcie-to-pci-bridge takes the lowest free root port.</source>
        <extracomment>teaching text of rule PLACE-2</extracomment>
        <translation>PCI-Controller werden vor den Endgeräten platziert, in der Reihenfolge ihrer Indizes; eine hinzugefügte pcie-to-pci-bridge nimmt daher den niedrigsten freien Root-Port.</translation>
    </message>
    <message>
        <source>Automatic placement puts endpoints only into completely free slots.</source>
        <extracomment>teaching text of rule PLACE-3</extracomment>
        <translation>Die automatische Platzierung setzt Endgeräte nur in vollständig freie Steckplätze.</translation>
    </message>
    <message>
        <source>No compatible free slot exists and libvirt cannot add a bus here.</source>
        <extracomment>teaching text of rule PLACE-4</extracomment>
        <translation>Es gibt keinen passenden freien Steckplatz, und libvirt kann hier keinen Bus hinzufügen.</translation>
    </message>
    <message>
        <source>On pc libvirt reserves one spare slot in its dry run, so a pci-bridge is added one device earlier.</source>
        <extracomment>teaching text of rule PLACE-pc-spare</extracomment>
        <translation>Auf pc hält libvirt in seinem Probelauf einen Steckplatz frei, daher kommt eine pci-bridge ein Gerät früher hinzu.</translation>
    </message>
    <message>
        <source>When the XML has no PCI controller besides the root and libvirt adds buses, it also adds one empty pcie-root-port for hotplug.</source>
        <extracomment>teaching text of rule PLACE-q35-spare</extracomment>
        <translation>Hat das XML außer dem Root keinen PCI-Controller und fügt libvirt Busse hinzu, so fügt es auch einen leeren pcie-root-port für Hotplug hinzu.</translation>
    </message>
    <message>
        <source>A primary video that could not get its default slot is counted twice in libvirt&apos;s dry run, which can add one empty root port.</source>
        <extracomment>teaching text of rule DRY-1</extracomment>
        <translation>Eine primäre Grafikkarte, die ihren Standardsteckplatz nicht bekommen hat, zählt im Probelauf von libvirt doppelt; das kann einen leeren Root-Port hinzufügen.</translation>
    </message>
    <message>
        <source>Automatically placed pcie-root-ports share a slot, one per function, 8 per slot.</source>
        <extracomment>teaching text of rule AGG-1</extracomment>
        <translation>Automatisch platzierte pcie-root-ports teilen sich einen Steckplatz, einer pro Funktion, 8 pro Steckplatz.</translation>
    </message>
    <message>
        <source>libvirt keeps adding root ports to a slot whose function 0 says multifunction=&apos;off&apos;; QEMU then refuses to start.</source>
        <extracomment>teaching text of rule AGG-3</extracomment>
        <translation>libvirt fügt weiter Root-Ports zu einem Steckplatz hinzu, dessen Funktion 0 multifunction=&apos;off&apos; sagt; QEMU verweigert dann den Start.</translation>
    </message>
    <message>
        <source>ich9-ehci1 and its uhci companions with the same index share one slot: uhci1 at .0, uhci2 at .1, uhci3 at .2, ehci1 at .7.</source>
        <extracomment>teaching text of rule USB2-1</extracomment>
        <translation>ich9-ehci1 und seine uhci-Begleiter mit demselben Index teilen sich einen Steckplatz: uhci1 auf .0, uhci2 auf .1, uhci3 auf .2, ehci1 auf .7.</translation>
    </message>
    <message>
        <source>When functions other than 0 are used, libvirt sets multifunction=&apos;on&apos; on function 0 unless it says &apos;off&apos;.</source>
        <extracomment>teaching text of rule MF-1</extracomment>
        <translation>Werden andere Funktionen als 0 benutzt, setzt libvirt multifunction=&apos;on&apos; an Funktion 0, sofern dort nicht &apos;off&apos; steht.</translation>
    </message>
    <message>
        <source>A guest does not scan a slot whose function 0 is empty, so devices at functions 1-7 there are invisible.</source>
        <extracomment>teaching text of rule MF-2</extracomment>
        <translation>Ein Gast durchsucht keinen Steckplatz, dessen Funktion 0 leer ist; Geräte auf den Funktionen 1–7 dort sind daher unsichtbar.</translation>
    </message>
    <message>
        <source>An expander bus without busNr gets the lowest busNr so far minus 2.</source>
        <extracomment>teaching text of rule BUSNR-DEFAULT</extracomment>
        <translation>Ein Expander-Bus ohne busNr bekommt die bisher niedrigste busNr minus 2.</translation>
    </message>
    <message>
        <source>libvirt adds a USB controller, the q35 SATA controller, the root bus and a virtio memballoon when they are absent, controllers for disks and virtio channels, and a video card for graphics.</source>
        <extracomment>teaching text of rule ORD-1</extracomment>
        <translation>libvirt fügt einen USB-Controller, den SATA-Controller von q35, den Root-Bus und einen virtio-memballoon hinzu, wenn sie fehlen, außerdem Controller für Festplatten und virtio-Kanäle und eine Grafikkarte für die Grafikausgabe.</translation>
    </message>
    <message>
        <source>Controllers are grouped by type in the order each type first appears, and sorted by index within a type.</source>
        <extracomment>teaching text of rule ORD-2</extracomment>
        <translation>Controller werden nach Typ gruppiert, in der Reihenfolge, in der jeder Typ zuerst vorkommt, und innerhalb eines Typs nach Index sortiert.</translation>
    </message>
    <message>
        <source>This place is valid, but the device cannot be hot-plugged or hot-unplugged here.</source>
        <extracomment>teaching text of rule HP-5</extracomment>
        <translation>Dieser Platz ist zulässig, aber das Gerät lässt sich hier nicht im laufenden Betrieb an- oder abstecken.</translation>
    </message>
    <message>
        <source>PCI root bus (pc)</source>
        <extracomment>name of controller pci-root</extracomment>
        <translation>PCI-Root-Bus (pc)</translation>
    </message>
    <message>
        <source>PCIe root complex (q35)</source>
        <extracomment>name of controller pcie-root</extracomment>
        <translation>PCIe-Root-Complex (q35)</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <extracomment>name of controller pci-bridge
----------
palette entry ctl-pci-bridge</extracomment>
        <translation>PCI-Brücke</translation>
    </message>
    <message>
        <source>DMI-to-PCI bridge</source>
        <extracomment>name of controller dmi-to-pci-bridge
----------
palette entry ctl-dmi</extracomment>
        <translation>DMI-zu-PCI-Brücke</translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <extracomment>name of controller pcie-root-port
----------
palette entry ctl-pcie-root-port</extracomment>
        <translation>PCIe-Root-Port</translation>
    </message>
    <message>
        <source>PCIe switch upstream port</source>
        <extracomment>name of controller pcie-switch-upstream-port
----------
palette entry ctl-upstream</extracomment>
        <translation>Upstream-Port eines PCIe-Switches</translation>
    </message>
    <message>
        <source>PCIe switch downstream port</source>
        <extracomment>name of controller pcie-switch-downstream-port
----------
palette entry ctl-downstream</extracomment>
        <translation>Downstream-Port eines PCIe-Switches</translation>
    </message>
    <message>
        <source>PCI expander bus (pxb)</source>
        <extracomment>name of controller pci-expander-bus</extracomment>
        <translation>PCI-Expander-Bus (pxb)</translation>
    </message>
    <message>
        <source>PCIe expander bus (pxb-pcie)</source>
        <extracomment>name of controller pcie-expander-bus</extracomment>
        <translation>PCIe-Expander-Bus (pxb-pcie)</translation>
    </message>
    <message>
        <source>PCIe-to-PCI bridge</source>
        <extracomment>name of controller pcie-to-pci-bridge
----------
palette entry ctl-pcie-to-pci-bridge</extracomment>
        <translation>PCIe-zu-PCI-Brücke</translation>
    </message>
    <message>
        <source>The root bus of a pc machine: conventional PCI, 31 hotpluggable slots. Slot 1 is the PIIX3 chipset.</source>
        <extracomment>teaching text of controller pci-root</extracomment>
        <translation>Der Root-Bus einer pc-Maschine: klassisches PCI, 31 Hotplug-fähige Steckplätze. Steckplatz 1 ist der PIIX3-Chipsatz.</translation>
    </message>
    <message>
        <source>The root complex of a q35 machine. Its slots are not hotpluggable; libvirt puts root ports here and endpoints only when you give the address yourself. Slot 0x1f is the ICH9 chipset.</source>
        <extracomment>teaching text of controller pcie-root</extracomment>
        <translation>Der Root-Complex einer q35-Maschine. Seine Steckplätze sind nicht Hotplug-fähig; libvirt setzt hier Root-Ports hin, Endgeräte nur, wenn Sie die Adresse selbst angeben. Steckplatz 0x1f ist der ICH9-Chipsatz.</translation>
    </message>
    <message>
        <source>A conventional PCI bridge with 31 hotpluggable slots (slot 0 is its SHPC). Its index must be higher than its bus (IDX-5).</source>
        <extracomment>teaching text of controller pci-bridge</extracomment>
        <translation>Eine klassische PCI-Brücke mit 31 Hotplug-fähigen Steckplätzen (Steckplatz 0 ist ihr SHPC). Ihr Index muss höher sein als der ihres Busses (IDX-5).</translation>
    </message>
    <message>
        <source>A legacy bridge from the q35 root complex to conventional PCI. Its 32 slots are not hotpluggable and libvirt does not auto-place endpoints there; pci-bridges land on it.</source>
        <extracomment>teaching text of controller dmi-to-pci-bridge</extracomment>
        <translation>Eine ältere Brücke vom q35-Root-Complex zu klassischem PCI. Ihre 32 Steckplätze sind nicht Hotplug-fähig, und libvirt platziert dort keine Endgeräte automatisch; pci-bridges landen auf ihr.</translation>
    </message>
    <message>
        <source>One hotpluggable PCI Express slot (slot 0). libvirt packs root ports 8 to a pcie-root slot, one per function.</source>
        <extracomment>teaching text of controller pcie-root-port</extracomment>
        <translation>Ein Hotplug-fähiger PCI-Express-Steckplatz (Steckplatz 0). libvirt packt Root-Ports zu acht in einen pcie-root-Steckplatz, einen pro Funktion.</translation>
    </message>
    <message>
        <source>The upstream side of a PCIe switch: it takes only downstream ports (32 slots).</source>
        <extracomment>teaching text of controller pcie-switch-upstream-port</extracomment>
        <translation>Die Upstream-Seite eines PCIe-Switches: Sie nimmt nur Downstream-Ports auf (32 Steckplätze).</translation>
    </message>
    <message>
        <source>One hotpluggable PCI Express slot below a switch, like a root port.</source>
        <extracomment>teaching text of controller pcie-switch-downstream-port</extracomment>
        <translation>Ein Hotplug-fähiger PCI-Express-Steckplatz unter einem Switch, wie ein Root-Port.</translation>
    </message>
    <message>
        <source>An extra conventional PCI root bus (pc only), often tied to a NUMA node. busNr is the guest bus number of its root.</source>
        <extracomment>teaching text of controller pci-expander-bus</extracomment>
        <translation>Ein zusätzlicher klassischer PCI-Root-Bus (nur pc), oft an einen NUMA-Knoten gebunden. busNr ist die Busnummer seines Roots im Gast.</translation>
    </message>
    <message>
        <source>An extra PCI Express root complex (q35 only): it takes root ports and dmi-to-pci-bridges, never endpoints.</source>
        <extracomment>teaching text of controller pcie-expander-bus</extracomment>
        <translation>Ein zusätzlicher PCI-Express-Root-Complex (nur q35): Er nimmt Root-Ports und dmi-to-pci-bridges auf, nie Endgeräte.</translation>
    </message>
    <message>
        <source>31 hotpluggable conventional PCI slots behind a root port: where q35 puts e1000, rtl8139, lsilogic and other PCI devices.</source>
        <extracomment>teaching text of controller pcie-to-pci-bridge</extracomment>
        <translation>31 Hotplug-fähige klassische PCI-Steckplätze hinter einem Root-Port: Dort setzt q35 e1000, rtl8139, lsilogic und andere PCI-Geräte hin.</translation>
    </message>
    <message>
        <source>host network device (SR-IOV VF)</source>
        <extracomment>name of device class interface-hostdev</extracomment>
        <translation>Netzwerkgerät des Hosts (SR-IOV-VF)</translation>
    </message>
    <message>
        <source>USB network card</source>
        <extracomment>name of device class interface-usb-net</extracomment>
        <translation>USB-Netzwerkkarte</translation>
    </message>
    <message>
        <source>virtio network card</source>
        <extracomment>name of device class interface-virtio
----------
palette entry net-virtio</extracomment>
        <translation>virtio-Netzwerkkarte</translation>
    </message>
    <message>
        <source>virtio network card (transitional)</source>
        <extracomment>name of device class interface-virtio-transitional</extracomment>
        <translation>virtio-Netzwerkkarte (transitional)</translation>
    </message>
    <message>
        <source>spapr-vlan network card</source>
        <extracomment>name of device class interface-spapr-vlan</extracomment>
        <translation>spapr-vlan-Netzwerkkarte</translation>
    </message>
    <message>
        <source>Intel e1000e network card</source>
        <extracomment>name of device class interface-e1000e</extracomment>
        <translation>Intel-e1000e-Netzwerkkarte</translation>
    </message>
    <message>
        <source>conventional PCI network card (e1000, rtl8139, vmxnet3)</source>
        <extracomment>name of device class interface-pci</extracomment>
        <translation>klassische PCI-Netzwerkkarte (e1000, rtl8139, vmxnet3)</translation>
    </message>
    <message>
        <source>network card of a model libvirt does not know</source>
        <extracomment>name of device class interface-other</extracomment>
        <translation>Netzwerkkarte eines Modells, das libvirt nicht kennt</translation>
    </message>
    <message>
        <source>virtio disk (transitional)</source>
        <extracomment>name of device class disk-virtio-transitional</extracomment>
        <translation>virtio-Festplatte (transitional)</translation>
    </message>
    <message>
        <source>virtio disk</source>
        <extracomment>name of device class disk-virtio
----------
palette entry disk-virtio</extracomment>
        <translation>virtio-Festplatte</translation>
    </message>
    <message>
        <source>disk on a controller bus (sata, scsi, ide, usb)</source>
        <extracomment>name of device class disk-other</extracomment>
        <translation>Festplatte an einem Controller-Bus (sata, scsi, ide, usb)</translation>
    </message>
    <message>
        <source>PCI controller</source>
        <extracomment>name of device class controller-pci</extracomment>
        <translation>PCI-Controller</translation>
    </message>
    <message>
        <source>SATA controller (AHCI)</source>
        <extracomment>name of device class controller-sata</extracomment>
        <translation>SATA-Controller (AHCI)</translation>
    </message>
    <message>
        <source>IDE controller</source>
        <extracomment>name of device class controller-ide</extracomment>
        <translation>IDE-Controller</translation>
    </message>
    <message>
        <source>no USB</source>
        <extracomment>name of device class controller-usb-none</extracomment>
        <translation>kein USB</translation>
    </message>
    <message>
        <source>USB 3 controller (xhci)</source>
        <extracomment>name of device class controller-usb-xhci</extracomment>
        <translation>USB-3-Controller (xhci)</translation>
    </message>
    <message>
        <source>USB 1/2 controller (uhci, ehci, ohci)</source>
        <extracomment>name of device class controller-usb-pci</extracomment>
        <translation>USB-1/2-Controller (uhci, ehci, ohci)</translation>
    </message>
    <message>
        <source>virtio SCSI controller</source>
        <extracomment>name of device class controller-scsi-virtio
----------
palette entry scsi-virtio</extracomment>
        <translation>virtio-SCSI-Controller</translation>
    </message>
    <message>
        <source>ibmvscsi SCSI</source>
        <extracomment>name of device class controller-scsi-ibmvscsi</extracomment>
        <translation>ibmvscsi-SCSI</translation>
    </message>
    <message>
        <source>ncr53c90 SCSI</source>
        <extracomment>name of device class controller-scsi-none</extracomment>
        <translation>ncr53c90-SCSI</translation>
    </message>
    <message>
        <source>SCSI controller (lsilogic, …)</source>
        <extracomment>name of device class controller-scsi-pci</extracomment>
        <translation>SCSI-Controller (lsilogic, …)</translation>
    </message>
    <message>
        <source>virtio-serial (transitional)</source>
        <extracomment>name of device class controller-virtio-serial-transitional</extracomment>
        <translation>virtio-serial (transitional)</translation>
    </message>
    <message>
        <source>virtio-serial controller</source>
        <extracomment>name of device class controller-virtio-serial
----------
palette entry virtio-serial</extracomment>
        <translation>virtio-serial-Controller</translation>
    </message>
    <message>
        <source>controller without PCI (fdc, ccid, xenbus, isa)</source>
        <extracomment>name of device class controller-other</extracomment>
        <translation>Controller ohne PCI (fdc, ccid, xenbus, isa)</translation>
    </message>
    <message>
        <source>host-side filesystem</source>
        <extracomment>name of device class filesystem-none</extracomment>
        <translation>Dateisystem auf der Host-Seite</translation>
    </message>
    <message>
        <source>virtiofs shared folder</source>
        <extracomment>name of device class filesystem-virtiofs
----------
palette entry fs-virtiofs</extracomment>
        <translation>virtiofs-Freigabeordner</translation>
    </message>
    <message>
        <source>9p shared folder (transitional)</source>
        <extracomment>name of device class filesystem-9p-transitional</extracomment>
        <translation>9p-Freigabeordner (transitional)</translation>
    </message>
    <message>
        <source>9p shared folder</source>
        <extracomment>name of device class filesystem-9p</extracomment>
        <translation>9p-Freigabeordner</translation>
    </message>
    <message>
        <source>sound card (ich6, ich9, ac97, es1370)</source>
        <extracomment>name of device class sound-pci</extracomment>
        <translation>Soundkarte (ich6, ich9, ac97, es1370)</translation>
    </message>
    <message>
        <source>ich7 sound</source>
        <extracomment>name of device class sound-invalid</extracomment>
        <translation>ich7-Sound</translation>
    </message>
    <message>
        <source>sound without PCI (sb16, pcspk, usb)</source>
        <extracomment>name of device class sound-other</extracomment>
        <translation>Sound ohne PCI (sb16, pcspk, usb)</translation>
    </message>
    <message>
        <source>PCI passthrough (VFIO)</source>
        <extracomment>name of device class hostdev-pci</extracomment>
        <translation>PCI-Durchreichung (VFIO)</translation>
    </message>
    <message>
        <source>vhost-scsi (transitional)</source>
        <extracomment>name of device class hostdev-scsi-host-transitional</extracomment>
        <translation>vhost-scsi (transitional)</translation>
    </message>
    <message>
        <source>vhost-scsi</source>
        <extracomment>name of device class hostdev-scsi-host</extracomment>
        <translation>vhost-scsi</translation>
    </message>
    <message>
        <source>mediated device (vfio-pci)</source>
        <extracomment>name of device class hostdev-mdev</extracomment>
        <translation>Mediated Device (vfio-pci)</translation>
    </message>
    <message>
        <source>USB or SCSI passthrough</source>
        <extracomment>name of device class hostdev-other</extracomment>
        <translation>USB- oder SCSI-Durchreichung</translation>
    </message>
    <message>
        <source>virtio memory balloon</source>
        <extracomment>name of device class memballoon-virtio
----------
palette entry memballoon-virtio</extracomment>
        <translation>virtio-Speicherballon</translation>
    </message>
    <message>
        <source>virtio memory balloon (transitional)</source>
        <extracomment>name of device class memballoon-transitional</extracomment>
        <translation>virtio-Speicherballon (transitional)</translation>
    </message>
    <message>
        <source>no balloon</source>
        <extracomment>name of device class memballoon-none</extracomment>
        <translation>kein Ballon</translation>
    </message>
    <message>
        <source>virtio RNG (transitional)</source>
        <extracomment>name of device class rng-transitional</extracomment>
        <translation>virtio-RNG (transitional)</translation>
    </message>
    <message>
        <source>virtio random number generator</source>
        <extracomment>name of device class rng-virtio</extracomment>
        <translation>virtio-Zufallszahlengenerator</translation>
    </message>
    <message>
        <source>i6300esb watchdog</source>
        <extracomment>name of device class watchdog-i6300esb</extracomment>
        <translation>i6300esb-Watchdog</translation>
    </message>
    <message>
        <source>watchdog without PCI (ib700, itco)</source>
        <extracomment>name of device class watchdog-other</extracomment>
        <translation>Watchdog ohne PCI (ib700, itco)</translation>
    </message>
    <message>
        <source>virtio GPU</source>
        <extracomment>name of device class video-virtio
----------
palette entry video-virtio</extracomment>
        <translation>virtio GPU</translation>
    </message>
    <message>
        <source>bochs display</source>
        <extracomment>name of device class video-bochs</extracomment>
        <translation>bochs-Anzeige</translation>
    </message>
    <message>
        <source>no PCI video (none, ramfb)</source>
        <extracomment>name of device class video-none</extracomment>
        <translation>keine PCI-Grafik (none, ramfb)</translation>
    </message>
    <message>
        <source>PCI video (vga, qxl, cirrus, vmvga)</source>
        <extracomment>name of device class video-pci</extracomment>
        <translation>PCI-Grafik (vga, qxl, cirrus, vmvga)</translation>
    </message>
    <message>
        <source>shared memory (ivshmem)</source>
        <extracomment>name of device class shmem</extracomment>
        <translation>gemeinsamer Speicher (ivshmem)</translation>
    </message>
    <message>
        <source>virtio input (transitional)</source>
        <extracomment>name of device class input-virtio-transitional</extracomment>
        <translation>virtio-Eingabe (transitional)</translation>
    </message>
    <message>
        <source>virtio input (keyboard, mouse, tablet)</source>
        <extracomment>name of device class input-virtio</extracomment>
        <translation>virtio-Eingabe (Tastatur, Maus, Tablet)</translation>
    </message>
    <message>
        <source>PS/2 or USB input</source>
        <extracomment>name of device class input-other</extracomment>
        <translation>PS/2- oder USB-Eingabe</translation>
    </message>
    <message>
        <source>PCI serial port</source>
        <extracomment>name of device class serial-pci</extracomment>
        <translation>serielle PCI-Schnittstelle</translation>
    </message>
    <message>
        <source>virtio IOMMU</source>
        <extracomment>name of device class iommu-virtio</extracomment>
        <translation>virtio-IOMMU</translation>
    </message>
    <message>
        <source>vsock (transitional)</source>
        <extracomment>name of device class vsock-transitional</extracomment>
        <translation>vsock (transitional)</translation>
    </message>
    <message>
        <source>vsock</source>
        <extracomment>name of device class vsock-virtio
----------
palette entry vsock</extracomment>
        <translation>vsock</translation>
    </message>
    <message>
        <source>virtio memory device</source>
        <extracomment>name of device class memory-virtio</extracomment>
        <translation>virtio-Speichergerät</translation>
    </message>
    <message>
        <source>An interface of type &apos;hostdev&apos; is a passed-through host device; libvirt places it with the hostdevs.</source>
        <extracomment>teaching text of device class interface-hostdev</extracomment>
        <translation>Ein Interface vom Typ &apos;hostdev&apos; ist ein durchgereichtes Host-Gerät; libvirt platziert es zusammen mit den hostdevs.</translation>
    </message>
    <message>
        <source>A USB network card has no PCI address.</source>
        <extracomment>teaching text of device class interface-usb-net</extracomment>
        <translation>Eine USB-Netzwerkkarte hat keine PCI-Adresse.</translation>
    </message>
    <message>
        <source>virtio-net is a PCI Express device on q35: libvirt puts it on a pcie-root-port.</source>
        <extracomment>teaching text of device class interface-virtio</extracomment>
        <translation>virtio-net ist auf q35 ein PCI-Express-Gerät: libvirt setzt es auf einen pcie-root-port.</translation>
    </message>
    <message>
        <source>A transitional virtio card is conventional PCI: on q35 it needs a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class interface-virtio-transitional</extracomment>
        <translation>Eine transitional virtio-Karte ist klassisches PCI: Auf q35 braucht sie eine pcie-to-pci-bridge.</translation>
    </message>
    <message>
        <source>spapr-vlan is a pSeries VIO device: libvirt gives it a spapr-vio address, never a PCI one.</source>
        <extracomment>teaching text of device class interface-spapr-vlan</extracomment>
        <translation>spapr-vlan ist ein pSeries-VIO-Gerät: libvirt gibt ihm eine spapr-vio-Adresse, nie eine PCI-Adresse.</translation>
    </message>
    <message>
        <source>e1000e is a PCI Express card: libvirt puts it on a pcie-root-port on q35.</source>
        <extracomment>teaching text of device class interface-e1000e</extracomment>
        <translation>e1000e ist eine PCI-Express-Karte: libvirt setzt sie auf q35 auf einen pcie-root-port.</translation>
    </message>
    <message>
        <source>This is a conventional PCI device: a pcie-root-port takes it only when you give the address yourself (then it hotplugs there like any device, HP-1/HP-4). Without an address libvirt puts it on a pcie-to-pci-bridge. An interface without &lt;model&gt; is an rtl8139.</source>
        <extracomment>teaching text of device class interface-pci</extracomment>
        <translation>Dies ist ein klassisches PCI-Gerät: Ein pcie-root-port nimmt es nur auf, wenn Sie die Adresse selbst angeben (dann ist es dort wie jedes Gerät im laufenden Betrieb steckbar, HP-1/HP-4). Ohne Adresse setzt libvirt es auf eine pcie-to-pci-bridge. Ein Interface ohne &lt;model&gt; ist eine rtl8139.</translation>
    </message>
    <message>
        <source>libvirt treats a network model it does not know as a PCI Express device.</source>
        <extracomment>teaching text of device class interface-other</extracomment>
        <translation>libvirt behandelt ein unbekanntes Netzwerkmodell als PCI-Express-Gerät.</translation>
    </message>
    <message>
        <source>A transitional virtio disk is conventional PCI: on q35 it needs a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class disk-virtio-transitional</extracomment>
        <translation>Eine transitional virtio-Festplatte ist klassisches PCI: Auf q35 braucht sie eine pcie-to-pci-bridge.</translation>
    </message>
    <message>
        <source>A virtio disk is its own PCI Express device: on q35 each one takes a pcie-root-port.</source>
        <extracomment>teaching text of device class disk-virtio</extracomment>
        <translation>Eine virtio-Festplatte ist ein eigenes PCI-Express-Gerät: Auf q35 belegt jede einen pcie-root-port.</translation>
    </message>
    <message>
        <source>This disk hangs off a controller (sata, scsi, ide, usb); the controller has the PCI address, not the disk.</source>
        <extracomment>teaching text of device class disk-other</extracomment>
        <translation>Diese Festplatte hängt an einem Controller (sata, scsi, ide, usb); der Controller hat die PCI-Adresse, nicht die Festplatte.</translation>
    </message>
    <message>
        <source>PCI controllers plug in by their own type (see the controller model).</source>
        <extracomment>teaching text of device class controller-pci</extracomment>
        <translation>PCI-Controller stecken nach ihrem eigenen Typ (siehe das Controllermodell).</translation>
    </message>
    <message>
        <source>ich9-ahci is conventional PCI. On q35 the first one is built into the chipset at 00:1f.2.</source>
        <extracomment>teaching text of device class controller-sata</extracomment>
        <translation>ich9-ahci ist klassisches PCI. Auf q35 ist der erste im Chipsatz auf 00:1f.2 eingebaut.</translation>
    </message>
    <message>
        <source>The IDE controller is part of the PIIX3 chip at 00:01.1 on pc.</source>
        <extracomment>teaching text of device class controller-ide</extracomment>
        <translation>Der IDE-Controller ist auf pc Teil des PIIX3-Chips auf 00:01.1.</translation>
    </message>
    <message>
        <source>model=&apos;none&apos; disables USB; nothing takes a slot.</source>
        <extracomment>teaching text of device class controller-usb-none</extracomment>
        <translation>model=&apos;none&apos; schaltet USB ab; nichts belegt einen Steckplatz.</translation>
    </message>
    <message>
        <source>xhci USB controllers are PCI Express devices on q35.</source>
        <extracomment>teaching text of device class controller-usb-xhci</extracomment>
        <translation>xhci-USB-Controller sind auf q35 PCI-Express-Geräte.</translation>
    </message>
    <message>
        <source>USB 1 and 2 controllers are conventional PCI. A USB controller written without a model is piix3-uhci, even on q35, so it brings a pcie-to-pci-bridge there.</source>
        <extracomment>teaching text of device class controller-usb-pci</extracomment>
        <translation>USB-1- und USB-2-Controller sind klassisches PCI. Ein USB-Controller ohne Modell ist piix3-uhci, auch auf q35, und bringt dort daher eine pcie-to-pci-bridge mit.</translation>
    </message>
    <message>
        <source>virtio-scsi is a PCI Express device on q35.</source>
        <extracomment>teaching text of device class controller-scsi-virtio</extracomment>
        <translation>virtio-scsi ist auf q35 ein PCI-Express-Gerät.</translation>
    </message>
    <message>
        <source>ibmvscsi is a pSeries VIO device: libvirt gives it a spapr-vio address, never a PCI one.</source>
        <extracomment>teaching text of device class controller-scsi-ibmvscsi</extracomment>
        <translation>ibmvscsi ist ein pSeries-VIO-Gerät: libvirt gibt ihm eine spapr-vio-Adresse, nie eine PCI-Adresse.</translation>
    </message>
    <message>
        <source>ncr53c90 has no PCI address.</source>
        <extracomment>teaching text of device class controller-scsi-none</extracomment>
        <translation>ncr53c90 hat keine PCI-Adresse.</translation>
    </message>
    <message>
        <source>lsilogic and the other emulated SCSI adapters are conventional PCI. A SCSI controller without model (also the one libvirt adds for a scsi disk) is lsilogic, so on q35 it brings a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class controller-scsi-pci</extracomment>
        <translation>lsilogic und die anderen emulierten SCSI-Adapter sind klassisches PCI. Ein SCSI-Controller ohne Modell (auch der, den libvirt für eine SCSI-Festplatte hinzufügt) ist lsilogic und bringt auf q35 daher eine pcie-to-pci-bridge mit.</translation>
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
        <translation>Ein transitional virtio-Gerät ist klassisches PCI.</translation>
    </message>
    <message>
        <source>virtio-serial carries virtio channels and consoles; libvirt adds it for them. PCI Express on q35.</source>
        <extracomment>teaching text of device class controller-virtio-serial</extracomment>
        <translation>virtio-serial trägt virtio-Kanäle und -Konsolen; libvirt fügt es für sie hinzu. Auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>This controller does not use a PCI slot.</source>
        <extracomment>teaching text of device class controller-other</extracomment>
        <translation>Dieser Controller belegt keinen PCI-Steckplatz.</translation>
    </message>
    <message>
        <source>This filesystem driver gives the guest no PCI device.</source>
        <extracomment>teaching text of device class filesystem-none</extracomment>
        <translation>Dieser Dateisystemtreiber gibt dem Gast kein PCI-Gerät.</translation>
    </message>
    <message>
        <source>virtiofs is a virtio device, PCI Express on q35.</source>
        <extracomment>teaching text of device class filesystem-virtiofs</extracomment>
        <translation>virtiofs ist ein virtio-Gerät, auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>9p shares are virtio devices, PCI Express on q35.</source>
        <extracomment>teaching text of device class filesystem-9p</extracomment>
        <translation>9p-Freigaben sind virtio-Geräte, auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>PCI sound cards are conventional PCI. On q35 the first ich9 goes to 00:1b.0.</source>
        <extracomment>teaching text of device class sound-pci</extracomment>
        <translation>PCI-Soundkarten sind klassisches PCI. Auf q35 kommt die erste ich9 nach 00:1b.0.</translation>
    </message>
    <message>
        <source>libvirt 9.0 gives ich7 no PCI connect flags, so defining it without an address fails.</source>
        <extracomment>teaching text of device class sound-invalid</extracomment>
        <translation>libvirt 9.0 gibt ich7 keine PCI-Anschlussflags, daher scheitert das Definieren ohne Adresse.</translation>
    </message>
    <message>
        <source>This sound device has no PCI address.</source>
        <extracomment>teaching text of device class sound-other</extracomment>
        <translation>Dieses Soundgerät hat keine PCI-Adresse.</translation>
    </message>
    <message>
        <source>A passed-through host device is PCI Express or PCI depending on the host device; libvirt assumes PCI Express when it cannot read it.</source>
        <extracomment>teaching text of device class hostdev-pci</extracomment>
        <translation>Ein durchgereichtes Host-Gerät ist je nach Gerät im Host PCI Express oder PCI; libvirt nimmt PCI Express an, wenn es das nicht lesen kann.</translation>
    </message>
    <message>
        <source>vhost-scsi follows virtio: PCI Express on q35.</source>
        <extracomment>teaching text of device class hostdev-scsi-host</extracomment>
        <translation>vhost-scsi folgt virtio: auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>Mediated devices are assumed to be PCI Express.</source>
        <extracomment>teaching text of device class hostdev-mdev</extracomment>
        <translation>Mediated Devices gelten als PCI Express.</translation>
    </message>
    <message>
        <source>This host device is attached through USB or SCSI, not PCI.</source>
        <extracomment>teaching text of device class hostdev-other</extracomment>
        <translation>Dieses Host-Gerät wird über USB oder SCSI angeschlossen, nicht über PCI.</translation>
    </message>
    <message>
        <source>libvirt adds a virtio balloon when &lt;memballoon&gt; is absent; it is PCI Express on q35.</source>
        <extracomment>teaching text of device class memballoon-virtio</extracomment>
        <translation>libvirt fügt einen virtio-Ballon hinzu, wenn &lt;memballoon&gt; fehlt; auf q35 ist er PCI Express.</translation>
    </message>
    <message>
        <source>model=&apos;none&apos; disables the balloon.</source>
        <extracomment>teaching text of device class memballoon-none</extracomment>
        <translation>model=&apos;none&apos; schaltet den Ballon ab.</translation>
    </message>
    <message>
        <source>virtio-rng is PCI Express on q35.</source>
        <extracomment>teaching text of device class rng-virtio</extracomment>
        <translation>virtio-rng ist auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>i6300esb is conventional PCI: on q35 libvirt puts it on a pcie-to-pci-bridge.</source>
        <extracomment>teaching text of device class watchdog-i6300esb</extracomment>
        <translation>i6300esb ist klassisches PCI: Auf q35 setzt libvirt ihn auf eine pcie-to-pci-bridge.</translation>
    </message>
    <message>
        <source>This watchdog is not a PCI device.</source>
        <extracomment>teaching text of device class watchdog-other</extracomment>
        <translation>Dieser Watchdog ist kein PCI-Gerät.</translation>
    </message>
    <message>
        <source>virtio video is PCI Express on q35.</source>
        <extracomment>teaching text of device class video-virtio</extracomment>
        <translation>virtio-Grafik ist auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>bochs-display is PCI Express on q35; valid only as the primary video.</source>
        <extracomment>teaching text of device class video-bochs</extracomment>
        <translation>bochs-display ist auf q35 PCI Express; nur als primäre Grafik zulässig.</translation>
    </message>
    <message>
        <source>This video takes no PCI slot, not even the primary video slot.</source>
        <extracomment>teaching text of device class video-none</extracomment>
        <translation>Diese Grafik belegt keinen PCI-Steckplatz, nicht einmal den der primären Grafik.</translation>
    </message>
    <message>
        <source>These video cards are conventional PCI. The primary video goes to 00:01.0 on q35 and 00:02.0 on pc when free.</source>
        <extracomment>teaching text of device class video-pci</extracomment>
        <translation>Diese Grafikkarten sind klassisches PCI. Die primäre Grafik kommt, wenn frei, auf q35 nach 00:01.0 und auf pc nach 00:02.0.</translation>
    </message>
    <message>
        <source>ivshmem is conventional PCI.</source>
        <extracomment>teaching text of device class shmem</extracomment>
        <translation>ivshmem ist klassisches PCI.</translation>
    </message>
    <message>
        <source>virtio input devices are PCI Express on q35.</source>
        <extracomment>teaching text of device class input-virtio</extracomment>
        <translation>virtio-Eingabegeräte sind auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>PS/2 and USB input devices take no PCI slot.</source>
        <extracomment>teaching text of device class input-other</extracomment>
        <translation>PS/2- und USB-Eingabegeräte belegen keinen PCI-Steckplatz.</translation>
    </message>
    <message>
        <source>pci-serial is conventional PCI.</source>
        <extracomment>teaching text of device class serial-pci</extracomment>
        <translation>pci-serial ist klassisches PCI.</translation>
    </message>
    <message>
        <source>virtio-iommu is an integrated device: it must sit on bus 0. libvirt accepts it only on q35 (and ARM virt) machines, and only with &lt;acpi/&gt;.</source>
        <extracomment>teaching text of device class iommu-virtio</extracomment>
        <translation>virtio-iommu ist ein integriertes Gerät: Es muss auf Bus 0 sitzen. libvirt akzeptiert es nur auf q35- (und ARM-virt-)Maschinen und nur mit &lt;acpi/&gt;.</translation>
    </message>
    <message>
        <source>vsock is a virtio device (a vsock without model is virtio), PCI Express on q35.</source>
        <extracomment>teaching text of device class vsock-virtio</extracomment>
        <translation>vsock ist ein virtio-Gerät (ein vsock ohne Modell ist virtio), auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>virtio-mem and virtio-pmem are PCI Express on q35.</source>
        <extracomment>teaching text of device class memory-virtio</extracomment>
        <translation>virtio-mem und virtio-pmem sind auf q35 PCI Express.</translation>
    </message>
    <message>
        <source>Intel e1000e</source>
        <extracomment>palette entry net-e1000e</extracomment>
        <translation>Intel e1000e</translation>
    </message>
    <message>
        <source>Intel e1000 (PCI)</source>
        <extracomment>palette entry net-e1000</extracomment>
        <translation>Intel e1000 (PCI)</translation>
    </message>
    <message>
        <source>Realtek rtl8139 (PCI)</source>
        <extracomment>palette entry net-rtl8139</extracomment>
        <translation>Realtek rtl8139 (PCI)</translation>
    </message>
    <message>
        <source>LSI Logic SCSI controller (PCI)</source>
        <extracomment>palette entry scsi-lsilogic</extracomment>
        <translation>LSI-Logic-SCSI-Controller (PCI)</translation>
    </message>
    <message>
        <source>SATA controller (AHCI, PCI)</source>
        <extracomment>palette entry sata</extracomment>
        <translation>SATA-Controller (AHCI, PCI)</translation>
    </message>
    <message>
        <source>QXL (PCI)</source>
        <extracomment>palette entry video-qxl</extracomment>
        <translation>QXL (PCI)</translation>
    </message>
    <message>
        <source>VGA (PCI, primary only)</source>
        <extracomment>palette entry video-vga</extracomment>
        <translation>VGA (PCI, nur primär)</translation>
    </message>
    <message>
        <source>Intel HDA (ich9)</source>
        <extracomment>palette entry sound-ich9</extracomment>
        <translation>Intel HDA (ich9)</translation>
    </message>
    <message>
        <source>Intel HDA (ich6)</source>
        <extracomment>palette entry sound-ich6</extracomment>
        <translation>Intel HDA (ich6)</translation>
    </message>
    <message>
        <source>AC97</source>
        <extracomment>palette entry sound-ac97</extracomment>
        <translation>AC97</translation>
    </message>
    <message>
        <source>USB 3 (qemu-xhci)</source>
        <extracomment>palette entry usb-qemu-xhci</extracomment>
        <translation>USB 3 (qemu-xhci)</translation>
    </message>
    <message>
        <source>USB 2 (ich9-ehci1)</source>
        <extracomment>palette entry usb-ich9-ehci1</extracomment>
        <translation>USB 2 (ich9-ehci1)</translation>
    </message>
    <message>
        <source>USB 1 (piix3-uhci)</source>
        <extracomment>palette entry usb-piix3-uhci</extracomment>
        <translation>USB 1 (piix3-uhci)</translation>
    </message>
    <message>
        <source>virtio tablet</source>
        <extracomment>palette entry input-virtio-tablet</extracomment>
        <translation>virtio-Tablet</translation>
    </message>
    <message>
        <source>virtio keyboard</source>
        <extracomment>palette entry input-virtio-keyboard</extracomment>
        <translation>virtio-Tastatur</translation>
    </message>
    <message>
        <source>host PCI device (VFIO)</source>
        <extracomment>palette entry hostdev-pci</extracomment>
        <translation>PCI-Gerät des Hosts (VFIO)</translation>
    </message>
    <message>
        <source>virtio RNG</source>
        <extracomment>palette entry rng-virtio</extracomment>
        <translation>virtio RNG</translation>
    </message>
    <message>
        <source>i6300esb watchdog (PCI)</source>
        <extracomment>palette entry watchdog-i6300esb</extracomment>
        <translation>i6300esb-Watchdog (PCI)</translation>
    </message>
    <message>
        <source>PCI expander bus (pc)</source>
        <extracomment>palette entry ctl-pxb</extracomment>
        <translation>PCI-Expander-Bus (pc)</translation>
    </message>
    <message>
        <source>PCIe expander bus (q35)</source>
        <extracomment>palette entry ctl-pxb-pcie</extracomment>
        <translation>PCIe-Expander-Bus (q35)</translation>
    </message>
    <message>
        <source>The file is not a well-formed domain XML document, so nothing else can be checked. libvirt refuses it before reading any device.</source>
        <extracomment>explanation of diagnostic xml.parse</extracomment>
        <translation>Die Datei ist kein wohlgeformtes Domain-XML-Dokument, daher lässt sich nichts weiter prüfen. libvirt lehnt sie ab, bevor es ein Gerät liest.</translation>
    </message>
    <message>
        <source>libvirt reads this attribute as an integer (decimal, or hexadecimal with 0x). Anything else makes the whole domain unreadable.</source>
        <extracomment>explanation of diagnostic xml.invalid-integer</extracomment>
        <translation>libvirt liest dieses Attribut als ganze Zahl (dezimal oder hexadezimal mit 0x). Alles andere macht die ganze Domain unlesbar.</translation>
    </message>
    <message>
        <source>Controller indexes and &lt;target&gt; numbers (chassisNr, chassis, port, busNr, index) cannot be negative.</source>
        <extracomment>explanation of diagnostic xml.negative-integer</extracomment>
        <translation>Controller-Indizes und &lt;target&gt;-Nummern (chassisNr, chassis, port, busNr, index) dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>This attribute only takes one of a fixed set of words (for hotplug: &apos;on&apos; or &apos;off&apos;; for &lt;model name&gt;: the QEMU device names libvirt knows).</source>
        <extracomment>explanation of diagnostic xml.invalid-enum</extracomment>
        <translation>Dieses Attribut nimmt nur eines aus einer festen Menge von Wörtern an (für hotplug: &apos;on&apos; oder &apos;off&apos;; für &lt;model name&gt;: die QEMU-Gerätenamen, die libvirt kennt).</translation>
    </message>
    <message>
        <source>A PCI controller&apos;s model must be one of pci-root, pcie-root, pci-bridge, dmi-to-pci-bridge, pcie-root-port, pcie-switch-upstream-port, pcie-switch-downstream-port, pci-expander-bus, pcie-expander-bus or pcie-to-pci-bridge.</source>
        <extracomment>explanation of diagnostic pci.controller.unknown-model</extracomment>
        <translation>Das Modell eines PCI-Controllers muss pci-root, pcie-root, pci-bridge, dmi-to-pci-bridge, pcie-root-port, pcie-switch-upstream-port, pcie-switch-downstream-port, pci-expander-bus, pcie-expander-bus oder pcie-to-pci-bridge sein.</translation>
    </message>
    <message>
        <source>&lt;target&gt;&lt;node&gt; must be a non-negative integer: the guest NUMA cell the expander bus belongs to.</source>
        <extracomment>explanation of diagnostic pci.numa.invalid-node</extracomment>
        <translation>&lt;target&gt;&lt;node&gt; muss eine nicht negative ganze Zahl sein: die NUMA-Zelle des Gasts, zu der der Expander-Bus gehört.</translation>
    </message>
    <message>
        <source>The index of a PCI controller is the bus number libvirt uses in &lt;address bus=...&gt;, which is one byte: 0 to 255.</source>
        <extracomment>explanation of diagnostic pci.index.too-high</extracomment>
        <translation>Der Index eines PCI-Controllers ist die Busnummer, die libvirt in &lt;address bus=...&gt; verwendet, und die ist ein Byte: 0 bis 255.</translation>
    </message>
    <message>
        <source>Every PCI controller is one bus, named by its index; two controllers cannot be the same bus. Give one of them an unused index (and move the devices that name it in bus=).</source>
        <extracomment>explanation of diagnostic pci.index.duplicate</extracomment>
        <translation>Jeder PCI-Controller ist ein Bus, benannt nach seinem Index; zwei Controller können nicht derselbe Bus sein. Geben Sie einem von beiden einen freien Index (und verschieben Sie die Geräte, die ihn in bus= nennen).</translation>
    </message>
    <message>
        <source>Index 0 is the machine&apos;s own root bus: pcie-root on q35, pci-root on pc (i440fx). A controller written without an index takes the lowest free one, which is 0 when no root is written (IDX-3): write the root controller explicitly, or give the other controller an index.</source>
        <extracomment>explanation of diagnostic pci.index.root-model</extracomment>
        <translation>Index 0 ist der eigene Root-Bus der Maschine: pcie-root auf q35, pci-root auf pc (i440fx). Ein Controller ohne Index nimmt den niedrigsten freien, und das ist 0, wenn kein Root geschrieben ist (IDX-3): Schreiben Sie den Root-Controller ausdrücklich, oder geben Sie dem anderen Controller einen Index.</translation>
    </message>
    <message>
        <source>A machine has exactly one root bus and it is always index 0. Additional root-like buses are expanders (pci-expander-bus on pc, pcie-expander-bus on q35).</source>
        <extracomment>explanation of diagnostic pci.index.root-not-zero</extracomment>
        <translation>Eine Maschine hat genau einen Root-Bus, und der hat immer Index 0. Weitere Root-artige Busse sind Expander (pci-expander-bus auf pc, pcie-expander-bus auf q35).</translation>
    </message>
    <message>
        <source>The root bus is built into the machine; it does not plug into any slot, so it cannot have an &lt;address&gt;.</source>
        <extracomment>explanation of diagnostic pci.root.address</extracomment>
        <translation>Der Root-Bus ist in die Maschine eingebaut; er steckt in keinem Steckplatz und kann daher keine &lt;address&gt; haben.</translation>
    </message>
    <message>
        <source>pci-expander-bus (QEMU pxb) is the conventional-PCI expander of pc machines. On q35 use pcie-expander-bus (pxb-pcie) instead.</source>
        <extracomment>explanation of diagnostic pci.machine.pxb</extracomment>
        <translation>pci-expander-bus (QEMU pxb) ist der klassische PCI-Expander der pc-Maschinen. Verwenden Sie auf q35 stattdessen pcie-expander-bus (pxb-pcie).</translation>
    </message>
    <message>
        <source>pcie-expander-bus (QEMU pxb-pcie) needs a PCI Express machine (q35). On pc use pci-expander-bus instead.</source>
        <extracomment>explanation of diagnostic pci.machine.pxb-pcie</extracomment>
        <translation>pcie-expander-bus (QEMU pxb-pcie) braucht eine PCI-Express-Maschine (q35). Verwenden Sie auf pc stattdessen pci-expander-bus.</translation>
    </message>
    <message>
        <source>&lt;target&gt;&lt;node&gt; names a guest NUMA cell; the cells are numbered from 0 in &lt;cpu&gt;&lt;numa&gt;. Add the cell, pick an existing one, or remove &lt;node&gt;. Only expander buses may have a node at all.</source>
        <extracomment>explanation of diagnostic pci.numa.missing-node</extracomment>
        <translation>&lt;target&gt;&lt;node&gt; nennt eine NUMA-Zelle des Gasts; die Zellen sind in &lt;cpu&gt;&lt;numa&gt; ab 0 nummeriert. Fügen Sie die Zelle hinzu, wählen Sie eine vorhandene, oder entfernen Sie &lt;node&gt;. Nur Expander-Busse dürfen überhaupt einen Knoten haben.</translation>
    </message>
    <message>
        <source>The root bus belongs to no NUMA node. Put devices that need NUMA locality behind an expander bus with &lt;node&gt;.</source>
        <extracomment>explanation of diagnostic pci.numa.root-node</extracomment>
        <translation>Der Root-Bus gehört zu keinem NUMA-Knoten. Setzen Sie Geräte, die NUMA-Nähe brauchen, hinter einen Expander-Bus mit &lt;node&gt;.</translation>
    </message>
    <message>
        <source>chassisNr is 1-255, chassis and port are 0-255 and busNr is 1-254 (bus 0 is the root bus, 255 is reserved).</source>
        <extracomment>explanation of diagnostic pci.target.out-of-range</extracomment>
        <translation>chassisNr ist 1–255, chassis und port sind 0–255 und busNr ist 1–254 (Bus 0 ist der Root-Bus, 255 ist reserviert).</translation>
    </message>
    <message>
        <source>Each controller model takes only its own &lt;target&gt; options: chassisNr on pci-bridge; chassis, port and hotplug on pcie-root-port and pcie-switch-downstream-port; hotplug on pci-root; busNr and &lt;node&gt; on the expander buses. QEMU&apos;s device for this model has no such property.</source>
        <extracomment>explanation of diagnostic pci.target.invalid-option</extracomment>
        <translation>Jedes Controllermodell nimmt nur seine eigenen &lt;target&gt;-Optionen: chassisNr bei pci-bridge; chassis, port und hotplug bei pcie-root-port und pcie-switch-downstream-port; hotplug bei pci-root; busNr und &lt;node&gt; bei den Expander-Bussen. Das QEMU-Gerät dieses Modells hat keine solche Eigenschaft.</translation>
    </message>
    <message>
        <source>&lt;model name&gt; is the QEMU device that implements the controller, and each model has exactly one (pcie-root-port also accepts ioh3420). Leave it out and libvirt fills in the right one.</source>
        <extracomment>explanation of diagnostic pci.model-name.invalid</extracomment>
        <translation>&lt;model name&gt; ist das QEMU-Gerät, das den Controller umsetzt, und jedes Modell hat genau eines (pcie-root-port nimmt auch ioh3420). Lassen Sie es weg, dann trägt libvirt das richtige ein.</translation>
    </message>
    <message>
        <source>A PCI address has an 8-bit bus (0x00-0xFF), a 5-bit slot (0x00-0x1F) and a 3-bit function (0-7).</source>
        <extracomment>explanation of diagnostic pci.address.out-of-range</extracomment>
        <translation>Eine PCI-Adresse hat einen 8-Bit-Bus (0x00–0xFF), einen 5-Bit-Steckplatz (0x00–0x1F) und eine 3-Bit-Funktion (0–7).</translation>
    </message>
    <message>
        <source>QEMU x86 machines have a single PCI domain (segment): domain must be 0x0000. Expander buses give more buses inside that domain.</source>
        <extracomment>explanation of diagnostic pci.address.domain</extracomment>
        <translation>Die x86-Maschinen von QEMU haben eine einzige PCI-Domain (Segment): domain muss 0x0000 sein. Expander-Busse bringen weitere Busse innerhalb dieser Domain.</translation>
    </message>
    <message>
        <source>This device does not sit on a PCI bus (or its address could not be read), so libvirt refuses the address it was given. Remove the &lt;address&gt; or give the device a bus that has PCI addresses.</source>
        <extracomment>explanation of diagnostic pci.address.invalid</extracomment>
        <translation>Dieses Gerät sitzt auf keinem PCI-Bus (oder seine Adresse ließ sich nicht lesen), daher lehnt libvirt die angegebene Adresse ab. Entfernen Sie die &lt;address&gt;, oder geben Sie dem Gerät einen Bus mit PCI-Adressen.</translation>
    </message>
    <message>
        <source>libvirt accepts this address but it means nothing for this device: the element does not sit on a PCI bus. A PCI address on a device with no PCI connection is still reserved (CONN-4), so it only wastes a slot. Remove it.</source>
        <extracomment>explanation of diagnostic pci.address.ignored</extracomment>
        <translation>libvirt nimmt diese Adresse an, aber für dieses Gerät bedeutet sie nichts: Das Element sitzt auf keinem PCI-Bus. Eine PCI-Adresse an einem Gerät ohne PCI-Anschluss wird trotzdem reserviert (CONN-4) und verschwendet nur einen Steckplatz. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>ramfb is a framebuffer in guest memory, not a PCI device: it takes no slot and cannot have an address.</source>
        <extracomment>explanation of diagnostic pci.address.ramfb</extracomment>
        <translation>ramfb ist ein Framebuffer im Speicher des Gasts, kein PCI-Gerät: Es belegt keinen Steckplatz und kann keine Adresse haben.</translation>
    </message>
    <message>
        <source>virtio-iommu is a PCI device (virtio-iommu-pci) on bus 0. Give it a PCI address on bus 0, or none and libvirt picks the first free pcie-root slot.</source>
        <extracomment>explanation of diagnostic pci.address.iommu-needs-pci</extracomment>
        <translation>virtio-iommu ist ein PCI-Gerät (virtio-iommu-pci) auf Bus 0. Geben Sie ihm eine PCI-Adresse auf Bus 0, oder keine, dann wählt libvirt den ersten freien pcie-root-Steckplatz.</translation>
    </message>
    <message>
        <source>On q35 the first SATA controller (index 0) is the ICH9 AHCI built into the chipset at 00:1f.2; it cannot be moved. Additional SATA controllers (index 1 and up) can go anywhere.</source>
        <extracomment>explanation of diagnostic pci.fixed.sata0</extracomment>
        <translation>Auf q35 ist der erste SATA-Controller (Index 0) der im Chipsatz eingebaute ICH9-AHCI auf 00:1f.2; er lässt sich nicht verschieben. Weitere SATA-Controller (ab Index 1) können überall hin.</translation>
    </message>
    <message>
        <source>On pc (i440fx) the first IDE controller is the PIIX3 IDE function at 00:01.1, part of the chipset; it cannot be moved.</source>
        <extracomment>explanation of diagnostic pci.fixed.ide0</extracomment>
        <translation>Auf pc (i440fx) ist der erste IDE-Controller die PIIX3-IDE-Funktion auf 00:01.1, Teil des Chipsatzes; er lässt sich nicht verschieben.</translation>
    </message>
    <message>
        <source>On pc the first USB controller of model piix3-uhci (also the model libvirt picks when none is written) is the PIIX3 USB function at 00:01.2. Use another model (e.g. qemu-xhci) to place a USB controller elsewhere.</source>
        <extracomment>explanation of diagnostic pci.fixed.usb0</extracomment>
        <translation>Auf pc ist der erste USB-Controller des Modells piix3-uhci (auch das Modell, das libvirt wählt, wenn keines geschrieben ist) die PIIX3-USB-Funktion auf 00:01.2. Verwenden Sie ein anderes Modell (z. B. qemu-xhci), um einen USB-Controller anderswo zu platzieren.</translation>
    </message>
    <message>
        <source>00:01.1 and 00:01.2 are the PIIX3 IDE and USB functions of the pc chipset. q35 has no PIIX3: pcie-root is not a conventional PCI bus. Remove the address and libvirt places the controller on a PCI-capable bus.</source>
        <extracomment>explanation of diagnostic pci.fixed.piix3-on-q35</extracomment>
        <translation>00:01.1 und 00:01.2 sind die PIIX3-IDE- und -USB-Funktionen des pc-Chipsatzes. q35 hat kein PIIX3: pcie-root ist kein klassischer PCI-Bus. Entfernen Sie die Adresse, dann platziert libvirt den Controller auf einem PCI-fähigen Bus.</translation>
    </message>
    <message>
        <source>Only qxl and virtio video devices can be secondary (non-primary) video cards; the others are VGA-compatible and QEMU allows one of them. Make this one primary, or change its model to qxl or virtio.</source>
        <extracomment>explanation of diagnostic pci.video.secondary</extracomment>
        <translation>Nur qxl- und virtio-Grafikgeräte können zusätzliche (nicht primäre) Grafikkarten sein; die anderen sind VGA-kompatibel, und QEMU erlaubt eine davon. Machen Sie diese zur primären, oder ändern Sie ihr Modell in qxl oder virtio.</translation>
    </message>
    <message>
        <source>Each PCI function can hold one device. This address is already taken, by another device of the XML or by a function the chipset reserves (q35 00:1f.0, 00:1f.2, 00:1f.3; pc 00:01.0, 00:01.3). Remove the address and libvirt picks a free one.</source>
        <extracomment>explanation of diagnostic pci.slot-in-use</extracomment>
        <translation>Jede PCI-Funktion kann ein Gerät aufnehmen. Diese Adresse ist schon belegt, von einem anderen Gerät im XML oder von einer Funktion, die der Chipsatz reserviert (q35 00:1f.0, 00:1f.2, 00:1f.3; pc 00:01.0, 00:01.3). Entfernen Sie die Adresse, dann wählt libvirt eine freie.</translation>
    </message>
    <message>
        <source>Each kind of bus accepts only some kinds of devices (§2.1): pcie-root-port takes one PCIe endpoint, upstream port or pcie-to-pci-bridge; an upstream port only downstream ports; pcie-expander-bus only root ports and dmi-to-pci-bridge; conventional PCI bridges take PCI devices and pci-bridges.</source>
        <extracomment>explanation of diagnostic pci.bus.incompatible</extracomment>
        <translation>Jede Busart nimmt nur bestimmte Gerätearten auf (§2.1): pcie-root-port nimmt ein PCIe-Endgerät, einen Upstream-Port oder eine pcie-to-pci-bridge; ein Upstream-Port nur Downstream-Ports; pcie-expander-bus nur Root-Ports und dmi-to-pci-bridge; klassische PCI-Brücken nehmen PCI-Geräte und pci-bridges.</translation>
    </message>
    <message>
        <source>virtio-iommu must be an integrated device of the root bus (bus 0).</source>
        <extracomment>explanation of diagnostic pci.bus.integrated</extracomment>
        <translation>virtio-iommu muss ein integriertes Gerät des Root-Busses (Bus 0) sein.</translation>
    </message>
    <message>
        <source>Root and downstream ports have a single slot, 0. pci-bridge and pcie-to-pci-bridge use slot 0 for their hotplug controller, so devices start at slot 1. Root buses start at slot 1 too.</source>
        <extracomment>explanation of diagnostic pci.slot.out-of-range</extracomment>
        <translation>Root- und Downstream-Ports haben einen einzigen Steckplatz, 0. pci-bridge und pcie-to-pci-bridge verwenden Steckplatz 0 für ihren Hotplug-Controller, Geräte beginnen daher bei Steckplatz 1. Root-Busse beginnen ebenfalls bei Steckplatz 1.</translation>
    </message>
    <message>
        <source>libvirt only adds pcie-root-ports, pcie-to-pci-bridges and pci-bridges by itself. This controller needs a free place of a kind libvirt never adds (or the root bus is full): add the parent controller it needs, or free a slot.</source>
        <extracomment>explanation of diagnostic pci.grow.controller</extracomment>
        <translation>libvirt fügt von selbst nur pcie-root-ports, pcie-to-pci-bridges und pci-bridges hinzu. Dieser Controller braucht einen freien Platz einer Art, die libvirt nie hinzufügt (oder der Root-Bus ist voll): Fügen Sie den nötigen übergeordneten Controller hinzu, oder geben Sie einen Steckplatz frei.</translation>
    </message>
    <message>
        <source>libvirt needed a new bus for this device but has no rule to add one of the right kind (a pcie-to-pci-bridge needs a free root port; some devices cannot be PCI devices at all).</source>
        <extracomment>explanation of diagnostic pci.grow.flags</extracomment>
        <translation>libvirt brauchte für dieses Gerät einen neuen Bus, hat aber keine Regel, einen der richtigen Art hinzuzufügen (eine pcie-to-pci-bridge braucht einen freien Root-Port; manche Geräte können gar keine PCI-Geräte sein).</translation>
    </message>
    <message>
        <source>A pci-bridge must have a higher index than the bus it plugs into. Give the bridge a higher index, or put it on a bus with a lower index.</source>
        <extracomment>explanation of diagnostic pci.index.bridge-bus</extracomment>
        <translation>Eine pci-bridge muss einen höheren Index haben als der Bus, in dem sie steckt. Geben Sie der Brücke einen höheren Index, oder setzen Sie sie auf einen Bus mit niedrigerem Index.</translation>
    </message>
    <message>
        <source>An expander bus without busNr gets the lowest busNr in use minus 2; that fails when some expander already has busNr 1 or 2. Write busNr on this expander.</source>
        <extracomment>explanation of diagnostic pci.busnr.no-default</extracomment>
        <translation>Ein Expander-Bus ohne busNr bekommt die niedrigste belegte busNr minus 2; das scheitert, wenn schon ein Expander busNr 1 oder 2 hat. Schreiben Sie busNr an diesen Expander.</translation>
    </message>
    <message>
        <source>libvirt&apos;s address assignment refused the domain.</source>
        <extracomment>explanation of diagnostic pci.placement</extracomment>
        <translation>Die Adressvergabe von libvirt hat die Domain abgelehnt.</translation>
    </message>
    <message>
        <source>QEMU creates PCI controllers in index order, so a controller must plug into a bus with a lower index. libvirt accepts this domain, but it can never start. Swap the indexes (and the bus= of the devices behind them) so every parent has the lower index.</source>
        <extracomment>explanation of diagnostic qemu.bus-not-found</extracomment>
        <translation>QEMU erzeugt PCI-Controller in der Reihenfolge ihrer Indizes, daher muss ein Controller in einem Bus mit niedrigerem Index stecken. libvirt nimmt diese Domain an, aber sie kann nie starten. Tauschen Sie die Indizes (und das bus= der Geräte dahinter), sodass jeder übergeordnete Bus den niedrigeren Index hat.</translation>
    </message>
    <message>
        <source>Every pcie-root-port and pcie-switch-downstream-port needs its own chassis number. A port without chassis gets chassis = its index, so a written chassis can clash with another port&apos;s index. libvirt accepts this domain, but it can never start.</source>
        <extracomment>explanation of diagnostic qemu.chassis-in-use</extracomment>
        <translation>Jeder pcie-root-port und pcie-switch-downstream-port braucht eine eigene Chassis-Nummer. Ein Port ohne chassis bekommt chassis = seinen Index, daher kann ein geschriebenes chassis mit dem Index eines anderen Ports kollidieren. libvirt nimmt diese Domain an, aber sie kann nie starten.</translation>
    </message>
    <message>
        <source>Each expander bus needs its own busNr (the guest bus number of its root bus). libvirt accepts duplicates, but QEMU cannot start the domain.</source>
        <extracomment>explanation of diagnostic qemu.busnr-in-use</extracomment>
        <translation>Jeder Expander-Bus braucht eine eigene busNr (die Busnummer seines Root-Busses im Gast). libvirt nimmt Duplikate an, aber QEMU kann die Domain nicht starten.</translation>
    </message>
    <message>
        <source>multifunction=&apos;off&apos; on function 0 tells QEMU the slot has one function, yet other functions of the slot are in use (written, or packed there by libvirt&apos;s root-port aggregation). Set multifunction=&apos;on&apos;, or move the other functions away.</source>
        <extracomment>explanation of diagnostic qemu.multifunction-off</extracomment>
        <translation>multifunction=&apos;off&apos; an Funktion 0 sagt QEMU, dass der Steckplatz eine Funktion hat, doch andere Funktionen des Steckplatzes sind belegt (geschrieben oder von libvirts Root-Port-Bündelung dort gepackt). Setzen Sie multifunction=&apos;on&apos;, oder verschieben Sie die anderen Funktionen.</translation>
    </message>
    <message>
        <source>On pc QEMU always creates the PIIX3 IDE function at 00:01.1, even when the XML has no IDE controller. libvirt accepts another device there, but the domain cannot start.</source>
        <extracomment>explanation of diagnostic qemu.piix3-ide-slot</extracomment>
        <translation>Auf pc erzeugt QEMU immer die PIIX3-IDE-Funktion auf 00:01.1, auch wenn das XML keinen IDE-Controller hat. libvirt nimmt dort ein anderes Gerät an, aber die Domain kann nicht starten.</translation>
    </message>
    <message>
        <source>libvirt hot-plugs a disk with &lt;transient shareBacking=&apos;yes&apos;/&gt; right after QEMU starts, so the disk must sit on a bus with native hotplug: a pcie-root-port or downstream port without hotplug=&apos;off&apos;, a pci-bridge or a pcie-to-pci-bridge. pci-root and pci-expander-bus (ACPI hotplug), pcie-root and dmi-to-pci-bridge refuse it. On pc put the disk behind a pci-bridge.</source>
        <extracomment>explanation of diagnostic qemu.transient-disk-hotplug</extracomment>
        <translation>libvirt steckt eine Festplatte mit &lt;transient shareBacking=&apos;yes&apos;/&gt; gleich nach dem Start von QEMU im laufenden Betrieb an, daher muss die Festplatte auf einem Bus mit nativem Hotplug sitzen: einem pcie-root-port oder Downstream-Port ohne hotplug=&apos;off&apos;, einer pci-bridge oder einer pcie-to-pci-bridge. pci-root und pci-expander-bus (ACPI-Hotplug), pcie-root und dmi-to-pci-bridge lehnen sie ab. Setzen Sie die Festplatte auf pc hinter eine pci-bridge.</translation>
    </message>
    <message>
        <source>The device is legal here, but it can only be removed with the guest shut off. Hot-(un)plug works on pci-root (pc), pci-bridge, pcie-to-pci-bridge, and pcie-root-ports or downstream ports that do not say hotplug=&apos;off&apos;, one device per slot.</source>
        <extracomment>explanation of diagnostic pci.hotplug.not-unpluggable</extracomment>
        <translation>Das Gerät ist hier zulässig, lässt sich aber nur bei ausgeschaltetem Gast entfernen. Hotplug funktioniert auf pci-root (pc), pci-bridge, pcie-to-pci-bridge sowie auf pcie-root-ports und Downstream-Ports ohne hotplug=&apos;off&apos;, ein Gerät pro Steckplatz.</translation>
    </message>
    <message>
        <source>On q35, hot-plugging a PCIe device needs an empty pcie-root-port (or downstream port) that was there at boot: PCI controllers themselves cannot be hot-plugged. Add one or more spare pcie-root-ports.</source>
        <extracomment>explanation of diagnostic pci.hotplug.no-headroom</extracomment>
        <translation>Auf q35 braucht das Anstecken eines PCIe-Geräts im laufenden Betrieb einen leeren pcie-root-port (oder Downstream-Port), der schon beim Booten da war: PCI-Controller selbst lassen sich nicht im laufenden Betrieb anstecken. Fügen Sie einen oder mehrere freie pcie-root-ports hinzu.</translation>
    </message>
    <message>
        <source>libvirt and QEMU accept functions 1-7 without function 0, but guests (Linux, Windows) only scan a slot whose function 0 exists, so these devices stay invisible.</source>
        <extracomment>explanation of diagnostic pci.multifunction.no-function-zero</extracomment>
        <translation>libvirt und QEMU nehmen die Funktionen 1–7 ohne Funktion 0 an, aber Gäste (Linux, Windows) durchsuchen nur Steckplätze, deren Funktion 0 existiert; diese Geräte bleiben daher unsichtbar.</translation>
    </message>
    <message>
        <source>Function 0 of a slot with several functions must say multifunction=&apos;on&apos;. libvirt adds it by itself; writing it makes the XML say what the guest gets.</source>
        <extracomment>explanation of diagnostic pci.multifunction.implicit-on</extracomment>
        <translation>Funktion 0 eines Steckplatzes mit mehreren Funktionen muss multifunction=&apos;on&apos; sagen. libvirt ergänzt das von selbst; es zu schreiben lässt das XML sagen, was der Gast bekommt.</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>palette group</extracomment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>palette group</extracomment>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>palette group</extracomment>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Sound</source>
        <extracomment>palette group</extracomment>
        <translation>Audio</translation>
    </message>
    <message>
        <source>USB</source>
        <extracomment>palette group</extracomment>
        <translation>USB</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>palette group</extracomment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Passthrough</source>
        <extracomment>palette group</extracomment>
        <translation>Durchreichen</translation>
    </message>
    <message>
        <source>Other virtio</source>
        <extracomment>palette group</extracomment>
        <translation>Weitere virtio</translation>
    </message>
    <message>
        <source>Controllers</source>
        <extracomment>palette group</extracomment>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Intel IOMMU (VT-d)</source>
        <extracomment>name of device class iommu-intel</extracomment>
        <translation>Intel-IOMMU (VT-d)</translation>
    </message>
    <message>
        <source>ARM SMMUv3</source>
        <extracomment>name of device class iommu-smmuv3</extracomment>
        <translation>ARM SMMUv3</translation>
    </message>
    <message>
        <source>The Intel IOMMU is part of the q35 machine and takes no PCI slot; libvirt refuses it on pc.</source>
        <extracomment>teaching text of device class iommu-intel</extracomment>
        <translation>Die Intel-IOMMU gehört zur q35-Maschine und belegt keinen PCI-Steckplatz; auf pc lehnt libvirt sie ab.</translation>
    </message>
    <message>
        <source>SMMUv3 is the IOMMU of ARM virt machines; libvirt refuses it on x86.</source>
        <extracomment>teaching text of device class iommu-smmuv3</extracomment>
        <translation>SMMUv3 ist die IOMMU der ARM-virt-Maschinen; auf x86 lehnt libvirt sie ab.</translation>
    </message>
    <message>
        <source>libvirt refuses this device on this domain wherever it sits: the device&apos;s rule in the rule table says what the domain lacks (the machine type or a feature such as &lt;acpi/&gt;).</source>
        <extracomment>explanation of diagnostic device.refused</extracomment>
        <translation>libvirt lehnt dieses Gerät in dieser Domain ab, egal wo es sitzt: Die Regel des Geräts in der Regeltabelle sagt, was der Domain fehlt (der Maschinentyp oder eine Eigenschaft wie &lt;acpi/&gt;).</translation>
    </message>
</context>
<context>
    <name>SlotDescription</name>
    <message>
        <source>hotpluggable</source>
        <translation>Hotplug-fähig</translation>
    </message>
    <message>
        <source>hotplug off</source>
        <translation>Hotplug aus</translation>
    </message>
    <message>
        <source>not hotpluggable</source>
        <translation>nicht Hotplug-fähig</translation>
    </message>
    <message>
        <source>bus %1</source>
        <translation>Bus %1</translation>
    </message>
    <message>
        <source>slots %1 to %2</source>
        <translation>Steckplätze %1 bis %2</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Steckplatz %1</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>occupied by %1</source>
        <translation>belegt von %1</translation>
    </message>
    <message>
        <source>can take it, hotpluggable</source>
        <translation>passt, Hotplug-fähig</translation>
    </message>
    <message>
        <source>can take it, not hotpluggable</source>
        <translation>passt, nicht Hotplug-fähig</translation>
    </message>
    <message>
        <source>cannot take it</source>
        <translation>passt nicht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor for the PCI topology of libvirt domain XML.</source>
        <translation>Editor für die PCI-Topologie von libvirt-Domain-XML.</translation>
    </message>
    <message>
        <source>Domain XML to open.</source>
        <translation>Zu öffnende Domain-XML-Datei.</translation>
    </message>
    <message>
        <source>Save a PNG of the window.</source>
        <translation>Ein PNG des Fensters speichern.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>Select the device on LINE.</source>
        <translation>Das Gerät in Zeile LINE auswählen.</translation>
    </message>
    <message>
        <source>Show where ENTRY fits.</source>
        <translation>Zeigen, wo ENTRY passt.</translation>
    </message>
    <message>
        <source>Interface language, e.g. de or en.</source>
        <translation>Sprache der Oberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <source>Use a dark colour scheme.</source>
        <translation>Ein dunkles Farbschema verwenden.</translation>
    </message>
</context>
<context>
    <name>pcitopo::AutoAssignDialog</name>
    <message>
        <source>Auto-assign addresses</source>
        <translation>Adressen automatisch vergeben</translation>
    </message>
    <message>
        <source>libvirt — exactly what virsh define would write</source>
        <translation>libvirt — genau das, was virsh define schreiben würde</translation>
    </message>
    <message>
        <source>integrated — endpoints on the root bus while its slots last</source>
        <translation>integrated — Endgeräte auf den Root-Bus, solange dessen Steckplätze reichen</translation>
    </message>
    <message>
        <source>numa — devices behind an expander bus on their NUMA node</source>
        <translation>numa — Geräte hinter einen Expander-Bus auf ihrem NUMA-Knoten</translation>
    </message>
    <message>
        <source>reserve — libvirt&apos;s layout plus spare hotplug ports</source>
        <translation>reserve — Aufteilung wie libvirt plus freie Hotplug-Ports</translation>
    </message>
    <message>
        <source>Placement policy</source>
        <translation>Platzierungsstrategie</translation>
    </message>
    <message>
        <source> spare port(s)</source>
        <translation> freie(r) Port(s)</translation>
    </message>
    <message>
        <source>Spare hotplug ports to reserve</source>
        <translation>Freizuhaltende Hotplug-Ports</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>XML edits</source>
        <translation>XML-Änderungen</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This policy cannot be applied: see the errors below.</source>
        <translation>Diese Strategie lässt sich nicht anwenden: siehe die Fehler unten.</translation>
    </message>
    <message>
        <source>Nothing to change: every device already has its address.</source>
        <translation>Nichts zu ändern: Jedes Gerät hat schon seine Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the XML; Apply makes them one undoable step.</source>
        <translation>
            <numerusform>%n Änderung am XML; Anwenden macht daraus einen rückgängig machbaren Schritt.</numerusform>
            <numerusform>%n Änderungen am XML; Anwenden macht daraus einen rückgängig machbaren Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-assign (%1)</source>
        <translation>Automatisch vergeben (%1)</translation>
    </message>
</context>
<context>
    <name>pcitopo::GraphOverview</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The whole graph small; click to show that part</source>
        <translation>Der ganze Graph verkleinert; ein Klick zeigt diesen Teil</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>pcitopo::GraphView</name>
    <message>
        <source>Topology graph</source>
        <translation>Topologie-Graph</translation>
    </message>
    <message>
        <source>Buses and slots of the domain; drop devices from the palette on a slot</source>
        <translation>Busse und Steckplätze der Domain; Geräte aus der Palette auf einem Steckplatz ablegen</translation>
    </message>
    <message>
        <source>the cell under the cursor says why</source>
        <translation>die Zelle unter dem Mauszeiger sagt, warum</translation>
    </message>
    <message>
        <source>Why (%1): %2</source>
        <translation>Warum (%1): %2</translation>
    </message>
    <message>
        <source>arrow keys choose a slot, Enter places it, Esc ends</source>
        <translation>Pfeiltasten wählen einen Steckplatz, Eingabe platziert, Esc beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) can take it</source>
        <translation>
            <numerusform>%n Steckplatz passt</numerusform>
            <numerusform>%n Steckplätze passen</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot can take it.</source>
        <translation>Kein Steckplatz passt.</translation>
    </message>
    <message>
        <source>No slot can take it: add a %1 first.</source>
        <translation>Kein Steckplatz passt: Fügen Sie zuerst einen %1 hinzu.</translation>
    </message>
    <message>
        <source>Drop here: add a %1 for it</source>
        <translation>Hier ablegen: einen %1 dafür hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <translation>&amp;Warum?</translation>
    </message>
    <message>
        <source>Explain this slot: where its device may go, whether it hotplugs here, and why (with the libvirt documentation)</source>
        <translation>Diesen Steckplatz erklären: wohin sein Gerät darf, ob es hier Hotplug-fähig ist, und warum (mit der libvirt-Dokumentation)</translation>
    </message>
    <message>
        <source>Why? explains a slot: right-click one, or select a placed device</source>
        <translation>Warum? erklärt einen Steckplatz: Klicken Sie einen mit rechts an, oder wählen Sie ein platziertes Gerät</translation>
    </message>
    <message>
        <source>Select a device or bus first.</source>
        <translation>Wählen Sie zuerst ein Gerät oder einen Bus.</translation>
    </message>
    <message>
        <source>This slot cannot take it.</source>
        <translation>Dieser Steckplatz kann es nicht aufnehmen.</translation>
    </message>
</context>
<context>
    <name>pcitopo::InspectorView</name>
    <message>
        <source>none: libvirt assigns one</source>
        <translation>keine: libvirt vergibt eine</translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation>PCI-Adresse</translation>
    </message>
    <message>
        <source>bus:slot.function in hex, e.g. 01:00.0; press Enter to move the device there, clear it to let libvirt assign one</source>
        <translation>Bus:Steckplatz.Funktion hexadezimal, z. B. 01:00.0; Eingabe verschiebt das Gerät dorthin, leeren lässt libvirt eine vergeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Multifunction</source>
        <translation>Multifunktion</translation>
    </message>
    <message>
        <source>default (on)</source>
        <translation>Vorgabe (an)</translation>
    </message>
    <message>
        <source>Hotplug of this controller&apos;s slots</source>
        <translation>Hotplug der Steckplätze dieses Controllers</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <source>The guest NUMA node of an expander bus (&lt;target&gt;&lt;node&gt;): the devices behind it belong to that node</source>
        <translation>Der Gast-NUMA-Knoten eines Expander-Busses (&lt;target&gt;&lt;node&gt;): Die Geräte dahinter gehören zu diesem Knoten</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>On bus:</source>
        <translation>Auf Bus:</translation>
    </message>
    <message>
        <source>Guest bus number:</source>
        <translation>Busnummer im Gast:</translation>
    </message>
    <message>
        <source>Slot hotplug:</source>
        <translation>Steckplatz-Hotplug:</translation>
    </message>
    <message>
        <source>&amp;Multifunction:</source>
        <translation>&amp;Multifunktion:</translation>
    </message>
    <message>
        <source>Own bus:</source>
        <translation>Eigener Bus:</translation>
    </message>
    <message>
        <source>&amp;Hotplug:</source>
        <translation>&amp;Hotplug:</translation>
    </message>
    <message>
        <source>&amp;NUMA node:</source>
        <translation>&amp;NUMA-Knoten:</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a device or controller in the graph, the tree or the XML.</source>
        <translation>Wählen Sie ein Gerät oder einen Controller im Graphen, im Baum oder im XML.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; at line %2</source>
        <translation>&lt;%1&gt; in Zeile %2</translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation>%1 (Index %2)</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>index %1 · guest bus %2</source>
        <translation>Index %1 · Gast-Bus %2</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (geerbt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>The selected device or controller: its address, bus and slot hotplug, and what the rules say about it</source>
        <translation>Das ausgewählte Gerät oder der Controller: Adresse, Bus und Steckplatz-Hotplug, und was die Regeln dazu sagen</translation>
    </message>
    <message>
        <source>What the rules say</source>
        <translation>Was die Regeln sagen</translation>
    </message>
</context>
<context>
    <name>pcitopo::LibvirtOpenDialog</name>
    <message>
        <source>Open from libvirt</source>
        <translation>Aus libvirt öffnen</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>&amp;Read-only connection</source>
        <translation>&amp;Nur-Lese-Verbindung</translation>
    </message>
    <message>
        <source>Reads only: Save to libvirt stays disabled for the domain</source>
        <translation>Nur lesen: „In libvirt speichern“ bleibt für die Domain gesperrt</translation>
    </message>
    <message>
        <source>&amp;List Domains</source>
        <translation>Domains &amp;auflisten</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>Opening reads its persistent configuration; the running domain is never changed</source>
        <translation>Öffnen liest die dauerhafte Konfiguration; die laufende Domain wird nie verändert</translation>
    </message>
    <message>
        <source>No domains on %1.</source>
        <translation>Keine Domains auf %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <translation>
            <numerusform>%n Domain.</numerusform>
            <numerusform>%n Domains.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>libvirt: %1</source>
        <translation>libvirt: %1</translation>
    </message>
</context>
<context>
    <name>pcitopo::LibvirtSaver</name>
    <message>
        <source>No domain is open.</source>
        <translation>Keine Domain ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 was opened through a read-only connection to %2.</source>
        <translation>%1 wurde über eine Nur-Lese-Verbindung zu %2 geöffnet.</translation>
    </message>
    <message>
        <source>A save to libvirt is already under way.</source>
        <translation>Ein Speichern in libvirt läuft bereits.</translation>
    </message>
    <message>
        <source>libvirt defined %1 on %2</source>
        <translation>libvirt hat %1 auf %2 definiert</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 is running: its configuration was left unchanged.</source>
        <translation>%1 läuft: Seine Konfiguration blieb unverändert.</translation>
    </message>
    <message>
        <source>libvirt (%1) refused to define this domain; the message is libvirt&apos;s own. Nothing was changed on the host.</source>
        <translation>libvirt (%1) hat das Definieren dieser Domain abgelehnt; die Meldung stammt von libvirt selbst. Auf dem Host wurde nichts geändert.</translation>
    </message>
    <message>
        <source>libvirt refused the domain: %1</source>
        <translation>libvirt hat die Domain abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>pcitopo::MainWindow</name>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>XML Source</source>
        <translation>XML-Quelltext</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected device, or a controller with its bus</source>
        <translation>Das ausgewählte Gerät entfernen, oder einen Controller mit seinem Bus</translation>
    </message>
    <message>
        <source>&amp;Auto-assign…</source>
        <translation>Automatisch &amp;vergeben…</translation>
    </message>
    <message>
        <source>Give addresses the way libvirt would, after a preview</source>
        <translation>Adressen so vergeben, wie libvirt es täte, nach einer Vorschau</translation>
    </message>
    <message>
        <source>Show Where It &amp;Fits</source>
        <translation>Zeigen, wo es &amp;passt</translation>
    </message>
    <message>
        <source>Tint every slot for the palette entry or the selected device, as a drag would</source>
        <translation>Jeden Steckplatz für den Paletteneintrag oder das ausgewählte Gerät einfärben, wie beim Ziehen</translation>
    </message>
    <message>
        <source>Remove the selected device&apos;s &lt;address&gt;</source>
        <translation>Die &lt;address&gt; des ausgewählten Geräts entfernen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n PCIe port(s)</source>
        <translation>
            <numerusform>Reserve: %n PCIe-Port</numerusform>
            <numerusform>Reserve: %n PCIe-Ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PCI slot(s)</source>
        <translation>
            <numerusform>%n PCI-Steckplatz</numerusform>
            <numerusform>%n PCI-Steckplätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty hotpluggable places left for devices added while the guest runs</source>
        <translation>Freie Hotplug-fähige Plätze für Geräte, die im laufenden Gast hinzukommen</translation>
    </message>
    <message>
        <source>Delete controller</source>
        <translation>Controller löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) and controller(s) sit below this controller. Delete them as well?</source>
        <translation>
            <numerusform>Unter diesem Controller sitzt %n Gerät oder Controller. Mit löschen?</numerusform>
            <numerusform>Unter diesem Controller sitzen %n Geräte und Controller. Mit löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Choose a palette entry or select a device first.</source>
        <translation>Wählen Sie zuerst einen Paletteneintrag oder ein Gerät.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;q35 (PCI Express) domain</source>
        <translation>&amp;q35-Domain (PCI Express)</translation>
    </message>
    <message>
        <source>&amp;pc (i440fx, PCI) domain</source>
        <translation>&amp;pc-Domain (i440fx, PCI)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;In Fenster einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Focus &amp;Graph</source>
        <translation>&amp;Graph fokussieren</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About pcitopo</source>
        <translation>&amp;Über pcitopo</translation>
    </message>
    <message>
        <source>About pcitopo</source>
        <translation>Über pcitopo</translation>
    </message>
    <message>
        <source>&lt;b&gt;pcitopo %1&lt;/b&gt;&lt;p&gt;An editor for the PCI topology of libvirt domains.&lt;/p&gt;</source>
        <translation>&lt;b&gt;pcitopo %1&lt;/b&gt;&lt;p&gt;Ein Editor für die PCI-Topologie von libvirt-Domains.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>The %1 template is missing.</source>
        <translation>Die Vorlage %1 fehlt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open domain XML</source>
        <translation>Domain-XML öffnen</translation>
    </message>
    <message>
        <source>Domain XML (*.xml);;All files (*)</source>
        <translation>Domain-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save domain XML</source>
        <translation>Domain-XML speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard every change since %1 was saved?</source>
        <translation>Alle Änderungen seit dem Speichern von %1 verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The domain has been modified.
Do you want to save your changes?</source>
        <translation>Die Domain wurde geändert.
Möchten Sie die Änderungen speichern?</translation>
    </message>
    <message>
        <source>untitled.xml</source>
        <translation>unbenannt.xml</translation>
    </message>
    <message>
        <source>%1[*] — pcitopo</source>
        <translation>%1[*] — pcitopo</translation>
    </message>
    <message>
        <source>Every edit in order; choose one to go back to it</source>
        <translation>Jede Änderung der Reihe nach; wählen Sie eine, um dorthin zurückzugehen</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>Verschieben &amp;nach…</translation>
    </message>
    <message>
        <source>Choose the selected device&apos;s slot from a list, with the verdicts a drag shows</source>
        <translation>Den Steckplatz des ausgewählten Geräts aus einer Liste wählen, mit den Urteilen, die das Ziehen zeigt</translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation>Wählen Sie zuerst ein Gerät.</translation>
    </message>
    <message>
        <source>Choose the slot for the current palette entry from a list, with the verdicts a drag shows</source>
        <translation>Den Steckplatz für den aktuellen Paletteneintrag aus einer Liste wählen, mit den Urteilen, die das Ziehen zeigt</translation>
    </message>
    <message>
        <source>Choose a palette entry first.</source>
        <translation>Wählen Sie zuerst einen Paletteneintrag.</translation>
    </message>
    <message>
        <source>Save to libvirt</source>
        <translation>In libvirt speichern</translation>
    </message>
    <message>
        <source>%1 is running. Saving replaces only its persistent configuration, which takes effect at its next boot; the running domain is not changed.

Save anyway?</source>
        <translation>%1 läuft. Speichern ersetzt nur die dauerhafte Konfiguration, die beim nächsten Start wirkt; die laufende Domain wird nicht verändert.

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Open the persistent configuration of a domain of a libvirt connection</source>
        <translation>Die dauerhafte Konfiguration einer Domain einer libvirt-Verbindung öffnen</translation>
    </message>
    <message>
        <source>Save &amp;to libvirt</source>
        <translation>In libvirt spei&amp;chern</translation>
    </message>
    <message>
        <source>Open from libvirt</source>
        <translation>Aus libvirt öffnen</translation>
    </message>
    <message>
        <source>Opened %1 from %2%3</source>
        <translation>%1 aus %2%3 geöffnet</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (nur lesen)</translation>
    </message>
    <message>
        <source>Define this domain on %1 and show libvirt&apos;s answer</source>
        <translation>Diese Domain auf %1 definieren und die Antwort von libvirt zeigen</translation>
    </message>
    <message>
        <source>&amp;Learn from an Example</source>
        <translation>An einem &amp;Beispiel lernen</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>The example %1 cannot be read.</source>
        <translation>Das Beispiel %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Opened the example %1 (untitled: Save As keeps a copy)</source>
        <translation>Beispiel %1 geöffnet (unbenannt: „Speichern unter“ behält eine Kopie)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>&amp;Let libvirt Assign the Address</source>
        <translation>Adresse von libvirt ver&amp;geben lassen</translation>
    </message>
    <message>
        <source>Add &amp;To…</source>
        <translation>Hinzufügen &amp;auf…</translation>
    </message>
    <message>
        <source>Add %1 &amp;Here</source>
        <translation>%1 &amp;hier hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>Graph e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the topology graph as SVG or PNG</source>
        <translation>Den Topologie-Graphen als SVG oder PNG speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Druckvorsc&amp;hau…</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open from li&amp;bvirt…</source>
        <translation>Aus libvirt &amp;öffnen…</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>Show the selected device or bus at a readable size</source>
        <translation>Das ausgewählte Gerät oder den Bus in lesbarer Größe zeigen</translation>
    </message>
    <message>
        <source>Find device or bus (Ctrl+F)</source>
        <translation>Gerät oder Bus suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Type part of a device, model, bus or address; Enter selects the next match</source>
        <translation>Einen Teil eines Geräts, Modells, Busses oder einer Adresse eingeben; Enter wählt den nächsten Treffer</translation>
    </message>
    <message>
        <source>Fin&amp;d…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom; 100 % shows the graph&apos;s text at the application&apos;s font size</source>
        <translation>Zoom; bei 100 % hat der Text des Graphen die Schriftgröße der Anwendung</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>pcitopo::MoveToDialog</name>
    <message>
        <source>Move %1 to…</source>
        <translation>%1 verschieben nach…</translation>
    </message>
    <message>
        <source>Choose the slot for %1. Green (✓) slots take it and can hot-plug it, amber (⚠) slots take it without hotplug, red (✕) slots cannot take it.</source>
        <translation>Wählen Sie den Steckplatz für %1. Grüne (✓) Steckplätze nehmen es auf und erlauben Hotplug, gelbe (⚠) nehmen es ohne Hotplug auf, rote (✕) können es nicht aufnehmen.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Steckplätze</translation>
    </message>
    <message>
        <source>Every slot of the domain with whether it can take %1, and why</source>
        <translation>Jeder Steckplatz der Domain, ob er %1 aufnehmen kann, und warum</translation>
    </message>
    <message>
        <source>&amp;Hide slots that cannot take it</source>
        <translation>Unpassende Steckplätze &amp;ausblenden</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Why (%1): %2</source>
        <translation>Warum (%1): %2</translation>
    </message>
    <message>
        <source>Add %1 to…</source>
        <translation>%1 hinzufügen auf…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>No slot can take it.</source>
        <translation>Kein Steckplatz passt.</translation>
    </message>
    <message>
        <source>No slot can take it: add a %1 first.</source>
        <translation>Kein Steckplatz passt: Fügen Sie zuerst einen %1 hinzu.</translation>
    </message>
</context>
<context>
    <name>pcitopo::PaletteModel</name>
    <message>
        <source>not on %1</source>
        <translation>nicht auf %1</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>PCI</source>
        <translation>PCI</translation>
    </message>
    <message>
        <source>PCIe</source>
        <translation>PCIe</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>no PCI address</source>
        <translation>keine PCI-Adresse</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
</context>
<context>
    <name>pcitopo::PaletteView</name>
    <message>
        <source>Search devices…</source>
        <translation>Geräte suchen…</translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation>Palette durchsuchen</translation>
    </message>
    <message>
        <source>Device palette</source>
        <translation>Gerätepalette</translation>
    </message>
    <message>
        <source>Drag a device or controller onto a slot of the graph</source>
        <translation>Ein Gerät oder einen Controller auf einen Steckplatz des Graphen ziehen</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Devices and controllers to add: search, then drag one onto a slot or press Enter to let libvirt place it</source>
        <translation>Hinzuzufügende Geräte und Controller: suchen, dann auf einen Steckplatz ziehen oder mit Eingabe von libvirt platzieren lassen</translation>
    </message>
</context>
<context>
    <name>pcitopo::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Every problem libvirt or QEMU would report; press Enter to select the element at fault</source>
        <translation>Jedes Problem, das libvirt oder QEMU melden würde; Eingabe wählt das betroffene Element</translation>
    </message>
    <message>
        <source>Problem explanation</source>
        <translation>Erklärung des Problems</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Den vorgeschlagenen Fix anwenden</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No problems.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Probleme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a problem to see why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Problem, um den Grund zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule %1 · %2</source>
        <translation>Regel %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Fix: %1</source>
        <translation>&amp;Beheben: %1</translation>
    </message>
    <message>
        <source>What libvirt or QEMU would refuse or warn about, why, and the fix</source>
        <translation>Was libvirt oder QEMU ablehnen oder bemängeln würde, warum, und die Behebung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <translation>&amp;Warum?</translation>
    </message>
    <message>
        <source>Explain this problem, with the libvirt documentation</source>
        <translation>Dieses Problem erklären, mit der libvirt-Dokumentation</translation>
    </message>
    <message>
        <source>No problem selected</source>
        <translation>Kein Problem ausgewählt</translation>
    </message>
</context>
<context>
    <name>pcitopo::TopologyTreeView</name>
    <message>
        <source>Topology tree</source>
        <translation>Topologie-Baum</translation>
    </message>
    <message>
        <source>Buses, slots and devices; selecting one selects it everywhere</source>
        <translation>Busse, Steckplätze und Geräte; eine Auswahl hier wählt überall aus</translation>
    </message>
    <message>
        <source>Needs an address (%1)</source>
        <translation>Braucht eine Adresse (%1)</translation>
    </message>
    <message>
        <source>  (at %1: no such slot)</source>
        <translation>  (auf %1: kein solcher Steckplatz)</translation>
    </message>
</context>
<context>
    <name>pcitopo::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>pcitopo::WhyDialog</name>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>pcitopo::XmlSourceView</name>
    <message>
        <source>XML source</source>
        <translation>XML-Quelltext</translation>
    </message>
    <message>
        <source>The exact text of the domain XML; the selected element is highlighted</source>
        <translation>Der genaue Text des Domain-XML; das ausgewählte Element ist hervorgehoben</translation>
    </message>
</context>
<context>
    <name>pcitopo::edits</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>adds a %1 (index %2) at %3 and puts the %4 at %5</source>
        <translation>fügt einen %1 (Index %2) auf %3 hinzu und setzt %4 auf %5</translation>
    </message>
    <message>
        <source>Add %1 on a new %2</source>
        <translation>%1 auf einem neuen %2 hinzufügen</translation>
    </message>
    <message>
        <source>Select a device or controller to delete.</source>
        <translation>Wählen Sie ein Gerät oder einen Controller zum Löschen.</translation>
    </message>
    <message>
        <source>The root bus cannot be removed: every domain has one.</source>
        <translation>Der Root-Bus lässt sich nicht entfernen: Jede Domain hat einen.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
</TS>
