#pragma once

// Adding and removing PCI controllers.

#include "documentcommand.h"
#include "rules/ruletable.h"

#include <optional>

namespace pcitopo {

// Adds <controller type='pci' index=N model=M> with optional <target> attributes and address.
// index < 0 picks the lowest free index above the bus it is plugged into (IDX-5/IDX-6: QEMU
// creates controllers in index order), or above every controller when it has no address.
class AddControllerCommand : public DocumentCommand {
public:
    AddControllerCommand(DomainDocument& document, const QString& model, int index,
                         std::optional<PciAddress> address,
                         QList<std::pair<QString, QString>> target = {});
    int addedIndex() const { return m_addedIndex; } // valid after execute()

    // The index such a controller would get in `document`.
    static int chooseIndex(const DomainDocument& document, const std::optional<PciAddress>& at);

protected:
    bool perform(QString* error) override;

private:
    QString m_model;
    int m_index;
    std::optional<PciAddress> m_address;
    QList<std::pair<QString, QString>> m_target;
    int m_addedIndex = -1;
};

// Removes a PCI controller. The bus's subtree (controllers below it and every device addressed
// to one of those buses) is handled by mode; the root bus is never removed.
class RemoveControllerCommand : public DocumentCommand {
public:
    enum class Mode {
        RefuseIfOccupied, // refuse with a reason when anything sits below it
        WithSubtree,      // remove every controller and device below it as well
        UnaddressDevices, // remove the controllers below it; devices lose their address
    };
    RemoveControllerCommand(DomainDocument& document, int index, Mode mode,
                            const RuleTable& rules = RuleTable::builtin());

protected:
    bool perform(QString* error) override;

private:
    int m_index;
    Mode m_mode;
    const RuleTable& m_rules;
};

} // namespace pcitopo
