#pragma once

// "Auto-assign": libvirt's placement written into the document as one transaction.

#include "analysis/analysis.h"
#include "documentcommand.h"
#include "rules/ruletable.h"

namespace pcitopo {

class ApplyPlacementCommand : public DocumentCommand {
public:
    // `known` (optional): an analysis; its placement is used when it describes the document's
    // text at execute(), so the revision is not placed twice.
    explicit ApplyPlacementCommand(DomainDocument& document,
                                   const RuleTable& rules = RuleTable::builtin(),
                                   std::shared_ptr<const Analysis> known = {});

protected:
    // Refuses (with libvirt's first message) when libvirt would refuse the domain.
    bool perform(QString* error) override;

private:
    const RuleTable& m_rules;
    std::shared_ptr<const Analysis> m_known;
};

} // namespace pcitopo
