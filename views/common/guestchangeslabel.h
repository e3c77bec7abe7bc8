#pragma once

// The status bar's "Guest-visible changes since open": pcitopo diff between the document as it
// was opened (or last saved) and as it is now, both as libvirt will define them. Shown before
// Save, so a user sees "renames enp1s0 to enp3s0 in the guest" before writing it; the tooltip
// lists every change with its why. Hidden while the guest would see no change.

#include "document/domaindocument.h"

#include <QLabel>
#include <optional>

namespace pcitopo {

class EditorContext;

class GuestChangesLabel final : public QLabel {
    Q_OBJECT
public:
    explicit GuestChangesLabel(EditorContext* context, QWidget* parent = nullptr);

    int changeCount() const { return m_count; }
    // The document as opened or last saved (what Save's guest review diffs against).
    const DomainDocument* baseline() const { return m_baseline ? &*m_baseline : nullptr; }

private slots:
    void sessionCleanChanged(bool clean);
    void documentReplaced();

private:
    void takeBaseline(); // the document as opened or saved
    void update();

    EditorContext* m_context;
    std::optional<DomainDocument> m_baseline;
    int m_count = 0;
};

} // namespace pcitopo
