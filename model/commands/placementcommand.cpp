#include "placementcommand.h"

#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"

namespace pcitopo {

ApplyPlacementCommand::ApplyPlacementCommand(DomainDocument& document, const RuleTable& rules,
                                             std::shared_ptr<const Analysis> known)
    : DocumentCommand(document, QStringLiteral("Assign addresses like libvirt")), m_rules(rules),
      m_known(std::move(known)) {}

bool ApplyPlacementCommand::perform(QString* error) {
    std::optional<DeviceInventory> inventory;
    std::optional<LibvirtPlacement> own;
    if (!m_known || !m_known->describes(document())) {
        inventory = DeviceInventory::read(document());
        own = placeLikeLibvirt(*inventory, m_rules, &document());
    }
    const LibvirtPlacement& placement = own ? *own : m_known->placement();
    m_known.reset(); // the command lives on the undo stack: keep no analysis alive
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
