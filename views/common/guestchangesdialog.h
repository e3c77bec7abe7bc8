#pragma once

// Before Save: when the save changes what the guest sees since the document was opened or last
// saved (a NIC's Linux name, a disk's slot), lists each change in words and offers Save, Keep
// the Old Addresses (one undoable command, then save) or Cancel. ask() takes an injected
// chooser instead of showing the dialog, so the whole review runs in tests without exec().

#include "document/domaindocument.h"
#include "rules/ruletable.h"

#include <QDialog>
#include <QStringList>
#include <functional>

namespace pcitopo {

class EditorContext;

class GuestChangesDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Save, KeepOldAddresses, Cancel };
    using Chooser = std::function<Choice(const QStringList& changes)>;

    explicit GuestChangesDialog(const QStringList& changes, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

    // One sentence per guest-visible change from `before` to `after`; empty when none.
    static QStringList describe(const DomainDocument& before, const DomainDocument& after,
                                const RuleTable& rules);
    // Shows the dialog, or asks the chooser when one is set (tests; an empty one resets).
    static Choice ask(const QStringList& changes, QWidget* parent);
    static void setChooser(Chooser chooser);

    // The review before saving the context's document, `baseline` being the document as opened
    // or last saved. Returns false when the user cancels; with Keep the Old Addresses pushes
    // edits::keepOldAddresses first. `message` says which devices kept or left their address.
    static bool review(EditorContext* context, const DomainDocument& baseline, QWidget* parent,
                       QString* message);

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace pcitopo
