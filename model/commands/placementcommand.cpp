#include "placementcommand.h"

#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"

namespace pcitopo {

ApplyPlacementCommand::ApplyPlacementCommand(DomainDocument& document, const RuleTable& rules)
    : DocumentCommand(document, QStringLiteral("Assign addresses like libvirt")), m_rules(rules) {}

bool ApplyPlacementCommand::perform(QString* error) {
    const DeviceInventory inventory = DeviceInventory::read(document());
    const LibvirtPlacement placement = placeLikeLibvirt(inventory, m_rules, &document());
    if (placement.refused()) {
        if (error)
            *error = placement.errors.first().message;
        return false;
    }
    // applyPlacement edits the document itself and returns what it did.
    for (const TextSplice& splice : applyPlacement(document(), placement))
        record(splice);
    return true;
}

} // namespace pcitopo
