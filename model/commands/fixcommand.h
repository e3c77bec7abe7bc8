#pragma once

// One click on a problem's fix (ui.md "Problems"): the validator's SuggestedFix, plain data,
// made into one undoable command.

#include "documentcommand.h"
#include "validation/diagnostic.h"

namespace pcitopo {

class ApplyFixCommand : public DocumentCommand {
public:
    ApplyFixCommand(DomainDocument& document, SuggestedFix fix);

protected:
    bool perform(QString* error) override;

private:
    bool setMultifunction(QString* error);
    bool addController(QString* error);
    bool setChildAttribute(QString* error);

    SuggestedFix m_fix;
};

} // namespace pcitopo
