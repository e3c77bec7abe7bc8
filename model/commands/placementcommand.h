#pragma once

// "Auto-assign": libvirt's placement written into the document as one transaction.

#include "documentcommand.h"
#include "rules/ruletable.h"

namespace pcitopo {

class ApplyPlacementCommand : public DocumentCommand {
public:
    explicit ApplyPlacementCommand(DomainDocument& document,
                                   const RuleTable& rules = RuleTable::builtin());

protected:
    // Refuses (with libvirt's first message) when libvirt would refuse the domain.
    bool perform(QString* error) override;

private:
    const RuleTable& m_rules;
};

} // namespace pcitopo
