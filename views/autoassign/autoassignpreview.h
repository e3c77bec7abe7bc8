#pragma once

#include "document/domaindocument.h"
#include "policies/placementpolicy.h"

#include <QList>
#include <QString>

namespace pcitopo {

// What a placement policy would change, found by running its command on a copy of the
// document: the rows the dialog lists and the exact text edits. Nothing here decides where a
// device goes; that is the policy's (model/policies/).
struct AutoAssignPreview {
    struct Row {
        QString device;   // chip label
        QString iconName; // resources/icons name
        QString before;   // "none", "01:00.0"
        QString after;
        bool added = false; // an element the policy inserts
    };
    QList<Row> rows;
    QStringList errors;   // the policy (or libvirt) refuses: nothing can be applied
    QStringList warnings; // it can be applied, but read this first
    QList<TextSplice> splices;

    bool canApply() const { return errors.isEmpty() && !splices.isEmpty(); }
    static AutoAssignPreview compute(const DomainDocument& document, const RuleTable& rules,
                                     const PolicySpec& spec);
};

} // namespace pcitopo
