#include "edits.h"

#include "devicedefaults.h"
#include "slotranking.h"

#include "commands/controllercommands.h"
#include "commands/devicecommands.h"
#include "commands/fixcommand.h"
#include "commands/numanodecommand.h"
#include "diff/diffpairing.h"
#include "editorcontext.h"
#include "session/documentsession.h"
#include "topology/dropverdict.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace pcitopo::edits {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("pcitopo::edits", text);
}

DomainDocument& mutableDocument(const EditorContext& context) {
    return context.session()->document();
}

const PaletteEntry* findEntry(const RuleTable& rules, const QString& id) {
    for (const PaletteEntry& entry : rules.palette())
        if (entry.id == id)
            return &entry;
    return nullptr;
}

const Device* deviceOf(const EditorContext& context, ElementId element) {
    const int index = context.topology().deviceIndexOf(element);
    return index < 0 ? nullptr : &context.topology().inventory().devices.at(index);
}

// The device as its chip names it ("virtio-net 52:54:…:09"), for undo texts.
QString labelOf(const EditorContext& context, ElementId element) {
    const Device* device = deviceOf(context, element);
    return device ? Topology::labelFor(*device, context.rules(), context.machine())
                  : context.document().name(element);
}

// Whether `address` is a usable function of an existing bus that holds nothing but devices
// which move away (`moving`) or nothing at all.
bool isFreeFor(const Topology& topology, const PciAddress& address, const QSet<ElementId>& moving) {
    const Bus* bus = topology.bus(address.bus);
    if (address.domain != 0 || !bus || address.slot < 0 || address.slot >= bus->cells.size())
        return false;
    const Slot& slot = bus->cells.at(address.slot);
    if (!slot.usable)
        return false;
    return std::none_of(slot.functions.cbegin(), slot.functions.cend(), [&](const Occupant& o) {
        return o.function == address.function && !moving.contains(o.element);
    });
}

struct AddressRestore {
    ElementId element = NoElement;
    PciAddress address;
    QString label;
};

// The paired devices of the document whose guest address and XML address moved since `before`.
QList<AddressRestore> movedDevices(const EditorContext& context, const DomainDocument& before) {
    const GuestView viewBefore = GuestView::compute(before, context.rules());
    const GuestView viewAfter = GuestView::compute(context.document(), context.rules());
    const QList<diff::ElementFacts> factsBefore = diff::collectFacts(before, viewBefore);
    const QList<diff::ElementFacts> factsAfter = diff::collectFacts(context.document(), viewAfter);
    QList<AddressRestore> moved;
    for (const diff::ElementPair& pair : diff::pairElements(factsBefore, factsAfter)) {
        if (!pair.before || !pair.after)
            continue;
        const GuestElement& a = *pair.before->row;
        const GuestElement& b = *pair.after->row;
        // Only addresses the XML now pins: a device libvirt places follows the others back.
        if (b.deviceIndex < 0 || b.element == NoElement || b.assignedBy != AddressOrigin::Written ||
            !a.address || a.address == b.address || a.guestAddress == b.guestAddress)
            continue;
        moved.append({b.element, *a.address, labelOf(context, b.element)});
    }
    return moved;
}
} // namespace

std::unique_ptr<DocumentCommand> applyFix(const EditorContext& context, const SuggestedFix& fix) {
    if (fix.isNone() || !context.hasDocument())
        return nullptr;
    return std::make_unique<ApplyFixCommand>(mutableDocument(context), fix);
}

std::unique_ptr<DocumentCommand> addPaletteEntry(const EditorContext& context,
                                                 const QString& entryId,
                                                 const std::optional<PciAddress>& address) {
    const PaletteEntry* entry = findEntry(context.rules(), entryId);
    if (!entry || !context.hasDocument())
        return nullptr;
    static const QString controllerPrefix = QStringLiteral("controller-pci:");
    if (entry->endpointRuleId.startsWith(controllerPrefix)) {
        const QString model = entry->endpointRuleId.mid(controllerPrefix.size());
        return std::make_unique<AddControllerCommand>(mutableDocument(context), model, -1, address);
    }
    return std::make_unique<AddDeviceCommand>(
        mutableDocument(context),
        withDomainDefaults(entry->xmlTemplate, context.topology().inventory().devices), address,
        tr("Add %1").arg(entry->displayName));
}

std::unique_ptr<DocumentCommand> addPaletteEntryWithController(const EditorContext& context,
                                                               const QString& entryId,
                                                               const QString& controllerModel,
                                                               QString* description) {
    const PaletteEntry* entry = findEntry(context.rules(), entryId);
    if (!entry || !context.hasDocument())
        return nullptr;
    // A slot of its own, hotpluggable when there is one: never beside a device's function 0.
    const QList<CellVerdict> cells =
        allVerdicts(context.topology(), DropCandidate::controllerModel(controllerModel));
    const CellVerdict* best = bestFreeCell(context.topology(), cells);
    const std::optional<SlotVerdict> place =
        best ? std::optional<SlotVerdict>(best->verdict) : std::nullopt;
    if (!place || place->controllerIndex < 0)
        return nullptr;
    const PciAddress controllerAt = place->address;
    const int index = place->controllerIndex;
    const PciAddress deviceAt{0, index, context.rules().slotRange(controllerModel).min, 0, {}};
    if (description)
        *description =
            tr("adds a %1 (index %2) at %3 and puts the %4 at %5")
                .arg(controllerModel)
                .arg(index)
                .arg(controllerAt.toShortString(), entry->displayName, deviceAt.toShortString());
    auto command = std::make_unique<CompoundCommand>(
        context.session()->document(),
        tr("Add %1 on a new %2").arg(entry->displayName, controllerModel));
    command->addStep([controllerModel, index, controllerAt](DomainDocument& document) {
        return std::make_unique<AddControllerCommand>(document, controllerModel, index,
                                                      controllerAt);
    });
    static const QString controllerPrefix = QStringLiteral("controller-pci:");
    if (entry->endpointRuleId.startsWith(controllerPrefix)) {
        const QString model = entry->endpointRuleId.mid(controllerPrefix.size());
        command->addStep([model, deviceAt](DomainDocument& document) {
            return std::make_unique<AddControllerCommand>(document, model, -1, deviceAt);
        });
        return command;
    }
    const QString xml =
        withDomainDefaults(entry->xmlTemplate, context.topology().inventory().devices);
    command->addStep([xml, deviceAt](DomainDocument& document) {
        return std::make_unique<AddDeviceCommand>(document, xml, deviceAt);
    });
    return command;
}

std::unique_ptr<DocumentCommand> moveDevice(const EditorContext& context, ElementId device,
                                            const PciAddress& address) {
    if (!context.hasDocument() || device == NoElement)
        return nullptr;
    return std::make_unique<SetAddressCommand>(
        mutableDocument(context), device, address,
        tr("Move %1 to %2").arg(labelOf(context, device), address.toShortString()));
}

std::unique_ptr<DocumentCommand> removeAddress(const EditorContext& context, ElementId device) {
    if (!context.hasDocument() || device == NoElement)
        return nullptr;
    return std::make_unique<SetAddressCommand>(
        mutableDocument(context), device, std::nullopt,
        tr("Remove the address of %1").arg(labelOf(context, device)));
}

int subtreeSize(const EditorContext& context, ElementId controller) {
    const Device* device = deviceOf(context, controller);
    if (!device || !device->isController(u"pci") || !device->index)
        return 0;
    const Topology& topology = context.topology();
    int count = 0;
    QList<int> pending{*device->index};
    for (int guard = 0; !pending.isEmpty() && guard < 4096; ++guard) {
        const Bus* bus = topology.bus(pending.takeFirst());
        if (!bus)
            continue;
        for (const Slot& slot : bus->cells)
            for (const Occupant& occupant : slot.functions)
                count += occupant.chipset ? 0 : 1;
        pending += bus->childBuses;
    }
    return count;
}

std::unique_ptr<DocumentCommand> removeDevice(const EditorContext& context, ElementId element,
                                              bool withSubtree, QString* refusal) {
    const Device* device = context.hasDocument() ? deviceOf(context, element) : nullptr;
    if (!device) {
        *refusal = tr("Select a device or controller to delete.");
        return nullptr;
    }
    if (device->isController(u"pci")) {
        if (!device->index || *device->index == 0) {
            *refusal = tr("The root bus cannot be removed: every domain has one.");
            return nullptr;
        }
        const auto mode = withSubtree ? RemoveControllerCommand::Mode::WithSubtree
                                      : RemoveControllerCommand::Mode::RefuseIfOccupied;
        return std::make_unique<RemoveControllerCommand>(mutableDocument(context), *device->index,
                                                         mode, context.rules());
    }
    return std::make_unique<RemoveElementCommand>(mutableDocument(context), element,
                                                  tr("Remove %1").arg(labelOf(context, element)));
}

std::unique_ptr<DocumentCommand> setMultifunction(const EditorContext& context, ElementId device,
                                                  const QString& value) {
    if (!context.hasDocument() || device == NoElement)
        return nullptr;
    return std::make_unique<SetAttributeCommand>(
        mutableDocument(context), device, QStringLiteral("multifunction"),
        value.isEmpty() ? std::nullopt : std::optional<QString>(value), QStringLiteral("address"));
}

std::unique_ptr<DocumentCommand> setControllerHotplug(const EditorContext& context,
                                                      ElementId controller, const QString& value) {
    if (!context.hasDocument() || controller == NoElement)
        return nullptr;
    return std::make_unique<SetAttributeCommand>(
        mutableDocument(context), controller, QStringLiteral("hotplug"),
        value.isEmpty() ? std::nullopt : std::optional<QString>(value), QStringLiteral("target"));
}

std::unique_ptr<DocumentCommand> setNumaNode(const EditorContext& context, ElementId controller,
                                             std::optional<int> node) {
    if (!context.hasDocument() || controller == NoElement)
        return nullptr;
    return std::make_unique<SetNumaNodeCommand>(mutableDocument(context), controller, node);
}

std::unique_ptr<DocumentCommand> keepOldAddresses(const EditorContext& context,
                                                  const DomainDocument& before, QStringList* kept,
                                                  QStringList* left) {
    if (!context.hasDocument())
        return nullptr;
    QList<AddressRestore> moved = movedDevices(context, before);
    // A device may go back to a function only another returning device holds: drop the ones
    // whose old address is not free until every remaining one's is.
    QSet<ElementId> moving;
    for (const AddressRestore& restore : std::as_const(moved))
        moving.insert(restore.element);
    for (bool dropped = true; dropped;) {
        dropped = false;
        for (const AddressRestore& restore : std::as_const(moved))
            if (moving.contains(restore.element) &&
                !isFreeFor(context.topology(), restore.address, moving)) {
                moving.remove(restore.element);
                dropped = true;
            }
    }
    // Last element first: an <address> added to one element renumbers only those after it.
    std::sort(moved.begin(), moved.end(), [](const AddressRestore& x, const AddressRestore& y) {
        return x.element > y.element;
    });
    auto command = std::make_unique<CompoundCommand>(mutableDocument(context),
                                                     tr("Keep the old guest addresses"));
    int steps = 0;
    for (const AddressRestore& restore : std::as_const(moved)) {
        const QString where = restore.address.toShortString();
        if (!moving.contains(restore.element)) {
            *left << tr("%1 stays where it is: its old address %2 no longer exists or is taken")
                         .arg(restore.label, where);
            continue;
        }
        *kept << tr("%1 back to %2").arg(restore.label, where);
        command->addStep([restore, where](DomainDocument& document) {
            return std::make_unique<SetAddressCommand>(document, restore.element, restore.address,
                                                       where);
        });
        ++steps;
    }
    return steps > 0 ? std::move(command) : nullptr;
}

} // namespace pcitopo::edits
