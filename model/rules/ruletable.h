#pragma once

// The PCI rule table of libvirt 9.0 / QEMU 7.2 (x86_64, q35 and pc) as data.
//
// The content lives in resources/rules/pci-rules.json (compiled in as :/rules/pci-rules.json);
// every rule carries its pci-rules.md key (CONN-1, PLACE-3, …), libvirt's message, a teaching
// text for the GUI and its libvirt source (file:function). The validator, the placer, the GUI's
// drag feedback and the `explain` command all read this one table:
//
//     const RuleTable& rules = RuleTable::builtin();
//     Machine m = machineFromString(inventory.machine);
//     ConnectFlags dev = rules.deviceFlags(device, m);               // §1.2
//     ConnectFlags bus = rules.busFlags(u"pcie-root-port", false);  // §2.1
//     Compatibility c = rules.compatible(dev, bus, /*explicitAddress*/ true);  // §1.3
//     if (!c.ok) show(c.message(address, busIndex));
//
// The API is stable: entries are added, never renamed.

#include "document/device.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace pcitopo {

enum class Machine { Q35, Pc };

// "pc", "pc-i440fx-*" → Pc; "q35", "pc-q35-*" → Q35. Empty or unknown → Pc (libvirt's x86_64
// default machine is pc).
Machine machineFromString(QStringView machine);
QString machineName(Machine machine); // "q35" / "pc"

// §1.1 conf/domain_addr.h:virDomainPCIConnectFlags, same bit values.
enum class ConnectFlag : unsigned {
    AutoAssign = 0x001,
    Hotpluggable = 0x002,
    Integrated = 0x004,
    AggregateSlot = 0x008,
    PciDevice = 0x010,
    PcieDevice = 0x020,
    PcieRootPort = 0x040,
    PcieSwitchUpstreamPort = 0x080,
    PcieSwitchDownstreamPort = 0x100,
    DmiToPciBridge = 0x200,
    PciExpanderBus = 0x400,
    PcieExpanderBus = 0x800,
    PciBridge = 0x1000,
    PcieToPciBridge = 0x2000,
};
Q_DECLARE_FLAGS(ConnectFlags, ConnectFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ConnectFlags)

inline constexpr unsigned ConnectTypesMask = 0x3ff0;   // PciDevice … PcieToPciBridge
inline constexpr unsigned ConnectEndpointMask = 0x030; // PciDevice | PcieDevice

// "PCI_DEVICE|AUTOASSIGN" style, for diagnostics and tests.
QString connectFlagsToString(ConnectFlags flags);
// libvirt's "%.2x" rendering, used in "Cannot automatically add a new PCI bus … flags 2000".
QString connectFlagsHex(ConnectFlags flags);

// One rule's documentation: what the GUI, the validator and `explain` show.
struct RuleInfo {
    QString key;      // pci-rules.md key, e.g. "CONN-1"
    QString title;    // short name
    QString message;  // libvirt's message (printf-like %1 %2 placeholders), may be empty
    QString teaching; // plain-language explanation for the user
    QString source;   // libvirt file:function
};

// A <target> attribute a PCI controller model accepts (§2.2).
struct TargetAttributeRule {
    QString name;        // "chassisNr", "chassis", "port", "busNr", "hotplug"
    QString optionName;  // as libvirt prints it in "Option '%1' is not valid…"
    int min = 0;         // inclusive (numeric attributes)
    int max = 0;         // inclusive
    QString defaultRule; // "index", "slot*8+function", "slot", "busNr-descending", "on"
};

// §2.1 one PCI controller model.
struct ControllerModelRule {
    QString model;            // "pcie-root-port"
    QString displayName;      // "PCIe root port"
    QString defaultModelName; // QEMU device libvirt fills into <model name>; empty for roots
    QStringList modelNames;   // every accepted <model name>
    QList<Machine> machines;  // where the model may be used
    ConnectFlags deviceFlags; // CONN-3: how it plugs in (its own type bit, never AUTOASSIGN)
    ConnectFlags busFlags;    // what its slots accept (with hotplug on)
    int minSlot = 0;
    int maxSlot = 31;
    bool isRoot = false;        // pci-root / pcie-root: index 0, no address
    bool hotplugOption = false; // <target hotplug=…> allowed
    bool autoAdded = false;     // libvirt may add it by itself (growth / gap filling)
    QList<TargetAttributeRule> targetAttributes;
    QString plugsIntoText; // "pcie-root, pcie-expander-bus"
    RuleInfo info;

    const TargetAttributeRule* targetAttribute(QStringView name) const;
    bool allowedOn(Machine m) const { return machines.contains(m); }
};

// How an endpoint connects (§3).
enum class ConnectionKind {
    None,       // no PCI address (ps2 input, ide disk, ramfb video, …)
    Pci,        // conventional PCI (pciFlags)
    Pcie,       // PCI Express on q35, PCI on pc (pcieFlags)
    Integrated, // PCIe + INTEGRATED: must sit on bus 0 (virtio-iommu)
    Controller, // a PCI controller (type='pci'): see ControllerModelRule
    Invalid,    // flags 0 although a PCI device is expected (sound ich7): growth fails
};

// §3 one endpoint device class. Matching is first-match in table order.
// A define-time refusal of a device that does not depend on where it sits: libvirt refuses it
// unless the domain meets `unless` ("machine:q35", "machine:pc", "acpi"; any other condition,
// e.g. "machine:virt", is never met on the machines pcitopo models).
struct DeviceRefusal {
    QString unless;
    QString message; // libvirt's text, without the "unsupported configuration: " class prefix

    bool isAboutMachine() const { return unless.startsWith(u"machine:"); }
    // Whether libvirt refuses the device on a domain of this machine, with or without <acpi/>.
    bool refuses(Machine machine, bool hasAcpi) const;
};

struct EndpointRule {
    QString id;           // stable id, e.g. "interface-virtio"
    QString element;      // "interface", "disk", "controller", …
    QString displayName;  // "virtio network card"
    QString qemuDevice;   // "virtio-net-pci"
    QString defaultModel; // model libvirt uses when none is written (rtl8139, lsilogic, …)
    ConnectionKind q35 = ConnectionKind::None;
    ConnectionKind pc = ConnectionKind::None;
    bool transitional = false;
    // An address type libvirt gives the device before PCI assignment (ibmvscsi → spapr-vio).
    QString defaultAddressType;
    // libvirt discards the device's <address> at parse (<memballoon model='none'>).
    bool ignoresAddress = false;
    QList<DeviceRefusal> refusals; // checked by the validator in this order, like libvirt
    RuleInfo info;

    ConnectionKind connection(Machine m) const { return m == Machine::Q35 ? q35 : pc; }
};

// §4 a reserved or fixed address on bus 0.
struct ReservedAddressRule {
    Machine machine = Machine::Pc;
    int slot = 0;
    int function = 0;
    QString what;      // "ISA/LPC bridge"
    QString behaviour; // "reserved", "fixed", "default", "qemu-occupied"
    RuleInfo info;
};

// Per-machine facts (IDX-2, IDX-4, ORD-1, §4).
struct MachineRule {
    Machine machine = Machine::Pc;
    QString rootModel;         // pcie-root / pci-root
    QString defaultBusModel;   // pcie-root-port / pci-bridge (gap filling, growth)
    QString implicitUsbModel;  // the USB controller libvirt adds at index 0
    bool implicitSata = false; // q35: sata index 0 always exists
    int primaryVideoSlot = 0;  // bus-0 slot the primary video takes when free
};

// §1.3 the result of virDomainPCIAddressFlagsCompatible.
struct Compatibility {
    bool ok = true;
    bool integratedViolation = false; // INTEGRATED device off bus 0
    bool hotplugViolation = false;    // HOTPLUGGABLE device on a bus without hotplug
    QString kindText;                 // "standard PCI device", "pcie-root-port", … (§1.3 order)
    QString ruleKey;                  // "CONN-1" family key for explain

    // libvirt's full message for a device at `address` refused by the controller `busIndex`.
    QString message(const PciAddress& address) const;
};

// A GUI palette entry: a device class the user can drag into a slot.
struct PaletteEntry {
    QString id;             // "net-virtio"
    QString group;          // Network, Storage, Display, Sound, USB, Input, Passthrough,
                            // Other virtio, Controllers
    QString displayName;    // "virtio network card"
    QString xmlTemplate;    // XML inserted under <devices> (without <address>)
    QString endpointRuleId; // EndpointRule::id or "controller-pci:<model>"
    QString teaching;
};

class RuleTable {
public:
    // The process-wide table: resources/rules/pci-rules.json compiled into C++ at build time
    // (model/rules/rulesource.h), so no JSON is parsed at start-up. Built once, thread-safe.
    static const RuleTable& builtin();
    // Loads a table from JSON bytes (tests, alternative tables). Returns nullopt and sets
    // `error` when the JSON is malformed.
    static std::optional<RuleTable> fromJson(const QByteArray& json, QString* error);

    RuleTable();
    ~RuleTable();
    RuleTable(const RuleTable&);
    RuleTable& operator=(const RuleTable&);
    RuleTable(RuleTable&&) noexcept;
    RuleTable& operator=(RuleTable&&) noexcept;

    // --- PCI controllers (§2) -------------------------------------------------------------
    const ControllerModelRule* controllerModel(QStringView model) const; // nullptr if unknown
    const QList<ControllerModelRule>& controllerModels() const;
    // Bus-side flags of a model's slots (§2.1); hotplugOff removes HOTPLUGGABLE (HP-3).
    ConnectFlags busFlags(QStringView model, bool hotplugOff = false) const;
    struct SlotRange {
        int min = 0;
        int max = -1; // max < min: unknown model
    };
    SlotRange slotRange(QStringView model) const;
    // The model libvirt uses at index 0 / for gaps and growth on a machine.
    QString rootModel(Machine m) const;       // pcie-root / pci-root
    QString defaultBusModel(Machine m) const; // pcie-root-port / pci-bridge (IDX-4)
    const MachineRule& machineRule(Machine m) const;
    QString implicitMemballoonModel() const; // virtio (ORD-1)
    QString implicitVideoModel() const;      // cirrus: <graphics> without <video>

    // --- endpoints (§3) ------------------------------------------------------------------
    // The matching rule, nullptr when the element never takes a PCI address.
    const EndpointRule* endpointRule(const Device& device) const;
    const QList<EndpointRule>& endpointRules() const;
    // The connection kind of a device on a machine (Controller for type='pci' controllers).
    ConnectionKind connectionKind(const Device& device, Machine m) const;
    // §1.2 device-side connect flags, as libvirt computes them at define (no HOTPLUGGABLE).
    ConnectFlags deviceFlags(const Device& device, Machine m) const;
    ConnectFlags flagsForKind(ConnectionKind kind, Machine m) const;

    // --- compatibility (§1.3) ------------------------------------------------------------
    // `busIndex` matters only for INTEGRATED devices (bus 0 only).
    Compatibility compatible(ConnectFlags device, ConnectFlags bus, bool explicitAddress,
                             int busIndex = -1) const;

    // --- reserved addresses (§4) ---------------------------------------------------------
    QList<ReservedAddressRule> reservedAddresses(Machine m) const;

    // --- documentation ---------------------------------------------------------------------
    const RuleInfo* rule(QStringView key) const; // by pci-rules.md key
    const QList<RuleInfo>& rules() const;

    // --- GUI palette -----------------------------------------------------------------------
    const QList<PaletteEntry>& palette() const;
    QStringList paletteGroups() const; // in display order

    // Implementation detail, defined in model/rules/ruletable_p.h.
    struct Data;
    const Data& data() const { return *d; }

private:
    std::unique_ptr<Data> d;
};

} // namespace pcitopo
