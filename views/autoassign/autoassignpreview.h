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
    QStringList errors;        // the policy (or libvirt) refuses: nothing can be applied
    QStringList warnings;      // it can be applied, but read this first
    QList<TextSplice> splices; // Apply applies exactly these (no second plan)
    QString textBefore;        // the text they apply to
    // The changed lines as minimal hunks in file order ("@@ line 12", "- …", "+ …").
    QStringList hunks;
    int hunkCount = 0;

    bool canApply() const { return errors.isEmpty() && !splices.isEmpty(); }
    // Whether `document` is still the text the preview was made for.
    bool appliesTo(const DomainDocument& document) const { return document.text() == textBefore; }
    static AutoAssignPreview compute(const DomainDocument& document, const RuleTable& rules,
                                     const PolicySpec& spec,
                                     std::shared_ptr<const Analysis> analysis = {});
    // Line diff of two texts: minimal hunks, in file order.
    static QStringList lineHunks(const QString& before, const QString& after, int* count = nullptr);
};

} // namespace pcitopo
