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
    // applyPlacement edits the document itself. Undo must restore the exact bytes whatever the
    // order of its many small splices, so the command records the one splice between the texts.
    const QString before = document().text();
    applyPlacement(document(), placement);
    record(TextSplice::between(before, document().text()));
    return true;
}

} // namespace pcitopo
